"""What keeps a modal from opening a matter (the vetoes of the modal rows of :data:`.hedges.HEDGES`).

"may", "could", "would" and "must" open a matter unless the clause is a wish ("would like to"), a penalty that
waits on a condition (the condition is asked), a purpose ("so that they could see"), a jest, a relative clause, a
named speaker's view of something else, or, for "would", what a plan holds told in the article's own main clause;
"must" and "should" only when a named speaker demands it and the verb has something after it (not "must have
V-ed", a deduction); nor "would" or "may" in a clause granted before the point ("while shops would comply, ...",
"it may be new, but ...").  Nor what a thing may be ("could be a competitor", "may be nearer to ten thousand"):
a state guessed at, which no event settles; nor what "should" be done with no time it is due by: advice or an
opinion, not a demand the news will see met or missed; nor "would" with a time told in the past ("would be given
the pin when they turned ten"): what used to be done; nor what "was thought" would happen, or what "the idea was"
that could: a past belief or design told as history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import find_subject
from ...language.lexicon import (
    CONCEDING,
    CONFIRMING,
    INTENT_LEMMAS,
    JESTING,
    MADE_PLAIN,
    PENALTY_VERBS,
    SEEMING,
    SPEECH_VERBS,
)
from ...language.tense import forms
from ...language.unresolved import ABLE, BELIEVING, DUE_BY, INTENT_NOUNS
from .walks import counterfactual, has_gap, modal_consequence, modal_verb, negated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import Match

OCCASIONS = frozenset({"after", "when", "whenever", "once", "while", "before"})  # "may turn pale after losing"
_AFTER_VERB = frozenset({"dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "dative", "oprd", "advcl", "agent"})


def modal_veto(match: Match) -> bool:
    """A modal in a relative clause, or before a verb of intent (read there) or of seeming ("it would appear")."""
    verb = modal_verb(match)
    if verb.lemma_.lower() in ("like", "love", "prefer") or any(c.lower_ == "only" for c in verb.children):
        return True  # "would like to see …", "could only manage a draw": a wish, or what was all one could do
    if modal_consequence(verb, PENALTY_VERBS) or counterfactual(verb):
        return True  # "could face three years if he fails to pay": the condition is asked (matters), not this
    if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("so", "that") and c.i < verb.i
                                    for c in verb.children):  # "so walkers could find their path", "so" an advmod
        return True  # "added a ramp so that visitors could see": what was done for, not a matter still open
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in JESTING:
        return True  # "she joked she would miss his outbursts": said in jest
    if any(c.tag_ == "TO" for c in verb.children):
        return True  # "the shop it would send buyers to could be a fake": "to" and a modal on one verb, a misparse
    if illustrates(verb):
        return True  # "So, for example, PayPal could now be coded ...": what can be done, shown, not a matter open
    if habitual(verb):
        return True  # "foxes may hide their cubs after hearing a dog": what a kind does, not a matter
    return verb.dep_ in ("relcl", "acl") or has_gap(verb) or heads_intent(verb) or verb.lemma_.lower() in SEEMING


def past_belief(match: Match) -> bool:
    """ "because it was thought Blunkett would make the announcement", "the idea was that the flags could be seen":
    what was thought or meant at a past time, told as history (the article says what came of it), not reported."""
    verb = modal_verb(match)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    governor = verb.head
    if verb.dep_ != "ccomp" or governor.i == verb.i:
        return False
    past = governor.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in governor.children)
    subject = find_subject(governor)
    if not past or subject is None:
        return False
    if governor.lemma_ == "be":  # "the idea was that ...", "the plan was that ...", not "the question was whether"
        return subject.lemma_.lower() in INTENT_NOUNS
    return governor.lemma_.lower() in BELIEVING and (subject.dep_ == "nsubjpass" or subject.lower_ == "it")


def guessed_state(match: Match) -> bool:
    """What a thing may be, "could be a competitor", "may be nearer to ten thousand", "would be unworkable": the
    copula with its noun or adjective, a state guessed at, not an event to come ("Will the race be a different
    story?" asks what no news will settle); "could be able to V" is still asked."""
    verb = modal_verb(match)
    if verb.lemma_ != "be" or verb.tag_ != "VB" or any(c.dep_ == "expl" for c in verb.children):
        return False  # "there may be more strikes": something that may come, still asked
    return any(c.dep_ == "attr" or (c.dep_ == "acomp" and c.lemma_.lower() not in ABLE) for c in verb.children)


def advised(match: Match) -> bool:
    """ "users should avoid opening the links", "Apple should do more": advice or an opinion, with no time it is
    due by; "should complete the transfer by 1 March", "should be ready within 20 days" is a demand or a promise
    the news will see met or missed."""
    if match["cue"].lower_ != "should":
        return False
    clause = list(modal_verb(match).subtree)
    return not any(t.ent_type_ == "DATE" or (t.lower_ in DUE_BY and t.dep_ == "prep") for t in clause)  # "at night": no


def past_habit(match: Match) -> bool:
    """ "the girls would be given the pin when they turned ten": "would" with a time told in the past, what
    used to be done, not a matter to come."""
    verb = modal_verb(match)
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBD" and any(g.dep_ == "advmod" and g.lower_ in ("when", "whenever")
                                                      for g in c.children)
        for c in verb.children
    )


def illustrates(verb: Token) -> bool:
    """Whether the clause is given "for example" or "for instance": an illustration of what may happen or can be
    done, not a matter the article leaves open."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in ("example", "instance") for g in c.children)
        for c in verb.children
    )


def habitual(verb: Token) -> bool:
    """Whether the clause tells what a kind of thing does on an occasion: a bare plural for subject ("foxes",
    not "the foxes", "two foxes") and a time it does it at ("after hearing a dog", "when trying to V",
    "whenever they meet")."""
    subject = find_subject(verb)
    if subject is None or subject.tag_ != "NNS" or subject.ent_type_:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in subject.children):
        return False
    occasions = [c for c in verb.children if c.lower_ in OCCASIONS and c.dep_ == "prep"]
    occasions += [
        c for c in verb.children
        if c.dep_ == "advcl" and any(g.lower_ in OCCASIONS and g.dep_ in ("mark", "advmod") for g in c.children)
    ]
    return any(c.dep_ == "advcl" or any(g.tag_ == "VBG" for g in c.children) for c in occasions)


def someones_view(match: Match) -> bool:
    """What a speaker says ("said", "insisted") they would do themselves ("The party says it would abolish fees",
    "Microsoft said it would buy Sybari"): their stated plan, which the article reports, not a matter it leaves
    open; and what a named speaker says something else would be ("Howard said Turkey's membership would provide a
    bridge"): their view; what a speaker "made clear" they would do, too; and what an "it" or "they" says would be
    done, with no "by" ("It said Mardale would be integrated"): the firm's own plan.  A speaker is named by a name, a
    name in apposition or a "he" or "she".  What an unnamed someone says another thing would do is still asked
    ("charities say the plans would put lives at risk")."""
    verb = modal_verb(match)
    subject = find_subject(verb)
    own = subject is not None and subject.lower_ in ("he", "she", "they", "it", "we", "i")  # "said she would V"
    if made_plain(verb):
        return own  # "Marsh made clear he would continue": his stated plan
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "said the Tories would make cuts but would bring in more police": one report
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CONFIRMING and not negated(verb.head):
        return True  # "producers revealed that Doris would leave": confirmed, whoever tells it
    speaker = find_subject(verb.head) if verb.dep_ == "ccomp" else None
    if verb.head.lemma_.lower() not in SPEECH_VERBS or speaker is None:
        return False
    return own or named(speaker) or (speaker.lower_ in ("it", "they", "we") and _done_by_no_one_named(verb))


def _done_by_no_one_named(verb: Token) -> bool:
    """A passive with no "by": "It said Mardale would be integrated into its wine business" tells what the speaker
    (a firm, a council) will do, its stated plan."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def named(speaker: Token) -> bool:
    """A speaker the article names: a name, a name in apposition ("the head of the Relief Fund, Ana Lind"), or
    "he" or "she" (someone named before)."""
    if speaker.pos_ == "PROPN" or speaker.lower_ in ("he", "she"):
        return True
    return any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in speaker.subtree)  # the parse may hang it lower


def made_plain(verb: Token) -> bool:
    """Whether the clause is what a speaker "made clear" or "made it plain" ("Marsh made clear he would continue")."""
    plain = verb.head if verb.head.lower_ in MADE_PLAIN else next(
        (c for c in verb.head.children if c.lower_ in MADE_PLAIN and c.i < verb.i), None
    )
    return plain is not None and plain.head.lemma_.lower() == "make"


def conceded(match: Match) -> bool:
    """A clause granted before the point ("warned that while shops would comply, the costs would be passed on",
    "online service may be a new frontier, but it is not unheard of"): the speaker grants it, it is not left open."""
    verb = modal_verb(match)
    if verb.lemma_ == "be" and any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
        return True  # "online service may be a new frontier, but it is not unheard of"
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCEDING for c in verb.children)


def deduced(match: Match) -> bool:
    """ "must have V-ed" ("the court was told he must have drunk ..."): a deduction about the past, not a demand."""
    verb = modal_verb(match)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def told(match: Match) -> bool:
    """ "The deployment would involve 120 troops", "All other cases would be dealt with case by case": what a plan
    holds, told by the article in its own main clause, with no condition it waits on (a time, "seven days after it
    aired", is none); not reported or foreseen."""
    verb = modal_verb(match)
    conditions = [c for c in verb.children if c.dep_ == "advcl" and not any(m.lower_ in OCCASIONS for m in c.children)]
    return verb.dep_ == "ROOT" and not conditions  # "would be locked seven days after it aired": a time, no condition


def bare(match: Match) -> bool:
    """A verb with nothing after it ("the club must try"): a demand with no matter to ask about."""
    verb = modal_verb(match)
    return not any(c.dep_ in _AFTER_VERB and c.i > verb.i for c in verb.children)


def unreported(match: Match) -> bool:
    """Not a clause that a named speaker's verb of saying reports ("Clinton said action must be taken")."""
    verb = modal_verb(match)
    speaker = find_subject(verb.head) if verb.dep_ == "ccomp" else None
    return verb.head.lemma_.lower() not in SPEECH_VERBS or speaker is None or speaker.pos_ == "PRON"


def heads_intent(verb: Token) -> bool:
    """Whether ``verb`` is itself an intent verb with an infinitive (handled there)."""
    return bool(forms(verb) & INTENT_LEMMAS) and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
