"""Word-level helpers shared by the stages."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


@functools.lru_cache(maxsize=1024)
def tokens(span: Span) -> tuple[Token, ...]:
    """The tokens of a sentence, made once: iterating a span makes each of its tokens anew,
    and the stages iterate every sentence many times."""
    return tuple(span)


@functools.lru_cache(maxsize=512)
def content_words(span: Span) -> tuple[str, ...]:
    """Lemmas of the content words of a sentence, lower-cased.

    Memoised: the actors, summary and background stages each ask it of every sentence.
    """
    return tuple(
        token.lemma_.lower()
        for token in tokens(span)
        if (token.pos_ in CONTENT_POS and not token.is_stop and token.is_alpha) or token.like_num
    )


# Punctuation that takes no space before it, even where words between were left out.
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", "%", "'s", "’s"})


def join(tokens: Iterable[Token]) -> str:
    """Tokens in document order as text, each with the space the article gave it.

    Where words between two tokens were left out and the first had no space after it
    ("Aliesha, [pictured,] was"), a space goes between them, unless punctuation follows.
    """
    out = ""
    previous: Token | None = None
    for token in tokens:
        gap = previous is not None and previous.i + 1 != token.i and out and not out.endswith(" ")
        if gap and token.text not in _NO_SPACE_BEFORE:
            out += " "
        out += token.text_with_ws
        previous = token
    return out
