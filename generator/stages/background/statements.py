"""Whether a sentence tells someone's statement or reaction made as the news came, rather than context.

"Labour claims the policy is a desperate attempt to catch up", "Age Concern
argued social care was under-funded", "The chief executive disagreed with the
promoter", "The minister ruled out free care", "A defiant leader pledged to
go on": what someone says of the news, or how they meet it, is the news of
the day.  Such a statement is background only when what it tells is itself
earlier (a past perfect, a date before the week, "already", "recently"), a
standing fact in the present ("The university says federal law requires
..."), or when the statement was made before the week ("In an earlier
statement, the FBI said ..."): :mod:`.cues` reads those; this module tells
whether the sentence's main clause is a statement or a reaction at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import OPINION_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

STATEMENT = 1.0  # what a statement or a reaction made as the news came takes off a sentence's score
# How someone meets the news: "welcomed the plan", "disagreed with", "pledged to" (not the lexicon's REACTING, whose
# "fight", "back", "drop" or "block" as often tell what someone did).
_MEETING = frozenset(
    """welcome oppose reject criticise criticize condemn attack approve endorse disagree pledge vow promise dismiss
    praise hail rule""".split()
)
_REPORTED = frozenset({"ccomp", "parataxis"})


def is_statement(verb: Token) -> bool:
    """Whether a main verb tells a statement (a speech or opinion verb with what it reports: "claims the policy is
    ...") or a reaction ("disagreed with X", "ruled out free care", "pledged to continue"); a speech verb with no
    clause ("Sundance continues to grow", "Kirwan has recalled the centre") tells no statement."""
    lemma = verb.lemma_.lower()
    if lemma == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)  # "ruled out", not "ruled the club"
    if lemma in _MEETING:
        return True
    return lemma in SPEECH_VERBS | OPINION_VERBS and any(c.dep_ in _REPORTED for c in verb.children)
