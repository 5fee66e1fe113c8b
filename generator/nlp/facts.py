"""Facts about a parsed article that several stages read, computed once when it is parsed.

On each sentence's span, as spaCy extensions (read through :mod:`generator.language.tokens`):

* ``tokens``: its tokens; ``content_words``: the lemmas of its content words;
* ``captions``: the indices of its tokens in stretches with no finite verb (captions, headings);
* ``noun_chunks``: its noun chunks, read from its piece's parse once for all its sentences;
* ``matters``: what the sentence leaves unresolved, filled by
  :func:`generator.stages.questions.matters.matters` the first time a stage asks;
* ``answers``: what checks answered about the sentence (the line checker's, for each line made from it), kept by
  :func:`generator.language.tokens.remembered` the first time a stage asks.

On each token, ``sentence``: the id of the sentence it is in.  On the
:class:`~generator.model.Document`: the paragraph runs parsed, the credit lines and the sentences
whose opening quote mark is a stray (:func:`generator.language.standalone.find_stray_marks`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..language.lexicon import CREDIT_LINE
from ..language.tokens import captions_of, content_words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SPAN_FACTS = ("tokens", "content_words", "captions", "noun_chunks", "matters", "answers")


def register() -> None:
    """Declare the extensions (once per process; spaCy keeps them on its classes)."""
    from spacy.tokens import Doc, Span, Token

    for name in SPAN_FACTS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Doc.has_extension("sentence_starts"):
        Doc.set_extension("sentence_starts", default=None)
    if not Token.has_extension("sentence"):
        Token.set_extension("sentence", getter=_sentence_of)


def annotate(pieces: Sequence[tuple[Doc, Sequence[tuple[int, Span]]]]) -> None:
    """Compute the facts of each sentence, given each piece's parse with its sentences (id, span)."""
    for doc, sentences in pieces:
        chunks = list(doc.noun_chunks)
        for _index, span in sentences:
            words = tuple(span)
            span._.tokens = words
            span._.content_words = content_words_of(words)
            span._.captions = captions_of(words)
            span._.noun_chunks = tuple(c for c in chunks if span.start <= c.start and c.end <= span.end)
        doc._.sentence_starts = tuple((span.start, span.end, index) for index, span in sentences)


def credit_lines(texts: Sequence[str]) -> frozenset[int]:
    """The sentences that credit the reporting ("Jane Doe contributed to this article.")."""
    return frozenset(index for index, text in enumerate(texts) if CREDIT_LINE.fullmatch(text.strip()))


def _sentence_of(token: Token) -> int | None:
    starts = token.doc._.sentence_starts or ()
    at = bisect.bisect_right(starts, (token.i, len(token.doc) + 1, 0)) - 1
    if at >= 0 and starts[at][0] <= token.i < starts[at][1]:
        return int(starts[at][2])
    return None
