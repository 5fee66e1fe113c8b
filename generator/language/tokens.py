"""The words of a sentence as the stages read them, and tokens put back into text.

A sentence's tokens, content words, caption tokens and noun chunks are facts of the parse that
several stages ask of every sentence: :mod:`generator.nlp.facts` computes them once when the
article is parsed and keeps them on the sentence's span; the functions here read them (and
compute them for a span the parse did not annotate, such as part of a sentence).  :func:`remembered` keeps
what a check answered about a sentence, so that the stages that ask it again get it at once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# Finite verb tags: a stretch of a sentence without one is a caption, a heading or a credit.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_Answer = TypeVar("_Answer")


def tokens(span: Span) -> tuple[Token, ...]:
    """The tokens of a sentence (iterating a span makes each of its tokens anew)."""
    made = span._.tokens
    return cast("tuple[Token, ...]", made) if made is not None else tuple(span)


def content_words(span: Span) -> tuple[str, ...]:
    """Lemmas of the content words of a sentence, lower-cased."""
    made = span._.content_words
    return cast("tuple[str, ...]", made) if made is not None else content_words_of(tokens(span))


def caption_tokens(span: Span) -> frozenset[int]:
    """Indices of the tokens in stretches of a sentence (cut at colons) that have no finite verb: captions."""
    made = span._.captions
    return cast("frozenset[int]", made) if made is not None else captions_of(tokens(span))


def noun_chunks(span: Span) -> tuple[Span, ...]:
    """The noun chunks of a sentence."""
    made = span._.noun_chunks
    return cast("tuple[Span, ...]", made) if made is not None else tuple(span.noun_chunks)


def remembered(span: Span, key: Hashable, compute: Callable[[], _Answer]) -> _Answer:
    """What ``compute`` answers about a sentence for ``key`` (a line made from it, say), computed once a parse."""
    known = span._.answers
    if known is None:
        known = span._.answers = {}
    if key not in known:
        known[key] = compute()
    return cast("_Answer", known[key])


def content_words_of(words: Iterable[Token]) -> tuple[str, ...]:
    return tuple(
        token.lemma_.lower()
        for token in words
        if (token.pos_ in CONTENT_POS and not token.is_stop and token.is_alpha) or token.like_num
    )


def captions_of(words: Iterable[Token]) -> frozenset[int]:
    result: set[int] = set()
    segment: list[Token] = []
    for token in [*words, None]:
        if token is None or token.text == ":":
            if segment and not any(t.tag_ in FINITE_TAGS for t in segment):
                result.update(t.i for t in segment)
            segment = []
        else:
            segment.append(token)
    return frozenset(result)


# Punctuation that takes no space before it, even where words between were left out.
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", "%", "'s", "’s"})


def join(tokens: Iterable[Token], names: Mapping[int, str] | None = None) -> str:
    """Tokens in document order as text, each with the space the article gave it.

    Where words between two tokens were left out and the first had no space after it
    ("Aylin, [pictured,] was"), a space goes between them, unless punctuation follows. ``names`` writes a name in
    place of the pronoun at a token index ("a cold remedy [Kuznetsova] took").
    """
    out = ""
    previous: Token | None = None
    for token in tokens:
        gap = previous is not None and previous.i + 1 != token.i and out and not out.endswith(" ")
        if gap and token.text not in _NO_SPACE_BEFORE:
            out += " "
        out += names[token.i] + token.whitespace_ if names and token.i in names else token.text_with_ws
        previous = token
    return out


def opens_sentence(token: Token) -> bool:
    """Whether a token is its sentence's first word, a quote mark before it left aside ('"Of the players, ...')."""
    return all(t.is_punct or t.is_space for t in token.doc[token.sent.start : token.i])
