"""Making seed-derived text inert in Markdown, HTML and YAML.

Every string that comes from an article goes through :func:`inline` before
it reaches a page: HTML's special characters become entities, and the marks
that make inline Markdown (emphasis, code, links and images, table cells,
attribute lists, escapes) are backslash-escaped wherever they stand; the
marks that only mean something at the start of a line (headings, quotes,
list items, rules) are escaped there.  The site enables
``pymdownx.escapeall``, so a backslash escapes any character.  Inline text
is always one line (whitespace folded), so no block syntax can start inside
it.  The text then shows as the text it is: no tag, link, emphasis, table
cell, heading or Jinja expression can come out of it.

Escaping only these marks, rather than every punctuation mark, keeps pages
small and Python-Markdown fast: prose is full of full stops and hyphens.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

from anyascii import anyascii

_INLINE_MARKS = re.compile(r"([\\`*_{}\[\]()!|~^])")
# ">" needs no backslash: it becomes "&gt;", which starts no quote.
_LINE_START = re.compile(r"\A(?:[#+\-=*:]|\d+(?=[.)]))")
_SPACE = re.compile(r"\s+")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def plain(text: str) -> str:
    """One line of text: whitespace folded, control characters dropped."""
    if not text.isprintable():  # printable text has no character of category C: nothing to drop
        text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\t\n")
    return _SPACE.sub(" ", text).strip()


def inline(text: str) -> str:
    """``text`` as inert inline Markdown."""
    escaped = _INLINE_MARKS.sub(r"\\\1", plain(text))
    match = _LINE_START.match(escaped)
    if match:  # "# x", "- x", "1. x" would start a block if the text began a line
        at = match.end() if match.group().isdigit() else 0
        escaped = escaped[:at] + "\\" + escaped[at:]
    return html.escape(escaped, quote=False)


def text_node(text: str) -> str:
    """``text`` as HTML element content (quotes left as they are)."""
    return html.escape(plain(text), quote=False)


def attribute(text: str) -> str:
    """``text`` as an HTML attribute value (inside double quotes)."""
    return html.escape(plain(text), quote=True)


def slug(text: str, *, limit: int = 60) -> str:
    """An ASCII slug: letters and digits joined by hyphens, at most ``limit`` long.

    Every script is transliterated (anyascii): "Novak Đoković" is ``novak-dokovic``, "Ærø" ``aero``,
    "习近平" ``xi-jin-ping`` (a syllable written as one character is a word of its own).  A name with
    letters that have no transliteration gets a stable hash of itself, so that two such names never
    share a slug.
    """
    words = _SLUG_DROP.sub("-", _transliterate(text).lower()).strip("-")
    if not words and any(ch.isalnum() for ch in text):
        words = "x" + hashlib.sha256(plain(text).encode("utf-8")).hexdigest()[:12]
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0] or words[:limit]
    return words.strip("-")


def _transliterate(text: str) -> str:
    """``text`` in ASCII letters, other marks dropped.  A caseless character read as a capitalised
    syllable (Chinese, Korean) starts a word, so that "XiJinPing" comes out as "Xi Jin Ping"."""
    if text.isascii():
        return text
    parts = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            ascii_ch = ch
        elif unicodedata.category(ch)[0] in "LMN":  # letters, their marks, digits; a symbol (an emoji) is no word
            ascii_ch = anyascii(ch)
        else:  # dropped, as before transliteration: "Trump’s" stays trumps
            ascii_ch = ""
        if ascii_ch[:1].isupper() and not ch.isupper():
            ascii_ch = " " + ascii_ch
        parts.append(ascii_ch)
    return "".join(parts)
