"""Build-time pictures as inline SVG: who the key actors are and how prominent,
and the timeline on a time axis.

The SVG uses ``currentColor`` and Material's CSS colour variables, so it reads
in light and dark mode; each picture has a ``<title>`` and ``<desc>`` (its
text alternative, with ``role="img"`` and ``aria-labelledby``).  Every
seed-derived string is XML-escaped.  No script, no external resource.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from ..model import Actor, TimelineEvent

BAR_HEIGHT = 22
LABEL_WIDTH = 170
CHART_WIDTH = 560
KIND_COLOURS = {
    "person": "var(--md-primary-fg-color, #3f51b5)",
    "organization": "var(--md-accent-fg-color, #526cfe)",
    "place": "#2e7d32",
    "group": "#8d6e63",
}


def _text(value: str, limit: int = 28) -> str:
    value = " ".join(value.split())
    return escape(value if len(value) <= limit else value[: limit - 1].rstrip() + "…", quote=True)


def actors_chart(actors: tuple[Actor, ...], ident: str) -> str:
    """A horizontal bar per key actor, its length the actor's share of mentions."""
    key = [a for a in actors if a.key]
    if not key:
        return ""
    most = max(len(a.mentions) for a in key) or 1
    height = BAR_HEIGHT * len(key) + 10
    span = CHART_WIDTH - LABEL_WIDTH - 60
    described = "; ".join(f"{a.name} ({a.kind}): {len(a.mentions)} mentions" for a in key)
    rows = []
    for row, actor in enumerate(key):
        y = 5 + row * BAR_HEIGHT
        width = max(2, round(span * len(actor.mentions) / most))
        rows.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end" fill="currentColor">{_text(actor.name)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width}" height="{BAR_HEIGHT - 6}" rx="3" '
            f'fill="{KIND_COLOURS[actor.kind]}"/>'
            f'<text x="{LABEL_WIDTH + width + 6}" y="{y + 15}" fill="currentColor">{len(actor.mentions)}</text>'
        )
    return _svg(ident, "Key actors by number of mentions", described, CHART_WIDTH, height, "".join(rows))


def timeline_chart(events: tuple[TimelineEvent, ...], ident: str) -> str:
    """Each dated event as a dot on a time axis, labelled with its date."""
    dated = sorted({_day(e.date): e for e in events}.items())
    if len(dated) < 2:
        return ""
    first, last = dated[0][0], dated[-1][0]
    days = max(1, (last - first).days)
    left, right, width = 20, 20, CHART_WIDTH
    height = 70 + 16 * ((len(dated) - 1) % 3)
    marks = [f'<line x1="{left}" y1="30" x2="{width - right}" y2="30" stroke="currentColor" stroke-width="1"/>']
    for n, (day, event) in enumerate(dated):
        x = left + round((width - left - right) * (day - first).days / days)
        y = 48 + 16 * (n % 3)
        fill = "none" if event.future else "currentColor"
        marks.append(
            f'<circle cx="{x}" cy="30" r="5" fill="{fill}" stroke="currentColor" stroke-width="1.5"/>'
            f'<text x="{x}" y="{y}" text-anchor="middle" font-size="11" fill="currentColor">{escape(event.date)}</text>'
        )
    described = "; ".join(f"{e.date}{' (expected)' if e.future else ''}: {e.event}" for _, e in dated)
    return _svg(ident, "Timeline of dated events", described, width, height, "".join(marks))


def _day(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)


def _svg(ident: str, title: str, description: str, width: int, height: int, body: str) -> str:
    return (
        f'<figure class="briefing-chart" data-search-exclude><svg role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="inherit" font-size="13">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(description, quote=True)}</desc>'
        f"{body}</svg></figure>"
    )
