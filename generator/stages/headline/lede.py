"""Sentences that cannot tell the news on their own: one that goes on from another ("And ..."), or whose subject is a
person called only by where they are from or their age ("The American, 32, ..."); one whose news's
subject stands for what an earlier sentence told ("the huge rise", "this sudden increase"); one that tells a dated
past ("visited Beijing in 2017") or a state held since an earlier year ("has been in turmoil since 2015"). A
feature's opening and a sentence that names something by pointing back are found by
:mod:`generator.language.pointing`; one with a typing slip a line copied from it would show by
:func:`generator.language.slips.stutters`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.belonging import compares
from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import DEMONSTRATIVES
from ...language.phrases import CONTINUING_CONJUNCTIONS
from ...language.pointing import bare_definite
from ...language.standalone import epithet, whole_sentence
from ...model import Document
from .complements import figure
from .verb import main_verb_and_speaker

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words of a date that place it in the past: with "year" ("last year", "two years ago") they date old events.
PAST_MARKERS = frozenset({"last", "ago", "previous", "earlier"})


def refers_back(span: Span) -> bool:
    """Whether the news's subject is "the" and a common noun that an adjective sizes or places, nothing else
    ("the huge rise", "the latest threats"), or a subject of the sentence is "this" with one ("fear that this
    sudden increase will ..."): after the article's first sentence, it stands for what an earlier one told."""
    found = main_verb_and_speaker(span)
    if found is not None and any(child.dep_ in SUBJECT_DEPS and bare_definite(child, ("the", "this", "these"))
                                 for child in found[0].children):
        return True
    return any(token.dep_ in SUBJECT_DEPS and bare_definite(token, ("this", "these")) for token in span)


def second_reference(span: Span) -> bool:
    """Whether the news's subject is a person the story must have named before, called only by where they are from
    or their age ("The American, 32, looked set to ...", "The 31-year-old Scot was ..."), or its verb adds to what
    was told ("The film's star also picked up ..."): the sentence leans on one the article does not show first."""
    found = main_verb_and_speaker(span)
    if found is None:
        return False
    verb = found[0]
    if any(child.dep_ == "advmod" and child.lower_ == "also" for child in verb.children):
        return True
    return any(child.dep_ in SUBJECT_DEPS and epithet(child) for child in verb.children)


def continues(span: Span) -> bool:
    """Whether a sentence goes on from one before it, so that its news is not the article's: it opens on "And" or
    "Or" ("And at least 15 per cent are fake": of what, the headline would not say).  An article cut short of its
    first sentence (XSum's) opens on one too."""
    words = [token.lower_ for token in span if not (token.is_punct or token.is_space)]
    return bool(words) and words[0] in CONTINUING_CONJUNCTIONS


def dated_past(verb: Token, year: int | None = None, *, by_year: bool = True) -> bool:
    """Whether the verb tells of a dated past ("visited Beijing in 2017", "last year"): background, not the news.

    A headline puts the past in the present, and leaves dates out: it would tell an old event as today's.  When the
    article's ``year`` is known, an event of that year is recent, and so are the year before's figures ("rose 11% in
    2004" in a 2005 article, "received a 3.8% boost last year"): an event of the year before ("saw Scotland end their
    campaign") is background.  ``by_year=False`` reads only a past told from now ("last year", "two years ago"): an
    explicit year may date a detail ("won 61 caps after his debut in 2009") rather than the event.
    """
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        dates = [token.lower_ for token in child.subtree if token.ent_type_ == "DATE" and not _base(token)]
        years = [int(word) for word in dates if len(word) == 4 and word.isdigit()]
        figures = year is not None and _tells_a_figure(verb, child)  # "rose 11% in 2004": the year's figures
        last_year = figures and {"last", "year"} <= set(dates) and not {"years", "ago"} & set(dates)
        other_year = any(year is None or not (dated == year or (figures and dated == year - 1)) for dated in years)
        if (by_year and other_year) or ({"year", "years"} & set(dates) and PAST_MARKERS & set(dates) and not last_year):
            return True
    return False


def held_since(verb: Token, year: int | None) -> bool:
    """Whether the verb tells a state that has held since a year before the article's ("has been in turmoil since the
    recordings were released in 2015"): background, not the news; a figure over that stretch ("has risen 20% since
    2015") may be the news."""
    if year is None:
        return False
    for child in verb.children:
        opens = child.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children)
        years = [int(t.text) for t in child.subtree if t.ent_type_ == "DATE" and len(t.text) == 4 and t.text.isdigit()]
        if opens and child.dep_ in ("prep", "advcl") and any(found < year for found in years) and not (
                _tells_a_figure(verb, child)):
            return True
    return False


def _base(token: Token) -> bool:
    """Whether a word of a date is in the base a figure is measured against ("jumped 76% ... from $639m
    year-earlier", "down from 12% in 2003"), not in the time of the event."""
    return any(entity.start <= token.i < entity.end and compares(entity) for entity in token.doc.ents)


def told_before(document: Document, index: int) -> bool:
    """Whether a sentence of the article comes before sentence ``index`` (not a share button or a caption)."""
    return any((whole_sentence(document.spans[k].text) or "").rstrip("\"'”’ ").endswith((".", "!"))
               for k in range(index))


def _tells_a_figure(verb: Token, date: Token) -> bool:
    """Whether the verb's phrases, its date aside, give a number or an amount ("rose 11%", "received £5m")."""
    return any(figure(token) for child in verb.children if child.i != date.i and child.dep_ not in SUBJECT_DEPS
               for token in child.subtree)


def points_back(subject: Token) -> bool:
    """Whether a subject says which one only by pointing back: "his move", "this work" (a headline leaves "his" and
    "this" out, and would not say whose or which)."""
    return any((child.dep_ == "poss" and child.tag_ == "PRP$") or (child.dep_ == "det" and child.lower_ in (
        DEMONSTRATIVES)) for child in subject.children)


def participle_read_as_subject(verb: Token) -> bool:
    """Whether the parser read a participle clause that opens the sentence, set off by a comma, as the verb's subject
    ("Speaking at the hearing, the former manager blamed ..."): the clause says when or how, and the
    subject after the comma, which a headline would lose, is who did it."""
    doc = verb.doc
    return any(child.dep_ == "csubj" and child.tag_ in ("VBG", "VBN") and child.left_edge.i == child.i and any(
        doc[i].text == "," for i in range(child.i + 1, verb.i)) for child in verb.children)


def split(span: Span) -> bool:
    """Whether the parser split the sentence in two ("is to hand its industry | 70m euros in aid")."""
    return (span.end < len(span.doc) and not span[-1].is_punct) or sum(t.dep_ == "ROOT" for t in span) > 1
