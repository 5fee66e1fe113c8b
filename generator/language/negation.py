"""Whether a question lost the negation of the sentence it asks about ("could not be happier" asked as "Will he be
happier?", "vowed to never smoke again" as "Will he smoke again?").

A yes/no question on what someone hopes, fears or expects will not happen ("He hoped the closure would not damage
tourism": "Will the closure damage tourism?") loses nothing: it asks the matter either way. What someone says or
understands will not happen is their answer ("said he understood the school would not be affected"). Nor a
question with a word that needs the negation ("would not reach break-even until 2006", "will not ever return").

Nor may a question lose the condition of what it asks about: "If elected, his party would cap asylum" is not "Will
his party cap asylum?".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .lexicon import FORESEEING, IF_MARKS
from .tense import forms

_NEGATIONS = frozenset({"not", "n't", "never"})
_NEEDING_NEGATION = frozenset({"until", "yet", "anymore", "ever", "either"})
_FUTURE = frozenset({"will", "would", "'ll", "wo"})


def lost_negation(words: Sequence[Token], sources: Sequence[Span]) -> bool:
    """Whether a verb of the sources that the question asks about (by its lemma) is negated, and the question not."""
    asked = {word.lemma_.lower() for word in words if word.is_alpha}  # "a pub landlord drink": a verb tagged a noun
    either_way = not asked & _NEEDING_NEGATION
    negated = any(
        token.lemma_.lower() in asked and _main_verb(token, asked) and _negated(token)
        and not (either_way and _foreseen(token, asked))
        for source in sources
        for token in source
    )
    return negated and not any(word.dep_ == "neg" or word.lower_ in _NEGATIONS for word in words)


def _negated(verb: Token) -> bool:
    """Whether a verb, or the verb it completes ("is not expected to reach ..."), is negated."""
    for step in range(3):
        if any(child.dep_ == "neg" or _no_longer(child) for child in verb.children):
            ruled_out = verb.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
            return not (step and ruled_out)  # "would not rule out scrapping it": scrapping it is still open
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _foreseen(verb: Token, asked: set[str]) -> bool:
    """ "hoped the closure would not damage ...": a future negated in what someone hopes, fears or expects, not in what
    the article or someone states. Not someone's word on what they themselves will not do ("said he would not
    speak": answered), nor a negation qualified by an adverb the question drops ("would not automatically be
    granted")."""
    future = any(child.dep_ == "aux" and child.lower_ in _FUTURE for child in verb.children)
    own = any(child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "PRON" for child in verb.children)
    qualified = any(child.dep_ == "advmod" and child.lower_ not in asked for child in verb.children)
    foreseeing = verb.dep_ == "ccomp" and bool(forms(verb.head) & FORESEEING)
    return future and foreseeing and not own and not qualified


def _main_verb(token: Token, asked: set[str]) -> bool:
    """A verb, or "be" as the verb of a clause the question asks ("could not be happier", "may not be in the gym"),
    not an auxiliary."""
    said = [c for c in token.children if c.dep_ in ("acomp", "attr")] if token.dep_ not in ("aux", "auxpass") else []
    if token.dep_ not in ("aux", "auxpass"):  # "be in the gym": the place it is in
        said += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and any(c.lemma_.lower() in asked for c in said))


def _no_longer(word: Token) -> bool:
    """ "could no longer afford": a negation the parser does not mark as one."""
    return word.lower_ in ("longer", "more") and any(child.lower_ == "no" for child in word.children)


def lost_condition(words: Sequence[Token], sources: Sequence[Span]) -> bool:
    """Whether a verb of the sources that the question asks about holds only on a condition ("if", "unless") that the
    question left out."""
    asked = {word.lemma_.lower() for word in words if word.is_alpha}
    said = {word.lower_ for word in words}
    conditioned = any(
        token.lemma_.lower() in asked and token.pos_ == "VERB" and _subject_asked(token, said) and any(
            child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in IF_MARKS for m in child.children)
            for child in token.children
        )
        for source in sources
        for token in source
    )
    return conditioned and not asked & IF_MARKS


def _subject_asked(verb: Token, said: set[str]) -> bool:
    """Whether the question names the verb's subject, if it has one ("Will Uganda beat Mali?" does not ask "for Ghana
    to beat Egypt if they are to qualify")."""
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or any(subject.lower_ in said for subject in subjects)
