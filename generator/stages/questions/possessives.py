"""Whose "its"? A question whose clause lends its subject from elsewhere, and holds a possessive pronoun.

A clause with a nominal subject of its own binds its "its" to that subject ("Damascus should complete the transfer
of its weapons").  A clause that borrows its subject (an infinitive: "the valuation would put pressure on Norvik to
look at sweetening its offer"; a pronoun: "they will look at his plans") may bind the pronoun to another name: asked
with the borrowed subject, "Will the valuation look at sweetening its offer?" is garbled.  Such a question is not
asked when a name nearer the pronoun than the subject, governing the clause, could own it, or when the subject cannot
("they ... his plans").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SINGULAR = frozenset({"his", "her", "its"})
_OWNERS = frozenset({"his", "her", "its", "their"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})
_PLURAL = frozenset({"NNS", "NNPS"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "you"})


def ambiguous_owner(verb: Token, subject: Token | None) -> bool:
    """Whether a possessive pronoun of the clause of ``verb`` may belong to another than ``subject``."""
    own = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if own is not None and own.pos_ != "PRON":
        return False  # the clause's own named subject owns its pronouns
    taken = {t.i for t in subject.subtree} if subject is not None else set()
    pronouns = [t for t in verb.subtree if t.tag_ == "PRP$" and t.lower_ in _OWNERS and t.i not in taken]
    if not pronouns or subject is None:
        return False
    governors = set(verb.ancestors)
    for pronoun in pronouns:
        if pronoun.lower_ in _SINGULAR and (subject.tag_ in _PLURAL or subject.lower_ in _PLURAL_PRONOUNS):
            return True  # "they will look at his plans": whose plans the question cannot say
        if subject.pos_ == "PRON":
            continue  # "he was prepared to fight for his place": the pronoun subject is the nearest owner
        if any(_rival(t, pronoun, taken, governors) for t in verb.doc[subject.i + 1 : pronoun.i]):
            return True
    return False


def _rival(token: Token, pronoun: Token, taken: set[int], governors: set[Token]) -> bool:
    """A name nearer the pronoun than the subject, that a verb governing the clause takes as an argument and that
    agrees with the pronoun: "the valuation would put pressure on Norvik to look at sweetening its offer"."""
    if token.i in taken or token.pos_ != "PROPN" or token.dep_ not in _ARGUMENTS:
        return False
    if (pronoun.lower_ in _SINGULAR) == (token.tag_ in _PLURAL):
        return False
    head = token.head.head if token.dep_ == "pobj" else token.head
    return head in governors or token.head in governors
