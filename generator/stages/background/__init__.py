"""Background: what a reader needs that is not the news itself.

Every sentence but the lead is scored by :mod:`.cues` (earlier
events, standing facts, who is who, minus what reads as news, future or
voice).  Two more checks need the whole document: a sentence that mostly
restates the lead is the news itself, and a sentence that leaves a matter
explicitly open (:mod:`generator.stages.questions.matters`) is a question, not a fact.  When the lead tells,
in the simple past, what happened on the days of the news (or names no date at all and no earlier time: "Spain
won the Harbour Cup ..."), a later sentence in the simple past that tells no
earlier time tells that event further; in an article whose news is a study, a share it gives is one more of
the study's findings (:mod:`.findings`).  The best
sentences are kept, about one in three of the article's and at most
``MAX_ITEMS``, shown in reading order, each in the article's words; a
sentence the line checker would not let a reader see (a pronoun for someone
it does not name, a caption glued to it), or one the reader has just read
above it (the bottom line's or a summary point's sentence, or a line that
says most of what one of them says), is passed over for the next best:
the stage runs after the summary and reads what it chose.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ...language.aligned import words_of
from ...language.antecedents import opening_referent, with_name
from ...language.clauses import clause_text
from ...language.dates import years_of_months
from ...language.faithful import line_problems, statement_problems
from ...language.lexicon import SPEECH_VERBS, THE_NEWS
from ...language.pieces import in_picture, run_on, shows_in_picture, unstopped, without_stray_mark
from ...language.readable import attributed, unattributed_quotation
from ...language.standalone import is_speech, unmarked
from ...language.tense import finite
from ...language.tokens import content_words
from ...model import Actor, BackgroundItem, Briefing, Document
from ..questions.hedges import EXPLICIT
from ..questions.matters import matters
from .clock import on_the_clock, tells_a_score
from .cues import score, tells_before
from .dates import dated_before, past_dates
from .days import told_on_the_day
from .findings import reports_a_study, tells_a_share
from .fragments import not_whole
from .marks import closes_quotation, opens_quotation
from .news import (
    AFTER_LEAD,
    COURT,
    NEWS_EVENTS,
    continues_statement,
    goes_on,
    goes_on_in_the_past,
    reports_finding,
    tells_the_lead,
    the_lead_actor_again,
    told_in_the_past,
)
from .quoted import closed_after, inside_quotation
from .referents import points_back
from .statements import judges, speaks_for_itself, told_before
from .voices import other_voices

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAX_ITEMS = 10
MIN_ITEMS = 4
SHARE = 3  # one sentence in this many may be background
THRESHOLD = 1.0
RESTATES_LEAD = 0.5  # share of a sentence's content words found in the lead
LEAD_PENALTY = 2.0
OPEN_PENALTY = 1.5
NEWS_PENALTY = 3.0  # a sentence that tells the lead's own event further, no earlier time in it
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year, or the first of a season's: "2004", "2009-10"
CAPTIONS = 4  # sentences before the lead that may be a picture's captions
LABEL_WORDS = 3  # a caption's label: "Shooter:", "Pictured:"
SAME = 0.8  # share of the shorter line's words found in the other when two lines tell the same thing


def find_background(document: Document, briefing: Briefing) -> Briefing:
    """The sentences that give context rather than news, in reading order."""
    today = document.article.date
    spans = document.spans
    if not spans:
        return replace(briefing, background=())
    first = _lead(document)  # the lead: the first sentence, after a picture's captions ("Shooter:", "X, pictured ...")
    if first:
        spans = spans[first:]  # the captions give no background: what the picture shows is the news
    lead = set(content_words(spans[0]))
    game = any(  # the article reports a game: timed by its clock, or its score told at the top
        (on_the_clock(span) or (index <= AFTER_LEAD and _scored(span))) and not past_dates(span, today)
        for index, span in enumerate(spans)
    )
    study = reports_a_study(spans)  # the article's news is what a study found
    years = years_of_months(e.text for span in spans for e in span.ents if e.label_ == "DATE")  # as the timeline's
    # the lead tells what happened on the news's days: not what someone said of what will be, nor a court's decision
    # on deeds before it ("was jailed")
    verb = spans[0].root.lemma_.lower()
    event = told_in_the_past(spans[0]) and verb not in COURT | SPEECH_VERBS and not _habit(spans[0].root)
    event = event and (told_on_the_day(spans[0], today) or (_undated(spans[0]) and not _earlier(spans[0], today)))
    skipped = document.credits | other_voices(document)  # readers' comments, unmarked first-person words: no facts
    scored: list[tuple[float, int, str | None]] = []
    for index, span in enumerate(spans, start=first):
        if index == first or span.text.rstrip(" \"'”’").endswith("?") or index in skipped:
            continue  # the lead is the news itself; a question is not a fact; a credit line is no one's news
        if index == first + 1 and goes_on(span, spans[0]):
            continue  # the lead's news told further right after it: "The festival has been shortened ..."
        if goes_on_in_the_past(span, index - first, spans[0], today) and not _earlier(span, today):
            continue  # "Footage of the fire showed ...": what happened, told right after the lead
        if on_the_clock(span) and not past_dates(span, today):
            continue  # "Ostberg scored in the 89th minute": the game the article reports, not what came before it
        if game and told_in_the_past(span) and not _earlier(span, today):
            continue  # "Tarnwick had an early chance ...": that game told further
        if event and told_in_the_past(span) and not (_earlier(span, today) or _year_before(span, today)):
            continue  # "As the train pulled in, the officers found ...": the lead's event told further
        value, date = score(span, today, years)
        earlier = _earlier(span, today)
        words = _told(span)
        if words and len(words & lead) / len(words) >= RESTATES_LEAD:
            value -= LEAD_PENALTY
        elif _news(span, spans[0], today) or (((study and tells_a_share(span)) or _of_the_news(span)) and not earlier):
            value -= NEWS_PENALTY  # the news told further ("The SEC's investigation ... includes ..."): not background
        if any(m.strength >= EXPLICIT for m in matters(index, span)):
            value -= OPEN_PENALTY
        if value >= THRESHOLD:
            scored.append((value, index, date))
    room = min(MAX_ITEMS, max(MIN_ITEMS, round(len(document.spans) / SHARE)))
    told = (*((briefing.bottom_line,) if briefing.bottom_line is not None else ()), *briefing.summary)
    news = {source for point in told for source in point.sources}
    items: list[BackgroundItem] = []
    for _value, index, date in sorted(scored, key=lambda item: (-item[0], item[1])):
        if len(items) == room:
            break
        text = _shown(document, index, briefing.actors)
        if text is None or index in news:
            continue  # the reader has it above: the bottom line and the summary's points come first in a briefing
        if any(_same(text, other) for other in (*(item.text for item in items), *(point.text for point in told))):
            continue
        items.append(BackgroundItem(text=text, date=date, sources=(index,)))
    return replace(briefing, background=tuple(sorted(items, key=lambda item: item.sources)))


def _lead(document: Document) -> int:
    """The lead's index: the first sentence that is not a picture's caption before it (a paragraph that ends with no
    stop and says where someone is in the picture, "Gary Fenn, 51, pictured in this 2014 mugshot, shot ...", or its
    label, "Shooter:"), among the first few."""
    captions = 0
    while captions + 1 < min(len(document.spans), CAPTIONS) and _caption(document, captions):
        captions += 1
    return captions


def _caption(document: Document, index: int) -> bool:
    text = document.sentences[index].text.rstrip()
    return (unstopped(document, index) and in_picture(document.spans[index])) or (
        text.endswith(":") and len(text.split()) <= LABEL_WORDS
    )


def _told(span: Span) -> set[str]:
    """The content words of a sentence that tell what it says of whom it names, its names left out when it has
    others: a standing fact about the lead's firm, "Copperline Bank currently has more than 40,000 staff", shares only
    the firm's name with the lead and does not restate it."""
    words = set(content_words(span))
    told = words - {t.lemma_.lower() for t in span if t.pos_ == "PROPN"}
    return told or words


def _news(span: Span, lead: Span, today: dt.date) -> bool:
    """Whether a sentence tells the lead's news further (:mod:`.news`) and no time before it: a past perfect, or
    for an event, a date before the article's week ("Despite being designed in 1978, ..."), "already", "recently",
    "since" ..."""
    if told_before(span):
        return False  # "He insisted that the Turkish leadership had made great advances"
    if continues_statement(span, lead):
        return True
    told = tells_the_lead(span, lead) or reports_finding(span) or told_on_the_day(span, today)
    told = told or (the_lead_actor_again(span, lead) and not _year_before(span, today))  # "In the 1990s Reyes ..."
    return told and not _earlier(span, today)


def _earlier(span: Span, today: dt.date) -> bool:
    """Whether a sentence tells a time before the news: a past perfect, a date before the article's week (not one
    that only dates a noun, "the 2013 death"), "already", "recently", "since", "a history of" ..."""
    words = any(tells_before(t) or t.lower_ == "recently" or _history(t) for t in span)
    return told_before(span) or dated_before(span, today) or words


def _history(token: Token) -> bool:
    """ "a history of violence", "his history of injuries": what went on before the news."""
    return token.lemma_.lower() == "history" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _of_the_news(span: Span) -> bool:
    """Whether a sentence's main subject is the news itself, "the news", "the report", "the attack", "the deal" (not
    "the report's authors", nor "a report"): what it tells is the news or what it did."""
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in THE_NEWS | NEWS_EVENTS or subject.tag_ != "NN":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)


def _scored(span: Span) -> bool:
    """Whether a sentence tells a game's score in the simple past, no past perfect ("Moll defeated Lind 6-4
    6-2"): right after the lead, the game the article reports, as a minute on its clock would tell it."""
    return tells_a_score(span) and told_in_the_past(span) and not told_before(span)


def _undated(span: Span) -> bool:
    """Whether a sentence names no date nor year at all: a lead in the simple past that gives none ("Spain won the
    Harbour Cup ...", "The fire started at a warehouse ...") tells what has just happened, the news itself."""
    return not any(e.label_ == "DATE" for e in span.ents) and _YEAR.search(span.text) is None


def _habit(verb: Token) -> bool:
    """A past habit, "There used to be ...", "He used to play ...": a time long gone, not an event."""
    return verb.lemma_.lower() == "use" and any(c.dep_ == "xcomp" for c in verb.children)


def _year_before(span: Span, today: dt.date) -> bool:
    """Whether a sentence names a year before the article's, even one the parser takes for no date ("In 2009-10")."""
    return any((year := _YEAR.match(token.text)) is not None and int(year.group()) < today.year for token in span)


def _same(text: str, other: str) -> bool:
    """Whether two lines tell the same thing: most of the words of one are in the other (an article that repeats a
    paragraph, "Allen also splurged ..." and "Allen splurged ...")."""
    words, others = set(words_of(text)), set(words_of(other))
    return len(words & others) >= SAME * min(len(words), len(others))


def _shown(document: Document, index: int, actors: Sequence[Actor] = ()) -> str | None:
    """The line a sentence gives as background, as the line checker will let it be shown (its cut, or the sentence
    itself, an opening "He" or "She" replaced by the name the article says it stands for), or None when none
    passes: a sentence the reader could not follow is passed over for the next best."""
    span = unmarked(document, index)
    inside = is_speech(document, index) and not attributed(span)  # a quotation's later sentence: "... no safe haven"
    inside = inside or (index > 0 and document.spans[index - 1].text.strip() in ("‘", "“"))  # an opening set apart
    inside = inside or (inside_quotation(document, index) and not attributed(span))  # its lines set apart
    inside = inside or (closed_after(span) and not attributed(span))  # '... to miss out.' then its closing mark
    named = opening_referent(document, index, actors) is not None  # "It has been making bicycles ...": the firm named
    if unattributed_quotation(document, index) or inside or not finite(span) or points_back(span, subject_named=named):
        return None  # someone's words without their speaker; a listing with no tensed verb; "For example, ..."
    if run_on(span) or unstopped(document, index) or not_whole(document.spans[index]) or speaks_for_itself(span) \
            or shows_in_picture(document.spans[index]):
        return None  # "... on a hired bike Lucy dressed up as a pirate Following her fall": a caption run in,
        # "the ceremony was also ...": a piece of a sentence; "(home of the UN).Maybe ...": two glued together;
        # "Frankly, ...": someone's opinion; "Varga salutes the crowd.": a photograph's caption, told in the present
    if judges(span) and not attributed(span):
        return None  # "The plan was simply too vague", "The model needs to change": a verdict, its speaker unsaid
    text = clause_text(document.spans[index].root, whole=True, attributed=True)
    if text and not line_problems(text, [span]) and not _quotes(span):
        return text  # a cut drops quotation marks: someone's words would read as the reporter's, or lose one mark
    verbatim = without_stray_mark(span.text.strip())  # "... in the pool,' Dunmore explained. '": the next quotation's
    if not statement_problems(verbatim, span):
        return verbatim
    return with_name(document, index, (text if not _quotes(span) else None, verbatim), actors)


def _quotes(span: Span) -> bool:
    """Whether a sentence opens a quotation, or gives a few words in quotation marks."""
    return any(opens_quotation(token) or closes_quotation(token) for token in span)
