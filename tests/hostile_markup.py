"""Hostile article text for tests, and a detector of markup that came out live.

Every payload carries the marker ``xss``.  Escaped, a payload is page text
and the detector sees only data; live, it becomes a tag, an attribute, a
comment or a script the detector reports.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
from mkdocs.utils.yaml import yaml_load

MKDOCS_YML = Path(__file__).resolve().parents[1] / "mkdocs.yml"

MARKER = "xss"

PAYLOADS = (
    "<script>xss()</script>",
    "<img src=xss onerror=xss()>",
    '<iframe src="javascript:xss()"></iframe>',
    "<svg onload=xss()>",
    '<b class="xss">bold</b>',
    "<xss>",
    "<!-- xss -->",
    "[click here](javascript:xss())",
    '<a href="javascript:xss()">link</a>',
    "<style>body { xss: 1 }</style>",
    "<details open ontoggle=xss()>",
    "{{ xss }} {% xss %}",
    "| xss | cell |",
    "**xss** _xss_ `xss`",
)

# Short invented news paragraphs in which the payloads are set.
HOSTILE_ARTICLE = (
    "The city council voted on Monday to build a new bridge over the river, Mayor Ann Lee said "
    "<script>xss()</script> in a statement.\n"
    '"We will build it this year <img src=xss onerror=xss()>," said Ann Lee, the mayor of the city.\n'
    "Critics may challenge the plan in court <!-- xss --> next month, the lawyer John Smith said "
    '[click here](javascript:xss()) and <a href="javascript:xss()">link</a>.\n'
    '# The bridge | will cost <b class="xss">bold</b> $40 million <svg onload=xss()>, officials said.\n'
    "---\n"
    "title: <xss> {{ xss }} {% xss %}\n"
    "The work <iframe src=\"javascript:xss()\"></iframe> should end in 2027 <style>body { xss: 1 }</style>, "
    "the engineer Maria Gomez said <details open ontoggle=xss()>.\n"
)


def hostile_plain_seed(date: str = "2024-05-01") -> str:
    return f" date {date} " + HOSTILE_ARTICLE


def hostile_markdown_seed(date: str = "2024-05-02") -> str:
    title = '"<script>xss()</script> {{ xss }} <img src=xss onerror=xss()> # | *"'
    source = '"<b class=xss>Courier</b>"'
    return f"---\ntitle: {title}\ndate: {date}\nsource: {source}\nauthor: '<xss>'\n---\n\n" + HOSTILE_ARTICLE.replace(
        "\n", "\n\n"
    )


class _Detector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.raw_text_tag: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if MARKER in tag:
            self.live.append(f"<{tag}>")
        for name, value in attrs:
            value = value or ""
            dangerous = name.startswith("on") or name in ("src", "class", "style", "srcdoc")
            if MARKER in name or (dangerous and MARKER in value):
                self.live.append(f"<{tag} {name}={value!r}>")
            if value.strip().lower().replace("\t", "").startswith("javascript:"):
                self.live.append(f"<{tag} {name}={value!r}>")
        if tag in ("script", "style"):
            self.raw_text_tag = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self.raw_text_tag:
            self.raw_text_tag = None

    def handle_data(self, data: str) -> None:
        if self.raw_text_tag is not None and MARKER in data:
            self.live.append(f"<{self.raw_text_tag}>{data[:60]}")

    def handle_comment(self, data: str) -> None:
        if MARKER in data:
            self.live.append(f"<!--{data[:60]}-->")


def live_markup(html: str) -> list[str]:
    """The tags, attributes, comments and scripts in ``html`` that carry the marker."""
    detector = _Detector()
    detector.feed(html)
    detector.close()
    return detector.live


def live_markup_in_site(site: Path) -> dict[str, list[str]]:
    """Live markup in every built page.  The search index (Pagefind's) holds plain text, which the search
    shows as text: the browser test of the search results checks that."""
    found: dict[str, list[str]] = {}
    for page in sorted(site.rglob("*.html")):
        live = live_markup(page.read_text(encoding="utf-8"))
        if live:
            found[page.relative_to(site).as_posix()] = live
    return found


def render_like_the_site(text: str) -> str:
    """Markdown to HTML with the Markdown extensions and settings of our mkdocs.yml."""
    config = yaml_load(MKDOCS_YML.read_text(encoding="utf-8"))  # mkdocs' loader: it knows !ENV
    names: list[str] = []
    settings: dict[str, Any] = {}
    for item in config.get("markdown_extensions", []):
        name = item if isinstance(item, str) else next(iter(item))
        names.append(name)
        if isinstance(item, dict) and item[name]:
            settings[name] = item[name]
    return markdown.markdown(text, extensions=names, extension_configs=settings)
