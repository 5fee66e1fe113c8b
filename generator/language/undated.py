"""Dates that tell the time of no event: a weekday that is part of a newspaper's name ("the Mail on Sunday", "the
Sunday Telegraph"), and a date a clause only describes ("Wednesday was just the start", "2005 will be the year
that ...", "Next year will be difficult"): the date is what the clause speaks of, not when something happens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import WEEKDAYS
from .grammar import SUBJECT_DEPS
from .tense import governing_verb, verb_is_future

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_LINKS = frozenset({"xcomp", "acomp"})  # "is going to be", "looks set to be", "is likely to be"
_TIMED_BY = frozenset({"since", "after", "before", "following", "during", "until"})  # a noun that times its clause
_NOW = frozenset({"VBZ", "VBP"})
_WHERE = frozenset({"in", "at", "during", "to"})  # "in an op-ed published ...", "according to a statement released ..."


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


def dates_its_noun(participle: Token | None) -> bool:
    """Whether a participle that qualifies a noun tells that noun's time, not its clause's: "erased the world
    record set by Lind last year", "took the album, released in 2003, ..." (not a subject's, "A report published
    on Monday found ...", nor the occasion the clause happens at, "In an op-ed published on Wednesday, X said")."""
    if participle is None or participle.dep_ != "acl" or participle.tag_ != "VBN":
        return False  # (a present participle with a date is most often the parser's slip: "paid fines totalling")
    noun = participle.head
    if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in _WHERE:
        return False
    while noun.head.i != noun.i and noun.head.pos_ not in ("VERB", "AUX"):
        noun = noun.head  # "All of the threats made on Monday ... turned out to be false": the subject's
    return noun.dep_ not in SUBJECT_DEPS


def dated_noun_now(date: Token) -> bool:
    """Whether a past date hangs, by a preposition, on a noun of a clause told now, in the present or the present
    perfect: it dates that noun, not the clause ("The video of his arrest on 10 December has been posted online");
    "since" opens the stretch the clause tells ("has been in talks since January"), and a present "be" links its
    subject to the dated event ("The arrest is in connection with a robbery on 26 February")."""
    verb, _through_noun = governing_verb(date)  # "owes her life after a crash in 2010 left her ...": the leaving's
    noun = date.head.head
    if verb is None or date.dep_ != "pobj" or date.head.lower_ == "since" or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in _TIMED_BY:
        return False  # "has been in controversy since its introduction in 1993", "owes her life after a crash in 2010"
    if verb.lemma_.lower() == "be":
        return False  # "The latest arrest is in connection with a robbery on 26 February": linked to that event
    tensed = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _NOW | {"VBD", "MD"}]
    first = tensed[0] if tensed else verb
    return first.tag_ in _NOW and not verb_is_future(verb)


def date_words(entity: Span) -> str:
    """A date's own words: not a number after it that counts a noun outside it ("In January 25 people were
    jailed": January, not the 25th)."""
    end = entity.end
    while end > entity.start + 1:
        last = entity.doc[end - 1]
        if not (last.like_num and last.dep_ == "nummod" and not entity.start <= last.head.i < entity.end):
            break
        end -= 1
    return entity.doc[entity.start : end].text


def measured_within(entity: Span) -> bool:
    """Whether a date's own words compare it, "less than last year's", "more than a week ago": a base or a bound,
    no point an event took place at."""
    return any(t.lower_ == "than" for t in entity)
