"""Whether a question lost the negation of the sentence it asks about ("could not be happier" asked as "Will he be
happier?", "vowed to never drink again" as "Will he drink again?")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NEGATIONS = frozenset({"not", "n't", "never"})


def lost_negation(words: Sequence[Token], sources: Sequence[Span]) -> bool:
    """Whether a verb of the sources that the question asks about (by its lemma) is negated, and the question not."""
    asked = {word.lemma_.lower() for word in words if word.is_alpha}  # "a pub landlord drink": a verb tagged a noun
    negated = any(
        token.lemma_.lower() in asked and _main_verb(token, asked) and _negated(token)
        for source in sources
        for token in source
    )
    return negated and not any(word.dep_ == "neg" or word.lower_ in _NEGATIONS for word in words)


def _negated(verb: Token) -> bool:
    """Whether a verb, or the verb it completes ("is not expected to reach ..."), is negated."""
    for step in range(3):
        if any(child.dep_ == "neg" or _no_longer(child) for child in verb.children):
            ruled_out = verb.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
            return not (step and ruled_out)  # "would not rule out scrapping it": scrapping it is still open
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _main_verb(token: Token, asked: set[str]) -> bool:
    """A verb, or "be" as the verb of a clause the question asks ("could not be happier"), not an auxiliary."""
    said = [c for c in token.children if c.dep_ in ("acomp", "attr")] if token.dep_ not in ("aux", "auxpass") else []
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and any(c.lemma_.lower() in asked for c in said))


def _no_longer(word: Token) -> bool:
    """ "could no longer afford": a negation the parser does not mark as one."""
    return word.lower_ in ("longer", "more") and any(child.lower_ == "no" for child in word.children)
