"""The summary: 3-5 key sentences of the article, in the article's order.

Sentences are scored by their position (the news lead is strong), their
centrality among the article's sentences (content-word overlap with the
rest) and their coverage of the key actors; near-duplicates of a chosen
sentence are skipped.  The points together stay under 30% of the words.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace

from ..model import Briefing, Document, Point
from .words import content_words

MAX_SHARE = 0.30
MIN_POINTS, MAX_POINTS = 3, 5


def summarise(document: Document, briefing: Briefing) -> Briefing:
    sentences = document.sentences
    if not sentences:
        return briefing
    bags = [Counter(content_words(span)) for span in document.spans]
    scores = _scores(document, briefing, bags)
    budget = max(sum(len(s.text.split()) for s in sentences) * MAX_SHARE, len(sentences[0].text.split()))
    chosen: list[int] = []
    used = 0
    for index in sorted(range(len(sentences)), key=lambda i: (-scores[i], i)):
        words = len(sentences[index].text.split())
        if len(chosen) >= MAX_POINTS or (used + words > budget and len(chosen) >= 1):
            continue
        if any(_overlap(bags[index], bags[other]) > 0.6 for other in chosen):
            continue
        if words < 6:
            continue
        chosen.append(index)
        used += words
    points = tuple(Point(sentences[i].text, (i,)) for i in sorted(chosen))
    return replace(briefing, summary=points)


def _scores(document: Document, briefing: Briefing, bags: list[Counter[str]]) -> list[float]:
    count = len(bags)
    frequency: Counter[str] = Counter()
    for bag in bags:
        frequency.update(set(bag))
    weights = {word: math.log(1 + count / df) for word, df in frequency.items()}
    key_names = {alias.lower() for actor in briefing.actors if actor.key for alias in (actor.name, *actor.aliases)}
    scores = []
    for index, bag in enumerate(bags):
        centrality = sum(weights[w] for w in bag if frequency[w] > 1) / (1 + math.sqrt(sum(bag.values())))
        position = 1.0 / (1 + index) ** 0.7
        text = document.sentences[index].text.lower()
        actors = sum(1 for name in key_names if name in text)
        scores.append(2.0 * position + 0.25 * centrality + 0.1 * min(actors, 3))
    return scores


def _overlap(first: Counter[str], second: Counter[str]) -> float:
    if not first or not second:
        return 0.0
    shared = sum((first & second).values())
    return shared / min(sum(first.values()), sum(second.values()))
