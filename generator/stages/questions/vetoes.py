"""What keeps a hedge row other than a modal's from opening a matter (the vetoes of :data:`.hedges.HEDGES`).

A plan the subject only reacts to, that is off or whose outcome is told ("an unsuccessful bid"), a call made in
order to do something, the wish of whoever a relative clause describes or
what is believed of it, a verb that says something, an object that
is no new thing to come, and an event noun that is not only planned; an intent weighed against another ("less
likely to get one", "than planned to"), one not held ("might have expected to be higher"), one that waits on a
condition ("if studios want to"), a view of what a thing does ("consider the film to portray"), and what a past event
let happen ("meant that people could upload audio"), and what anyone of a kind can do ("users could change the
colours").  The modal
rows' vetoes are in :mod:`.modals`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import DISCUSSING, PERSON_NOUNS, PROSPECTIVE, REACTING, SPEECH_VERBS, STOPPING
from ...language.unresolved import DEGREES, ENABLING, OUTCOMES, REGARDING
from .walks import governor_of, modal_verb, negated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import Match


def anothers(match: Match) -> bool:
    """A plan that the subject only reacts to ("The Guild would welcome proposals to V"): not the subject's plan."""
    noun = match["cue"]
    governor = governor_of(noun)
    owned = any(c.dep_ == "poss" for c in noun.children)
    if governor.lemma_.lower() in STOPPING:
        return True  # "has suspended its plan to cut staff": the plan is off
    if (noun.dep_ in ("dobj", "pobj") and negated(governor)) or negated(noun):
        return True  # "did not offer any plan to end it", "has no plan to": no plan to ask about
    if any(t.lower_ in OUTCOMES for t in noun.subtree if t.i < noun.i):
        return True  # "in a desperate and unsuccessful bid to stave off the auction": the outcome is told
    return not owned and governor.lemma_.lower() in REACTING


def enabled(match: Match) -> bool:
    """What a past event let happen ("The format meant that people could upload audio"): a past ability, not a
    matter left open."""
    verb = modal_verb(match)
    above = verb.head
    return match["cue"].lower_ == "could" and verb.dep_ == "ccomp" and above.tag_ == "VBD" and (
        above.lemma_.lower() in ENABLING)


def called_up(match: Match) -> bool:
    """ "called 911 to report the shootings", "called the minister to demand a meeting": a call made in order to do
    something, not someone urged to act (that is "called on X to V")."""
    return match["cue"].lemma_ == "call" and not any(c.lower_ in ("on", "upon") for c in match["cue"].children)


def relative(match: Match) -> bool:
    """The wish of whoever a relative clause describes ("people who want to stay a year"): who they are, no plan."""
    word = match["cue"]
    if word.dep_ == "relcl" and any(t.tag_ in ("WP", "WDT") and t.dep_ in ("dobj", "pobj") for t in word.subtree):
        return True  # "a rail line which Peru plans to launch": asked, it would be "Which will Peru ...?"
    return word.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in word.children)


def described(match: Match) -> bool:
    """What is believed of whatever a relative clause describes ("the video maker, who is believed to live in
    Canada", "brothels where thousands are believed to be held"): who or what it is, not a matter of the news."""
    return match["cue"].dep_ == "relcl"


def saying(match: Match) -> bool:
    """A verb that says something ("expected to conclude that the plan failed"), not one that is an act."""
    clause = match["clause"]
    return clause.lemma_.lower() in SPEECH_VERBS and any(c.dep_ in ("ccomp", "parataxis") for c in clause.children)


def unplanned(match: Match) -> bool:
    return not prospective(match["cue"])


def not_a_new_thing(match: Match) -> bool:
    """An object that is no new thing to come: one already named ("expects the results", "its profits"), a person
    or a name, or the subject of an infinitive ("expects prices to rise": the intent row asks that); the
    expectation denied ("does not expect a deal"), or only described or aimed at."""
    thing, word = match["object"], match["cue"]
    if negated(word) or thing.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "DATE", "TIME"):
        return True
    if word.dep_ in ("relcl", "acl", "xcomp") or any(c.tag_ == "TO" for c in word.children):
        return True  # "the generation which expects good images", "set out to predict future patterns": no forecast
    if any(c.dep_ in ("advcl", "xcomp") and c.i > thing.i and any(g.tag_ == "TO" for g in c.children)
           for c in word.children):
        return True  # "expect strength in the economy to benefit Japan", the infinitive hung on the verb: its subject
    if any(t.tag_ == "PRP$" for t in thing.subtree):
        return True  # "a net loss in its current year": whose, the question could not say
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "more", "further", "some")
           for c in thing.children):
        return True
    return any(c.dep_ in ("acl", "relcl", "xcomp") for c in thing.children) or thing.lemma_.lower() in PERSON_NOUNS


def prospective(noun: Token) -> bool:
    """Whether an event noun is only planned: "a possible trip", "discussed a meeting"."""
    if any(c.dep_ == "amod" and c.lower_ in PROSPECTIVE for c in noun.children):
        return True
    governor = governor_of(noun)
    return noun.dep_ in ("dobj", "pobj") and governor.lemma_.lower() in DISCUSSING and governor.pos_ == "VERB"


def not_held(match: Match) -> bool:
    """An intent or a likelihood that opens no matter of its own: weighed against another ("as likely as men to ask
    but less likely to get one", "more copies than planned to meet demand": a finding, a measure), not held ("City
    might have expected to be higher": what did not happen), waiting on a condition ("if studios want to cash in":
    the case is supposed), or a view ("many consider the film to portray a kitsch image": an opinion of it)."""
    word = match["cue"]
    if any(c.dep_ == "advmod" and c.lower_ in DEGREES for c in word.children) or word.head.lower_ == "than":
        return True
    auxes = [c for c in word.children if c.dep_ == "aux"]
    if any(a.tag_ == "MD" for a in auxes) and any(a.lemma_ == "have" for a in auxes):
        return True
    if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in word.children):
        return True
    clause = match["clause"]
    return word.lemma_.lower() in REGARDING and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)



_ANY_ONE = frozenset({"some", "others", "many"})  # who "some may want": anyone of a kind
_LATER = frozenset({"soon", "eventually", "ultimately", "yet", "now", "next", "later", "still", "again"})


def what_a_kind_can_do(match: Match) -> bool:
    """What anyone of a kind can or may do, told with no time ("Users could change the size of the icons",
    "Some may just want the odd song", "Studios could put more extras onto the discs"): a bare plural or
    "some" for subject, no date, no "soon": a possibility described, not a matter the article leaves open."""
    verb = modal_verb(match)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ or match["cue"].lower_ == "would":
        return False
    bare = subject.tag_ == "NNS" and not list(subject.children)  # "users", not "sensitivities about Nazism"
    if not (bare or (subject.lower_ in _ANY_ONE and subject.pos_ in ("PRON", "DET"))):
        return False
    timed = any(t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "advmod" and t.lower_ in _LATER)
                for t in verb.subtree)
    done = any(c.dep_ in ("aux", "auxpass") and c.lemma_ in ("have", "be") for c in verb.children)
    return not timed and not done and verb.dep_ == "ROOT"  # not "rescuers might have been warned": a fact unknown
