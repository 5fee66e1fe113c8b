"""The timeline: every dated event of the article, resolved and sorted."""

from __future__ import annotations

from dataclasses import replace

from ..model import Briefing, Document, TimelineEvent
from .dates import resolve
from .tense import is_future


def build_timeline(document: Document, briefing: Briefing) -> Briefing:
    today = document.article.date
    events: dict[tuple[str, int], TimelineEvent] = {}
    for index, span in enumerate(document.spans):
        future = is_future(span)
        for entity in span.ents:
            if entity.label_ != "DATE":
                continue
            date = resolve(entity.text, today, past=not future)
            if date is None or (date, index) in events:
                continue
            events[(date, index)] = TimelineEvent(
                date=date, event=document.sentences[index].text, sources=(index,), future=future
            )
    ordered = sorted(events.values(), key=lambda e: (e.date, e.sources))
    return replace(briefing, timeline=tuple(ordered))
