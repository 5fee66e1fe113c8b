"""Background: what a reader needs that is not the news itself."""

from __future__ import annotations

from dataclasses import replace

from ..model import BackgroundItem, Briefing, Document
from .dates import resolve
from .tense import is_past_perfect

MAX_ITEMS = 8


def find_background(document: Document, briefing: Briefing) -> Briefing:
    today = document.article.date
    items = []
    for index, span in enumerate(document.spans):
        if index == 0:
            continue  # the lead is the news itself
        dates = [resolve(e.text, today) for e in span.ents if e.label_ == "DATE"]
        earlier = [d for d in dates if d is not None and d[:4] < str(today.year)]
        if earlier or is_past_perfect(span):
            items.append(BackgroundItem(document.sentences[index].text, earlier[0] if earlier else None, (index,)))
    return replace(briefing, background=tuple(items[:MAX_ITEMS]))
