"""Key actors: named entities merged into one actor per real-world actor."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from ..model import Actor, ActorKind, Briefing, Document, Point

_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}


@dataclass
class _Draft:
    name: str
    labels: list[str] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)
    mentions: list[int] = field(default_factory=list)
    subject: int = 0


def find_actors(document: Document, briefing: Briefing) -> Briefing:
    drafts: dict[str, _Draft] = {}
    surnames: dict[str, str] = {}
    for index, span in enumerate(document.spans):
        for entity in span.ents:
            if entity.label_ not in _KINDS:
                continue
            text = entity.text.removesuffix("’s").removesuffix("'s").strip()
            if not text:
                continue
            key = surnames.get(text, text)
            draft = drafts.setdefault(key, _Draft(name=key))
            draft.labels.append(entity.label_)
            draft.forms.add(text)
            draft.mentions.append(index)
            if any(token.dep_.startswith("nsubj") for token in entity):
                draft.subject += 1
            parts = text.split()
            if len(parts) > 1 and key == text:
                surnames.setdefault(parts[-1], key)
    ranked = sorted(drafts.values(), key=lambda d: (-(len(d.mentions) + d.subject), min(d.mentions), d.name))
    actors = []
    for rank, draft in enumerate(ranked):
        kind = _kind(draft.labels)
        salience = round(len(draft.mentions) + draft.subject + 2.0 / (1 + min(draft.mentions)), 3)
        first = min(draft.mentions)
        actors.append(
            Actor(
                name=draft.name,
                kind=kind,
                aliases=tuple(sorted(draft.forms - {draft.name})),
                key=rank < 5 and kind != "group",
                salience=salience,
                mentions=tuple(draft.mentions),
                action=Point(document.sentences[first].text, (first,)),
            )
        )
    return replace(briefing, actors=tuple(actors))


def _kind(labels: list[str]) -> ActorKind:
    votes: defaultdict[ActorKind, int] = defaultdict(int)
    for label in labels:
        votes[_KINDS[label]] += 1
    return max(sorted(votes), key=lambda kind: votes[kind])
