"""Search with Pagefind: what each page gives the index, and the index built over the finished site.

Material's own search (lunr) loads one index of the whole site into the
browser: 42 MB at 10,000 briefings.  Pagefind splits its index into
chunks by word, so a search fetches only the chunks of the words typed and
the few results it shows.  It runs over the built HTML after MkDocs
(``python -m pagefind``: the binary ships in the ``pagefind[bin]`` package
and runs offline) and writes its bundle to ``site/_pagefind/``.

What is indexed is what Material's search indexed: each page's content
(``data-pagefind-body``, set by our ``main.html`` from :func:`labels`),
less what carries ``data-search-exclude`` (an element, or a heading and
its section), and no page whose front matter says ``search: exclude``.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError

BUNDLE = "_pagefind"  # the index and its scripts, in the site folder
# Not indexed: what carries Material's marker, and the headings' permalinks ("¶").
EXCLUDED = "[data-search-exclude], .headerlink"
# A page's kind by its folder; an index page of a folder (actors/index/) is a plain page.
KINDS = {"briefings/": "briefing", "actors/": "actor", "topics/": "topic"}
_HEADING = re.compile(r"<h([1-6])\b[^>]*>")


@dataclass(frozen=True)
class Labels:
    """What a searched page tells Pagefind (one filter or metadata value per attribute)."""

    article: str  # the attributes of the page's <article>: indexed, found by its kind, which results show
    marks: str = ""  # hidden elements put after its content: a briefing's year (a filter) and date (shown)


def labels(src_uri: str, meta: dict[str, object]) -> Labels | None:
    """A page's Pagefind labels, or None for a page not searched.

    Every searched page is found by its ``kind`` (briefing, actor, topic or
    page), a briefing by its ``year`` too; a result shows its kind, and a
    briefing's date.
    """
    search = meta.get("search")
    if isinstance(search, dict) and search.get("exclude"):
        return None
    kind = next((k for folder, k in KINDS.items() if src_uri.startswith(folder)), "page")
    if kind != "briefing" and Path(src_uri).name.startswith("index"):
        kind = "page"
    article = f'data-pagefind-body data-pagefind-filter="kind:{kind}" data-pagefind-meta="kind:{kind}"'
    date = str(meta.get("date") or "")
    if kind != "briefing" or not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        return Labels(article)
    marks = f'<span hidden data-pagefind-filter="year:{date[:4]}" data-pagefind-meta="date:{date}"></span>'
    # The topics, which the page shows in a <nav> (its tags) that Pagefind does not index.
    tags = meta.get("tags")
    if isinstance(tags, list) and tags:
        marks += f"<p hidden>{html.escape(', '.join(map(str, tags)), quote=False)}</p>"
    return Labels(article, marks)


def mark_excluded_sections(content: str) -> str:
    """Wrap each section whose heading has ``data-search-exclude`` in an element that has it too.

    Material's search leaves out such a heading and the section under it;
    Pagefind leaves out elements, so the section (up to the next heading
    of the same level or higher) becomes one.  A heading inside a block
    (a dossier's, in a ``div`` already excluded) is left as it is: its
    section does not close where the block does.
    """
    headings = [(m.start(), int(m[1]), "data-search-exclude" in m[0]) for m in _HEADING.finditer(content)]
    if not any(excluded for *_, excluded in headings):
        return content
    spans: list[tuple[int, int]] = []
    for number, (start, level, excluded) in enumerate(headings):
        if not excluded or (spans and start < spans[-1][1]):
            continue
        end = next((at for at, other, _ in headings[number + 1 :] if other <= level), len(content))
        section = content[start:end]
        if len(re.findall(r"<div\b", section)) == section.count("</div>"):
            spans.append((start, end))
    parts, at = [], 0
    for start, end in spans:
        parts += [content[at:start], "<div data-search-exclude>", content[start:end], "</div>\n"]
        at = end
    return "".join([*parts, content[at:]])


def index_site(site_dir: Path) -> None:
    """Run Pagefind over the built site; its bundle goes to ``site_dir/_pagefind``."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE,
               "--exclude-selectors", EXCLUDED, "--force-language", "en", "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = " ".join((done.stderr or done.stdout).split())[-500:]
        raise PluginError(f"briefings: the search index was not built (pagefind exited {done.returncode}): {reason}")
