"""Topic pages: one page per topic listing its briefings, and an index of topics.

Briefings carry their topics as Material tags (front matter ``tags``), which
the tags plugin shows on each page and exports to ``tags.json``.  The pages
that collect briefings by topic are ours rather than Material's single
listing page: that page lists every briefing under each of its tags, so it
grew to 1.6 MB of HTML at 1,000 briefings, and matching each page against
one listing per topic costs pages x topics.  Here each topic is a page of
its own (its older briefings on further pages, so that no page grows with
the archive), and the index is split by initial letter when it is long.

A topic that names an actor is that actor's dossier (one page per thing):
when the dossier lists every briefing of the topic, the topic has no page
of its own and its links lead to the dossier.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..render.escape import inline, slug
from ..render.markdown import NOT_INDEXED
from .dossiers import Dossier
from .pages import NOT_SEARCHED, Entry, Listed, newest_first, page_names, paged, pager, split_by_letter

ENTRIES_PER_PAGE = 200  # a topic page lists at most this many briefings; older ones go to further pages


@dataclass
class Topic:
    slug: str
    spellings: Counter[str] = field(default_factory=Counter)
    entries: list[Entry] = field(default_factory=list)
    dossier: str = ""  # the slug of the actor's dossier that is this topic's page, if any
    namesakes: list[tuple[str, str]] = field(default_factory=list)  # otherwise (slug, kind) of same-named actors

    @property
    def name(self) -> str:
        """The spelling most briefings use (ties: the first in sort order)."""
        return min(self.spellings, key=lambda s: (-self.spellings[s], s))


def topic_slug(name: str) -> str:
    """The topic's page name, clear of the index pages' names and of a topic's further pages (``-p2``)."""
    key = slug(name) or "topic"
    return key + "-topic" if key == "index" or key.startswith("index-") or re.search(r"-p\d+\Z", key) else key


def gather(entries: list[Entry]) -> dict[str, Topic]:
    """Topics by slug; spellings that differ only in case or punctuation are one topic."""
    topics: dict[str, Topic] = {}
    for entry in entries:
        for name in entry.record.topics:
            key = topic_slug(name)
            topic = topics.setdefault(key, Topic(slug=key))
            topic.spellings[name] += 1
            if not topic.entries or topic.entries[-1] is not entry:
                topic.entries.append(entry)
    return topics


def join_dossiers(topics: dict[str, Topic], dossiers: dict[str, Dossier]) -> None:
    """Give each topic that names an actor the dossier that lists all its briefings (the most seen such actor)."""
    by_name: dict[str, list[Dossier]] = {}
    for dossier in sorted(dossiers.values(), key=lambda d: (-len(d.appearances), d.slug)):
        by_name.setdefault(topic_slug(dossier.name), []).append(dossier)
    for topic in topics.values():
        pages = {entry.page for entry in topic.entries}
        for dossier in by_name.get(topic.slug, []):
            if pages <= {entry.page for entry, _ in dossier.appearances}:
                topic.dossier = dossier.slug
                break
        else:
            topic.namesakes = [(d.slug, d.kind) for d in by_name.get(topic.slug, [])]


def _path(topic: Topic) -> str:
    """The topic's page from the topics/ folder, without its suffix: its own, or its actor's dossier."""
    return f"../actors/{topic.dossier}" if topic.dossier else topic.slug


def urls(entry: Entry, topics: dict[str, Topic]) -> dict[str, str]:
    """For each topic of a briefing, its page's URL from the site root."""
    found = {name: topics[topic_slug(name)] for name in entry.record.topics if topic_slug(name) in topics}
    return {name: f"actors/{t.dossier}/" if t.dossier else f"topics/{t.slug}/" for name, t in found.items()}


def most_covered(topics: dict[str, Topic], count: int) -> list[Topic]:
    """The ``count`` topics with the most briefings; among as many, the one written about last first."""
    by_slug = sorted(topics.values(), key=lambda t: t.slug)
    return sorted(by_slug, key=lambda t: (len(t.entries), max(e.date for e in t.entries)), reverse=True)[:count]


def topic_pages(topics: dict[str, Topic]) -> dict[str, str]:
    made: dict[str, str] = {}
    for topic in topics.values():
        if topic.dossier:
            continue
        chunks = paged(newest_first(topic.entries), ENTRIES_PER_PAGE)
        names = page_names(topic.slug, len(chunks))
        for number, (name, chunk) in enumerate(zip(names, chunks, strict=True), start=1):
            lines = [] if number == 1 else [NOT_SEARCHED]
            lines += [f"# {inline(topic.name)}\n", "<small>topic</small>\n"]  # told apart from a namesake's dossier
            lines += [f"{len(topic.entries)} briefing(s) on this topic, newest first.\n"]
            if topic.namesakes:
                namesakes = (f"[{inline(topic.name)} ({kind})](../actors/{slug}.md)" for slug, kind in topic.namesakes)
                lines.append("Also an actor: " + " · ".join(namesakes) + "\n")
            lines += pager(names, number)
            year = None
            for entry in chunk:
                if entry.date[:4] != year:
                    year = entry.date[:4]
                    lines.append(f"\n## {year}{NOT_INDEXED}\n")  # the briefings are indexed on their own pages
                lines.append(f"- {entry.date} [{inline(entry.title)}](../briefings/{entry.page})")
            made[f"topics/{name}.md"] = "\n".join(lines) + "\n"
    ranked = sorted(topics.values(), key=lambda t: (t.name.lower(), t.slug))
    listed = [Listed(t.slug, f"- [{inline(t.name)}]({_path(t)}.md) ({len(t.entries)})") for t in ranked]
    section, letter_pages = split_by_letter(listed, folder="topics", stem="topics", title="Topics")
    common = most_covered(topics, 20)
    lines = ["# Topics\n", "Topics are drawn from each article: its main places, organizations and people, "
             "and the subjects it keeps returning to. A topic that is an actor leads to the actor's page.\n"]
    if common:
        most = " · ".join(f"[{inline(t.name)}]({_path(t)}.md) ({len(t.entries)})" for t in common)
        lines += ["## Most covered\n", most, ""]
    lines += ["## All topics\n", *section] if section else ["_No topics yet._"]
    made["topics/index.md"] = "\n".join(lines) + "\n"
    made.update(letter_pages)
    return made
