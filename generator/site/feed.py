"""The Atom feed of the newest briefings, with their bottom lines.

Dates come from the seeds (the article's date), never from the clock or
git, so the same briefings give the same feed.  All text is XML-escaped.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .pages import Entry, newest_first

FEED_FILE = "feed.xml"
FEED_SIZE = 50


def _url(base: str, path: str) -> str:
    return (base.rstrip("/") + "/" + path) if base else path


def atom(entries: list[Entry], *, title: str, base_url: str) -> str:
    newest = newest_first(entries)[:FEED_SIZE]
    updated = f"{newest[0].date}T00:00:00Z" if newest else "1970-01-01T00:00:00Z"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(title)}</title>",
        f"  <id>{escape(_url(base_url, '') or 'urn:briefings:feed')}</id>",
        f"  <updated>{updated}</updated>",
        f"  <link rel=\"self\" href={quoteattr(_url(base_url, FEED_FILE))}/>",
        f"  <link rel=\"alternate\" href={quoteattr(_url(base_url, '') or './')}/>",
        "  <generator>briefings</generator>",
    ]
    for entry in newest:
        stem = entry.page.removesuffix(".md")
        lines += [
            "  <entry>",
            f"    <title>{escape(entry.title)}</title>",
            f"    <id>urn:briefings:{escape(stem)}:{escape(entry.record.sha256[:16])}</id>",
            f"    <link rel=\"alternate\" href={quoteattr(_url(base_url, f'briefings/{stem}/'))}/>",
            f"    <updated>{entry.date}T00:00:00Z</updated>",
            f"    <published>{entry.date}T00:00:00Z</published>",
            "    <author><name>briefings</name></author>",
            f"    <summary>{escape(entry.bottom_line)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"
