"""The condition a will-question keeps: "If elected, his party would cap asylum" asks "Will his party cap asylum if
elected?", never the plan without its "if"; a condition told in the past ("if it failed") told in the present the
question needs ("if it fails"); a condition cut to its participle before a stated penalty ("If convicted, the minister
could face ten years") asked on its own ("Will the minister be convicted?")."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from ...language.lexicon import IF_MARKS, PLURAL_PRONOUNS
from ...language.tense import present_of
from .phrases import marker, noun_phrase, render

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .phrases import Resolver

_WHEN = frozenset({"once", "when", "after", "before", "until"})  # a time inside a condition takes its tense
# What a will-question waits on, anywhere in its clause, in the present ("until a replacement was found": "is found").
_PENDING = IF_MARKS | {"until", "once"}


def with_condition(question: str, verb: Token) -> str:
    """``question`` with the condition that opens its sentence put after it, a whole clause ("If elected, ..."); empty
    when that clause holds a comma of its own, where it cannot be told whole."""
    fronted = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and marker(c) in IF_MARKS]
    if not fronted or not question:
        return question
    words = list(fronted[0].subtree)
    while words and words[-1].is_punct:
        words.pop()
    if not words or words[0].lower_ not in IF_MARKS or any(t.text in (",", ";", ":", "—", "–") for t in words):
        return ""
    if any(a.lower_ == "were" and b.lower_ == "to" for a, b in pairwise(words)):
        return ""  # "If Qantas were to follow ...": asked as its own matter, "Will Qantas follow ...?"
    condition = render(words)
    return f"{question} {condition[0].lower()}{condition[1:]}"


def present_conditions(question: str, verb: Token) -> str:
    """A condition told in the past ("if it failed to improve") in the present a will-question needs ("if it fails
    to improve"); empty when its verb is one whose present cannot be told from its form."""
    conditions = [c for c in verb.children if c.dep_ == "advcl" and marker(c) in IF_MARKS]
    conditions += [t for c in conditions for t in c.subtree if t.dep_ == "advcl" and marker(t) in _WHEN]
    own = {c.i for c in conditions}  # the verb's own: a question that lost one of them is no question
    conditions += [t for t in verb.subtree if t.dep_ == "advcl" and t.i not in own and marker(t) in _PENDING]
    for clause in conditions:
        finite = next((a for a in clause.children if a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD"), None)
        finite = finite if finite is not None else (clause if clause.tag_ == "VBD" else None)
        if finite is None:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        plural = subject is not None and (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PLURAL_PRONOUNS)
        present = present_of(finite, plural)
        mark = re.search(rf"\b{re.escape(marker(clause))}\b", question)
        if clause.i not in own and mark is None:
            continue  # a clause the question left out
        if present is None or mark is None:
            return ""
        question = question[: mark.end()] + re.sub(
            rf"\b{re.escape(finite.text)}\b", present, question[mark.end() :], count=1
        )
    return question


def reduced_subject(clause: Token) -> Token | None:
    """The one a condition cut to its participle is about ("If convicted, the minister could face ten years": the
    minister; "could be banned if found guilty of violent conduct"): the subject of what follows from it, when the
    condition is set off by a comma or comes after; None when it is no such condition or the parse runs it into
    the subject ("If found guilty Aragones could ...": "guilty" read as Aragones's)."""
    if clause.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children):
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and run_in(clause) is not None:
        return subject  # "If found guilty Aragones could ...": "guilty" read as Aragones's, the condition ends there
    if subject is None or subject.pos_ == "PRON" or subject.left_edge.i <= clause.right_edge.i < subject.i:
        return None
    after = clause.doc[clause.right_edge.i + 1] if clause.right_edge.i + 1 < len(clause.doc) else None
    set_off = clause.i > clause.head.i or (after is not None and after.text == ",")
    return subject if set_off else None


def run_in(clause: Token) -> Token | None:
    """The adjective the parse ran into the subject after a bare participle ("If found guilty Aragones could": the
    "guilty" it read as Aragones's), or None."""
    after = clause.doc[clause.i + 1] if clause.i + 1 < len(clause.doc) else None
    if clause.right_edge.i != clause.i or after is None or after.dep_ != "amod" or after.pos_ != "ADJ":
        return None
    subject = after.head
    whole = subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == clause.head.i and subject.pos_ == "PROPN"
    return after if whole and after.i == subject.left_edge.i else None


def reduced_question(clause: Token, subject: Token, resolve: Resolver | None = None) -> str | None:
    """ "Will the minister be convicted?", "Will the striker be found guilty of violent conduct?": whether the
    condition cut to its participle is met."""
    words = [t for t in clause.subtree if t.dep_ != "mark" and not t.is_punct]
    adjective = run_in(clause)
    if adjective is not None:  # "If found guilty Aragones could ...": the subject without the adjective
        words.append(adjective)
        named = noun_phrase(subject, resolve, frozenset({adjective.i}))
        return f"Will {named} be {render(words)}?" if named else None
    named = noun_phrase(subject, resolve)
    if not named or not words:
        return None
    return f"Will {named[0].lower() + named[1:] if subject.is_stop else named} be {render(words)}?"
