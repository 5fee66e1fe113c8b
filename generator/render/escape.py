"""Making seed-derived text inert in Markdown, HTML and YAML.

Every string that comes from an article goes through :func:`inline` before
it reaches a page: HTML's special characters become entities and every other
ASCII punctuation mark is backslash-escaped (the site enables
``pymdownx.escapeall``, so a backslash escapes any character).  The text
then shows as the text it is: no tag, link, emphasis, table cell, heading,
Jinja expression or emoji shortcode can come out of it.
"""

from __future__ import annotations

import html
import re
import unicodedata

_PUNCTUATION = re.compile(r"([!#$%()*+\-./:;=?@\[\\\]^_`{|}~])")
_SPACE = re.compile(r"\s+")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def plain(text: str) -> str:
    """One line of text: whitespace folded, control characters dropped."""
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\t\n")
    return _SPACE.sub(" ", text).strip()


def inline(text: str) -> str:
    """``text`` as inert inline Markdown."""
    escaped = _PUNCTUATION.sub(r"\\\1", plain(text))
    return html.escape(escaped, quote=True)


def attribute(text: str) -> str:
    """``text`` as an HTML attribute value (inside double quotes)."""
    return html.escape(plain(text), quote=True)


def slug(text: str, *, limit: int = 60) -> str:
    """An ASCII slug: letters and digits joined by hyphens, at most ``limit`` long."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = _SLUG_DROP.sub("-", ascii_text.lower()).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0] or words[:limit]
    return words.strip("-")
