"""Whether a sentence the splitter gave is not one whole sentence a background line could show.

A piece split off in the middle of a sentence opens in lower case ("the
ceremony was also ...", "the board keeps the right ..." after a
quotation's opening words); two sentences glued over a stop with no space
between them ("... (home of the UN).Maybe visitors ...") read as one;
a phrase whose only tensed verb is in brackets ("As well as fan-chosen
prizes like best dance (Marlow won it - again)") says nothing outside them; and
a page's heading in capitals run into the sentence after it ("HARLOW ON
DENTON Sir Jack Denton's ...") is no sentence's start.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

_GLUED = re.compile(r"[a-z0-9)\]]\.[A-Z][a-z]")  # "the UN).Maybe", "by 212 votes to 48.The"
_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD"})
HEADING = 3  # words in capitals that open a sentence as a heading: "FINAL WORDS FROM THE BOX IN KENT Harlow's ..."


def not_whole(span: Span) -> bool:
    """Whether a sentence is a piece of one, two run together over a stop, or tensed only inside brackets."""
    text = span.text.strip().lstrip("\"'“‘ ")
    split_off = text[:1].islower() and not text[1:2].isupper()  # not "iPhone", "eBay"
    return split_off or bool(_GLUED.search(span.text)) or not _tensed_outside_brackets(span) or _heading(span)


def _heading(span: Span) -> bool:
    """Whether a sentence opens with a heading: a few words, each all in capitals, before a word that is not."""
    words = [token for token in span if not token.is_punct]
    capitals = 0
    for token in words:
        if not (token.is_alpha and token.is_upper and len(token.text) > 1):
            break
        capitals += 1
    return HEADING <= capitals < len(words)


def _tensed_outside_brackets(span: Span) -> bool:
    depth = 0
    for token in span:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0 and token.tag_ in _TENSED:
            return True
    return not any(token.tag_ in _TENSED for token in span)  # no tensed verb at all: for the caller's own check
