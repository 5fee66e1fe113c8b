"""Mentions that are no actor's name as the article means it, told from the other mentions of the article.

A name inside a longer name found in the same words ("Christopher Arthur" of "Christopher Arthur Neville Kent"); two
names run together where a full stop was lost, a picture's caption run into the next sentence ("... at Headingley
Sinfield stayed on the bench": the place, then the subject of a verb that has no other); and a name that only a
picture's caption gives ("Striker Joe Bloggs (left) celebrates"): the caption tells who is in the picture, not who
acts in the story.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...language.grammar import NOMINAL_SUBJECTS
from ...language.lexicon import PICTURE_PLACES

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .mentions import Mention

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def without_fragments(mentions: list[Mention], spans: Sequence[Span]) -> list[Mention]:
    """The mentions less those inside a longer one, those run together over a lost full stop, and those that only
    a picture's caption gives."""
    kept = [m for m in mentions if not _inside_another(m, mentions)]
    kept = [m for m in kept if not _run_together(m, kept)]
    pictured = {index for index, span in enumerate(spans) if _points_at_picture(span)}
    named = {word for m in kept if m.sentence not in pictured for word in m.words}
    return [m for m in kept if m.sentence not in pictured or any(word in named for word in m.words)]


def _inside_another(mention: Mention, mentions: list[Mention]) -> bool:
    span = mention.span
    return any(
        other.sentence == mention.sentence and other.span.start <= span.start and span.end <= other.span.end
        and len(other.span) > len(span)
        for other in mentions
    )


def _run_together(mention: Mention, mentions: list[Mention]) -> bool:
    """Two names the article gives apart, run together after a preposition and before a finite verb that has no
    subject of its own ("at Headingley Sinfield stayed"): a caption or a sentence ran into the next one."""
    span, doc = mention.span, mention.span.doc
    if len(mention.words) < 2 or span.start == 0 or span.end >= len(doc) or doc[span.start - 1].pos_ != "ADP":
        return False
    verb = doc[span.end]
    if verb.tag_ not in _FINITE or any(child.dep_ in NOMINAL_SUBJECTS for child in verb.children):
        return False
    elsewhere = {word for m in mentions if m.sentence != mention.sentence for word in m.words}
    words = mention.words
    return any(
        any(w in elsewhere for w in words[:cut]) and any(w in elsewhere for w in words[cut:])
        for cut in range(1, len(words))
    )


def _points_at_picture(span: Span) -> bool:
    """A sentence that points at a picture: a place in it in brackets, "(left)", "(from left to right)"."""
    for token in span:
        opened = any(t.text == "(" for t in span.doc[max(token.i - 4, span.start) : token.i])
        closed = token.i + 1 < span.end and span.doc[token.i + 1].text == ")"
        if token.lower_ in PICTURE_PLACES and opened and closed:
            return True
    return False
