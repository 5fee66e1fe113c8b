"""Measurements that run inside a fresh process: ``python -m generator.bench.probes KIND SEEDS``.

* ``floor``: spaCy alone on the seeds' texts (the same paragraph pieces the
  generator parses), with the components a ``--mode`` keeps; the floor the
  generator's throughput is compared with.
* ``components``: seconds spent in each spaCy component over the seeds.
* ``choice``: one parse choice's cost, and a digest of each briefing, to
  count how many come out as with the full parse (what the choice gives up).
* ``stages``: seconds per step of the generator over the seeds: reading,
  parsing, each pipeline stage, rendering, writing.

Each prints one JSON object on standard output.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..catalog import find_seeds
from ..model import Article
from ..seeds import read_seed

TODAY = dt.date(2030, 1, 1)
# What each parse choice keeps of en_core_web_sm (the rest disabled or excluded).
MODES: dict[str, tuple[str, ...]] = {
    "full": ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"),
    "no-parser+senter": ("tok2vec", "tagger", "senter", "attribute_ruler", "lemmatizer", "ner"),
    "ner+senter": ("tok2vec", "senter", "ner"),
}


def articles(folder: Path, limit: int | None = None) -> Iterator[Article]:
    seeds = [seed for seed in find_seeds(folder) if seed.problem is None]
    for seed in seeds[:limit]:
        yield read_seed(seed.path, display=seed.name, today=TODAY)


def floor(folder: Path, mode: str, batch: int, limit: int | None) -> dict[str, Any]:
    """spaCy's own throughput on the seeds: articles one pipe each (as the generator does) or batched."""
    import spacy

    from ..nlp import load_model, pieces

    started = time.perf_counter()
    base = load_model()
    keep = MODES[mode]
    nlp = spacy.load(base.path, exclude=[n for n in base.component_names if n not in keep]) if mode != "full" else base
    if "senter" in keep:
        nlp.enable_pipe("senter")
    loaded = time.perf_counter() - started
    texts = [[text for _, text in pieces(article)] for article in articles(folder, limit)]
    words = sum(len(text.split()) for parts in texts for text in parts)
    started = time.perf_counter()
    if batch <= 1:
        for parts in texts:
            for _ in nlp.pipe(parts):
                pass
    else:
        flat = (text for parts in texts for text in parts)
        for _ in nlp.pipe(flat, batch_size=batch):
            pass
    seconds = time.perf_counter() - started
    return {"mode": mode, "batch": batch, "articles": len(texts), "words": words, "seconds": seconds, "load": loaded}


def components(folder: Path, limit: int | None) -> dict[str, Any]:
    """Seconds in each component of the full pipeline, run one after the other over all pieces."""
    from ..nlp import load_model, pieces

    nlp = load_model()
    texts = [text for article in articles(folder, limit) for _, text in pieces(article)]
    timings: dict[str, float] = {}
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    timings["tokenizer"] = time.perf_counter() - started
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=1000))
        else:  # a plain function component (generator.nlp.glued)
            docs = [component(doc) for doc in docs]
        timings[name] = time.perf_counter() - started
    return {"words": sum(len(t.split()) for t in texts), "seconds": timings}


def stages(folder: Path, limit: int | None) -> dict[str, Any]:
    """Seconds per step of generating each briefing, the model loaded beforehand."""
    from .. import __version__
    from ..model import Briefing, Result
    from ..nlp import load_model, parse
    from ..pipeline import STAGES, _check, brief
    from ..render import jsonform, markdown
    from ..store import Store

    started = time.perf_counter()
    nlp = load_model()
    spent: dict[str, float] = defaultdict(float)
    spent["load model"] = time.perf_counter() - started
    count = words = 0
    sample = list(articles(folder, limit))
    if sample:  # the first briefing pays one-time costs (textstat's dictionaries): time it apart
        clock = time.perf_counter()
        brief(parse(sample[0], nlp))
        spent["first briefing's one-time costs"] = time.perf_counter() - clock
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch))
        clock = time.perf_counter()
        for article in articles(folder, limit):  # read again, to time the reading
            spent["read seed"] += time.perf_counter() - clock
            count, words = count + 1, words + len(article.body.split())
            clock = time.perf_counter()
            document = parse(article, nlp)
            spent["parse (spaCy)"] += time.perf_counter() - clock
            briefing = Briefing()
            for stage in STAGES:
                clock = time.perf_counter()
                after = stage.run(document, briefing)
                spent[f"stage {stage.name}"] += time.perf_counter() - clock
                clock = time.perf_counter()
                _check(stage, document, briefing, after)
                spent["stage checks"] += time.perf_counter() - clock
                briefing = after
            result = Result(
                article=article, sentences=document.sentences, briefing=briefing, generator_version=__version__
            )
            clock = time.perf_counter()
            page = markdown.render(result)
            spent["render markdown"] += time.perf_counter() - clock
            clock = time.perf_counter()
            record = jsonform.to_dict(result)
            spent["render json"] += time.perf_counter() - clock
            clock = time.perf_counter()
            store.write_briefing(f"{count:05d}.md", page, record)
            spent["write (atomic, fsync)"] += time.perf_counter() - clock
            clock = time.perf_counter()
    return {"articles": count, "words": words, "seconds": dict(spent)}


def choice(folder: Path, mode: str, limit: int | None) -> dict[str, Any]:
    """One parse choice: its parse and brief seconds, and a digest of each briefing (to compare choices).

    Each choice runs in its own process: a stage that walks the dependency
    tree of a document parsed without the parser can crash spaCy outright.
    """
    import hashlib

    import spacy

    from .. import __version__
    from ..model import Result
    from ..nlp import load_model, parse
    from ..pipeline import brief
    from ..render import jsonform

    base = load_model()
    keep = MODES[mode]
    nlp = base if mode == "full" else spacy.load(base.path, exclude=[n for n in base.component_names if n not in keep])
    if "senter" in keep:
        nlp.enable_pipe("senter")
    parse_seconds = brief_seconds = 0.0
    digests: list[str] = []
    words = 0
    first_error = ""
    for article in articles(folder, limit):
        words += len(article.body.split())
        clock = time.perf_counter()
        document = parse(article, nlp)
        parse_seconds += time.perf_counter() - clock
        clock = time.perf_counter()
        try:
            result = Result(
                article=article, sentences=document.sentences, briefing=brief(document), generator_version=__version__
            )
            text = json.dumps(jsonform.to_dict(result), sort_keys=True)
            digests.append(hashlib.sha256(text.encode("utf-8")).hexdigest())
        except Exception as error:  # the stages may need what a choice drops: count it, do not stop
            first_error = first_error or f"{type(error).__name__}: {str(error)[:200]}"
            digests.append("")
        brief_seconds += time.perf_counter() - clock
    return {"mode": mode, "words": words, "parse": parse_seconds, "brief": brief_seconds, "digests": digests,
            "error": first_error}


def main(argv: list[str]) -> None:
    kind, folder = argv[0], Path(argv[1])
    options = dict(arg.split("=", 1) for arg in argv[2:])
    limit = int(options["limit"]) if "limit" in options else None
    if kind == "floor":
        result = floor(folder, options.get("mode", "full"), int(options.get("batch", "1")), limit)
    elif kind == "components":
        result = components(folder, limit)
    elif kind == "stages":
        result = stages(folder, limit)
    elif kind == "choice":
        result = choice(folder, options.get("mode", "full"), limit)
    else:
        raise SystemExit(f"unknown probe {kind!r}: floor, components, stages or choice")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
