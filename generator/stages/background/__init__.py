"""Background: what a reader needs that is not the news itself.

Every sentence but the lead is scored by :mod:`.cues` (earlier
events, standing facts, who is who, minus what reads as news, future or
voice).  Two more checks need the whole document: a sentence that mostly
restates the lead is the news itself, and a sentence that leaves a matter
explicitly open (:mod:`generator.stages.questions.matters`) is a question, not a fact.  The best
sentences are kept, about one in three of the article's and at most
``MAX_ITEMS``, shown in reading order, each in the article's words.
"""

from __future__ import annotations

from dataclasses import replace

from ...language.clauses import clause_text
from ...language.tokens import content_words
from ...model import BackgroundItem, Briefing, Document
from ..questions.hedges import EXPLICIT
from ..questions.matters import matters
from .cues import score

MAX_ITEMS = 10
MIN_ITEMS = 4
SHARE = 3  # one sentence in this many may be background
THRESHOLD = 1.0
RESTATES_LEAD = 0.5  # share of a sentence's content words found in the lead
LEAD_PENALTY = 2.0
OPEN_PENALTY = 1.5


def find_background(document: Document, briefing: Briefing) -> Briefing:
    """The sentences that give context rather than news, in reading order."""
    today = document.article.date
    spans = document.spans
    if not spans:
        return replace(briefing, background=())
    lead = set(content_words(spans[0]))
    scored: list[tuple[float, int, str | None]] = []
    for index, span in enumerate(spans):
        if index == 0 or span.text.rstrip(" \"'”’").endswith("?"):
            continue  # the lead is the news itself; a question is not a fact
        value, date = score(span, today)
        words = set(content_words(span))
        if words and len(words & lead) / len(words) >= RESTATES_LEAD:
            value -= LEAD_PENALTY
        if any(m.strength >= EXPLICIT for m in matters(index, span)):
            value -= OPEN_PENALTY
        if value >= THRESHOLD:
            scored.append((value, index, date))
    room = min(MAX_ITEMS, max(MIN_ITEMS, round(len(spans) / SHARE)))
    best = sorted(scored, key=lambda item: (-item[0], item[1]))[:room]
    items = []
    for _value, index, date in sorted(best, key=lambda item: item[1]):
        text = clause_text(spans[index].root, whole=True, attributed=True)
        if text:
            items.append(BackgroundItem(text=text, date=date, sources=(index,)))
    return replace(briefing, background=tuple(items))
