"""Word-level helpers shared by the stages."""

from __future__ import annotations

import functools
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
