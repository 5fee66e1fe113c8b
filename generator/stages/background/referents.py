"""Whether a background line leans on what the reader has not been shown.

A background line is read alone, far from the sentence before it.  It may
not open by pointing back ("For example, ...", "On a more positive note,
...", "The same week, ...") or by answering the sentence before ("Therefore,
...", "In fact, ..."), name something by pointing at it ("this small ski
town", "For all these advances") or a demonstrative alone ("claims this
is ..."), list the members of a set it does not name ("Cases included child
protection, ..."), take as its subject one of a set it does not name ("One
was ...", "Another 18% ..."), refer to a picture ("The plot above"), open
with a page's label that tells the reader what to do ("Watch the video:
..."), speak of a "she" or "his" after its main verb that it names no one
for ("The pay deal means she keeps ..."), or of a "there" with no
place named ("Storms have raged there ..."), or end on an "it" that nothing
in it stands for ("The financials have something to do with it.").  Such a
sentence is passed over for the next best.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.jobs import PERSON_NOUNS
from ...language.lexicon import (
    BACK_OPENINGS,
    DEMONSTRATIVES,
    HONORIFICS,
    IMPERSONAL,
    INDEFINITE_PRONOUNS,
    PICTURE_WORDS,
    POINTING_TIMES,
)
from ...language.pronouns import FROM_A_SET, PERSON_PRONOUNS
from ...language.tokens import tokens as tokens_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Openings that answer the sentence before, as its consequence, its contrast or one more point ("Therefore, the
# payout is higher ...", "In fact, ...", "Worse still, ..."): a line read alone leans on what it answers. Not "But":
# a cut drops it and the clause reads alone.  (Kept here: the lexicon module is at its size limit.)
ANSWERING_OPENINGS = (
    ("therefore",), ("thus",), ("hence",), ("consequently",), ("in", "fact"), ("indeed",), ("worse", "still"),
    ("what's", "more"), ("moreover",), ("furthermore",), ("besides",), ("certainly",), ("of", "course"), ("yet",),
    ("after", "all"), ("in", "turn"),
)
LABEL_WORDS = 4  # words a page's label holds before its colon: "Watch the video:"


def points_back(span: Span, *, subject_named: bool = False) -> bool:
    """Whether a sentence read alone points to what comes before it or beside it in the article; an opening "It"
    or "He" whose name the article makes certain (``subject_named``: the line will show the name) does not."""
    words = [t for t in tokens_of(span) if not t.is_punct]
    lowered = tuple(t.lower_ for t in words)
    if any(lowered[: len(opening)] == opening for opening in (*BACK_OPENINGS, *ANSWERING_OPENINGS)):
        return True
    found = any(_pointing(token) or _demonstrative_alone(token) for token in words)
    unnamed = not subject_named and _unnamed_subject(span.root)
    stray = _stray_it(words) or _unnamed_person(words, subject_named=subject_named) or _stray_there(words)
    return found or stray or unnamed or _unnamed_set(span.root) or _label(words) or _one_of_a_set(span.root)


def _unnamed_person(words: list[Token], *, subject_named: bool) -> bool:
    """Whether a "he", "she", "his" or "her" after the main verb stands for someone the sentence does not name nor
    describe before it ("The pay deal means she keeps ..."); one before the main verb may stand for a name
    after it ("Since he first played in 2002, Hall has ..."), and an opening pronoun whose name the line will show has
    its name."""
    if subject_named or any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in words):
        return False
    for token in words:
        if token.lemma_.lower() in PERSON_NOUNS:
            return False
        if token.lower_ in PERSON_PRONOUNS and token.i > token.sent.root.i:
            return True
    return False


def _one_of_a_set(verb: Token) -> bool:
    """Whether the main clause's subject is one of a set the sentence before told, not named here: "One was due to
    set-pieces, ...", "Another 18% came from ...", "Another, even odder form ... is ..."; "One of
    the tenants" names its set, and "Another potential flashpoint is Taiwan" says what it is."""
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if subject.lower_ in FROM_A_SET and not list(subject.children):  # not "No one", "one of them"
            return True
        counted = any(c.dep_ == "nummod" for c in subject.children)  # "Another 18%", not "Another flashpoint is ..."
        if counted and any(c.lower_ == "another" and c.dep_ == "det" for c in subject.children):
            return True
    return False


def _stray_there(words: list[Token]) -> bool:
    """Whether a "there" tells where, in a sentence that names no place for it: "Storms have raged there for four
    years." (an opening "There are ..." points at nothing)."""
    places = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words)
    return not places and any(t.lower_ == "there" and t.dep_ == "advmod" for t in words)


def _label(words: list[Token]) -> bool:
    """Whether a sentence opens with a page's label, a bare command and a colon ("Watch the video: ...", "Read more:
    ..."): words of the web page that tell the reader what to do, not the article's."""
    first = words[0] if words else None
    if first is None or first.tag_ != "VB" or any(c.dep_ in SUBJECT_DEPS for c in first.children):
        return False
    return any(t.text == ":" for t in first.doc[first.i + 1 : first.i + LABEL_WORDS + 1])


def _pointing(token: Token) -> bool:
    """"this small ski town", "these advances", "the same week", "the plot above"."""
    head = token.head
    if token.lower_ == "same" and token.dep_ == "amod" and any(c.lower_ == "the" for c in head.children):
        return True  # "the same week": the week of what the sentence before told
    timed = token.ent_type_ in ("DATE", "TIME") or head.ent_type_ in ("DATE", "TIME")
    if timed or head.lemma_.lower() in POINTING_TIMES:
        return False  # "this week", "that year", "this season": a time the article's date fixes
    if token.dep_ == "det" and token.lower_ in DEMONSTRATIVES and head.pos_ == "NOUN":
        return True
    return token.lower_ in PICTURE_WORDS and token.dep_ in ("advmod", "amod") and head.pos_ == "NOUN"


def _demonstrative_alone(token: Token) -> bool:
    """"The minister claims this is ...": a "this" or "these" standing alone, in the main clause or what it reports, for
    what the sentence before told ("that" is left alone: it is as often a conjunction the parser takes for one)."""
    if token.lower_ not in ("this", "these") or token.pos_ != "PRON" or token.dep_ not in (*SUBJECT_DEPS, "dobj"):
        return False
    clause = token.head.dep_ == "ROOT" or (token.head.dep_ == "ccomp" and token.head.head.dep_ == "ROOT")
    return clause and not list(token.children) and token.ent_type_ not in ("DATE", "TIME")


def _unnamed_set(verb: Token) -> bool:
    """"Cases included child protection, bank privacy, ...": a bare plural that lists what "include" a set the
    sentence before named (whose cases?)."""
    return verb.lemma_.lower() == "include" and any(
        c.dep_ in SUBJECT_DEPS and c.tag_ == "NNS" and not list(c.children) for c in verb.children)


def _stray_it(words: list[Token]) -> bool:
    """An "it" as an object with no singular thing named before it in the sentence: "The financials have something
    to do with it."."""
    for index, token in enumerate(words):
        if token.lower_ == "it" and token.dep_ in ("dobj", "pobj"):
            before = words[:index]
            return not any(t.tag_ in ("NN", "NNP") and t.lower_ not in INDEFINITE_PRONOUNS for t in before)
    return False


def _unnamed_subject(verb: Token) -> bool:
    """Whether the main clause's subject is a "he" or "she" (an opening one whose name the line will show is the
    caller's to spare), or an "it" or "they" the sentence does not name ("Through the RIAA, it has
    pursued an aggressive campaign ..."); an "it" that announces a clause, or sets one off ("It's not the first
    time ..."), names nothing."""
    announces = verb.lemma_.lower() in IMPERSONAL and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    cleft = verb.lemma_ == "be" and any(  # "It's not the first time the band has played here"
        c.dep_ == "attr" and any(g.dep_ in ("relcl", "acl") for g in c.children) for c in verb.children
    )
    announces = announces or cleft
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in (c for c in subjects if c.lower_ in ("he", "she")):
        before = subject.doc[subject.sent.start : subject.i]
        named = any(t.ent_type_ == "PERSON" or t.lower_ in HONORIFICS for t in before)  # "Whilst Mr Holt's ..."
        return not named  # "Starting in Leeds, he toured ...": whom it stands for is in a sentence not shown
    return not announces and any(c.lower_ in ("it", "they") for c in subjects)
