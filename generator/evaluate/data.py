"""Reading evaluation data: JSONL rows and hand annotations, as articles.

The data lives outside the repository (``../shared/eval`` by default); it is
read, never copied.  Rows have no publication date except the seed, so each
gets a plausible one by its source (BBC 2005-01-01, CNN/DM 2015-01-01).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..model import Article, Document
from ..seeds import article_from_text, read_seed
from .sets import chosen

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
_DATES = {"bbc": dt.date(2005, 1, 1), "xsum": dt.date(2005, 1, 1), "cnndm": dt.date(2015, 1, 1)}


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    title: str | None
    summary: tuple[str, ...]
    entities: tuple[dict[str, Any], ...]
    raw: dict[str, Any]


def rows(path: Path, limit: int | None = None) -> Iterator[Row]:
    """The rows of one JSONL file, in file order, at most ``limit``."""
    with path.open(encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            data = json.loads(line)
            yield Row(
                id=data["id"],
                text=data["text"],
                title=data.get("title"),
                summary=tuple(data.get("summary") or ()),
                entities=tuple(data.get("entities") or ()),
                raw=data,
            )


def row_article(row: Row, *, keep_title: bool = False) -> Article:
    """An article for a row; its title is dropped unless asked (we generate ours)."""
    date = _DATES.get(row.id.split("-")[0], dt.date(2000, 1, 1))
    return article_from_text(row.text, path=row.id, date=date, title=row.title if keep_title else None)


def find_row(data: Path, row_id: str) -> Row:
    prefix = row_id.split("-")[0]
    for path in sorted(data.glob(f"{prefix}*-dev.jsonl")):
        for row in rows(path):
            if row.id == row_id:
                return row
    raise KeyError(f"no row {row_id!r} in {data}")


@dataclass(frozen=True)
class Annotated:
    """An annotated article: the reference YAML, the article and its raw text."""

    reference: dict[str, Any]
    article: Article
    text: str


def annotated_ids(data: Path, subset: str = "all") -> list[str]:
    """The ids of the annotated articles of set ``subset`` (see :mod:`.sets`), sorted."""
    return chosen((path.stem for path in (data / "annotated").glob("*.yaml")), subset)


def annotated(data: Path, subset: str = "all") -> Iterator[Annotated]:
    """Every annotated article of set ``subset``, in file-name order."""
    for stem in annotated_ids(data, subset):
        path = data / "annotated" / f"{stem}.yaml"
        reference = yaml.safe_load(path.read_text(encoding="utf-8"))
        row_id = reference["id"]
        if row_id.startswith("seed-"):
            seed = data.parent / "seeds" / (row_id.removeprefix("seed-") + ".txt")
            text = seed.read_bytes().decode("utf-8")
            article = read_seed(seed, display=seed.name)
        else:
            row = find_row(data, row_id)
            text = row.text
            article = row_article(row)
        yield Annotated(reference=reference, article=article, text=text)


def raw_span(document: Document, sentence_id: int) -> tuple[int, int]:
    """Where sentence ``sentence_id`` lies in the seed's raw text."""
    sentence = document.sentences[sentence_id]
    paragraphs = document.article.paragraphs
    first = paragraphs[sentence.paragraph]
    # A sentence read across a paragraph break (see generator.nlp.linebreaks) ends in a later paragraph.
    last = paragraphs[bisect.bisect_right([p.start for p in paragraphs], sentence.end - 1) - 1]
    return first.raw_start + sentence.start - first.start, last.raw_start + sentence.end - last.start


def sentence_at(document: Document, offset: int) -> int | None:
    """The id of the sentence containing raw ``offset`` (or the next one after it)."""
    following = None
    for sentence in document.sentences:
        start, end = raw_span(document, sentence.id)
        if start <= offset < end:
            return sentence.id
        if following is None and start >= offset:
            following = sentence.id
    return following
