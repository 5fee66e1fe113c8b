"""The title (the seed's, or one built from the lead) and the bottom line."""

from __future__ import annotations

from dataclasses import replace

from ..model import Briefing, Document, Point

MAX_TITLE_WORDS = 12
MAX_BOTTOM_LINE_WORDS = 35


def write_headline(document: Document, briefing: Briefing) -> Briefing:
    title = document.article.title
    bottom = _bottom_line(document)
    if title:
        return replace(briefing, title=title, title_from_seed=True, bottom_line=bottom)
    return replace(briefing, title=_title(document), title_from_seed=False, bottom_line=bottom)


def _bottom_line(document: Document) -> Point | None:
    if not document.sentences:
        return None
    first = document.spans[0]
    words = first.text.split()
    if len(words) <= MAX_BOTTOM_LINE_WORDS:
        return Point(document.sentences[0].text, (0,))
    # Cut at the last clause boundary that keeps the sentence within bounds.
    text = first.text
    for token in reversed(list(first)):
        if token.text == "," and len(text[: token.idx - first.start_char].split()) <= MAX_BOTTOM_LINE_WORDS:
            return Point(text[: token.idx - first.start_char].rstrip() + ".", (0,))
    return Point(" ".join(words[:MAX_BOTTOM_LINE_WORDS]).rstrip(",;:") + ".", (0,))


def _title(document: Document) -> str:
    if not document.spans:
        return document.article.path
    span = document.spans[0]
    root = span.root
    keep = [t for t in root.subtree if t.i - span.start < 40]
    words = [t.text for t in keep if not t.is_punct][:MAX_TITLE_WORDS]
    title = " ".join(words)
    return title[:1].upper() + title[1:]
