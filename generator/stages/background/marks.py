"""A sentence's quotation marks, read from its tokens: which open a quotation, which close one, and how many words
its longest quotation holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def quoted_words(tokens: Sequence[Token]) -> int:
    """How many words the longest quotation of a sentence holds, one left open running to the sentence's end
    ("... told BBC Sport: \"I don't feel as though I have peaked, but ...")."""
    inside, count, longest = False, 0, 0
    for token in tokens:
        if opens_quotation(token):
            inside, count = True, 0
        elif closes_quotation(token):
            inside = False
        elif inside and token.is_alpha:
            count += 1
            longest = max(longest, count)
    return longest


def closes_quotation(token: Token) -> bool:
    """Whether a mark closes a quotation: a double one, or a single one standing apart that is no possessive."""
    return token.text in ("”", "''", '"') or (token.text in ("’", "'") and token.tag_ != "POS")


def opens_quotation(token: Token) -> bool:
    """Whether a mark opens a quotation: a curly double one, or a straight double or any single one that follows a
    space and leans on the word after it ("... like a 'shop window mannequin' ...")."""
    if token.text in ("“", "``"):
        return True
    if token.text not in ('"', "‘", "'") or token.whitespace_:
        return False
    return token.i == token.sent.start or bool(token.doc[token.i - 1].whitespace_)
