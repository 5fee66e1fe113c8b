"""Names the article shows, in one of their mentions, to be things and not actors.

A work, a product, an animal, a race, an award or a disease is named with the noun of its kind: after it and
joined to it in the parse ("the album The Velvet Hours", "the colt Silver Lantern", "the singles Paper Moon
and Rust"), or apposed to it ("Glass Harbour, Penrose's novel", "Penrose's novel, Glass Harbour"); a horse is ridden
("Silver Lantern, ridden by Tom Ashby"); a work has a lead or supporting role in it ("his lead role in
Redwater"); a thing is given as an example of its kind ("board games such as Ludo"), or said to be one ("Silver
Lantern is a fine horse"). Each mention of such
a name is the thing, told by its kind once, whatever the recogniser's label; never a name that speaks or has a job
set beside it.
A name the article writes somewhere as a whole quotation, the way titles of works are written, is a title ("the
single 'Slow Rain'"): each of its mentions is the title, quoted or not.
A name written before the noun of a thing is left alone ("a Sony camera": the maker may act elsewhere).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.lexicon import ACTING_PARTS, SPEECH_VERBS, THING_NOUNS, TITLES
from ...language.works import ACTED_IN_VERBS, PARTS_OF_WORKS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...model import Document

# A quotation of one to five capitalised words, alone in its marks: a title ("'Slow Rain'", "“Ray”").
QUOTED_NAME = re.compile(r"(?:(?<=\s)|^)[\"“‘']([A-Z][\w’'-]*(?: [\w’'-]+){0,4}?)[\"”’'](?=[\s,.;:!?)]|$)")


def quoted_titles(document: Document) -> frozenset[str]:
    """Names the article writes somewhere as a whole quotation, the way titles of works are written ("the single
    'Slow Rain'"): each of their mentions is the title, quoted or not."""
    found = set()
    for span in document.spans:
        for match in QUOTED_NAME.finditer(span.text):
            found.add(" ".join(match.group(1).split()))
    return frozenset(found)


def things(document: Document) -> frozenset[str]:
    """The names, as written (without "The"), of which one mention shows a thing, whatever the recogniser's label."""
    found, speakers = set(), set()
    for sentence in document.spans:
        for entity in sentence.ents:
            span = entity[1:] if len(entity) > 1 and entity[0].lower_ == "the" else entity
            while len(span) > 1 and span[-1].pos_ in ("PUNCT", "CCONJ"):
                span = span[:-1]  # "Dead Ends - and": the recogniser ran on past the name
            if _speaks(span.root):
                speakers.add(span.text)
            elif entity.label_ != "NORP" and _a_thing(span):
                found.add(span.text)
                found.update(_listed_with(span.root))
        found.update(_unrecognised_titles(sentence))
    return frozenset(found - speakers)  # "an episode of Dr Mel" and "Dr Mel asks": the host speaks


def _unrecognised_titles(sentence: Span) -> list[str]:
    """Names set right after the noun of a work that the recogniser missed there ("in the Oscar-nominated movie The
    Long Road"): the same words are the work where it found them ("The Long Road has taken the lead")."""
    names = []
    for token in sentence:
        kind = token.head
        if token.pos_ != "PROPN" or token.dep_ != "appos" or kind.i > token.i or not _kind(kind):
            continue
        parts = [t for t in token.lefts if t.dep_ in ("compound", "det")]
        start = min([token.i, *(t.i for t in parts)])
        if start != kind.i + 1 or _speaks(token) or _possessive(token):
            continue
        words = token.doc[start : token.i + 1]
        names.append((words[1:] if words[0].lower_ == "the" and len(words) > 1 else words).text)
    return names


def _listed_with(root: Token) -> list[str]:
    """The names listed after a thing's, which the recogniser may have missed there ("Night Train and Blue Harbour")."""
    names = []
    for other in root.conjuncts:
        if other.i > root.i and other.pos_ == "PROPN" and not _possessive(other):
            parts = [t for t in other.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            names.append(other.doc[min([other.i, *(t.i for t in parts)]) : other.i + 1].text)
    return names


def _a_thing(span: Span) -> bool:
    root = span.root
    if _possessive(root):
        return False  # "Ana Brightwell's drama", even listed after a title: the maker
    if _speaks(root):
        return False  # "... has Alzheimer's disease Ann Lee, chief executive of X, added": a sentence run on
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "the singles Paper Moon and Rust": each title of the list
    start = span.start if first is root else first.i
    while first is not root and start > 0 and root.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if (first is root or first.pos_ == "PROPN") and (_after_kind(first, start) or _such_as(first)):
        return True  # "the film Ray", "the album The Velvet Hours", "board games such as Ludo"
    listed = (_kind(first) and _set_off(first)) or (first.dep_ == "appos" and _kind(first.head))
    if first is not root and listed:
        return True  # "two singles, Loose Gravel and KXR", "two hits - Tinned Beats and Dead Ends -": the list of them
    if any(child.dep_ == "appos" and child.i >= span.end and _kind(child) for child in root.children):
        return True  # "Glass Harbour, Penrose's novel"
    if root.dep_ == "appos" and root.head.i < span.start and _kind(root.head):
        return True  # "Penrose's novel, Glass Harbour"
    return _ridden(root) or _played_in(root) or _is_a_kind(root) or _of_a_work(root)


def _set_off(kind: Token) -> bool:
    """A noun of a thing followed by a comma, a dash or a colon: the names after it are its own ("two singles,")."""
    return kind.i + 1 < len(kind.doc) and kind.doc[kind.i + 1].text in (",", "-", "–", "—", ":")


def _is_a_kind(root: Token) -> bool:
    """A name said to be a thing of a kind ("Silver Lantern is a fine horse", "Ray is a biopic"): the subject of
    "be" whose complement is the noun of a thing."""
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_ == "be" and any(c.dep_ == "attr" and _kind(c) for c in verb.children)


def _speaks(root: Token) -> bool:
    """A name with a job set beside it ("Ann Lee, chief executive of X") or the subject of a verb of saying: a
    person, whatever noun of a thing the sentence ran into it."""
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS:
        return True
    return any(child.dep_ == "appos" and child.lemma_.lower() in TITLES for child in root.children)


def _played_in(root: Token) -> bool:
    """A work a part is played in: after "in" under a lead, supporting, starring or title role ("best supporting
    roles in Sidelong", "his lead role in Redwater"); not "his role in the company"."""
    role = root.head.head
    return (
        root.dep_ == "pobj" and root.head.lower_ == "in" and role.lemma_.lower() in ("role", "part")
        and any(c.dep_ in ("amod", "compound") and c.lower_ in ACTING_PARTS for c in role.children)
    )


def _after_kind(root: Token, start: int) -> bool:
    """A name right after the noun of a thing ("the colt Silver Lantern"; "The" of a title between), joined to it."""
    doc = root.doc
    at = start - 1 if start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].is_title else start
    before = doc[at - 1] if at > 0 else None
    joined = before is not None and (before.head == root or (root.head == before and root.dep_ == "appos"))
    if not joined or before is None or not _kind(before):
        return False
    if root.dep_ == "pobj" and root.head.i == root.sent.start:
        return False  # "In the video Spahic, wearing a red top, is ...": the scene, and the subject run into it
    return before.i == 0 or doc[before.i - 1].pos_ != "ADP"  # not a bare noun after "for": "for video Lena Fisk"


def _such_as(root: Token) -> bool:
    """A name given as an example of a kind of thing: "products such as the X-Box", "classics such as Pac-Man"."""
    marker = root.head
    if root.dep_ != "pobj" or marker.lower_ != "as" or marker.i == 0 or root.doc[marker.i - 1].lower_ != "such":
        return False
    return _kind(marker.head) or (marker.head.lower_ == "such" and _kind(marker.head.head))


def _possessive(root: Token) -> bool:
    return any(child.dep_ == "case" for child in root.children)


def _kind(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in THING_NOUNS


def _ridden(root: Token) -> bool:
    """A horse: the subject of "was ridden by", or a name that "ridden by" describes."""
    verb = root.head if root.dep_ == "nsubjpass" else next((c for c in root.children if c.dep_ == "acl"), None)
    return verb is not None and verb.lower_ == "ridden" and any(c.dep_ == "agent" for c in verb.children)


def _of_a_work(root: Token) -> bool:
    """A work by how it is used: the "of" of a part of one ("the premiere of Winter Lanterns", "an episode of
    Copper Road"), or the "in" of starring or directing ("she starred in Copper Road", "directed him in Lost Days")."""
    if root.dep_ != "pobj":
        return False
    marker = root.head
    if marker.lower_ == "of":
        return marker.head.pos_ == "NOUN" and marker.head.lower_ in PARTS_OF_WORKS
    return marker.lower_ == "in" and marker.head.pos_ == "VERB" and marker.head.lemma_.lower() in ACTED_IN_VERBS
