"""Whether a sentence stands inside a quotation an earlier sentence opened, across a paragraph break.

Scraped articles break a quotation's lines into paragraphs of their own:
"'I am absolutely delighted,' said the jockey. '" then "The horse didn't even
know he had been in a race." then "He got hampered at the first ...'".  The
later sentences carry no mark and no speaker: read alone, as a background
line, they would be the reporter's words.  The marks of the sentence before
are read by where they stand (a mark before a word opens, one after a word
closes); a quotation it opens and does not close holds the sentence.  A
closing mark scraping moved to the start of that sentence
(:func:`generator.language.standalone.find_stray_marks`, or a lone straight
mark before a sentence that speaks of others in the third person) opens
nothing, and a sentence that such a mark opens stands outside the quotation, unless the sentence after it speaks
in the first person with no mark: then the quotation went on.  A sentence whose stop a closing mark follows with
no space, split off by the parser ("... just to miss out." then '"'), ends a quotation however it began.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.standalone import FIRST_PERSON

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ...model import Document

CLOSING_MARKS = frozenset({'"', "”", "’", "'"})
# A quotation mark; a single one between two letters is an apostrophe ("don't").
_MARK = re.compile(r"(?<![A-Za-z])['‘]|['’](?![A-Za-z])|[“”\"]")


def inside_quotation(document: Document, index: int) -> bool:
    """Whether the sentence before opens a quotation and leaves it open where sentence ``index`` begins."""
    if index == 0 or (index in document.stray_marks and not _goes_on(document, index)):
        return False  # its own opening mark closes the quotation before it: '"Of the players, only ...'
    text = document.spans[index - 1].text.strip()
    marks = [mark.start() for mark in _MARK.finditer(text)]
    if index - 1 in document.stray_marks or _lone_opening(document.spans[index - 1], marks):
        marks = marks[1:]  # its opening mark closes the quotation before it
    inside = False
    for at in marks:
        inside = _opens(text, at)
    return inside


def closed_after(span: Span) -> bool:
    """Whether a quotation mark stands right after a sentence's closing stop, no space between, and the parser gave it
    to the next sentence: a mark after a stop closes a quotation, so the sentence is someone's words."""
    doc, stop = span.doc, span[-1]
    return span.end < len(doc) and stop.is_punct and not stop.whitespace_ and doc[span.end].text in CLOSING_MARKS


def _goes_on(document: Document, index: int) -> bool:
    """Whether the sentence after speaks in the first person with no mark of its own: the quotation went on, and the
    mark before sentence ``index`` opened its next paragraph ('"Since 2012 over ten thousand ...' then 'We have
    already insisted ...')."""
    if index + 1 >= len(document.spans):
        return False
    after = document.spans[index + 1]
    first_person = any(token.lower_ in FIRST_PERSON and token.pos_ == "PRON" for token in after)
    return first_person and not _MARK.search(after.text)


def _lone_opening(span: Span, marks: list[int]) -> bool:
    """Whether a sentence's only mark is a straight one before its first word, and it speaks of others ('"Mr Voss
    added that ...'): most often the closing mark of the quotation before, moved there by scraping."""
    first_person = any(token.lower_ in FIRST_PERSON and token.pos_ == "PRON" for token in span)
    return marks == [0] and span.text.lstrip()[:1] == '"' and not first_person


def _opens(text: str, at: int) -> bool:
    """Whether the mark at ``at`` opens a quotation: a curly opening mark, or a straight one that stands at the start
    or after a space, before a word ("said: 'This ...", "Tolland. '" at a sentence's end); any other closes one."""
    mark = text[at]
    if mark in "“‘":
        return True
    if mark in "”’":
        return False
    after = text[at + 1 : at + 2]
    return (at == 0 or text[at - 1].isspace()) and (after.isalnum() or after == "")


def has_mark(span: Span) -> bool:
    """Whether a sentence holds a quotation mark (not an apostrophe)."""
    return _MARK.search(span.text) is not None
