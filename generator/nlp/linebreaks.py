"""Where a paragraph break falls inside a sentence, so the parse reads across it.

Scraped and copied news often carries line breaks that are not paragraph
ends: a page's markup split a sentence ("Dunmere academies Hill View and"
/ "Ashby Primary - rated inadequate ..."), a pull quote cut off its first
word ("\\"The" / "Red Cross would bring us blankets"), or a quotation was broken
around its attribution.  Parsed apart, each piece is a fragment: no
sentence of the story is whole, and a summary, an actor's role or a question
built on one misses its subject or its verb.

A break continues a sentence when the text before it cannot end one (no
closing punctuation) and the text after it cannot start one, or the text
before it ends on a word that cannot close a sentence.  Headings, captions
and table rows, which also lack closing punctuation, are followed by a
capitalised line or a number and stay apart.

A plain-text file wrapped at a fixed width (as mail and terminals wrap it)
breaks nearly every sentence: its lines never pass the width and most come
close to it.  In such a file every long line without closing punctuation
continues into the next (see :func:`wrap_width`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..language.lexicon import OPENING_QUOTES

if TYPE_CHECKING:
    from ..model import Article

# Closing punctuation, possibly followed by closing quotes or brackets.
_ENDS_SENTENCE = re.compile(r"[.!?…:;](?:\s*[\"'”’)\]])*\s*\Z")
# Words that cannot close an English sentence: articles and possessives,
# coordinating and subordinating conjunctions, prepositions, and titles
# written without their full stop.
_OPEN_WORDS = frozenset(
    """
    a an the my your our their its
    and or nor but
    because although whereas unless whether
    of to in on at from with by for into onto upon via than between among amid
    during including against towards toward throughout
    mr mrs ms dr st
    """.split()
)
# A wrapped file: at least this many lines, the longest within the widths
# people wrap prose at, and most lines without closing punctuation within
# this share of the longest.
WRAPPED_MIN_LINES = 5
WRAPPED_MIN_WIDTH, WRAPPED_MAX_WIDTH = 50, 100
WRAPPED_WIDTH_QUANTILE = 0.9
WRAPPED_FULL_SHARE = 0.7
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
TRANSCRIPT_LINE_WORDS = 8  # at most, in a line of a quotation broken line by line
TAIL_CHARS = 40  # enough for the last word of a line
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*\Z")
_FIRST_WORD = re.compile(r"\A[\"“‘'(]?([^\W\d_][\w'’-]*)")


def joined(article: Article) -> list[tuple[int, str]]:
    """(start in the body, text) of each run of paragraphs that one sentence continues across,
    its breaks read as spaces (so offsets stay the body's)."""
    paragraphs = article.paragraphs
    result = []
    for first, last in runs([paragraph.text for paragraph in paragraphs]):
        start, end = paragraphs[first].start, paragraphs[last].start + len(paragraphs[last].text)
        result.append((start, article.body[start:end].replace("\n", " ")))
    return result


def runs(paragraphs: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) index of each run of paragraphs that one text continues across, in order."""
    width = wrap_width(paragraphs)
    result: list[tuple[int, int]] = []
    first = 0
    for index in range(1, len(paragraphs) + 1):
        quoting = index < len(paragraphs) and _open_quote(paragraphs[first:index])
        if index == len(paragraphs) or not continues(paragraphs[index - 1], paragraphs[index], width, quoting):
            result.append((first, index - 1))
            first = index
    return result


def _open_quote(run: Sequence[str]) -> bool:
    """Whether a double quotation opened in these paragraphs is still open at their end."""
    text = " ".join(run)
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def wrap_width(paragraphs: Sequence[str]) -> int | None:
    """The width the "paragraphs" were wrapped at, if they are the lines of a hard-wrapped text, else None.

    The width is that of the longest lines but a few (a heading or a first
    line may run past it).
    """
    lengths = sorted(len(text.strip()) for text in paragraphs)
    if len(lengths) < WRAPPED_MIN_LINES:
        return None
    width = lengths[int(WRAPPED_WIDTH_QUANTILE * (len(lengths) - 1))]
    if not WRAPPED_MIN_WIDTH <= width <= WRAPPED_MAX_WIDTH:
        return None
    open_and_full = [
        text for text in paragraphs[:-1]
        if len(text.strip()) >= WRAPPED_FULL_SHARE * width and not _ENDS_SENTENCE.search(text)
    ]
    return width if len(open_and_full) * 2 > len(lengths) - 1 else None


def continues(before: str, after: str, width: int | None = None, quoting: bool = False) -> bool:
    """Whether the break between paragraph ``before`` and the next, ``after``, is inside a sentence.

    ``width`` is the width a hard-wrapped text is wrapped at (None if it is not); ``quoting`` says that
    a quotation opened before the break is still open: a short line then goes on into the next (a
    transcript broken line by line: "\"The" / "67s" / "I've shot this week").
    """
    before, after = before.rstrip(), after.lstrip()
    if not before or not after or _ENDS_SENTENCE.search(before):
        return False
    if quoting and after[0] not in OPENING_QUOTES and len(before.split()) <= TRANSCRIPT_LINE_WORDS:
        return True
    if width is not None and len(before.strip()) >= WRAPPED_FULL_SHARE * width:
        return True
    if after[0] in ",;)" or before.endswith((",", "-", "–", "—")):
        return True
    if _split_date(before, after):
        return True
    first = _FIRST_WORD.match(after)
    if first is None:
        return False
    if after[0] not in OPENING_QUOTES and first.group(1).islower():
        return True
    last = _LAST_WORD.search(before[-TAIL_CHARS:])  # the tail only: a search over a long word is quadratic
    if last is not None and last.group(1).lower() in _OPEN_WORDS:
        return True
    return _quote_opening(before)


def _split_date(before: str, after: str) -> bool:
    """Whether the break cuts a date in two: "on 27" / "May ...", "on May" / "27, ..."."""
    day_first = re.search(r"\b\d{1,2}\Z", before) and after.split(maxsplit=1)[0].lower() in _MONTHS
    month_first = re.match(r"\d{1,2}\b", after) and before.rsplit(maxsplit=1)[-1].lower() in _MONTHS
    return bool(day_first or month_first)


def _quote_opening(text: str) -> bool:
    """Whether ``text`` is only the opening of a quotation: a quote mark and a word or two."""
    if text[0] not in OPENING_QUOTES or len(text.split()) > 2:
        return False
    rest = text[1:]
    return not any(mark in rest for mark in "\"”’")
