"""The timeline: every dated event of the article, resolved and sorted.

Each date expression the parser finds is resolved against the article's
date (:mod:`dates`), in the direction its verb points to (:mod:`tense`).
The event is told by the clause the date belongs to, or by the noun phrase
when the date qualifies a noun ("the November election", "Friday's call");
a date on a noun the clause does not take place at dates only that noun ("pulled
out of January's tournament", "drove a 1999 Ford").
A date in a relative clause dates no event (the sentence would date what
its main clause tells), nor does a date inside a quotation unless it names
its year, one end of a change ("from 12% in 2011 to 9% in 2015"), or a
quotation given without its speaker.  Events on one date that share a
content word are one event with all their sources; of one sentence's lines, one told whole inside another is
left out (under the same date, or under another date when the other tells a clause nearer the main verb).
Events after the
article's date and not told in the past, or told in the future and not
dated before it, are marked as future.
An event's text is :mod:`.events`'s; which sentences and dates may give a line, and the line as shown, :mod:`.lines`'s.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...language.belonging import ahead_of, belongs, dated_clause, dates_noun, month_names, told_now, untold
from ...language.clauses import clause_text, sentence_text
from ...language.dates import resolve, years_of_months
from ...language.pieces import unstopped
from ...language.readable import unattributed_quotation
from ...language.tense import direction_of, governing_verb, names_stretch
from ...language.undated import date_words, dated_noun_now, dates_its_noun, measured_within
from ...model import Briefing, Document, TimelineEvent
from .events import MIN_EVENT_WORDS, event, event_words, fits_sentence
from .lines import asks, bare_telling, glued, named_word, pointed, quoted, shown_line, unnamed_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

SAME_EVENT = 0.6  # share of content words two lines of one month or year have in common when they tell one event
SAME_TELLING = 0.7  # share of the shorter line's content words the longer one has when it tells the same event again
_ELSEWHEN = dt.date(1990, 6, 15)  # a date counted from the article's gives another counted from this one
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "csubj"})  # clauses a verb heads in another


@dataclass
class _EventDraft:
    date: str
    text: str
    sources: list[int]
    words: set[str]
    future: bool
    on_noun: bool = False  # the date qualifies a noun ("previous incidents in January"), not the clause's verb
    depth: int = 0  # clauses between the date and the sentence's main verb ("while a depot will go in 2025": 1)
    at: int = 0  # where the date stands in the article


def build_timeline(document: Document, briefing: Briefing) -> Briefing:
    """Every dated event of the article, by date, then by where the article tells it."""
    today = document.article.date
    drafts: list[_EventDraft] = []
    years = years_of_months(e.text for span in document.spans for e in span.ents if e.label_ == "DATE")
    named = month_names(document.spans)  # "Granny June": then "June's daughter" is no date
    for index, span in enumerate(document.spans):
        if span.text.rstrip(" \"'”’").endswith("?") or asks(span) or unattributed_quotation(document, index):
            continue  # a question tells no event; nor do someone's words given without their speaker
        if index in document.credits or unstopped(document, index):
            continue  # "Jane Doe reported from Boston.": who wrote the article; a caption, or a paragraph cut off
        for entity in span.ents:
            if entity.label_ not in ("DATE", "TIME") or named_word(entity) or quoted(entity, span) or pointed(entity):
                continue
            if names_stretch(entity) or untold(entity, named) or measured_within(entity):
                continue
            way = direction_of(entity.root)
            written = date_words(entity)  # "In January 25 people were jailed": January
            date = resolve(written, today, way, years)
            if date is None:
                continue
            found = event(span, entity.root, {t.i for t in entity})
            if found is None:
                continue
            text, words, future, head = found
            of_noun = dates_noun(entity.root)
            if of_noun and head is not None:
                continue  # "denied she pulled out of January's tournament": the date is the tournament's
            clause = head if head is not None else governing_verb(entity.root)[0]
            if head is not None and not belongs(entity.root, head):
                own = dated_clause(entity.root)  # "... will attempt X after the government ignored an order last week"
                if own is None:
                    continue  # "Despite a profit last year, Qantas has argued ...": the sentence tells no event then
                text, words, future = clause_text(own, reported=False), event_words(list(own.subtree), set()), False
                clause = own
            if len(text.split()) < MIN_EVENT_WORDS and not of_noun:
                text = sentence_text(span)
            after, before = date > today.isoformat()[: len(date)], date < today.isoformat()[: len(date)]
            if after and way == "past" and resolve(written, _ELSEWHEN, way, years) != date:
                continue  # "has raised rates since June this year", told in March: no date it can safely be given
            if clause is not None and told_now(entity.root, clause, before):
                continue  # "is playing in his first Slam since the Open in 2014": the Open's year, not the playing's
            if dates_its_noun(governing_verb(entity.root)[0]):
                continue  # "erased the world record set by X last year": the record's year
            if before and dated_noun_now(entity.root):
                continue  # "is on trial over the firm's collapse in 2002": the collapse's year
            main = fits_sentence(entity.root) and belongs(entity.root, span.root) and not (of_noun or ahead_of(entity))
            shown = shown_line(document, index, text, main, frozenset(t.i for t in entity))
            if shown is None or len(shown.split()) < MIN_EVENT_WORDS or bare_telling(head) or glued(shown):
                continue  # too short to tell an event, or the telling of what another clause holds
            if unnamed_subject(span.root if shown != text else head):
                continue  # "On Thursday, it announced ...": whom the line speaks of is in another sentence
            if shown != text and len(date) == len("2025-01-17"):  # a day's line: one event by all the words it shows
                seen = {word.strip(".,;:!?'\"“”‘’()") for word in shown.split()}
                words = words | event_words([t for t in span if t.text in seen], {t.i for t in entity})
            text = shown
            # a date before the article's is never to come, nor is what a clause tells in the past
            future = (after and way != "past") or (future and not before)
            on_noun = governing_verb(entity.root)[1] and not _at_event(entity.root)
            _add(drafts, _EventDraft(date, text, [index], words, future, on_noun, _depth(entity.root), entity.start))
    ordered = sorted(_one_date_a_line(drafts), key=lambda d: (d.date, d.sources[0]))
    events = tuple(
        TimelineEvent(date=d.date, event=d.text, sources=tuple(sorted(set(d.sources))), future=d.future)
        for d in ordered
    )
    return replace(briefing, timeline=events)


def _one_date_a_line(drafts: list[_EventDraft]) -> list[_EventDraft]:
    """One line of a sentence dated twice keeps the date of its verb, not one of a noun in it ("All of the threats
    made on Monday, along with previous incidents in January, turned out to be false": Monday), and the date of
    the clause nearest its main verb; of a line its sentence still dates twice, the date told first ("There were 400
    entries this year - a third more than last year": this year)."""
    by_verb = {(d.sources[0], d.text) for d in drafts if not d.on_noun}
    kept = [d for d in drafts if not (d.on_noun and (d.sources[0], d.text) in by_verb)]
    nearest: dict[tuple[int, str], int] = {}
    for d in kept:
        nearest[(d.sources[0], d.text)] = min(d.depth, nearest.get((d.sources[0], d.text), d.depth))
    kept = [d for d in kept if d.depth == nearest[(d.sources[0], d.text)]]
    first: dict[tuple[int, str], int] = {}
    for d in kept:
        first[(d.sources[0], d.text)] = min(d.at, first.get((d.sources[0], d.text), d.at))
    kept = [d for d in kept if d.at == first[(d.sources[0], d.text)]]
    return [d for d in kept if not any(_inside(o, d) or _told_again(d, o) for o in kept)]


def _told_again(draft: _EventDraft, longer: _EventDraft) -> bool:
    """Whether a line is told whole inside another of its sentence with its date ("Sales totalled $24bn last year."
    inside "Cameras were the gadget of Christmas 2004 and sales totalled $24bn last year.")."""
    same = draft.sources[0] == longer.sources[0] and draft.date == longer.date and draft.text != longer.text
    return same and draft.text.rstrip(".").lower() in longer.text.lower()  # its first word capitalised as a line's


def _inside(nearer: _EventDraft, draft: _EventDraft) -> bool:
    """Whether a line tells a clause nearer its sentence's main verb, dated otherwise, and more ("X toured in 1997."
    inside "X toured in 1997 but was forced home from the trip three years ago.": the sentence is 1997's)."""
    same = nearer.sources[0] == draft.sources[0] and nearer.date != draft.date and nearer.depth < draft.depth
    return same and nearer.text.rstrip(".") in draft.text and nearer.text != draft.text


def _at_event(date: Token) -> bool:
    """Whether a date qualifies a noun the clause takes place at, "was upheld in a second ruling on Saturday": the
    clause's own time, before a date of a noun in its subject ("The court's order on Thursday ...")."""
    noun = date.head.head if date.dep_ == "pobj" else date.head
    at = noun.head
    return noun.dep_ == "pobj" and at.lower_ in ("in", "at", "during") and at.head.pos_ in ("VERB", "AUX")


def _depth(date: Token) -> int:
    """How many clauses stand between a date and its sentence's main verb: a line that shows the whole sentence is
    dated by its main clause ("Cawdor Barracks will now shut in 2024, while a depot will go in 2025": 2024)."""
    node, depth = date, 0
    while node.head.i != node.i:
        depth += node.dep_ in _CLAUSES
        node = node.head
    return depth


def _add(drafts: list[_EventDraft], draft: _EventDraft) -> None:
    """Add an event, or fold it into one of the same date it shares words with (most of its words, when the date
    is only a month or a year: "This week in Denver a driver was arrested ..." told twice)."""
    for other in drafts:
        if other.date != draft.date:
            continue
        if other.sources[-1] == draft.sources[0] and other.text == draft.text:
            return
        common = other.words & draft.words
        shared = len(common) / max(1, len(other.words | draft.words))
        within = len(common) / max(1, min(len(other.words), len(draft.words)))  # a short telling inside a long one
        if (common and len(draft.date) == len("2025-01-17")) or shared >= SAME_EVENT or within >= SAME_TELLING:
            other.sources.extend(s for s in draft.sources if s not in other.sources)
            other.future = other.future and draft.future
            return
    drafts.append(draft)
