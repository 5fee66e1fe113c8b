"""The cross-briefing pages: archive by month, home list, timeline.

Pure functions from briefing records (the JSON a build keeps in
``briefings/.data``, read by :mod:`generator.records`) to Markdown.  Every seed-derived string is escaped.
Ordering is explicit and stable: newest first, ties by page name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..records import ActorRecord, EventRecord, Record
from ..render.escape import inline
from ..render.graphics import Bar, bar_chart

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
HOME_LATEST = 20
INLINE_LIMIT = 300  # an index lists at most this many items itself; more go to a page per initial letter
LATEST_EVENTS = 10  # the timeline's overview shows this many of the latest events
EVENTS_PER_PAGE = 200  # a timeline page (a month, or a year's year-only events) lists at most this many
BRIEFINGS_PER_PAGE = 100  # an archive month's page lists at most this many (about 1 KB of HTML each)

T = TypeVar("T")


@dataclass(frozen=True)
class Entry:
    """One briefing as the cross pages see it."""

    page: str  # file name in briefings/
    record: Record

    @property
    def date(self) -> str:
        return self.record.date

    @property
    def title(self) -> str:
        return self.record.title

    @property
    def bottom_line(self) -> str:
        point = self.record.bottom_line
        return point.text if point else ""

    @property
    def key_actors(self) -> list[ActorRecord]:
        return self.record.key_actors


@dataclass(frozen=True)
class Listed:
    """One line of an index page (an actor, a topic) and the slug it sorts by."""

    slug: str
    line: str


def split_by_letter(
    items: list[Listed], *, folder: str, stem: str, title: str
) -> tuple[list[str], dict[str, str]]:
    """Lines for an index section, and the pages per initial letter when there are many.

    Up to ``INLINE_LIMIT`` items are listed in the section itself; more get a
    page each per initial letter (``<folder>/index-<stem>-<letter>.md``), so
    that no index page grows with the whole archive.
    """
    if len(items) <= INLINE_LIMIT:
        return [item.line for item in items], {}
    letters: dict[str, list[Listed]] = defaultdict(list)
    for item in items:
        first = item.slug[:1]
        letters[first if first.isalpha() else "0-9"].append(item)
    links, made = [], {}
    for letter in sorted(letters):
        uri = f"index-{stem}-{letter}.md"
        links.append(f"[{letter.upper()}]({uri}) ({len(letters[letter])})")
        body = [f"# {title}: {letter.upper()}\n", *(item.line for item in letters[letter])]
        made[f"{folder}/{uri}"] = "\n".join(body) + "\n"
    return [" · ".join(links)], made


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.date, e.page), reverse=True)


def month_label(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year}"


def link(entry: Entry, prefix: str, anchor: str = "") -> str:
    return f"[{inline(entry.title)}]({prefix}briefings/{entry.page}{anchor})"


def summary_block(entry: Entry, prefix: str, actor_slugs: dict[tuple[str, str], str], level: int = 3) -> str:
    """A briefing as a home or archive list item: title, date, bottom line, actors, topics."""
    lines = [f"{'#' * level} {link(entry, prefix)}\n", f"<small>{entry.date}</small>\n"]
    if entry.bottom_line:
        lines.append(inline(entry.bottom_line) + "\n")
    actors = [
        f"[{inline(a.name)}]({prefix}actors/{actor_slugs[(entry.page, a.slug)]}.md)"
        if (entry.page, a.slug) in actor_slugs else inline(a.name)
        for a in entry.key_actors
    ]
    if actors:
        lines.append("**Key actors:** " + ", ".join(actors) + "  ")
    topics = entry.record.topics
    if topics:
        lines.append("**Topics:** " + ", ".join(inline(t) for t in topics))
    return "\n".join(lines) + "\n"


def home_list(entries: Sequence[Entry], actor_slugs: dict[tuple[str, str], str]) -> str:
    if not entries:
        return "_No briefings yet: add a seed to `seeds/` and rebuild._\n"
    newest = newest_first(entries)[:HOME_LATEST]
    blocks = [summary_block(e, "", actor_slugs) for e in newest]
    months = by_month(entries)
    archive = ["## Archive\n"]
    archive += [f"- [{month_label(m)}](archive/{m}.md) ({len(members)})" for m, members in list(months.items())[:12]]
    archive.append("\n[All months](archive/index.md) · [Timeline](timeline/index.md) · [Actors](actors/index.md)")
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


# Generated pages that only repeat what briefings say stay out of the search index.
NOT_SEARCHED = "---\nsearch:\n  exclude: true\n---\n"


def archive_month(month: str, entries: list[Entry], actor_slugs: dict[tuple[str, str], str]) -> dict[str, str]:
    """A month's briefings, newest first: ``archive/<month>.md``, then ``<month>-p2.md``… of at most
    ``BRIEFINGS_PER_PAGE`` each, so that a busy month's page stays small."""
    chunks = paged(entries, BRIEFINGS_PER_PAGE)
    names = page_names(month, len(chunks))
    made = {}
    for number, (name, chunk) in enumerate(zip(names, chunks, strict=True), start=1):
        lines = [NOT_SEARCHED, f"# Briefings of {month_label(month)}\n", *pager(names, number)]
        lines += [summary_block(e, "../", actor_slugs, level=2) for e in chunk]
        made[f"archive/{name}.md"] = "\n".join(lines)
    return made


Dated = tuple[str, str, int, Entry, EventRecord]  # an event with its briefing: date, page, index, entry, event


def _events(entries: Iterable[Entry]) -> list[Dated]:
    events = []
    for entry in entries:
        for index, event in enumerate(entry.record.timeline):
            events.append((event.date, entry.page, index, entry, event))
    return sorted(events, key=lambda item: item[:3])


def timeline_pages(entries: Iterable[Entry]) -> dict[str, str]:
    """The site-wide timeline: an overview (events per period as a chart, the latest events), an index
    by year and month, and a page per month.

    Events dated only by a year are listed on the year's first line of the
    index ("2017: 3 events") and on a page of their own (``timeline/2017.md``).
    """
    events = _events(entries)
    groups: dict[str, list[Dated]] = defaultdict(list)
    for item in events:
        groups[item[0][:7]].append(item)
    result: dict[str, str] = {}
    lines = ["# Timeline\n", "Every dated event in the briefings: how many in each period, the latest, "
             "and each period's page, oldest first.\n"]
    if events:
        lines += [_periods_chart(events), "", "## Latest events\n", *_event_lines(events[::-1][:LATEST_EVENTS]), ""]
    year = None
    for key in sorted(groups):
        if key[:4] != year:
            year = key[:4]
            lines.append(f"\n## {year}\n")
        label = f"{year} (year only)" if len(key) == 4 else month_label(key)
        lines.append(f"- [{label}]({key}.md): {_count(len(groups[key]))}")
        result.update(_timeline_group(key, label, groups[key]))
    if not groups:
        lines.append("_No dated events yet._")
    result["timeline/index.md"] = "\n".join(lines) + "\n"
    return result


def _count(number: int) -> str:
    return f"{number} event{'s' if number != 1 else ''}"


def _periods_chart(events: list[Dated]) -> str:
    """Events per year as bars; per month when they all fall in one year."""
    years = {item[0][:4] for item in events}
    per: dict[str, int] = defaultdict(int)
    for item in events:
        per[item[0][:4] if len(years) > 1 or len(item[0]) < 7 else item[0][:7]] += 1
    labels = {key: key if len(key) == 4 else month_label(key) for key in per}
    bars = [Bar(labels[key], per[key]) for key in sorted(per)]
    said = "; ".join(f"{labels[key]}: {_count(per[key])}" for key in sorted(per))
    title = "Events per year" if len(years) > 1 else f"Events per month of {next(iter(years))}"
    return bar_chart(bars, "periods-chart", title, said)


def _event_lines(events: Iterable[Dated]) -> list[str]:
    lines = []
    for date, _page, _index, entry, event in events:
        anchor = f"#s-{event.sources[0] if event.sources else 0}"
        future = " _(expected)_" if event.future else ""
        lines.append(f"- **{date}**{future} {inline(event.event)} — {link(entry, '../', anchor)}")
    return lines


def _timeline_group(key: str, label: str, events: list[Dated]) -> dict[str, str]:
    """A year's or a month's events: ``timeline/<key>.md``, then ``<key>-p2.md``… of at most
    ``EVENTS_PER_PAGE`` each, so that no page grows with the archive."""
    chunks = paged(events, EVENTS_PER_PAGE)
    names = page_names(key, len(chunks))
    made = {}
    for number, (name, chunk) in enumerate(zip(names, chunks, strict=True), start=1):
        lines = [NOT_SEARCHED, f"# Timeline: {label}\n", *pager(names, number), *_event_lines(chunk)]
        made[f"timeline/{name}.md"] = "\n".join(lines) + "\n"
    return made


def paged(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """``items`` in pages of at most ``size`` (one empty page if there are none)."""
    return [items[start : start + size] for start in range(0, len(items), size)] or [items]


def page_names(stem: str, count: int) -> list[str]:
    """The names of ``count`` pages: ``stem``, then ``stem-p2``, ``stem-p3``…"""
    return [stem if number == 1 else f"{stem}-p{number}" for number in range(1, count + 1)]


def pager(names: list[str], number: int) -> list[str]:
    """The line linking page ``number`` (from 1) of ``names`` to its neighbours; none for a single page."""
    if len(names) < 2:
        return []
    steps = [f"[previous]({names[number - 2]}.md)"] if number > 1 else []
    steps += [f"[next]({names[number]}.md)"] if number < len(names) else []
    return [f"Page {number} of {len(names)} · " + " · ".join(steps) + "\n"]
