"""A briefing as a Markdown page of the site.

Sections come in a fixed order: bottom line, summary, key actors (and the
places of the setting, on a "Where" line, and who reports the story), open
questions, background and timeline, readability, and the source article with
an anchor per sentence.  Every line that stands on the article links to the
sentence(s) it came from (``#s-<id>``).  All seed-derived text goes through
:mod:`generator.render.escape`.
"""

from __future__ import annotations

from collections.abc import Iterable

import yaml

from ..model import Actor, Readability, Result
from .escape import attribute, inline, text_node
from .graphics import actors_chart, timeline_chart
from .jsonform import actor_slug

ACTORS_DIR = "actors"
NOTHING = "_The article gives nothing for this section._"
# After a heading (attr_list): Material's search leaves out the whole section.  The
# index is loaded whole in the browser: it keeps what the briefing says (bottom line,
# summary, actors, questions, background), not what repeats the article or other
# pages (quotes, timeline, readability figures, related briefings, charts).
NOT_INDEXED = " { data-search-exclude }"
READABILITY_HEADING = f"## Readability{NOT_INDEXED}\n"  # the site puts related briefings before it


def sources(ids: Iterable[int]) -> str:
    """Links to the source sentences: ``[¹](#s-3)`` style, numbered from 1 as readers count."""
    links = [f'[{i + 1}](#s-{i} "Sentence {i + 1}")' for i in sorted(set(ids))]
    return f"<sup>{', '.join(links)}</sup>" if links else ""


def front_matter(result: Result) -> str:
    article, briefing = result.article, result.briefing
    meta = {
        "title": attribute(briefing.title),
        "date": article.date.isoformat(),
        "description": attribute(briefing.bottom_line.text) if briefing.bottom_line else "",
        # Material puts tags into pages and search as given: escaped here (and by our tags partial).
        "tags": [text_node(topic) for topic in briefing.topics],
        "actors": [attribute(a.name) for a in briefing.actors if a.key],
        "seed": attribute(article.path),
        "seed_sha256": article.sha256,
        "generator": result.generator_version,
    }
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000) + "---\n"


def render(result: Result, *, actor_link: bool = True) -> str:
    """The whole page: front matter and sections."""
    parts = [front_matter(result), f"# {inline(result.briefing.title)}\n"]
    parts.append(_meta_line(result))
    parts.append(_bottom_line(result))
    parts.append(_summary(result))
    parts.append(_actors(result, actor_link=actor_link))
    parts.append(_questions(result))
    parts.append(_background(result))
    parts.append(_timeline(result))
    parts.append(_readability(result.briefing.readability))
    parts.append(_source(result))
    return "\n".join(parts)


def _meta_line(result: Result) -> str:
    article = result.article
    bits = [article.date.isoformat()]
    if article.dateline:
        place, bracket, outlet = article.dateline.partition("(")
        bits.append(inline(place.title() + bracket + outlet))  # "WASHINGTON" as "Washington"; "(CNN)" as it is
    if article.source:
        bits.append(inline(article.source))
    return '<p class="briefing-meta">' + " · ".join(bits) + "</p>\n"


def _bottom_line(result: Result) -> str:
    point = result.briefing.bottom_line
    body = f"{inline(point.text)} {sources(point.sources)}" if point else NOTHING
    return f'!!! abstract "Bottom line"\n    {body}\n'


def _summary(result: Result) -> str:
    lines = ["## Summary\n"]
    points = result.briefing.summary
    lines += [f"- {inline(p.text)} {sources(p.sources)}" for p in points] or [NOTHING]
    return "\n".join(lines) + "\n"


def _actor_name(actor: Actor, actor_link: bool) -> str:
    name = inline(actor.name)
    # Unnamed groups ("officials") are the story's own: they have no page across briefings.
    linked = actor_link and actor.kind != "group"
    return f"[{name}](../{ACTORS_DIR}/{actor_slug(actor)}.md)" if linked else name


def _actors(result: Result, *, actor_link: bool) -> str:
    actors, places = result.briefing.actors, result.briefing.places
    lines = ["## Key actors\n"]
    key = [a for a in actors if a.key]
    if not actors and not places and not result.briefing.reporting:
        return "\n".join([*lines, NOTHING]) + "\n"
    if key:
        lines += ["| Actor | Kind | Role | What they said or did |", "|---|---|---|---|"]
    for actor in key:
        role = f"{inline(actor.role)} {sources(actor.role_sources)}" if actor.role else "—"
        action = f"{inline(actor.action.text)} {sources(actor.action.sources)}" if actor.action else "—"
        lines.append(f"| {_actor_name(actor, actor_link)} | {actor.kind} | {role} | {action} |")
    chart = actors_chart(actors, "actors-chart")
    if chart:
        lines += ["", chart]
    others = [a for a in actors if not a.key]
    if others:
        names = ", ".join(f"{_actor_name(a, actor_link)} ({a.kind})" for a in others)
        lines += ["", f"Also in the story: {names}."]
    if places:  # where the story happens: named, not acting
        lines += ["", f"Where: {', '.join(_actor_name(p, actor_link) for p in places)}."]
    tellers = [f"{inline(t.name)}" + (f" ({inline(t.role)})" if t.role else "") for t in result.briefing.reporting]
    if tellers:  # who tells the story, not in it: no page across briefings
        lines += ["", f"Reported by: {'; '.join(tellers)}."]
    quotes = [(actor, quote) for actor in key for quote in actor.quotes if quote.shown]
    if quotes:
        lines += ["", f"### In their words{NOT_INDEXED}\n"]
        lines += [f"> “{inline(q.text)}” — {inline(a.name)} {sources([q.sentence])}\n" for a, q in quotes]
    return "\n".join(lines) + "\n"


def _questions(result: Result) -> str:
    questions = result.briefing.open_questions
    lines = ["## Open questions\n"]
    lines += [f"{n}. {inline(q.question)} {sources(q.sources)}" for n, q in enumerate(questions, 1)] or [NOTHING]
    return "\n".join(lines) + "\n"


def _background(result: Result) -> str:
    lines = ["## Background\n"]
    for item in result.briefing.background:
        date = f"**{item.date}** " if item.date else ""
        lines.append(f"- {date}{inline(item.text)} {sources(item.sources)}")
    if not result.briefing.background:
        lines.append(NOTHING)
    return "\n".join(lines) + "\n"


def _timeline(result: Result) -> str:
    events = result.briefing.timeline
    lines = [f"## Timeline{NOT_INDEXED}\n"]  # its events repeat the sentences above
    if not events:
        return "\n".join([*lines, NOTHING]) + "\n"
    chart = timeline_chart(events, "timeline-chart")
    if chart:
        lines += [chart, ""]
    lines += ["| Date | Event |", "|---|---|"]
    for event in events:
        when = event.date + (" (expected)" if event.future else "")
        lines.append(f"| {when} | {inline(event.event)} {sources(event.sources)} |")
    return "\n".join(lines) + "\n"


def _readability(readability: Readability | None) -> str:
    lines = [READABILITY_HEADING]
    if readability is None:
        return "\n".join([*lines, NOTHING]) + "\n"
    a, b = readability.article, readability.briefing
    lines += [
        "| Measure | Article | Briefing |",
        "|---|---:|---:|",
        f"| Words | {a.words} | {b.words} |",
        f"| Reading time (at {readability.words_per_minute} words a minute) "
        f"| {a.reading_time_minutes} min | {b.reading_time_minutes} min |",
        f"| Flesch reading ease | {a.flesch_reading_ease} | {b.flesch_reading_ease} |",
        f"| Grade level (Flesch-Kincaid) | {a.grade_level} | {b.grade_level} |",
    ]
    return "\n".join(lines) + "\n"


def _source(result: Result) -> str:
    """The article itself, collapsed, a ``<span id="s-N">`` per sentence.

    Written as a raw HTML block (escaped here), which Python-Markdown passes
    through untouched: the article is the longest part of a page, and running
    it through the inline patterns was most of the site build's Markdown
    time.  It is left out of the search index: the briefing above already
    says what it is about, and the whole text would double the index.
    """
    article = result.article
    paragraphs: dict[int, list[str]] = {}
    for sentence in result.sentences:
        span = f'<span class="sentence" id="s-{sentence.id}">{text_node(sentence.text)}</span>'
        paragraphs.setdefault(sentence.paragraph, []).append(span)
    lines = ["<div data-search-exclude>", '<details class="quote">', "<summary>Source article</summary>"]
    lines += [f"<p>{' '.join(spans)}</p>" for spans in paragraphs.values()]
    lines += [f"<p><em>{text_node(credit)}</em></p>" for credit in article.credits]
    lines.append(f'<p class="briefing-meta">Seed: {text_node(article.path)} · sha256 {article.sha256[:12]}</p>')
    lines += ["</details>", "</div>"]
    return "\n".join(lines) + "\n"
