"""The matters one word opens (:mod:`.matters` asks each of every word of a sentence), and the :class:`Matter` they
make: a thing the article says is unknown ("its motives remain unclear"), what a thing is for ("talks aimed at
averting strikes"), a decision to come ("MPs will vote on the bill"), a contest to be played or a prize sought or
to be handed out (see :mod:`.contests`), an inquiry under way ("X is being investigated").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...language.grammar import Mode, find_subject
from ...language.lexicon import INQUIRY_NOUNS, INQUIRY_VERBS
from ...language.tense import verb_is_future
from .contests import awarded, contest, either_side, prize
from .hedges import EXPLICIT, HEDGE
from .walks import negated

if TYPE_CHECKING:
    from spacy.tokens import Token

_STARTS = frozenset(
    {"launch", "open", "initiate", "begin", "order", "start", "announce", "face", "set", "hold", "conduct", "carry",
     "undertake"}
)
UNKNOWN = frozenset({"unclear", "unknown", "uncertain"})
DECIDING = frozenset({"vote", "rule", "decide", "deliberate"})  # a decision whose outcome is open
PURPOSED = frozenset({"aim", "design", "intend", "mean"})  # "talks aimed at averting strikes"


@dataclass(frozen=True)
class Matter:
    """An unresolved matter: the clause to ask about, the way to ask, how explicit."""

    sentence: int
    verb: Token
    mode: Mode
    strength: float
    subject: Token | None = None
    inquiry: str | None = None  # "investigation into" for a pending inquiry
    event: str | None = None  # the verb that makes a planned event happen ("make" a trip)
    unknown: bool = False  # "its motives remain unclear": asked as "What are its motives?"
    either: bool = False  # "a meeting with either Fu or Robertson": asked "Will Selby face Marco Fu or Neil Robertson?"
    reduced: bool = False  # "If convicted, the minister could face ...": asked "Will the minister be convicted?"
    decision: bool = False  # "MPs will vote on the bill": asked as "How will MPs vote on the bill?"
    opponent: Token | None = None  # "Scotland face Italy on Saturday": asked as "Will Scotland beat Italy?"
    prize: Token | None = None  # "as he seeks a first Six Nations victory": asked as "Will he win a first …?"; with no
    # subject, a prize to be handed out ("The awards will be presented on Friday": "Who will win the awards?")


def unknown_matters(index: int, token: Token) -> list[Matter]:
    """ "The cause of the fire is unknown", "its motives remain unclear": what the thing named is, still open."""
    if token.lemma_.lower() not in UNKNOWN or token.dep_ != "acomp" or negated(token.head):
        return []
    subject = find_subject(token.head)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.dep_ != "nsubj":
        return []
    return [Matter(index, token.head, "asis", EXPLICIT, subject=subject, unknown=True)]


def aimed_matters(index: int, token: Token) -> list[Matter]:
    """ "Talks aimed at averting strikes", "a law designed to curb fraud": whether it will do what it is for."""
    if token.lemma_.lower() not in PURPOSED or token.tag_ != "VBN" or token.dep_ != "acl" or token.head.pos_ != "NOUN":
        return []
    for child in token.children:
        clause = child if child.dep_ == "xcomp" and child.tag_ == "VB" else None
        if child.dep_ == "prep" and child.lower_ == "at":
            clause = next((g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if clause is not None and any(c.dep_ == "dobj" for c in clause.children):
            return [Matter(index, clause, "future", HEDGE, subject=token.head)]
    return []


def decision_matters(index: int, token: Token) -> list[Matter]:
    """ "The court will rule on the appeal next month", "MPs are to vote on the bill": a decision still to be made."""
    if token.lemma_.lower() not in DECIDING or token.pos_ != "VERB" or negated(token) or not verb_is_future(token):
        return []
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children):
        return []  # "decide whether …", "vote to strike": the embedded question or the hedge asks it
    subject = find_subject(token)
    if subject is None or subject.pos_ == "PRON":
        return []
    return [Matter(index, token, "future", HEDGE + 0.5, subject=subject, decision=True)]


def contest_matters(index: int, token: Token) -> list[Matter]:
    found = contest(token)
    return [Matter(index, token, "future", HEDGE, subject=found[0], opponent=found[1])] if found else []


def either_matters(index: int, token: Token) -> list[Matter]:
    found = either_side(token)
    return [Matter(index, token.head, "future", HEDGE, subject=found[0], either=True)] if found else []


def prize_matters(index: int, token: Token) -> list[Matter]:
    found = prize(token)
    return [Matter(index, token, "future", HEDGE, subject=found[0], prize=found[1])] if found else []


def awarded_matters(index: int, token: Token) -> list[Matter]:
    found = awarded(token)
    return [Matter(index, token, "future", HEDGE, prize=found)] if found is not None else []


def inquiry_matters(index: int, token: Token) -> list[Matter]:
    lemma = token.lemma_.lower()
    looking = lemma == "look" and token.tag_ == "VBG" and any(c.dep_ == "aux" for c in token.children)
    if looking and any(c.lower_ == "into" for c in token.children):  # not "Looking into its future, X is ...": a turn
        return [Matter(index, token, "future", HEDGE + 0.5, inquiry="review of")]
    if lemma in INQUIRY_VERBS and token.tag_ == "VBN" and any(c.lower_ == "being" for c in token.children):
        target = find_subject(token) if token.dep_ != "acl" else token.head  # "X (is) now being investigated"
        if target is not None and target.pos_ in ("NOUN", "PROPN"):
            return [Matter(index, token, "future", HEDGE + 0.5, subject=target, inquiry=INQUIRY_VERBS[lemma])]
    if lemma in INQUIRY_VERBS and token.pos_ == "VERB":
        ongoing = token.tag_ == "VBG" or any(c.lower_ in ("will", "'ll") for c in token.children)
        if ongoing and any(c.dep_ == "dobj" for c in token.children):
            return [Matter(index, token, "future", HEDGE + 0.5, inquiry=INQUIRY_VERBS[lemma])]
    if lemma in INQUIRY_NOUNS and token.dep_ == "dobj" and token.head.lemma_ in _STARTS:
        return [Matter(index, token, "future", HEDGE + 0.5, inquiry="")]
    return []
