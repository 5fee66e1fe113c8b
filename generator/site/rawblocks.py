"""A briefing page's raw HTML blocks, taken past Python-Markdown and put back in its HTML.

A briefing's charts (an SVG each) and its source article (a span per
sentence) are raw HTML blocks, escaped when they were written
(:mod:`generator.render`).  Python-Markdown passes such a block through
unchanged, but only after parsing it twice, character by character:
``md_in_html``'s block preprocessor, then MkDocs' collecting the ids that
links may point at.  At 10,000 briefings that was about a sixth of
``mkdocs build`` (py-spy; docs/scale.md).  So :func:`take` replaces each
block by a placeholder paragraph before the Markdown is converted, and
:func:`put_back` puts the blocks back in the HTML, and their ids among
those MkDocs checks the page's links to anchors against (the sentence
links, ``#s-12``).  The page's HTML is the same as before, byte for byte.
"""

from __future__ import annotations

import re

# A whole block between blank lines: a chart (one line), or the source article (its first and last lines are ours).
_BLOCK = re.compile(
    r'(?:\A|(?<=\n\n))(?:<figure class="briefing-chart" [^\n]*</figure>'
    r'|<div data-search-exclude>\n<details class="quote">\n.*?\n</details>\n</div>)(?=\n\n|\n?\Z)',
    re.DOTALL,
)
_PLACEHOLDER = "briefingsrawblock{}x"  # letters and digits only: a plain paragraph to Python-Markdown
_PUT = re.compile(r"<p>briefingsrawblock(\d+)x</p>")
_ID = re.compile(r'\sid="([^"]+)"')


def take(markdown: str) -> tuple[str, list[str]]:
    """The Markdown with each raw block replaced by a placeholder paragraph, and the blocks in order.

    Markdown that already has a placeholder's text is left whole (nothing taken), so that no text of a
    page is ever mistaken for a block.
    """
    if "briefingsrawblock" in markdown:
        return markdown, []
    blocks: list[str] = []

    def placeholder(match: re.Match[str]) -> str:
        blocks.append(match[0])
        return _PLACEHOLDER.format(len(blocks) - 1)

    return _BLOCK.sub(placeholder, markdown), blocks


def put_back(html: str, blocks: list[str]) -> tuple[str, set[str]]:
    """The HTML with each placeholder paragraph replaced by its block, and the ids the blocks hold.

    Raises ValueError when a placeholder is not a paragraph of its own in the HTML (a block is never lost
    or shown as its placeholder's text)."""
    if not blocks:
        return html, set()
    def block(match: re.Match[str]) -> str:  # as Python-Markdown writes a raw block: a blank line after, not at the end
        return blocks[int(match[1])] + ("" if match.end() == len(html) else "\n")

    html, count = _PUT.subn(block, html)
    if count != len(blocks) or "briefingsrawblock" in html:
        raise ValueError(f"{len(blocks)} raw HTML blocks taken, {count} put back")
    return html, {found for block in blocks for found in _ID.findall(block)}
