"""The words of a question that point to what it does not name: a demonstrative, "such" or a pronoun with nothing
before it to stand for ("Will Microsoft step to it?", "Will such figures mislead?"), an "its" after persons only
("Will the President live up to its reputation?"), a "he" or "her" that may be another person's of its sentence, a
negative subject; and a negation of the sentence asked about that the question lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .grammar import empty_it
from .lexicon import DEMONSTRATIVES, PERSON_NOUNS, POINTING_PRONOUNS
from .negation import lost_negation

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A demonstrative or pronoun in a question read alone stands for what the reader cannot tell, unless a personal
# pronoun follows the name it stands for ("Will Allen face jail if he fails to pay?").
_TIMES = frozenset({"DATE", "TIME"})  # "this month", "that week": a time, not a reference
# Negative subjects: "How will no one get there?" asks nothing ("if no deal is reached" is a fine condition).
_NOBODY = frozenset({"no", "nobody", "nothing", "none", "neither"})
_PERSONS = frozenset({"he", "she", "him", "her", "his", "hers"})


def _introduces_clause(word: Token) -> bool:
    """ "that" opening a clause ("said that ...", "the plan that ..."), "those" with the clause that names them
    ("those pushing for ...", "those who ...")."""
    if word.tag_ in ("WDT", "WP", "IN") or word.dep_ == "mark":
        return True
    return word.lower_ == "those" and any(child.dep_ in ("acl", "relcl") for child in word.children)


def question_reference_problems(words: Sequence[Token], sources: Sequence[Span]) -> list[str]:
    """A word pointing to what the question does not name before it ("Will Microsoft step to it?", "Will that
    support ..."), a negative subject, or a negation of the sentence asked about that the question lost."""
    found = []
    for index, word in enumerate(words):
        if index == 1 and word.lower_ in ("other", "others"):  # "Will other unions follow?": other than whom?
            found.append("a word pointing to something the question does not name")
            break
        if word.lower_ in DEMONSTRATIVES and not _introduces_clause(word) and word.head.ent_type_ not in _TIMES:
            found.append("a word pointing to something the question does not name")
            break
        pointing = word.head.pos_ == "NOUN" and all(w.tag_ == "DT" for w in word.doc[word.i + 1 : word.head.i])
        if word.lower_ == "such" and pointing and word.i < word.head.i:  # "such figures", not "such small screens"
            found.append("a word pointing to something the question does not name")
            break
        person = word.lower_ in _PERSONS  # "he", "her": only a person named before it, in the question
        named = any(w.pos_ == "PROPN" or w.ent_type_ == "PERSON" or (w.pos_ == "NOUN" and not person)
                    for w in words[1:index])
        if word.lower_ in ("they", "them", "their"):  # "How does the industry work when they are young?"
            named = any(w.tag_ in ("NNS", "NNPS") or w.dep_ == "conj" for w in words[1:index])
        if word.lower_ == "its":  # "Will the President live up to its reputation?": no person is an "it"
            heads = [w for w in words[1:index] if w.pos_ in ("NOUN", "PROPN") and w.dep_ not in ("compound", "amod")]
            named = any(not _a_person(w) for w in heads)
        standing_for = named and (word.tag_ == "PRP$" or word.dep_ in ("poss", "nsubj", "nsubjpass"))
        if standing_for and word.lower_ in ("it", "them") and word.head.dep_ != "ROOT":  # "Will Apple make it …"
            standing_for = _other_noun_before(word, words[1:index])
        standing_for = standing_for or empty_it(word)
        if word.lower_ in POINTING_PRONOUNS and word.pos_ == "PRON" and not standing_for:  # "Microsoft step to it"
            found.append("a word pointing to something the question does not name")
            break
        if person and word.pos_ == "PRON" and not _subjects_own(word) and _another_person(words, sources):
            found.append("a pronoun that may stand for another person of its sentence")
            break
    if any(word.lower_ in _NOBODY and _in_main_clause(word) for word in words):  # "no one", "offer no explanation"
        found.append("a negative where a question needs something to ask about")
    if lost_negation(words, sources):
        found.append("the sentence asked about is negated; the question is not")
    return found


def _a_person(word: Token) -> bool:
    """A noun that is only ever a person ("President", "man"); not a name, which the question's own parse may take
    for a person's when it is a firm's ("Will Marsh maintain its record?")."""
    return word.lemma_.lower() in PERSON_NOUNS


def _other_noun_before(pronoun: Token, before: Sequence[Token]) -> bool:
    """A noun before an object-like "it" besides the main subject's, which it cannot stand for."""
    root = pronoun.sent.root
    subject = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return any(w.pos_ in ("NOUN", "PROPN") and w.i not in subject for w in before)


def _in_main_clause(word: Token) -> bool:
    """Whether a word belongs to the question's main clause, not to a clause inside it ("if no deal is reached")."""
    return not any(t.dep_ in ("advcl", "relcl", "acl", "ccomp", "csubj") for t in (word, *word.ancestors))


def _subjects_own(pronoun: Token) -> bool:
    """ "Will the Duchess give birth to her second child?": a possessive in what a named subject does is its own (not
    after "be": "Will the Duchess be her inspiration?" is someone else's)."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON")
    return pronoun.dep_ == "poss" and named and root.lemma_ != "be"


def _another_person(words: Sequence[Token], sources: Sequence[Span]) -> bool:
    """Whether the sentences asked about name a person the question leaves out ("Kensit said the Duchess would be
    her inspiration": "her" is Kensit's, not the Duchess's)."""
    asked = {word.text for word in words}
    return any(
        entity.label_ == "PERSON" and not any(part.text in asked for part in entity)
        for source in sources
        for entity in source.ents
    )
