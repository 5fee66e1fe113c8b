"""Whether a headline keeps a pronoun it does not say the meaning of: a headline stands alone, so every pronoun it
shows must stand for a word shown before it (or for the speaker it names).

"Apple wins fight to make bloggers reveal who told them" (``them``: the bloggers) passes; "Kemp says it would be a
brief return" (``it``: nothing the headline names), "Red Cross would bring us food parcels" (``us``: the one
quoted) and "Parents make decision because he was not coping" (no man named) do not.  A "he" or "she" needs a
person named before it, an "it" a thing, a "they" many (a plural, a group's name, names joined by "and").  An "it"
that only announces a clause ("make it easier [to create ...]") needs that clause, and is unresolved without it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.jobs import PERSON_NOUNS
from ...language.lexicon import HONORIFICS, NOBLE
from ...language.pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS, SPEAKER_PRONOUNS, THING_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CLAUSES = frozenset({"advcl", "xcomp", "ccomp", "csubj"})
_GROUPS = frozenset({"ORG", "NORP", "GPE"})


def unresolved_pronoun(span: Span, kept: set[int], speaker: Iterable[int] = ()) -> bool:
    """Whether a pronoun among the ``kept`` tokens of ``span`` stands for nothing the headline shows before it
    or in its ``speaker``; or is an "it" whose clause is left out."""
    doc = span.doc
    shown = sorted(kept)
    named = set(speaker)
    for index in shown:
        token = doc[index]
        if token.pos_ != "PRON" or token.tag_ not in ("PRP", "PRP$"):
            continue
        word = token.lower_
        before = [doc[i] for i in shown if i < index] + [doc[i] for i in named]
        if word in SPEAKER_PRONOUNS:
            return True
        if word in PERSON_PRONOUNS and not any(_person(t) for t in before):
            return True
        if word in THING_PRONOUNS and _expletive(token, kept):
            continue  # "says it was time to draw a line": the "it" stands for the clause the headline shows
        if word in THING_PRONOUNS and (not any(_thing(t) for t in before) or _announces(token, kept)):
            return True
        if word in GROUP_PRONOUNS and not any(_many(t) for t in before):
            return True
    return False


def _person(token: Token) -> bool:
    """A person's name or title, or a singular subject, which may be a person ("British tourist claims she ...";
    the recogniser reads some names as places or firms, "Rio Ferdinand says he ...")."""
    if token.ent_type_ == "PERSON" or token.lower_ in HONORIFICS | NOBLE or _person_noun(token):
        return True
    return token.dep_ in SUBJECT_DEPS and token.tag_ in ("NN", "NNP")


def _thing(token: Token) -> bool:
    """A thing's noun or name: not a person's noun ("inspector"), nor a name that only says whose person it is
    ("HSE inspector Julian Franklin says it was ...": "it" is not the HSE)."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NN", "NNP") or token.ent_type_ == "PERSON":
        return False
    return not (_person_noun(token) or (token.dep_ == "compound" and (
        _person_noun(token.head) or token.head.ent_type_ == "PERSON")))


def _person_noun(token: Token) -> bool:
    return token.tag_ == "NN" and token.lemma_.lower() in PERSON_NOUNS


def _many(token: Token) -> bool:
    return (token.pos_ in ("NOUN", "PROPN") and token.tag_ in ("NNS", "NNPS")) or token.ent_type_ in _GROUPS or (
        token.pos_ in ("NOUN", "PROPN") and any(child.dep_ == "conj" for child in token.children))


def _expletive(it: Token, kept: set[int]) -> bool:
    """Whether "it" only announces a clause the headline keeps: "it was time [to draw a line]", "it is clear [that
    ...]"; it stands for nothing before it."""
    head = it.head
    if it.dep_ not in SUBJECT_DEPS or (head.pos_ != "ADJ" and head.lemma_ not in ("be", "seem", "appear")):
        return False
    places = [head, *(child for child in head.children if child.dep_ in ("acomp", "attr"))]
    return any(child.i > it.i and child.i in kept and (child.dep_ in _CLAUSES or (
        child.dep_ in ("acl", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)))
        for place in places for child in place.children)


def _announces(it: Token, kept: set[int]) -> bool:
    """Whether "it" announces a clause after it that is left out: "make it easier [to create addresses]", "it is
    clear [that ...]"."""
    head = it.head
    if head.pos_ != "ADJ" and head.lemma_ not in ("be", "seem", "appear"):
        return False
    places = [head, *(child for child in head.children if child.dep_ in ("acomp", "attr"))]
    return any(child.dep_ in _CLAUSES and child.i > it.i and child.i not in kept
               for place in places for child in place.children)
