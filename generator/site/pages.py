"""The cross-briefing pages: archive by month, home list, timeline.

Pure functions from briefing records (the JSON a build keeps in
``briefings/.data``) to Markdown.  Every seed-derived string is escaped.
Ordering is explicit and stable: newest first, ties by page name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..render.escape import inline

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
HOME_LATEST = 20


@dataclass(frozen=True)
class Entry:
    """One briefing as the cross pages see it."""

    page: str  # file name in briefings/
    record: dict[str, Any]

    @property
    def date(self) -> str:
        return str(self.record["date"])

    @property
    def title(self) -> str:
        return str(self.record["title"])

    @property
    def bottom_line(self) -> str:
        point = self.record.get("bottom_line")
        return str(point["text"]) if point else ""

    @property
    def key_actors(self) -> list[dict[str, Any]]:
        return [a for a in self.record.get("actors", []) if a.get("key")]


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.date, e.page), reverse=True)


def month_label(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year}"


def link(entry: Entry, prefix: str, anchor: str = "") -> str:
    return f"[{inline(entry.title)}]({prefix}briefings/{entry.page}{anchor})"


def summary_block(entry: Entry, prefix: str, actor_slugs: dict[str, str]) -> str:
    """A briefing as a home or archive list item: title, date, bottom line, actors, topics."""
    lines = [f"### {link(entry, prefix)}\n", f"<small>{entry.date}</small>\n"]
    if entry.bottom_line:
        lines.append(inline(entry.bottom_line) + "\n")
    actors = [
        f"[{inline(a['name'])}]({prefix}actors/{actor_slugs.get(a['slug'], a['slug'])}.md)" for a in entry.key_actors
    ]
    if actors:
        lines.append("**Key actors:** " + ", ".join(actors) + "  ")
    topics = entry.record.get("topics", [])
    if topics:
        lines.append("**Topics:** " + ", ".join(inline(t) for t in topics))
    return "\n".join(lines) + "\n"


def home_list(entries: Sequence[Entry], actor_slugs: dict[str, str]) -> str:
    if not entries:
        return "_No briefings yet: add a seed to `seeds/` and rebuild._\n"
    newest = newest_first(entries)[:HOME_LATEST]
    blocks = [summary_block(e, "", actor_slugs) for e in newest]
    months = by_month(entries)
    archive = ["## Archive\n"]
    archive += [f"- [{month_label(m)}](archive/{m}.md) ({len(members)})" for m, members in list(months.items())[:12]]
    archive.append("\n[All months](archive/index.md) · [Timeline](timeline.md) · [Actors](actors/index.md)")
    return "\n".join(blocks) + "\n" + "\n".join(archive) + "\n"


def by_month(entries: Iterable[Entry]) -> dict[str, list[Entry]]:
    months: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        months[entry.date[:7]].append(entry)
    return {month: newest_first(months[month]) for month in sorted(months, reverse=True)}


def archive_index(months: dict[str, list[Entry]]) -> str:
    lines = ["# Briefings by month\n"]
    year = ""
    for month, entries in months.items():
        if month[:4] != year:
            year = month[:4]
            lines.append(f"\n## {year}\n")
        lines.append(f"- [{month_label(month)}]({month}.md) ({len(entries)})")
    if not months:
        lines.append("_No briefings yet._")
    return "\n".join(lines) + "\n"


def archive_month(month: str, entries: list[Entry], actor_slugs: dict[str, str]) -> str:
    lines = [f"# Briefings of {month_label(month)}\n"]
    lines += [summary_block(e, "../", actor_slugs) for e in entries]
    return "\n".join(lines)


def timeline_page(entries: Iterable[Entry]) -> str:
    """Every dated event of every briefing, by year and month, oldest first."""
    events: list[tuple[str, str, int, Entry, dict[str, Any]]] = []
    for entry in entries:
        for index, event in enumerate(entry.record.get("timeline", [])):
            events.append((str(event["date"]), entry.page, index, entry, event))
    events.sort(key=lambda item: item[:3])
    lines = ["# Timeline\n", "Every dated event in the briefings, oldest first. Each links to its source sentence.\n"]
    year = month = None
    for date, _page, _index, entry, event in events:
        if date[:4] != year:
            year, month = date[:4], None
            lines.append(f"\n## {year}\n")
        if len(date) >= 7 and date[:7] != month:
            month = date[:7]
            lines.append(f"\n### {month_label(month)}\n")
        sources = event.get("sources") or [0]
        future = " _(expected)_" if event.get("future") else ""
        anchor = f"#s-{sources[0]}"
        lines.append(f"- **{date}**{future} {inline(event['event'])} — {link(entry, '', anchor)}")
    if not events:
        lines.append("_No dated events yet._")
    return "\n".join(lines) + "\n"
