"""Sentences that name something only by pointing at what the reader was shown before ("withdraw these
regulations", "predictions from the same university", "Others are expected to ..."), and a feature's opening that
speaks to the reader ("when you fire up your browser, you go ..."): neither tells the news alone, nor reads alone as
a quotation. The headline, the summary and the quote lines ask them here; a background line's own, wider test is
:mod:`generator.stages.background.referents`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import SUBJECT_DEPS
from .lexicon import OPINION_VERBS, POINTING_BACK, TIME_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def addresses_reader(span: Span) -> bool:
    """Whether a sentence speaks to the reader in the reporter's words ("when you fire up your browser, you go
    ..."; not "the clinic says it will leave your skin glowing"): a feature's opening, not the news."""
    marks = 0
    for token in span:
        marks += sum(token.text.count(mark) for mark in ('"', "“", "”"))
        if token.lower_ in ("you", "your") and token.pos_ == "PRON" and marks % 2 == 0 and not any(
                above.lemma_ in OPINION_VERBS for above in token.ancestors):  # "X says it will leave your skin ..."
            return True
    return False


def points_back(span: Span) -> bool:
    """Whether a sentence names something only by pointing back at the sentence before it: "this" standing for
    what was told ("claims this is ..."), "these" things ("withdraw these regulations"; not "these days"), "the same"
    thing ("predictions from the same university") or, as its subject, "other" ones ("Other unions have
    pledged to follow"; not "The only other side ...")."""
    for token in span:
        head = token.head if token.dep_ == "det" else token
        if ((token.lower_ == "these" and token.dep_ == "det") or (token.lower_ == "this" and token.dep_ in (
                *SUBJECT_DEPS, "dobj", "pobj"))) and (
                head.ent_type_ not in ("DATE", "TIME") and not _time(head)):
            return True
        if token.lower_ == "same" and token.dep_ == "amod" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.head.children) and not any(
                t.lower_ == "as" for t in token.head.subtree):
            return True
        if token.lower_ == "others" and token.dep_ in SUBJECT_DEPS and not list(token.children):
            return True  # "Others are expected to ignore the rule"
        subject = token.head
        if token.lower_ == "other" and token.dep_ == "amod" and subject.dep_ in SUBJECT_DEPS and (
                subject.head.dep_ == "ROOT") and not any(c.dep_ in ("det", "poss") for c in subject.children) and (
                not any(t.lower_ == "than" for t in subject.subtree)):
            return True
    return False


def _time(noun: Token) -> bool:
    """Whether ``noun`` is a time ("this year", "this week", "these days"): a date, not a thing told before."""
    return noun.lemma_.lower() in TIME_NOUNS


def bare_definite(noun: Token, determiners: tuple[str, ...]) -> bool:
    """Whether ``noun`` is a common noun with one of ``determiners`` and adjectives, one of them pointing back,
    nothing else: "the latest threats", "this sudden increase"."""
    children = list(noun.children)
    return noun.pos_ == "NOUN" and not noun.ent_type_ and any(
        child.dep_ == "det" and child.lower_ in determiners for child in children) and any(
        child.dep_ == "amod" and child.lower_ in POINTING_BACK for child in children) and all(
        child.dep_ in ("det", "amod") for child in children)
