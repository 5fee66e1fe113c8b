"""The hedge cues: a table of patterns, one row per cue (``HEDGES``), and what each row needs to read its match.

A hedge opens an unresolved matter (:mod:`.matters`): the modals may/might/could, "would" (weaker), a
demand reported ("X said action must be taken"), someone pushed to act ("urged X to V"), the verbs of
expectation and intent with an infinitive ("is expected to", "plans to", "is weighing"), a new thing
foreseen ("expects further departures": "Will there be further departures?"), a planned
event, a plan or bid, hope and confidence, what is only believed or said to be so, "on course for",
"interest in X-ing".  How explicit each is, is its *strength*.  The word lists are the lexicon's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import find_subject
from ...language.lexicon import (
    CAUSATIVES,
    DISCUSSING,
    EVENT_NOUNS,
    FORESEEING,
    HOPEFUL,
    INTENT_LEMMAS,
    PLAN_NOUNS,
    REPUTED,
    SAYING_OR_DOING,
    SCHEDULED,
    SPEECH_VERBS,
    STATE_VERBS,
    WEIGHING,
)
from ...language.tense import forms
from .modals import (
    advised,
    bare,
    conceded,
    deduced,
    guessed_state,
    modal_veto,
    past_belief,
    past_habit,
    someones_view,
    told,
    unreported,
)
from .patterns import Cue, CueTable, among, child, cue, head, none_of
from .vetoes import (
    anothers,
    called_up,
    described,
    enabled,
    not_a_new_thing,
    not_held,
    relative,
    saying,
    unplanned,
    what_a_kind_can_do,
)
from .walks import (
    actor,
    clause_gap,
    clause_subject,
    cue_subject,
    governor_of,
    head_subject,
    modal_verb,
    past_if_perfect,
    plan_owner,
    subject_if_xcomp,
    unowned,
    verb_after_actor,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import Match

EXPLICIT = 3.0
HEDGE = 2.0
PRESSED = 1.75  # someone is pushed to act: pending, but not marked uncertain
CONDITIONAL = 1.5  # "would": a consequence or a reported plan
WEAK = 1.0

_VERBS = frozenset({"VERB", "AUX"})


def _intent_strength(match: Match) -> float:
    """A hedge, but weak when told in the past ("planned to V"), or as settled ("are set to begin", "is preparing to
    receive": the article states the plan; asking whether it will happen asks what it answers)."""
    word = match["cue"]
    if word.lower_ in SCHEDULED or word.lemma_.lower() in SCHEDULED:
        return WEAK
    if word.tag_ == "VBG" and word.dep_ == "pcomp" and word.head.lower_ == "by":
        return WEAK  # "playing politics by attempting to score points": how they act, not a plan still open
    if word.tag_ == "VBG" and not any(c.dep_ == "aux" for c in word.children):  # "was arrested for trying to V"
        above = next((t for t in word.ancestors if t.pos_ in _VERBS and t.tag_ != "VBG"), None)
        auxes = [c for c in above.children if c.dep_ in ("aux", "auxpass")] if above is not None else []
        if above is not None and above.tag_ == "VBN" and auxes and all(a.tag_ == "VBD" for a in auxes):
            return WEAK
        word = above if above is not None else word
    if word.tag_ == "VBD" and not any(c.dep_ == "aux" for c in word.children):
        return WEAK
    if word.tag_ == "VBN" and word.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in word.children):
        return WEAK  # "A Walk Through Memory aimed to show ...": a simple past the tagger took for a participle
    return WEAK if told_in_past(word) else HEDGE


def told_in_past(word: Token) -> bool:
    """Whether a cue is told in the past, not reported: "was due to", "were able to" (a plan or a chance the story
    tells as past); "the council said the road was expected to" is reported, still open; "had tried to" is past."""
    clause = word.head if word.dep_ == "acomp" else word
    finite = [c for c in word.children if c.dep_ in ("aux", "auxpass", "cop")]
    if clause is not word:  # "had been expected to": "been" and its "had"
        finite += [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    if not any(token.tag_ == "VBD" for token in finite):
        return False
    if any(token.lemma_ == "have" for token in finite):
        return True  # "told police he had tried to V": a past perfect is past, reported or not
    reporting = clause.head if clause.dep_ == "ccomp" else None
    return reporting is None or reporting.lemma_.lower() not in SPEECH_VERBS | REPUTED


def _reputed_strength(match: Match) -> float:
    """A hedge; weak when what was believed is told in the past ("was said to be hurting"), or is a past only thought
    or said to have happened ("is thought to have beaten its rival": the article's account; not "is alleged to have
    shot", a charge still to prove)."""
    if past_if_perfect(match) == "past" and match["cue"].lemma_.lower() != "allege":
        return WEAK
    if match["cue"].lemma_.lower() == "say" and past_if_perfect(match) == "present" and _state(match["clause"]):
        return WEAK  # "is said to have more bars than ...": what the article reports is so ("is said to be weighing
        # a bid" is still asked)
    return WEAK if told_in_past(match["cue"]) else HEDGE


def _state(verb: Token) -> bool:
    """A verb of state, not in the progressive ("has", "is", not "is preparing")."""
    return verb.lemma_.lower() in STATE_VERBS and not any(c.lemma_ == "be" and c.dep_ == "aux" for c in verb.children)


def _of_intent(word: Token) -> bool:
    """A word of intent by its lemma or a plain stem ("hopes": "hope"; the small model's lemmas slip)."""
    return bool(forms(word) & INTENT_LEMMAS)


def _foreseeing(word: Token) -> bool:
    return bool(forms(word) & FORESEEING)


def _event_owner(match: Match) -> Token | None:
    """Who discusses the event: the subject of "discussed a visit"."""
    noun = match["cue"]
    governor = governor_of(noun)
    return find_subject(governor) if governor.lemma_.lower() in DISCUSSING else None


def _event_verb(match: Match) -> str:
    return EVENT_NOUNS[match["cue"].lemma_.lower()]


def _foreseen_strength(match: Match) -> float:
    """A hedge, but weak when the expectation is told in the past ("Analysts had expected a rise", "expected a rise
    last year"), unless a verb of saying reports it ("he said he expected further departures")."""
    word = match["cue"]
    reported = word.dep_ == "ccomp" and word.head.lemma_.lower() in SPEECH_VERBS
    if word.tag_ == "VBD" and not reported:
        return WEAK
    return WEAK if told_in_past(word) else HEDGE


_FORESEEING_THINGS = ("expect", "predict", "forecast", "anticipate", "fear")  # a thing for object: "expects a rise"
_MAYBE = ("may", "might", "could")
_MODAL = {"TAG": "MD", "DEP": "aux"}
_GOVERNS_VERB = head("head", POS=among(_VERBS))
_TO_CLAUSE = child("to", of="clause", TAG="TO")  # the "to" of an infinitive
# One row per cue, in the order they are tried on a word; rows that share a name are one cue.
HEDGES = CueTable((
    # "may/might/could + verb": "the union may strike"
    Cue("may", [cue(LOWER=among(_MAYBE), **_MODAL), _GOVERNS_VERB],
        verb=modal_verb, strength=HEDGE,
        veto=(modal_veto, conceded, guessed_state, past_belief, enabled, what_a_kind_can_do)),
    # "would + verb": a consequence, or a plan reported
    Cue("would", [cue(LOWER="would", **_MODAL), _GOVERNS_VERB],
        verb=modal_verb, strength=CONDITIONAL,
        veto=(modal_veto, someones_view, told, conceded, guessed_state, past_habit, past_belief)),
    # "X said action must be taken": a demand reported, still to be met
    Cue("must", [cue(LOWER=among("must", "should"), **_MODAL), _GOVERNS_VERB],
        verb=modal_verb, strength=PRESSED, veto=(modal_veto, unreported, bare, deduced, advised)),
    # "urged X to V", "pressed X to V": X is pushed to act
    Cue("pressed", [cue(LEMMA=among(CAUSATIVES), POS="VERB"),
                    child("clause", DEP=among("xcomp", "advcl", "ccomp")), _TO_CLAUSE, child("object", DEP="dobj")],
        verb="clause", strength=PRESSED, subject="object", veto=(called_up,)),
    # "is expected to V", "plans to V", "is likely to V" (saying is not the matter: "expected to tell"; but "expected
    # to conclude by June", "to agree a deal" is an act)
    Cue("intent", [cue(POS=among(_VERBS, "ADJ")),
                   child("clause", DEP=among("xcomp", "ccomp"), POS=among(_VERBS),
                         LEMMA=none_of(SPEECH_VERBS - SAYING_OR_DOING)), _TO_CLAUSE],
        verb="clause", strength=_intent_strength, subject=subject_if_xcomp, word=_of_intent,
        veto=(clause_gap, saying, relative, not_held)),
    # "is weighing X-ing", "is considering X-ing"
    Cue("intent", [cue(POS=among(_VERBS, "ADJ"), LEMMA=among(WEIGHING)),
                   child("clause", DEP=among("xcomp", "dobj"), TAG="VBG", POS=among(_VERBS),
                         LEMMA=none_of(SPEECH_VERBS))],
        verb="clause", strength=_intent_strength, subject=subject_if_xcomp, word=_of_intent,
        veto=(clause_gap, not_held)),
    # "fear (that) the rise will V", "predicted the deal will V", "it is hoped the forecast will prove accurate": a
    # future someone foresees, not one the article states (looked up by its forms: the model reads "hoped" as "hop")
    Cue("foreseen", [cue(POS="VERB"), child("clause", DEP="ccomp", POS=among(_VERBS)),
                     child("will", of="clause", LOWER=among("will", "'ll"), TAG="MD")],
        verb="clause", strength=HEDGE, subject=clause_subject, word=_foreseeing, veto=(clause_gap,)),
    # "it is hoped Sullivan can protect Uber": what is hoped can be done, not yet done
    Cue("foreseen", [cue(POS="VERB", TAG="VBN"), child("it", DEP="nsubjpass", LOWER="it"),
                     child("clause", DEP="ccomp", POS=among(_VERBS)),
                     child("can", of="clause", LOWER="can", TAG="MD")],
        verb="clause", strength=HEDGE, subject=clause_subject, word=_foreseeing, veto=(clause_gap,)),
    # "Yukos has said it will sue Baikal": what a speaker says they will do, still to be done
    Cue("promised", [cue(LEMMA=among("say", "announce", "pledge", "promise", "vow", "insist"), POS="VERB"),
                     child("clause", DEP="ccomp", POS=among(_VERBS)),
                     child("will", of="clause", LOWER=among("will", "'ll"), TAG="MD"),
                     child("self", of="clause", DEP="nsubj", LOWER=among("it", "he", "she", "they"))],
        verb="clause", strength=CONDITIONAL, subject="self", veto=(clause_gap,)),
    # "expects further departures in the coming months", "predicts a rate cut": a thing foreseen, still to come
    Cue("foreseen thing", [cue(POS="VERB", LEMMA=among(_FORESEEING_THINGS)), child("object", DEP="dobj", POS="NOUN")],
        verb="object", strength=_foreseen_strength, event="there", veto=(not_a_new_thing,)),
    # "a possible trip", "discussed a visit": an event only planned ("make" a trip)
    Cue("event", [cue(LEMMA=among(EVENT_NOUNS), POS="NOUN")],
        verb="cue", strength=HEDGE, subject=_event_owner, event=_event_verb, veto=(unplanned,)),
    # "a plan to V", "Turkey's bid to V": the owner of the plan is the subject
    Cue("plan", [cue(LEMMA=among(PLAN_NOUNS), POS="NOUN"), child("clause", DEP="acl", POS=among(_VERBS)), _TO_CLAUSE],
        verb="clause", strength=HEDGE, subject=plan_owner, veto=(unowned, anothers)),
    # "hopeful that S"
    Cue("hopeful", [cue(LEMMA=among(HOPEFUL), POS="ADJ"), child("clause", DEP="ccomp", POS=among(_VERBS))],
        verb="clause", strength=HEDGE),
    # "confident of a deal", "hopeful for a recovery"
    Cue("hopeful", [cue(LEMMA=among(HOPEFUL), POS="ADJ"), child("prep", DEP="prep", LOWER=among("for", "of")),
                    child("object", of="prep", DEP="pobj", POS="NOUN")],
        verb="object", strength=HEDGE, event="there"),
    # "were believed to V", "is said to own": unconfirmed; "is alleged to have V-ed", a past still to prove
    Cue("reputed", [cue(LEMMA=among(REPUTED), TAG="VBN"),
                    child("clause", DEP="xcomp"), _TO_CLAUSE, child("passive", DEP="auxpass")],
        verb="clause", mode=past_if_perfect, strength=_reputed_strength, subject=cue_subject, veto=(described,)),
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


