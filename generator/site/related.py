"""Related briefings: the others that share actors or topics, best first, with why.

A shared key actor counts 3, another shared actor 1, a shared topic 2; a
feature found in very many briefings counts less (divided by the log of its
frequency), so that "United States" does not relate everything to
everything.  Candidates come from an inverted index, never from comparing
every pair, and a feature listed in more than ``MAX_POSTING`` briefings is
not used to find candidates.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from ..render.escape import inline
from ..render.markdown import NOT_INDEXED
from .pages import Entry

MAX_RELATED = 5
MAX_POSTING = 500
MAX_REASONS = 3


@dataclass(frozen=True)
class Related:
    entry: Entry
    score: float
    reasons: tuple[str, ...]


def _features(entry: Entry, actor_slugs: dict[tuple[str, str], str]) -> dict[tuple[str, str], tuple[float, str]]:
    """(kind, id) -> (weight, label) of what a briefing is about."""
    features: dict[tuple[str, str], tuple[float, str]] = {}
    for actor in entry.record.actors:
        if actor.kind == "group":
            continue
        slug = actor_slugs.get((entry.page, actor.slug), actor.slug)
        weight = 3.0 if actor.key else 1.0
        old = features.get(("actor", slug))
        if old is None or old[0] < weight:
            features[("actor", slug)] = (weight, actor.name)
    for topic in entry.record.topics:
        features.setdefault(("topic", topic.lower()), (2.0, topic))
    return features


def related(entries: list[Entry], actor_slugs: dict[tuple[str, str], str]) -> dict[str, list[Related]]:
    """For each briefing (by page), its related briefings, best first."""
    features = {entry.page: _features(entry, actor_slugs) for entry in entries}
    postings: dict[tuple[str, str], list[str]] = defaultdict(list)
    for page in sorted(features):
        for feature in features[page]:
            postings[feature].append(page)
    by_page = {entry.page: entry for entry in entries}
    result: dict[str, list[Related]] = {}
    for entry in entries:
        mine = features[entry.page]
        scores: dict[str, float] = defaultdict(float)
        reasons: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for feature, (weight, label) in mine.items():
            pages = postings[feature]
            if len(pages) > MAX_POSTING:
                continue
            rarity = 1.0 / math.log(1 + len(pages), 2)
            for other in pages:
                if other == entry.page:
                    continue
                gain = min(weight, features[other][feature][0]) * rarity
                scores[other] += gain
                reasons[other].append((gain, label))
        best = sorted(scores, key=lambda p: (-scores[p], p))[:MAX_RELATED]
        result[entry.page] = [
            Related(
                entry=by_page[page],
                score=round(scores[page], 3),
                reasons=tuple(label for _, label in sorted(reasons[page], key=lambda r: (-r[0], r[1]))[:MAX_REASONS]),
            )
            for page in best
        ]
    return result


def related_section(items: list[Related]) -> str:
    """Markdown for a briefing page (links relative to briefings/)."""
    lines = [f"## Related briefings{NOT_INDEXED}\n"]
    if not items:
        return "\n".join([*lines, "_No other briefing shares its actors or topics yet._"]) + "\n"
    for item in items:
        why = ", ".join(inline(reason) for reason in item.reasons)
        lines.append(f"- [{inline(item.entry.title)}]({item.entry.page}) ({item.entry.date}) — also about {why}")
    return "\n".join(lines) + "\n"
