"""Word-level helpers shared by the stages."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


def content_words(span: Span) -> list[str]:
    """Lemmas of the content words of a sentence, lower-cased."""
    return [
        token.lemma_.lower()
        for token in span
        if (token.pos_ in CONTENT_POS and not token.is_stop and token.is_alpha) or token.like_num
    ]
