"""Topics: a handful of tags per briefing from its entities and key phrases."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..model import Briefing, Document

MAX_TOPICS = 6


def find_topics(document: Document, briefing: Briefing) -> Briefing:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for actor in briefing.actors:
        if actor.kind in ("place", "organization") or actor.key:
            counts[actor.name] += len(actor.mentions) * 2
            first.setdefault(actor.name, min(actor.mentions, default=0))
    for index, span in enumerate(document.spans):
        for chunk in span.noun_chunks:
            words = [t for t in chunk if t.pos_ in ("NOUN",) and not t.is_stop and t.is_alpha and len(t) > 2]
            if words:
                phrase = words[-1].lemma_.lower()
                counts[phrase] += 1
                first.setdefault(phrase, index)
    ranked = sorted((t for t in counts if counts[t] >= 2), key=lambda t: (-counts[t], first[t], t))
    return replace(briefing, topics=tuple(ranked[:MAX_TOPICS]))
