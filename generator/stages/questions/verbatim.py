"""The sentence that leaves a matter open, shown as it is when no well-formed question can be made of it.

Fewer, right questions beat many, and a broken question is worse than none: when the parse gives no question
for a matter whose uncertainty the article marks (a hedge, an embedded question, a pending inquiry or decision),
the article's own sentence is shown in its place, verbatim, with its speaker when the matter is in someone's
quoted words.  Only when the sentence itself leaves the matter open: its main clause holds it (the verb, or the
complements and conjuncts down to it: "is likely to score", "has yet to dislodge"), not a clause that only
describes or times something ("as he prepares to mark ...", "a film intended to put ...", "which could mean");
not a past that could have been ("could have sealed the win": a chance missed, no matter); not a judgement of
what something is ("may not be the place for ..."); nor a "what" or "how" clause no question could be made of,
most often a thing described ("what makes it unusual is ..."), or one the article says is plain ("it is not
hard to see why").  A sentence that does not read alone (an opening
pronoun, a fragment: see :func:`generator.language.faithful.statement_problems`), a long one, or quoted words
whose speaker is not known, is not shown.  (A matter the question forms refuse outright is not shown either: it
is not one to ask; the sentence stands in only for a question tried and found broken or too long.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.faithful import statement_problems
from ...language.standalone import unmarked
from ...model import Briefing, Document
from .hedges import EXPLICIT, HEDGE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .matters import Matter

MAX_SENTENCE_WORDS = 40  # a longer sentence is more than the matter: no line for it
_MAIN = frozenset({"xcomp", "ccomp", "conj", "acomp"})  # how a clause of the main one hangs from it
_NOT_HARD = frozenset({"hard", "difficult"})  # "it is not hard to see why": the article gives the reason
_PAST_CHANCES = frozenset({"could", "would", "should", "might", "must"})  # with "have": what did not, or did, happen


def left_open(
    document: Document, briefing: Briefing, matter: Matter, quoted: frozenset[tuple[int, int]]
) -> tuple[str, str | None] | None:
    """(the sentence, who says it) for a matter no question could be made of; None when it cannot be shown."""
    if matter.strength < HEDGE or (matter.mode == "asis" and matter.strength < EXPLICIT):
        return None  # "would": a consequence, not an uncertainty the article marks; "what makes it unusual is ..."
    if not _in_main_clause(matter.verb) or _past_chance(matter.verb) or matter.verb.lemma_ == "be":
        return None
    if _evident(matter.verb):
        return None
    span = unmarked(document, matter.sentence)
    text = span.text.strip()
    if len(text.split()) > MAX_SENTENCE_WORDS or statement_problems(text, span):
        return None
    if (matter.sentence, matter.verb.i) not in quoted:
        return text, None
    speakers = {a.name for a in briefing.actors for q in a.quotes if q.sentence == matter.sentence}
    return (text, speakers.pop()) if len(speakers) == 1 else None  # someone's words: theirs, or not shown


def _in_main_clause(verb: Token) -> bool:
    """Whether ``verb`` is the sentence's main verb or reached from it through complements and conjuncts only."""
    token = verb
    while token.dep_ != "ROOT" and token.head is not token:
        if token.dep_ not in _MAIN:
            return False
        token = token.head
    return True


def _past_chance(verb: Token) -> bool:
    """A modal perfect other than "may have": "could have been out of sight by the break" (it was not)."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return "have" in auxiliaries and any(word in _PAST_CHANCES for word in auxiliaries)



def _evident(verb: Token) -> bool:
    """Whether a clause above ``verb`` says it is not hard to see: "it is not hard (difficult) to see why"."""
    for head in (verb, *verb.ancestors):
        hard = any(c.dep_ == "acomp" and c.lemma_.lower() in _NOT_HARD for c in head.children)
        if hard and any(c.dep_ == "neg" for c in head.children):
            return True
    return False
