"""Topic pages: one page per topic listing its briefings, and an index of topics.

Briefings carry their topics as Material tags (front matter ``tags``), which
the tags plugin shows on each page and exports to ``tags.json``.  The pages
that collect briefings by topic are ours rather than Material's single
listing page: that page lists every briefing under each of its tags, so it
grew to 1.6 MB of HTML at 1,000 briefings, and matching each page against
one listing per topic costs pages x topics.  Here each topic is a page of
its own (its older briefings on further pages, so that no page grows with
the archive), and the index is split by initial letter when it is long.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..render.escape import inline, slug
from ..render.markdown import NOT_INDEXED
from .pages import NOT_SEARCHED, Entry, Listed, newest_first, page_names, paged, pager, split_by_letter

ENTRIES_PER_PAGE = 200  # a topic page lists at most this many briefings; older ones go to further pages


@dataclass
class Topic:
    slug: str
    spellings: Counter[str] = field(default_factory=Counter)
    entries: list[Entry] = field(default_factory=list)

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


def urls(entry: Entry, topics: dict[str, Topic]) -> dict[str, str]:
    """For each topic of a briefing, its page's URL from the site root."""
    return {name: f"topics/{topic_slug(name)}/" for name in entry.record.topics if topic_slug(name) in topics}


def topic_pages(topics: dict[str, Topic]) -> dict[str, str]:
    made: dict[str, str] = {}
    for topic in topics.values():
        chunks = paged(newest_first(topic.entries), ENTRIES_PER_PAGE)
        names = page_names(topic.slug, len(chunks))
        for number, (name, chunk) in enumerate(zip(names, chunks, strict=True), start=1):
            lines = [] if number == 1 else [NOT_SEARCHED]
            lines += [f"# {inline(topic.name)}\n", f"{len(topic.entries)} briefing(s) on this topic, newest first.\n"]
            lines += pager(names, number)
            year = None
            for entry in chunk:
                if entry.date[:4] != year:
                    year = entry.date[:4]
                    lines.append(f"\n## {year}{NOT_INDEXED}\n")  # the briefings are indexed on their own pages
                lines.append(f"- {entry.date} [{inline(entry.title)}](../briefings/{entry.page})")
            made[f"topics/{name}.md"] = "\n".join(lines) + "\n"
    ranked = sorted(topics.values(), key=lambda t: (t.name.lower(), t.slug))
    listed = [Listed(t.slug, f"- [{inline(t.name)}]({t.slug}.md) ({len(t.entries)})") for t in ranked]
    section, letter_pages = split_by_letter(listed, folder="topics", stem="topics", title="Topics")
    common = sorted(topics.values(), key=lambda t: (-len(t.entries), t.slug))[:20]
    lines = ["# Topics\n", "Topics are drawn from each article: its main places, organizations and people, "
             "and the subjects it keeps returning to.\n"]
    if common:
        lines += ["## Most covered\n", " · ".join(f"[{inline(t.name)}]({t.slug}.md)" for t in common), ""]
    lines += ["## All topics\n", *section] if section else ["_No topics yet._"]
    made["topics/index.md"] = "\n".join(lines) + "\n"
    made.update(letter_pages)
    return made
