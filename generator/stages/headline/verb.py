"""Which verb of a sentence tells its news, and whose claim the news is.

The news is the main verb's ("Prices rose"), or, when the sentence attributes
it after it ("Prices rose, the bank said"), the reported verb's, with the verb
of saying kept as its attribution.  A sentence whose subject is a pronoun
("He said ..."), set off by commas, or a verb that is not finite ("now being
investigated") tells no headline's news: the headline would not say who.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import DISCLOSURE_VERBS, OPINION_VERBS, SPEECH_VERBS
from .complements import OBJECTS, VERBS
from .words import describes_name, names_after_it, noun_core

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DASHES = frozenset({"--", "—", "–"})


def main_verb_and_speaker(span: Span) -> tuple[Token, Token | None] | None:
    """The verb of the news and, when the sentence attributes it after the news ("..., X said"), the speech verb."""
    root = span.root
    speech: Token | None = None
    reported = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i and c.pos_ in VERBS]
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    attributes = root.lemma_ in OPINION_VERBS or not any(c.dep_ in OBJECTS for c in root.children)
    if reported and attributes and (root.lemma_ in SPEECH_VERBS or (subjects and subjects[0].i > reported[0].i)):
        speech, root = root, reported[0]  # "X happened, a judge ruled": the news is what happened
        if not subjects or disclosed(speech):
            speech = None  # "..., it has been announced": a fact made public, no one's claim
        elif between_dashes(speech):
            speech = None  # "X is ill -- perhaps from a pesticide, officials say -- after ...": the aside's source
    subjects = [child for child in root.children if child.dep_ in SUBJECT_DEPS]
    if root.pos_ not in VERBS or not subjects or subjects[0].pos_ == "PRON" or _between_commas(subjects[0]):
        return None  # "This is the moment ...", "He said ...": the headline would not say who
    if root.lemma_ == "be" and all(child.i > root.i for child in subjects):
        return None  # "Here's a guide to the plan:", "Among them is ...": an opening, not the news
    if _subjects_apart(root, subjects) or (
            subjects[0].tag_ == "VBN" and any(c.dep_ == "nsubj" for c in subjects[0].children)):
        return None  # two subjects ("James Boase, landlord of X, Devon had been"); "The plate that got X fined is ..."
    if root.lemma_ in OPINION_VERBS and any(c.dep_ == "conj" and c.pos_ in VERBS and not any(
            g.dep_ in SUBJECT_DEPS for g in c.children) and any(
            g.dep_ == "aux" and g.tag_ == "VBP" for g in c.children) for c in root.children):
        return None  # "Rival clubs claim QPR, facing fines, are making ...": what is claimed, read as the object
    if not finite(root):
        return None  # "the professor now being investigated ..., was once ...": not the sentence's verb
    if speech is not None and not [c for c in speech.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]:
        return None  # "..., he said": whose claim it is would be lost
    return root, speech


def _subjects_apart(root: Token, subjects: list[Token]) -> bool:
    """Whether the verb has two subjects, the second after a comma, or on both sides of it ("James Boase,
    landlord of X, Devon had been drinking"; "shared a clip of himself ... from Ann Lee"): a misparse."""
    found = [child for child in subjects if child.dep_ in ("nsubj", "nsubjpass")]
    if len({child.i < root.i for child in found}) > 1:
        return True
    doc = root.doc
    return any(child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == "," for child in found[1:])


def _between_commas(subject: Token) -> bool:
    """Whether commas set the subject off on both sides ("Over the year 25,000 people, a population the size of a
    town, have fought ..."): an apposition the parser read as the subject."""
    doc, left, right = subject.doc, subject.left_edge.i, subject.right_edge.i
    closed = doc[right].text == "," or (right + 1 < len(doc) and doc[right + 1].text == ",")
    return left > 0 and doc[left - 1].text == "," and closed


def between_dashes(verb: Token) -> bool:
    """Whether ``verb`` stands inside a pair of dashes in mid-sentence: it attributes the aside, not the news."""
    doc, sentence = verb.doc, verb.sent
    before = [t for t in doc[sentence.start : verb.i] if t.text in DASHES]
    after = [t for t in doc[verb.i + 1 : sentence.end] if t.text in DASHES]
    return bool(before) and bool(after) and any(not t.is_punct for t in doc[after[0].i + 1 : sentence.end])


def finite(verb: Token) -> bool:
    """Whether a verb group can be a sentence's own ("is investigated", "could face"), not "being investigated"."""
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass") and child.i < verb.i]
    if any(aux.tag_ in ("VBD", "VBZ", "VBP", "MD") for aux in auxes):
        return True
    return verb.tag_ != "VBG" and not any(aux.tag_ == "VBG" for aux in auxes)


def disclosed(verb: Token) -> bool:
    """Whether ``verb`` is an impersonal attribution of a fact made public: "it has been announced", "it emerged"."""
    return verb.lemma_ in DISCLOSURE_VERBS and any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in verb.children)


def speaker_core(speaker: Token) -> set[int]:
    """The speaker as a headline names it: by name, without the description before it ("Daily Variety says")."""
    described = [child for child in speaker.children if child.i < speaker.i and (
        describes_name(child) or names_after_it(child))]
    return noun_core(speaker) - {token.i for child in described for token in child.subtree}


def speaker_of(speech: Token) -> Token:
    """Whose words they are: the subject of a verb of saying, the X of "according to X"."""
    if speech.lower_ == "according":
        return next(g for to in speech.children if to.lower_ == "to" for g in to.children if g.dep_ == "pobj")
    return next(c for c in speech.children if c.dep_ in SUBJECT_DEPS)


def hearer_of(speech: Token) -> Token | None:
    """Whom the speaker told ("..., his former partner has told a Texas court"): the object of the verb of saying, a
    noun, which the attribution keeps ("..., partner tells Texas court"); none for "according to" or "said"."""
    if speech.lower_ == "according":
        return None
    return next((c for c in speech.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")), None)
