"""Actor dossiers: one page per actor across all briefings, and their index.

Actors of different briefings are the same dossier when their names match,
or when one's name is an alias of the other (``Trump`` in one briefing,
``Donald Trump`` with alias ``Trump`` in another) and that link is not
ambiguous: a bare surname shared by two different full names (``Han`` for
``Han Zheng`` and ``Han Kuo-yu``) joins neither.  Two different full names
are never merged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..model import ACTOR_KINDS
from ..render.escape import inline
from .pages import Entry, newest_first

SEARCH_BOOST = 10_000
KIND_TITLES = {"person": "People", "organization": "Organizations", "place": "Places", "group": "Groups"}


@dataclass
class Dossier:
    slug: str
    name: str
    kinds: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    appearances: list[tuple[Entry, dict[str, Any]]] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return max(sorted(self.kinds), key=lambda k: self.kinds[k]) if self.kinds else "person"


def gather(entries: list[Entry]) -> tuple[dict[str, Dossier], dict[str, str]]:
    """The dossiers by slug, and a map from every actor slug used in a briefing to its dossier."""
    by_name: dict[str, list[tuple[Entry, dict[str, Any]]]] = defaultdict(list)
    for entry in entries:
        for actor in entry.record.get("actors", []):
            by_name[actor["name"]].append((entry, actor))
    canonical = _canonical_names(by_name)
    dossiers: dict[str, Dossier] = {}
    slugs: dict[str, str] = {}
    for name in sorted(by_name):
        target = canonical.get(name, name)
        first_actor = (by_name.get(target) or by_name[name])[0][1]
        dossier_slug = first_actor["slug"] if target in by_name else by_name[name][0][1]["slug"]
        dossier = dossiers.setdefault(dossier_slug, Dossier(slug=dossier_slug, name=target))
        for entry, actor in by_name[name]:
            dossier.kinds[actor["kind"]] += 1
            dossier.appearances.append((entry, actor))
            slugs[actor["slug"]] = dossier_slug
    return dossiers, slugs


def _canonical_names(by_name: dict[str, list[tuple[Entry, dict[str, Any]]]]) -> dict[str, str]:
    """For a name that is only an alias (or surname) of exactly one fuller name: that name."""
    claims: dict[str, set[str]] = defaultdict(set)
    for name, appearances in by_name.items():
        for _entry, actor in appearances:
            for alias in actor.get("aliases", []):
                if alias != name:
                    claims[alias].add(name)
            parts = name.split()
            if actor.get("kind") == "person" and len(parts) > 1:
                claims[parts[-1]].add(name)
    canonical = {}
    for alias, names in claims.items():
        if len(names) == 1 and alias not in names:
            (target,) = names
            if (alias in by_name and len(alias.split()) < len(target.split())) or alias not in by_name:
                canonical[alias] = target
    return canonical


def dossier_page(dossier: Dossier) -> str:
    # A search for an actor should show the dossier first: the page is boosted
    # and only its name and kind are indexed (the rest would match everything
    # its briefings say, and outrank the briefings themselves).
    lines = [
        f"---\nsearch:\n  boost: {SEARCH_BOOST}\n---\n",
        f"# {inline(dossier.name)}\n",
        f"<small>{dossier.kind}</small>\n",
        '<div data-search-exclude markdown="1">\n',
    ]
    roles = []
    for entry, actor in newest_first_pairs(dossier.appearances):
        if actor.get("role"):
            roles.append(f"- {inline(actor['role'])} — {entry.date}, {_link(entry)}")
    if roles:
        lines += ["## Roles seen\n", *roles, ""]
    quotes = []
    for entry, actor in newest_first_pairs(dossier.appearances):
        for quote in actor.get("quotes", []):
            anchor = f"#s-{quote['sources'][0]}" if quote.get("sources") else ""
            quotes.append(f"> “{inline(quote['text'])}” — {_link(entry, anchor)}, {entry.date}\n")
    if quotes:
        lines += ["## In their words\n", *quotes]
    lines.append("## Briefings\n")
    for entry, actor in newest_first_pairs(dossier.appearances):
        action = actor.get("action")
        said = f": {inline(action['text'])}" if action and actor.get("key") else ""
        lines.append(f"- {entry.date} {_link(entry)}{said}")
    lines.append("\n</div>")
    return "\n".join(lines) + "\n"


def newest_first_pairs(pairs: list[tuple[Entry, dict[str, Any]]]) -> list[tuple[Entry, dict[str, Any]]]:
    order = {entry.page: rank for rank, entry in enumerate(newest_first({e.page: e for e, _ in pairs}.values()))}
    return sorted(pairs, key=lambda pair: (order[pair[0].page], pair[1]["name"]))


def _link(entry: Entry, anchor: str = "") -> str:
    return f"[{inline(entry.title)}](../briefings/{entry.page}{anchor})"


def actors_index(dossiers: dict[str, Dossier]) -> str:
    lines = ["# Actors\n", "Everyone and everything that acts in the briefings, by kind.\n"]
    for kind in ACTOR_KINDS:
        members = sorted((d for d in dossiers.values() if d.kind == kind), key=lambda d: (d.name.lower(), d.slug))
        if not members:
            continue
        lines.append(f"## {KIND_TITLES[kind]}\n")
        for dossier in members:
            count = len({entry.page for entry, _ in dossier.appearances})
            plural = "briefing" if count == 1 else "briefings"
            lines.append(f"- [{inline(dossier.name)}]({dossier.slug}.md) ({count} {plural})")
        lines.append("")
    return "\n".join(lines) + "\n"
