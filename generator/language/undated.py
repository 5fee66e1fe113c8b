"""Dates that tell the time of no event: a weekday that is part of a newspaper's name ("the Mail on Sunday", "the
Sunday Telegraph"), and a date a clause only describes ("Wednesday was just the start", "2005 will be the year
that ...", "Next year will be difficult"): the date is what the clause speaks of, not when something happens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import WEEKDAYS
from .grammar import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_LINKS = frozenset({"xcomp", "acomp"})  # "is going to be", "looks set to be", "is likely to be"


def names_title(entity: Span) -> bool:
    """Whether a weekday is part of a newspaper's name: "the Independent on Sunday", "the Mail on Sunday", "the
    Sunday Telegraph"."""
    root = entity.root
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if root.dep_ == "compound" and root.lower_ in WEEKDAYS and after is not None and after.pos_ == "PROPN":
        return after.is_title and root.head.i > root.i  # "the Sunday Telegraph report": not "Sunday night"
    on = root.head
    if root.dep_ != "pobj" or on.lower_ != "on" or on.head.pos_ != "PROPN":
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in on.head.children)


def described(entity: Span) -> bool:
    """Whether a date is what its clause describes, the subject of "be" ("Wednesday was just the start", "2005 is
    going to be a very good year"), not the time of an event: "Monday saw protests", "Tuesday's vote was a
    defeat" or "2005 is the year the fair opens" still tell one."""
    root = entity.root
    verb = root.head
    if verb.i == root.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    alone = root.dep_ == "npadvmod" and not subjects and root.i < verb.i  # "Friday was a day of protests"
    if root.dep_ not in SUBJECT_DEPS and not alone:
        return False
    copula = _copula(verb)
    if copula is None:
        return False
    told = [c for c in copula.children if c.dep_ == "attr" and any(k.dep_ in ("relcl", "acl") for k in c.children)]
    return not told  # "2005 is the first year a dedicated competition is held": the clause after it is the event


def _copula(verb: Token) -> Token | None:
    """The verb "be" a verb is, or reaches through the verbs that only lead to it ("is going to be")."""
    while verb.lemma_.lower() != "be":
        nexts = [c for c in verb.children if c.dep_ in _LINKS and c.pos_ in ("VERB", "AUX", "ADJ")]
        if not nexts:
            return None
        verb = nexts[0]
    return verb
