"""Actor dossiers: one page per actor across all briefings, and their index.

Actors of different briefings are the same dossier when their names match,
or when one's name is an alias of the other (``Trump`` in one briefing,
``Donald Trump`` with alias ``Trump`` in another) and that link is not
ambiguous: a bare surname shared by two different full names (``Han`` for
``Han Zheng`` and ``Han Kuo-yu``) joins neither.  Two different full names
are never merged.  A place that only sets the scene of a briefing (its
record's ``places``) has its page as a place that acts does: the
briefings set there are listed on it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..records import ActorRecord
from ..render.escape import inline, slug
from ..render.markdown import NOT_INDEXED
from .pages import NOT_SEARCHED, Entry, Listed, newest_first, page_names, paged, pager, split_by_letter

SEARCH_BOOST = 10_000
APPEARANCES_PER_PAGE = 100  # a dossier page lists at most this many briefings; older ones go to further pages
# The kinds that have dossiers (unnamed groups have none, see gather), in index order.
KIND_TITLES = {"person": "People", "organization": "Organizations", "place": "Places"}


@dataclass
class Dossier:
    slug: str
    name: str
    kinds: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    appearances: list[tuple[Entry, ActorRecord]] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return max(sorted(self.kinds), key=lambda k: self.kinds[k]) if self.kinds else "person"


ActorKey = tuple[str, str]  # (briefing page, actor slug in that briefing)


def _has_dossier(actor: ActorRecord) -> bool:
    """Whether an actor of a briefing's record gets a page across briefings (named actors do)."""
    return actor.kind != "group"


def _is_person(actor: ActorRecord) -> bool:
    return actor.kind == "person"


def gather(entries: list[Entry]) -> tuple[dict[str, Dossier], dict[ActorKey, str]]:
    """The dossiers by slug, and for each actor of each briefing, its dossier's slug.

    People and non-people are kept apart (the person "Jordan" is not the
    country), so are names that merely share a slug with another.  Unnamed
    groups ("officials", "residents") get none: they are the story's own,
    not the same actor across briefings, and a page of every briefing that
    mentions officials would grow with the archive.
    """
    groups: dict[tuple[str, bool], list[tuple[Entry, ActorRecord]]] = defaultdict(list)
    for entry in entries:
        for actor in (*entry.record.actors, *entry.record.places):  # a place of the setting has its page too
            if not _has_dossier(actor):
                continue
            groups[(actor.name, _is_person(actor))].append((entry, actor))
    canonical = _canonical_names(groups)
    slug_of: dict[tuple[str, bool], str] = {}
    taken: set[str] = set()
    dossiers: dict[str, Dossier] = {}
    mapping: dict[ActorKey, str] = {}
    for key in sorted(groups, key=lambda k: (k[0], k[1])):
        target = (canonical.get(key, key[0]), key[1])
        if target not in slug_of:
            slug_of[target] = _free_slug(target, groups.get(target) or groups[key], taken)
        dossier_slug = slug_of[target]
        dossier = dossiers.setdefault(dossier_slug, Dossier(slug=dossier_slug, name=target[0]))
        for entry, actor in groups[key]:
            dossier.kinds[actor.kind] += 1
            dossier.appearances.append((entry, actor))
            mapping[(entry.page, actor.slug)] = dossier_slug
    return dossiers, mapping


def _free_slug(target: tuple[str, bool], appearances: list[tuple[Entry, ActorRecord]], taken: set[str]) -> str:
    base = slug(target[0]) or "actor"
    if base == "index" or base.startswith("index-") or re.search(r"-p\d+\Z", base):
        base += "-actor"  # keep clear of the index pages' and of further pages' names
    candidate = base
    if candidate in taken:
        candidate = f"{base}-{appearances[0][1].kind}"
    number = 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


def _canonical_names(groups: dict[tuple[str, bool], list[tuple[Entry, ActorRecord]]]) -> dict[tuple[str, bool], str]:
    """For a name that is only an alias (or a person's surname) of exactly one fuller name: that name."""
    claims: dict[tuple[str, bool], set[str]] = defaultdict(set)
    for (name, person), appearances in groups.items():
        for _entry, actor in appearances:
            for alias in actor.aliases:
                if alias != name:
                    claims[(alias, person)].add(name)
            parts = name.split()
            if person and len(parts) > 1:
                claims[(parts[-1], person)].add(name)
    canonical = {}
    for (alias, person), names in claims.items():
        if len(names) != 1 or alias in names:
            continue
        (target,) = names
        if (alias, person) not in groups or len(alias.split()) < len(target.split()):
            canonical[(alias, person)] = target
    return canonical


def dossier_pages(dossier: Dossier) -> dict[str, str]:
    """The dossier: ``actors/<slug>.md``, its newest ``APPEARANCES_PER_PAGE`` briefings;
    older ones on ``<slug>-p2.md``… so that no page grows with the archive."""
    chunks = paged(newest_first_pairs(dossier.appearances), APPEARANCES_PER_PAGE)
    names = page_names(dossier.slug, len(chunks))
    return {
        f"actors/{name}.md": _dossier_page(dossier, chunk, names, number)
        for number, (name, chunk) in enumerate(zip(names, chunks, strict=True), start=1)
    }


def _dossier_page(
    dossier: Dossier, appearances: Sequence[tuple[Entry, ActorRecord]], names: list[str], number: int
) -> str:
    # A search for an actor should show the dossier first: its first page is
    # boosted and only its name and kind are indexed (the rest would match
    # everything its briefings say, and outrank the briefings themselves).
    # Later pages are not indexed at all.
    front = f"---\nsearch:\n  boost: {SEARCH_BOOST}\n---\n" if number == 1 else NOT_SEARCHED
    lines = [front, f"# {inline(dossier.name)}\n", f"<small>{dossier.kind}</small>\n", *pager(names, number)]
    lines.append('<div data-search-exclude markdown="1">\n')
    roles = [f"- {inline(actor.role)} — {entry.date}, {_link(entry)}" for entry, actor in appearances if actor.role]
    if roles:
        lines += [f"## Roles seen{NOT_INDEXED}\n", *roles, ""]
    quotes = []
    for entry, actor in appearances:
        for quote in actor.quotes:
            anchor = f"#s-{quote.sources[0]}" if quote.sources else ""
            quotes.append(f"> “{inline(quote.text)}” — {_link(entry, anchor)}, {entry.date}\n")
    if quotes:
        lines += [f"## In their words{NOT_INDEXED}\n", *quotes]
    lines.append(f"## Briefings{NOT_INDEXED}\n")
    for entry, actor in appearances:
        said = f": {inline(actor.action.text)}" if actor.action and actor.key else ""
        lines.append(f"- {entry.date} {_link(entry)}{said}")
    lines.append("\n</div>")
    return "\n".join(lines) + "\n"


def newest_first_pairs(pairs: list[tuple[Entry, ActorRecord]]) -> list[tuple[Entry, ActorRecord]]:
    order = {entry.page: rank for rank, entry in enumerate(newest_first({e.page: e for e, _ in pairs}.values()))}
    return sorted(pairs, key=lambda pair: (order[pair[0].page], pair[1].name))


def _link(entry: Entry, anchor: str = "") -> str:
    return f"[{inline(entry.title)}](../briefings/{entry.page}{anchor})"


def actors_pages(dossiers: dict[str, Dossier]) -> dict[str, str]:
    """The index of all actors grouped by kind (a large kind split by initial letter)."""
    made: dict[str, str] = {}
    lines = ["# Actors\n", "Everyone and everything that acts in the briefings, and where, by kind.\n"]
    for kind, title in KIND_TITLES.items():
        members = sorted((d for d in dossiers.values() if d.kind == kind), key=lambda d: (d.name.lower(), d.slug))
        if not members:
            continue
        listed = [Listed(d.slug, _index_line(d)) for d in members]
        section, letter_pages = split_by_letter(listed, folder="actors", stem=title.lower(), title=title)
        lines += [f"## {title}\n", *section, ""]
        made.update(letter_pages)
    made["actors/index.md"] = "\n".join(lines) + "\n"
    return made


def _index_line(dossier: Dossier) -> str:
    count = len({entry.page for entry, _ in dossier.appearances})
    plural = "briefing" if count == 1 else "briefings"
    return f"- [{inline(dossier.name)}]({dossier.slug}.md) ({count} {plural})"
