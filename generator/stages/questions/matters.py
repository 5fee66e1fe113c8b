"""Finding what a sentence leaves unresolved, from its parse.

Each *matter* names the clause a question should ask about, how to ask it (see :mod:`.forms`) and how
explicit the uncertainty is:

- an embedded question: "it is unclear whether/if S", "investigating whether S", "how S" after a verb
  or a preposition (strongest);
- a negated decision: "has not ruled out X-ing", "has yet to V";
- a hedge: the modals may/might/could, the verbs of expectation and intent with an infinitive ("is
  expected to", "plans to", "hopes to", "is weighing", "has pledged to"), "interest in X-ing";
- a pending inquiry: "is investigating X", "has launched an inquiry";
- "would" (a consequence, or a plan reported) is weaker; a plain future ("will") is not a matter: the
  article states it.

The hedges are a table of patterns, one row per cue (``HEDGES``, see :mod:`.patterns`); the word
lists are the lexicon's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...language.grammar import Mode, find_subject
from ...language.lexicon import (
    CAUSATIVES,
    CONDITIONS,
    DISCUSSING,
    EVENT_NOUNS,
    HOPEFUL,
    INQUIRY_NOUNS,
    INQUIRY_VERBS,
    INTENT_LEMMAS,
    KNOWING,
    PLAN_NOUNS,
    PROSPECTIVE,
    REPUTED,
    SEEMING,
    SPEECH_VERBS,
    WEIGHING,
)
from ...language.tense import forms
from ...language.tokens import tokens
from .patterns import Cue, CueTable, among, child, cue, head, none_of
from .walks import (
    actor,
    clause_gap,
    clause_of,
    cue_subject,
    has_gap,
    head_subject,
    modal_verb,
    negated,
    past_if_perfect,
    plan_owner,
    subject_if_xcomp,
    unowned,
    verb_after_actor,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .patterns import Match

EXPLICIT = 3.0
HEDGE = 2.0
PRESSED = 1.75  # someone is pushed to act: pending, but not marked uncertain
CONDITIONAL = 1.5  # "would": a consequence or a reported plan
WEAK = 1.0

_STARTS = frozenset({"launch", "open", "initiate", "begin", "order", "start", "announce", "face", "set", "hold"})
_VERBS = frozenset({"VERB", "AUX"})


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


def matters(index: int, span: Span) -> tuple[Matter, ...]:
    """Every unresolved matter of sentence ``index``, strongest first, by position.

    Found once and kept on the sentence (see :mod:`generator.nlp.facts`): the
    questions and the background stages both ask it of every sentence.
    """
    found: tuple[Matter, ...] | None = span._.matters
    if found is None:
        found = span._.matters = _matters(index, span)
    return found


def _matters(index: int, span: Span) -> tuple[Matter, ...]:
    found: list[Matter] = []
    hedged = _hedges(index, span)
    for token in tokens(span):
        found.extend(_embedded(index, token))
        found.extend(_condition(index, token))
        found.extend(_negated_decision(index, token))
        if token.i in hedged:
            found.append(hedged[token.i])
        found.extend(_inquiry(index, token))
    return tuple(sorted(found, key=lambda m: (-m.strength, m.verb.i)))


def _condition(index: int, token: Token) -> list[Matter]:
    """ "only if S", "unless S", "provided S": the condition is still open; also "call for X to V"."""
    if token.dep_ != "mark" or token.head.pos_ not in _VERBS:
        return []
    clause = token.head
    only_if = token.lower_ == "if" and any(c.lower_ == "only" for c in clause.children)
    if token.lower_ in CONDITIONS or only_if:
        return [Matter(index, clause, "future", HEDGE + 0.5)]
    if token.lower_ == "for" and any(c.tag_ == "TO" for c in clause.children) and clause.head.lemma_ in CAUSATIVES:
        return [Matter(index, clause, "future", HEDGE)]
    return []


def _embedded(index: int, token: Token) -> list[Matter]:
    if token.dep_ == "mark" and token.lower_ in ("whether", "if"):
        clause = token.head
        governor = clause.head
        knowing = governor.lemma_.lower() in KNOWING or any(
            c.dep_ == "acomp" and c.lemma_.lower() in KNOWING for c in governor.children
        )
        asked = token.lower_ == "whether" or knowing or clause.dep_ == "ccomp"
        if asked and clause.pos_ in _VERBS and clause.i != token.i:
            return [Matter(index, clause, "asis", EXPLICIT)]
    if token.tag_ in ("WRB", "WP") and token.lower_ not in ("that",):
        if token.text[:1].isupper() and token.i != token.sent.start:
            return []  # "a contestant on Who Wants to Be a Millionaire": a title, not a question
        verb = clause_of(token)
        if verb is None or verb.dep_ not in ("ccomp", "pcomp", "xcomp", "dobj", "csubj") or verb.pos_ not in _VERBS:
            return []
        if verb.dep_ == "pcomp" and verb.head.lower_ not in ("about", "over", "on", "into", "of", "as"):
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "this", "that") for c in verb.children):
            return []
        if token.lower_ in ("when", "where") and verb.dep_ not in ("ccomp", "pcomp"):
            return []
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in KNOWING | {"clarify", "wonder"}:
            return []
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if governor.dep_ in ("dobj", "pobj", "prep"):  # "hasn't said much about how…"
            governor = governor.head
        unsaid = any(c.dep_ == "neg" for c in governor.children)
        return [Matter(index, verb, "asis", EXPLICIT if unsaid else EXPLICIT - 0.5)]
    return []


def _negated_decision(index: int, token: Token) -> list[Matter]:
    ruled_out = token.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    if ruled_out and negated(token):
        if has_gap(token):
            return []
        for child in token.children:
            if child.dep_ in ("xcomp", "dobj", "pcomp", "ccomp") and child.tag_ == "VBG":
                return [Matter(index, child, "future", EXPLICIT, subject=find_subject(token))]
    if token.lower_ == "yet" and token.dep_ == "advmod":
        verb = token.head
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ in _VERBS:
                return [Matter(index, child, "future", EXPLICIT, subject=find_subject(verb))]
    return []


def _hedges(index: int, span: Span) -> dict[int, Matter]:
    """The matter each hedge word of a sentence opens (see ``HEDGES``), by the word's index."""
    return {
        i: Matter(index, found.verb, found.mode, found.strength, subject=found.subject, event=found.event)
        for i, found in HEDGES.find(span).items()
    }


def _modal_veto(match: Match) -> bool:
    """A modal in a relative clause, or before a verb of intent (read there) or of seeming ("it would appear")."""
    verb = modal_verb(match)
    return verb.dep_ in ("relcl", "acl") or has_gap(verb) or _heads_intent(verb) or verb.lemma_.lower() in SEEMING


def _intent_strength(match: Match) -> float:
    """A hedge, but weak when told in the past ("planned to V")."""
    word = match["cue"]
    return WEAK if word.tag_ == "VBD" and not any(c.dep_ == "aux" for c in word.children) else HEDGE


def _of_intent(word: Token) -> bool:
    """A word of intent by its lemma or a plain stem ("hopes": "hope"; the small model's lemmas slip)."""
    return bool(forms(word) & INTENT_LEMMAS)


def _unplanned(match: Match) -> bool:
    return not _prospective(match["cue"])


def _event_owner(match: Match) -> Token | None:
    """Who discusses the event: the subject of "discussed a visit"."""
    noun = match["cue"]
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return find_subject(governor) if governor.lemma_.lower() in DISCUSSING else None


def _event_verb(match: Match) -> str:
    return EVENT_NOUNS[match["cue"].lemma_.lower()]


_MAYBE = ("may", "might", "could")
_MODAL = {"TAG": "MD", "DEP": "aux"}
_GOVERNS_VERB = head("head", POS=among(_VERBS))
_TO_CLAUSE = child("to", of="clause", TAG="TO")  # the "to" of an infinitive
# One row per cue, in the order they are tried on a word; rows that share a name are one cue.
HEDGES = CueTable((
    # "may/might/could + verb": "the union may strike"
    Cue("may", [cue(LOWER=among(_MAYBE), **_MODAL), _GOVERNS_VERB],
        verb=modal_verb, strength=HEDGE, veto=(_modal_veto,)),
    # "would + verb": a consequence, or a plan reported
    Cue("would", [cue(LOWER="would", **_MODAL), _GOVERNS_VERB],
        verb=modal_verb, strength=CONDITIONAL, veto=(_modal_veto,)),
    # "urged X to V", "pressed X to V": X is pushed to act
    Cue("pressed", [cue(LEMMA=among(CAUSATIVES), POS="VERB"),
                    child("clause", DEP=among("xcomp", "advcl", "ccomp")), _TO_CLAUSE, child("object", DEP="dobj")],
        verb="clause", strength=PRESSED, subject="object"),
    # "is expected to V", "plans to V", "is likely to V" (saying is not the matter: "expected to tell")
    Cue("intent", [cue(POS=among(_VERBS, "ADJ")),
                   child("clause", DEP=among("xcomp", "ccomp"), POS=among(_VERBS),
                         LEMMA=none_of(SPEECH_VERBS)), _TO_CLAUSE],
        verb="clause", strength=_intent_strength, subject=subject_if_xcomp, word=_of_intent, veto=(clause_gap,)),
    # "is weighing X-ing", "is considering X-ing"
    Cue("intent", [cue(POS=among(_VERBS, "ADJ"), LEMMA=among(WEIGHING)),
                   child("clause", DEP=among("xcomp", "dobj"), TAG="VBG", POS=among(_VERBS),
                         LEMMA=none_of(SPEECH_VERBS))],
        verb="clause", strength=_intent_strength, subject=subject_if_xcomp, word=_of_intent, veto=(clause_gap,)),
    # "a possible trip", "discussed a visit": an event only planned ("make" a trip)
    Cue("event", [cue(LEMMA=among(EVENT_NOUNS), POS="NOUN")],
        verb="cue", strength=HEDGE, subject=_event_owner, event=_event_verb, veto=(_unplanned,)),
    # "a plan to V", "Turkey's bid to V": the owner of the plan is the subject
    Cue("plan", [cue(LEMMA=among(PLAN_NOUNS), POS="NOUN"), child("clause", DEP="acl", POS=among(_VERBS)), _TO_CLAUSE],
        verb="clause", strength=HEDGE, subject=plan_owner, veto=(unowned,)),
    # "hopeful that S"
    Cue("hopeful", [cue(LEMMA=among(HOPEFUL), POS="ADJ"), child("clause", DEP="ccomp", POS=among(_VERBS))],
        verb="clause", strength=HEDGE),
    # "confident of a deal", "hopeful for a recovery"
    Cue("hopeful", [cue(LEMMA=among(HOPEFUL), POS="ADJ"), child("prep", DEP="prep", LOWER=among("for", "of")),
                    child("object", of="prep", DEP="pobj", POS="NOUN")],
        verb="object", strength=HEDGE, event="there"),
    # "were believed to V", "is said to have V-ed": unconfirmed (a past when perfect)
    Cue("reputed", [cue(LEMMA=among(REPUTED), TAG="VBN"),
                    child("clause", DEP="xcomp"), _TO_CLAUSE, child("passive", DEP="auxpass")],
        verb="clause", mode=past_if_perfect, strength=HEDGE, subject=cue_subject),
    # "on course for X", "on track for X"
    Cue("on course", [cue(LOWER=among("course", "track"), DEP="pobj"), head("on", LOWER="on"),
                      head("governor", of="on"), child("for", of="governor", LOWER="for"),
                      child("object", of="for", DEP="pobj")],
        verb="object", strength=HEDGE, event="there"),
    # the same, "on" heading a fragment: "On course for a record."
    Cue("on course", [cue(LOWER=among("course", "track"), DEP="pobj"), head("on", LOWER="on", DEP="ROOT"),
                      child("for", of="on", LOWER="for"), child("object", of="for", DEP="pobj")],
        verb="object", strength=HEDGE, event="there"),
    # "a demand for X to V", the parser leaving "to V" apart
    Cue("plan for", [cue(LEMMA=among(PLAN_NOUNS), POS="NOUN"), child("for", LOWER="for"),
                     child("actor", of="for", DEP="pobj")],
        verb=verb_after_actor, strength=HEDGE, subject=actor),
    # "interest in X-ing"
    Cue("interest", [cue(LEMMA="interest", POS="NOUN"), child("in", LOWER="in"), child("clause", of="in", TAG="VBG")],
        verb="clause", strength=HEDGE, subject=head_subject),
))


def _inquiry(index: int, token: Token) -> list[Matter]:
    lemma = token.lemma_.lower()
    if lemma == "look" and token.tag_ == "VBG" and any(c.lower_ == "into" for c in token.children):
        return [Matter(index, token, "future", HEDGE + 0.5, inquiry="review of")]
    if lemma in INQUIRY_VERBS and token.pos_ == "VERB":
        ongoing = token.tag_ == "VBG" or any(c.lower_ in ("will", "'ll") for c in token.children)
        if ongoing and any(c.dep_ == "dobj" for c in token.children):
            return [Matter(index, token, "future", HEDGE + 0.5, inquiry=INQUIRY_VERBS[lemma])]
    if lemma in INQUIRY_NOUNS and token.dep_ == "dobj" and token.head.lemma_ in _STARTS:
        return [Matter(index, token, "future", HEDGE + 0.5, inquiry="")]
    return []


def _prospective(noun: Token) -> bool:
    """Whether an event noun is only planned: "a possible trip", "discussed a meeting"."""
    if any(c.dep_ == "amod" and c.lower_ in PROSPECTIVE for c in noun.children):
        return True
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and governor.lemma_.lower() in DISCUSSING and governor.pos_ == "VERB"


def _heads_intent(verb: Token) -> bool:
    """Whether ``verb`` is itself an intent verb with an infinitive (handled there)."""
    return bool(forms(verb) & INTENT_LEMMAS) and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
