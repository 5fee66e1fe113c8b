"""Build-time pictures as inline SVG: who the key actors are and how prominent,
the timeline on a time axis, and any count by label (the site's events per year).

The SVG has no ``viewBox``: it is as wide as the text column and its text is
drawn at the size given in CSS pixels, never scaled down with the picture.
Positions along the width are percentages; labels are laid out for the
narrowest column (``NARROWEST``, a small phone), so that they neither overlap
nor run past an edge there, and only draw further apart on a wider one.

It uses ``currentColor`` and Material's CSS colour variables, so it reads in
light and dark mode; each picture has a ``<title>`` and ``<desc>`` (its text
alternative, with ``role="img"`` and ``aria-labelledby``).  Every
seed-derived string is XML-escaped.  No script, no external resource.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ..model import Actor, TimelineEvent

FONT = 14  # px: larger than the page's small text (12.8 px at 100%)
CHAR = 0.62 * FONT  # a generous average width of a character, for laying out labels
NARROWEST = 288  # px: the text column of a 320 px phone
LINE = round(FONT * 1.3)
BAR = 12
ROW = LINE + BAR + 12  # a bar's row: its label above it, then the bar
BAR_SPAN = 84  # % of the width the longest bar takes; its count follows it
LABEL_CHARS = int(NARROWEST / CHAR) - 1  # a label longer than this is shortened with "…"
TIMELINE_ROWS = 4  # rows of date labels under the axis; a date that fits in none is in the text alternative only
KIND_COLOURS = {
    "person": "var(--md-primary-fg-color, #3f51b5)",
    "organization": "var(--md-accent-fg-color, #526cfe)",
    "place": "#2e7d32",
    "group": "#8d6e63",
}
DEFAULT_COLOUR = KIND_COLOURS["person"]


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str = DEFAULT_COLOUR


def _text(value: str, limit: int = LABEL_CHARS) -> str:
    value = " ".join(value.split())
    return escape(value if len(value) <= limit else value[: limit - 1].rstrip() + "…", quote=True)


def bar_chart(bars: Sequence[Bar], ident: str, title: str, description: str) -> str:
    """A horizontal bar per item, its label above it and its value after it; empty for no bars."""
    if not bars:
        return ""
    most = max(bar.value for bar in bars) or 1
    rows = []
    for row, bar in enumerate(bars):
        top = row * ROW
        share = max(0.5, round(BAR_SPAN * bar.value / most, 2))
        rows.append(
            f'<text x="0" y="{top + FONT}" fill="currentColor">{_text(bar.label)}</text>'
            f'<rect x="0" y="{top + LINE + 2}" width="{share}%" height="{BAR}" rx="2" fill="{bar.colour}"/>'
            # The value starts just past its bar's end: a nested viewport placed at that share of the width.
            f'<svg x="{share}%" y="{top + LINE + 2}" overflow="visible">'
            f'<text x="6" y="{BAR - 1}" fill="currentColor">{bar.value}</text></svg>'
        )
    return _svg(ident, title, description, ROW * len(bars), "".join(rows))


def actors_chart(actors: tuple[Actor, ...], ident: str) -> str:
    """A horizontal bar per key actor, its length the actor's share of mentions."""
    key = [a for a in actors if a.key]
    described = "; ".join(f"{a.name} ({a.kind}): {len(a.mentions)} mentions" for a in key)
    bars = [Bar(a.name, len(a.mentions), KIND_COLOURS[a.kind]) for a in key]
    return bar_chart(bars, ident, "Key actors by number of mentions", described)


def timeline_chart(events: tuple[TimelineEvent, ...], ident: str) -> str:
    """Each dated event as a dot on a time axis, labelled with its date where the label has room."""
    dated = sorted({_day(e.date): e for e in events}.items())
    if len(dated) < 2:
        return ""
    first, last = dated[0][0], dated[-1][0]
    days = max(1, (last - first).days)
    places = [round(2 + 96 * (day - first).days / days, 2) for day, _ in dated]  # % of the width
    rows = _label_rows([(place, event.date) for place, (_, event) in zip(places, dated, strict=True)])
    marks = ['<line x1="0" y1="14" x2="100%" y2="14" stroke="currentColor" stroke-width="1"/>']
    for place, (_, event), row in zip(places, dated, rows, strict=True):
        fill = "none" if event.future else "currentColor"
        marks.append(f'<circle cx="{place}%" cy="14" r="5" fill="{fill}" stroke="currentColor" stroke-width="1.5"/>')
        if row is not None:
            anchor, y = row
            marks.append(
                f'<text x="{place}%" y="{34 + LINE * y}" text-anchor="{anchor}" fill="currentColor">'
                f"{escape(event.date)}</text>"
            )
    used = max((row[1] for row in rows if row is not None), default=0) + 1
    described = "; ".join(f"{e.date}{' (expected)' if e.future else ''}: {e.event}" for _, e in dated)
    return _svg(ident, "Timeline of dated events", described, 34 + LINE * used, "".join(marks))


def _label_rows(labels: list[tuple[float, str]]) -> list[tuple[str, int] | None]:
    """For each label (its place in % of the width, left to right), its anchor and row, or None: no room.

    Laid out for the narrowest width: centred on its place, or starting or
    ending there at an edge; in the first row where it starts past the end
    of the label before it.  On a wider picture the places draw apart and
    the labels keep their order, so they overlap nowhere.
    """
    ends: list[float] = []  # per row, where its last label ends (px at the narrowest width)
    placed: list[tuple[str, int] | None] = []
    for place, label in labels:
        centre, width = NARROWEST * place / 100, CHAR * len(label)
        if centre - width / 2 < 0:
            anchor, start = "start", centre
        elif centre + width / 2 > NARROWEST:
            anchor, start = "end", centre - width
        else:
            anchor, start = "middle", centre - width / 2
        row = next((n for n, end in enumerate(ends) if start >= end + CHAR), len(ends))
        if row >= TIMELINE_ROWS:
            placed.append(None)
            continue
        if row == len(ends):
            ends.append(0.0)
        ends[row] = start + width
        placed.append((anchor, row))
    return placed


def _day(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)


def _svg(ident: str, title: str, description: str, height: int, body: str) -> str:
    return (
        f'<figure class="briefing-chart" data-search-exclude><svg role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'width="100%" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="inherit" font-size="{FONT}">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(description, quote=True)}</desc>'
        f"{body}</svg></figure>"
    )
