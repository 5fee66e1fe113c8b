"""Sentences that cannot tell the news on their own: one whose news's subject stands for what an earlier sentence
told ("the huge rise", "this sudden increase"). A feature's opening and a sentence that names something by pointing
back are found by :mod:`generator.language.pointing`; one with a typing slip a line copied from it would show by
:func:`generator.language.slips.stutters`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.pointing import bare_definite
from .verb import main_verb_and_speaker

if TYPE_CHECKING:
    from spacy.tokens import Span


def refers_back(span: Span) -> bool:
    """Whether the news's subject is "the" and a common noun that an adjective sizes or places, nothing else
    ("the huge rise", "the latest threats"), or a subject of the sentence is "this" with one ("fear that this
    sudden increase will ..."): after the article's first sentence, it stands for what an earlier one told."""
    found = main_verb_and_speaker(span)
    if found is not None and any(child.dep_ in SUBJECT_DEPS and bare_definite(child, ("the", "this", "these"))
                                 for child in found[0].children):
        return True
    return any(token.dep_ in SUBJECT_DEPS and bare_definite(token, ("this", "these")) for token in span)
