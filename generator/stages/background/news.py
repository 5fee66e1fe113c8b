"""Whether a sentence tells more of the lead's own news rather than what a reader needs to follow it.

The lead tells one event: its verb and what the verb acts on ("The regulator
is investigating the broker's shareholder transactions").  A later sentence
whose main clause tells that event again, by the same verb or its noun ("The
SEC's investigation into ... transactions includes ...", "The SEC has asked for
information about transactions ..."), or that goes on with the lead's
speaker's statement ("..., Mr Blair said" after "..., Tony Blair has said"), is
a detail of the news, not background, unless it tells an earlier time (a past
perfect, "already", "previously", a date before the news: see :mod:`.cues`;
what the lead's speaker says is the news whatever its dates, unless it is
told in the past perfect).
What a study or its researchers found is its news too ("The researchers
detected other markers ...").
A standing fact in the present simple ("The phone comes with a sensor") is
context, not the news told again, unless its subject is the lead's event.
The sentence right after the lead goes on with its news when its main clause
tells what has just happened or is happening to what the lead names ("The
festival has been shortened ..."), or reports what the lead's own subject
says ("The senator said ..." after "Senator Maria Lopez has launched an
attack ...").
A sentence timed by a game's clock (:mod:`.clock`: "scored in the 89th minute", "five
minutes into the second half") tells the match the article reports, unless
it dates itself before the news; in an article with such a sentence, one
in the simple past that tells no earlier time tells that match too ("Tarnwick
had an early chance ...").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ...language.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Clauses and phrases set inside a main clause that tell something else: who someone is, when, what else.
_ASIDES = frozenset({"relcl", "acl", "advcl", "appos", "parataxis", "conj"})
_LIGHT = frozenset({"be", "have", "do", "make", "take", "get", "go", "come"})  # verbs that name no event alone
# An object that is a part of what it names: "one of the prizes".
_PARTS = frozenset({"one", "some", "part", "most", "many", "several", "all"})
_STEM = 6  # letters a verb and its noun share: "investigate", "investigation"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
FINDINGS = frozenset({"find", "detect", "discover", "identify", "show", "reveal", "observe", "conclude", "suggest"})
# What the news is called when a later sentence speaks of it as "the deal", "the move", "this decision" (with the
# lexicon's THE_NEWS; kept here: the lexicon module is at its size limit).
NEWS_EVENTS = frozenset(
    "deal move decision restructuring takeover merger acquisition probe investigation lawsuit settlement".split()
)
AFTER_LEAD = 2  # the sentences right after the lead that go on with its news when told in the simple past
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year, or the first of a season's: "2004", "2013-14"
# What a court decides: the deed a sentence after it tells in the simple past came before the news.
COURT = frozenset(
    {"jail", "sentence", "order", "fine", "convict", "acquit", "spare", "clear", "ban", "imprison", "charge"}
)
STUDIES = frozenset(
    {"researcher", "scientist", "team", "study", "author", "analysis", "research", "trial", "survey", "report", "poll"}
)


def tells_the_lead(span: Span, lead: Span) -> bool:
    """Whether ``span``'s main clause tells the lead's event again, in a tense no earlier than the lead's (after a
    lead in the present, "The EU decided to ..." tells what came before the news)."""
    root, verb = span.root, _event_verb(lead)
    events = lead_events(lead)
    told = _main_words(root)
    if not any(_same_word(token.lemma_.lower(), event) for token in told for event in events):
        return False
    if _past(root) and not _past(verb) and not _perfect(verb):
        return False
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and verb.pos_ == "VERB" and _same_word(subject.lemma_.lower(), verb.lemma_.lower()):
        return True  # "The SEC's investigation ... includes ...": the lead's event is what the sentence speaks of
    return not present_simple(root)


def _event_verb(lead: Span) -> Token:
    """The lead's main verb, or the verb of what it reports ("X is of importance, Blair has said": "is")."""
    verb = lead.root
    if verb.lemma_.lower() in SPEECH_VERBS:
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    return verb


def lead_events(lead: Span) -> frozenset[str]:
    """The lead's event: its main verb (the reported one, when the lead reports a statement), and the nouns that verb
    acts on ("investigating ... transactions", "face a trip")."""
    verb = _event_verb(lead)
    found = {verb.lemma_.lower()} if verb.pos_ == "VERB" else set()
    for child in verb.children:
        if child.dep_ in ("dobj", "attr"):
            found.update(_acted_on(child))
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            found.add(child.lemma_.lower())
            found.update(w for g in child.children if g.dep_ == "dobj" for w in _acted_on(g))
    return frozenset(found - _LIGHT)


def _acted_on(thing: Token) -> set[str]:
    """The noun an object names: a common noun, a name's plural head ("six Harbour Awards": "award"), or what a part
    of something is of ("one of the top prizes": "prize")."""
    if thing.pos_ == "NOUN":
        return {thing.lemma_.lower()}
    if thing.tag_ == "NNPS":
        return {thing.lower_.removesuffix("s")}
    if thing.pos_ == "NUM" or thing.lower_ in _PARTS:
        return {g.lemma_.lower() for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"}
    return set()


def _main_words(root: Token) -> list[Token]:
    """The nouns and verbs of a sentence's main clause, without the clauses and asides set in it."""
    found: list[Token] = []
    stack = [root]
    while stack:
        token = stack.pop()
        if token.pos_ in ("NOUN", "VERB"):
            found.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _ASIDES)
    return found


def _same_word(one: str, other: str) -> bool:
    """The same lemma, or a verb and its noun ("investigate", "investigation")."""
    return one == other or (min(len(one), len(other)) >= _STEM and one[:_STEM] == other[:_STEM])


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _past(verb: Token) -> bool:
    """A simple past: "decided", "were obliged"."""
    auxes = _auxiliaries(verb)
    return (verb.tag_ == "VBD" and not auxes) or any(a.tag_ == "VBD" and a.lemma_ != "have" for a in auxes)


def _perfect(verb: Token) -> bool:
    return any(a.lemma_ == "have" for a in _auxiliaries(verb))


def present_simple(verb: Token) -> bool:
    """A present simple, active or passive: "comes with", "is awarded to"."""
    auxes = _auxiliaries(verb)
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP")
    return all(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)


def continues_statement(span: Span, lead: Span) -> bool:
    """Whether a sentence reports, as the lead does, what the lead's speaker says: "..., Mr Blair said." after "...,
    Tony Blair has said."."""
    root, lead_root = span.root, lead.root
    if root.lemma_.lower() not in SPEECH_VERBS or lead_root.lemma_.lower() not in SPEECH_VERBS:
        return False
    if not any(c.dep_ == "ccomp" for c in root.children):
        return False  # "Trump and Xi spoke by phone on Friday": an event, not what was said
    speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
    said = next((c for c in lead_root.children if c.dep_ == "nsubj"), None)
    return speaker is not None and said is not None and speaker.pos_ == "PROPN" and speaker.text == said.text


def goes_on(span: Span, lead: Span) -> bool:
    """Whether the sentence right after the lead goes on with its news: a main clause in the present perfect or the
    present progressive about something the lead names besides its subject ("The festival has been shortened ..."
    after "Organisers of the city's jazz festival have been determined to carry on ..."), or a report whose speaker
    is the lead's subject, named again or by a pronoun or a title.  What has happened to something else ("A levy on
    jet fuel has been suggested ..." after "Ministers are meeting to discuss a tax on jet fuel") may be what led to
    it."""
    root = span.root
    if root.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "ccomp" for c in root.children):
        speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
        return speaker is not None and _lead_subject(speaker, lead)
    clauses = [root, *(c for c in root.children if c.dep_ in ("conj", "ccomp") and c.pos_ == "VERB")]
    return any(_just_now(clause) and _of_the_lead(clause, lead) for clause in clauses)


def _just_now(verb: Token) -> bool:
    """A present perfect or a present progressive: "has been shortened", "are being donated"."""
    auxes = _auxiliaries(verb)
    if any(a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True
    return any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)


def _of_the_lead(verb: Token, lead: Span) -> bool:
    """Whether a clause's subject is one of the things the lead names, other than the lead's own subject."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    said = next((c for c in lead.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    named = {t.lemma_.lower() for t in lead if t.pos_ in ("NOUN", "PROPN") and t != said}
    return any(_same_word(subject.lemma_.lower(), word) for word in named)


def _lead_subject(speaker: Token, lead: Span) -> bool:
    """Whether a speaker is the lead's subject: the same name ("Lopez" after "Maria Lopez"), a personal pronoun,
    or a title without a name ("The Democratic senator")."""
    said = next((c for c in lead.root.children if c.dep_ == "nsubj"), None)
    if said is None or said.pos_ != "PROPN":
        return False
    if speaker.pos_ == "PROPN":
        return speaker.text == said.text
    if speaker.pos_ == "PRON":
        return speaker.lower_ in ("he", "she")
    children = list(speaker.children)
    definite = any(c.lower_ == "the" for c in children)
    return speaker.pos_ == "NOUN" and definite and not any(c.dep_ in ("prep", "relcl", "acl", "poss") for c in children)


def reports_finding(span: Span) -> bool:
    """Whether a sentence tells what a study or its researchers found ("The survey also revealed that ...", "...,
    the study found."): a finding is the news of the study, unless an earlier time is told with it."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return root.lemma_.lower() in FINDINGS and subject is not None and subject.lemma_.lower() in STUDIES


def goes_on_in_the_past(span: Span, index: int, lead: Span, today: dt.date) -> bool:
    """Whether one of the two sentences right after the lead tells, in the simple past, what happened: the news told
    further ("Footage of the fire showed the animals ..."), when the lead tells a past event too (after a lead in the
    present or the future, "The airline sought a tie-up ..." tells what came before).  A year before the article's in
    it, even one the parser takes for no date ("in their final Cup qualifier", "season 2013-14"), tells an
    earlier time, and so does what follows a court's decision ("X was jailed ...", "was ordered to pay back ..."):
    the deed it judged came before it.  Whether another cue tells an earlier time is for the caller."""
    verb = _event_verb(lead)
    if not 0 < index <= AFTER_LEAD or not _past(span.root) or verb.lemma_.lower() in COURT:
        return False
    if not (_past(verb) or _perfect(verb)):
        return False
    return not any((year := _YEAR.match(t.text)) and int(year.group()) < today.year for t in span)


def the_lead_actor_again(span: Span, lead: Span) -> bool:
    """Whether a sentence tells, in the simple past, what the lead's own subject did or had done to them ("Reyes
    denied suggestions ..." after "Harlow forward Ted Reyes is uncertain ...", "Sadeq ... was placed on an
    order" after "Asylum seeker Omar Sadeq ... was snared ..."): the news's detail, when no earlier time is told
    (the caller's check).  Not after a lead that reports a statement or a court's decision: what its speaker or the
    judged did in the past is their story before the news."""
    said = next((c for c in lead.root.children if c.dep_ in _SUBJECTS), None)
    subject = next((c for c in span.root.children if c.dep_ in _SUBJECTS), None)
    if said is None or subject is None or said.pos_ != "PROPN" or subject.pos_ != "PROPN":
        return False
    if lead.root.lemma_.lower() in COURT | SPEECH_VERBS or _bound(lead.root) or _bound(span.root):
        return False  # "Norway is to relaunch its currency", "Norway had to turn to the IMF": no event told
    return _past(span.root) and subject.text == said.text


def _bound(verb: Token) -> bool:
    """ "is to", "had to", "will": what is due or was obliged, not what happened."""
    if any(a.tag_ == "MD" for a in _auxiliaries(verb)):
        return True
    return verb.lemma_.lower() in ("be", "have") and any(c.dep_ == "xcomp" for c in verb.children)


def told_in_the_past(span: Span) -> bool:
    """Whether a sentence's main clause is in the simple past: "Tarnwick had an early chance", "The goal was given"."""
    return _past(span.root)
