"""Where quote marks open and close a quotation in a paragraph's text.

The pieces of a paragraph held in double marks, or else in single ones (a single mark that opens a paragraph, or
in an article quoting in single marks follows a colon, and is not closed in it runs on), or else the words before
a closing mark whose opening one was lost; the paragraph a quotation left open goes on in and closes; a quotation
after a colon, one opening a sentence run into the one before, one cut off at its end, and one never closed that
reads as the reporter's words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.pronouns import SPEAKER_PRONOUNS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

_DOUBLE = re.compile(r"(?:^|(?<=[\s(—.!?-]))[“\"](?!\s)([^“”\"]{3,}?)(?:(?<!\s)[”\"]|(?=\s[“\"])|$)", re.M)
# Single marks, straight or curly; a mark before a lower-case letter is an apostrophe ("she’s").
_SINGLE = re.compile(r"(?:^|(?<=[\s(]))['‘]((?:[^'‘’\n]|['’](?=[a-z]))+?)['’](?=[\s,.;:!?]|$)", re.M)
# A single mark that opens a paragraph and is not closed in it: the quotation runs on to the next paragraph.
_SINGLE_RUNS_ON = re.compile(r"^['‘](?!\s)((?:[^'‘’\n]|['’](?=[a-z]))+)$", re.M)
# So does one after a colon ("Mr Hale said: 'This election is ...") in an article that quotes in single marks
# (in one that quotes in double marks, it opens a quotation inside a quotation); an opening mark that scraping moved
# to the end of the paragraph is no part of it.
_SINGLE_AFTER_COLON = re.compile(r"(?<=:\s)['‘](?!\s)((?:[^'‘’\n]|['’](?=[a-z]))+?)(?:\s+['‘])?$", re.M)
# A quotation whose opening mark was lost (it ends the paragraph before): "... time,' said X".
# The word after the name must be a verb of saying: the parse tells (see quotations); "workers' union" is no end.
_OPEN_LOST = re.compile(r"^([^'\"“”‘’\n]{15,}?)(?:[,.!?]?[\"”]|[,.!?]?(?<![sz])['’])"
                        r"(?=\s+(?:(?:[A-Z][\w.-]*\s+){0,3}|(?:he|she)\s+)[a-z]+\b)")
# A paragraph with no quote mark but a double closing one at its end.
_CLOSES_HERE = re.compile(r"^(?![‘'])([^“”\"]{3,}?[.!?])[”\"]\s*$")
# A quote mark; a single one between two letters is an apostrophe ("don't").
_MARK = re.compile(r"(?<![A-Za-z])['‘]|['’](?![A-Za-z])|[“”\"]")
_GLUED_WORDS = 6  # at least, in a quotation that opens a sentence run into the one before


def pieces(paragraph: str, shift: int, singles: bool = False) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, opening mark lost) of each quotation of a paragraph; offsets less ``shift``.
    ``singles``: the article quotes in single marks only."""
    pieces = [(m.start(1), m.end(1), m.group(1), False) for m in _DOUBLE.finditer(paragraph)]
    if not pieces:
        pieces = [(m.start(1), m.end(1), m.group(1), False) for m in _SINGLE.finditer(paragraph)]
        pieces += [(m.start(1), m.end(1), m.group(1), False) for m in _SINGLE_RUNS_ON.finditer(paragraph)]
        colon = _SINGLE_AFTER_COLON.finditer(paragraph) if singles else iter(())
        pieces += [
            (m.start(1), m.end(1), m.group(1), False) for m in colon
            if not any(start <= m.end(1) and m.start(1) <= end for start, end, _, _ in pieces)  # closed after all
        ]
        pieces.sort()
    if not pieces:
        pieces = [(m.start(1), m.end(1), m.group(1), True) for m in _OPEN_LOST.finditer(paragraph)]
    return [(max(start - shift, 0), end - shift, text, lost) for start, end, text, lost in pieces]


def after_colon(paragraph: str, start: int) -> bool:
    """Whether a quotation follows a colon: 'he said: "we will ..."'."""
    return paragraph[:start].rstrip(" \"“‘'")[-1:] == ":"


def closed_here(paragraph: str, left_open: bool) -> list[tuple[int, int, str, bool]]:
    """A paragraph that the quotation the one before left open goes on in and closes: no mark but the closing one
    at its end ('... said: "The players were brilliant today.' then 'We deserved the win."')."""
    found = _CLOSES_HERE.match(paragraph) if left_open else None
    return [(0, found.end(1), found.group(1), False)] if found else []


def cut(paragraph: str, end: int, text: str, words: list[Token]) -> bool:
    """Whether a quotation of a paragraph (its ``words``) is cut off at its end: no mark closes it, no full stop
    ends it, and what follows its last "and", "but" or comma has no verb ("It's been my aim since I got into the
    squad, and [veteran goalkeeper]", the rest scraped into the next paragraph)."""
    after, last = paragraph[end:].lstrip()[:1], text.rstrip(" '’\"”")[-1:]
    if (after and after in "\"”'’") or (last and last in ".!?…"):
        return False
    joints = [n for n, word in enumerate(words) if word.dep_ == "cc" or word.text == ","]
    return bool(joints) and not any(word.pos_ in ("VERB", "AUX") for word in words[joints[-1] + 1 :])


def glued_opening(paragraph: str, start: int) -> bool:
    """Whether a quotation opens a sentence of its own that scraping ran into the one before, its full stop
    lost ("... a greater share of the population 'At a regional level, minorities will ...'")."""
    before = paragraph[: max(start - 1, 0)].rstrip()
    return start > 1 and paragraph[start - 1] in "'‘\"“" and paragraph[start : start + 1].isupper() and (
        before[-1:].isalpha() and len(paragraph[start:].split()) >= _GLUED_WORDS
    )


def never_closed(words: list[Token], later: Sequence[tuple[int, str]]) -> bool:
    """Whether a quotation with no attribution that its paragraph leaves open reads as the reporter's words: no
    later paragraph goes on with it or closes it (none has a quote mark) and it speaks in no first or second
    person: its opening mark is all that makes it a quotation."""
    speaks = any(word.lower_ in SPEAKER_PRONOUNS for word in words)
    return not speaks and not any(_MARK.search(text) for _, text in later)
