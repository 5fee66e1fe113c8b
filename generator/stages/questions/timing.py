"""When a matter is due: a plan whose day has passed, and a schedule that asks only when.

:func:`dated_before`: "was set to fly last Saturday" is a plan whose day has passed; "a study published in July 2010
predicted that X would ..." reports a forecast made years back.

:func:`only_when`: "The inquiry is expected to last six weeks", "The merger is expected to be complete in four
months": the clause does nothing to anything, and all it tells beyond its act is how long it takes, as the article
gives the schedule.  "Will the inquiry last six weeks?" asks whether a timetable holds: a detail of the calendar, not
a matter the story leaves open.  A day ("is due to go on sale in late May": a launch) and an act on something
("is expected to sign the deal within weeks") are still asked.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...language.belonging import belongs
from ...language.dates import resolve
from ...language.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .matter import Matter

# The cues that give a timetable ("is expected to", "is due to", "is scheduled to"); a closed list of English.
_SCHEDULING = frozenset({"expect", "due", "schedule"})
# What a clause may hold and still do nothing to anything: a place, a time, a manner ("go on sale", "be complete").
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp", "agent"})
_WHEN = frozenset({"DATE", "TIME"})
_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _span(entity: Span) -> bool:
    """A length of time, not a day: "six weeks", "four months", "a few weeks"."""
    return any(t.lemma_.lower() in _UNITS and t.tag_ == "NNS" for t in entity)


def dated_before(verb: Token, today: dt.date) -> bool:
    """Whether the clause of ``verb`` is dated before ``today`` ("last Saturday", "in 2003"), or the verb of saying
    that reports it is dated to an earlier year ("a study published in July 2010 predicted that X would ...")."""
    clause = {token.i for token in verb.subtree}
    for entity in verb.doc.ents:
        if entity.label_ != "DATE" or entity.start not in clause or not belongs(entity.root, verb):
            continue  # "will attempt to freeze assets after the government ignored an order last week": the ignoring's
        date = resolve(entity.text, today, "future")
        if date is not None and date < today.isoformat()[: len(date)]:
            return True
    reporting = next((t for t in verb.ancestors if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"), None)
    if reporting is None:
        return False
    told = {token.i for token in reporting.subtree} - clause
    for entity in verb.doc.ents:
        if entity.label_ == "DATE" and entity.start in told:
            date = resolve(entity.text, today, "past")
            if date is not None and int(date[:4]) < today.year - 1:
                return True
    return False


def only_when(matter: Matter) -> bool:
    """Whether the matter is a timetable: a clause put under "expected", "due" or "scheduled" that acts on nothing and
    says, beyond its act, how long it takes ("is expected to last six weeks", "to take a few weeks")."""
    verb = matter.verb
    special = (matter.inquiry, matter.event, matter.prize, matter.opponent)
    if any(x is not None for x in special) or matter.decision or matter.unknown or matter.either or matter.reduced:
        return False  # a matter of a kind is asked its own way ("When will the trial begin?" is not asked)
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _SCHEDULING:
        return False
    subject = {t.i for t in matter.subject.subtree} if matter.subject is not None else set()
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)
    spans = [e for e in verb.doc.ents if e.label_ in _WHEN and e.start in inside and e.start not in subject]
    if not any(_span(e) for e in spans):
        return False  # "is due to go on sale in late May": the day is the news of a launch, still asked
    return not any(c.dep_ in _OBJECTS and c.ent_type_ not in _WHEN for c in verb.children)
