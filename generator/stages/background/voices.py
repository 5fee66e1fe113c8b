"""Paragraphs in a voice other than the reporter's: readers' comments, and first-person words left unmarked.

A reporter tells the news in the third person and gives others' words in quotation marks.  A paragraph with no
quotation mark that speaks in the first person ("I think the government should ...") or asks a question ("If they
can fund football, why not fund music?") is someone else's words whose marks and speaker are lost: read as a
background line it would pass an opinion off as fact.  Where such paragraphs make at least half of the article's
rest (from the third paragraph on), the rest is a part in other voices (the readers' comments some sites print
below an article: "The council has enough trouble fixing roads ..."), and none of it is background.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ...language.standalone import FIRST_PERSON
from .quoted import has_mark

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ...model import Document

FIRST_PART = 2  # paragraphs before any part in other voices: the report comes first
MIN_VOICES = 3  # paragraphs in other voices that make a part of them


def other_voices(document: Document) -> frozenset[int]:
    """The sentences of paragraphs in a voice other than the reporter's, and of a part in other voices."""
    paragraphs: dict[int, list[int]] = defaultdict(list)
    for sentence in document.sentences:
        paragraphs[sentence.paragraph].append(sentence.id)
    order = sorted(paragraphs)
    voiced = [_voiced([document.spans[i] for i in paragraphs[p] if i < len(document.spans)]) for p in order]
    start = next((k for k in range(FIRST_PART, len(order)) if voiced[k] and _part(voiced[k:])), len(order))
    chosen = [p for k, p in enumerate(order) if voiced[k] or k >= start]
    return frozenset(i for p in chosen for i in paragraphs[p])


def _voiced(spans: list[Span]) -> bool:
    """Whether a paragraph with no quotation mark speaks in the first person or asks a question."""
    if not spans or any(has_mark(span) for span in spans):
        return False
    first = any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" for span in spans for t in span)
    return first or any(span.text.rstrip(" \"'”’").endswith("?") for span in spans)


def _part(voiced: list[bool]) -> bool:
    """Whether paragraphs from one on make a part in other voices: enough of them, and at least half."""
    return sum(voiced) >= MIN_VOICES and 2 * sum(voiced) >= len(voiced)
