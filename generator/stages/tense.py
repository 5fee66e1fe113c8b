"""Tense and modality of a sentence, read from the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

FUTURE_MARKERS = frozenset({"will", "would", "shall", "'ll"})
PLAN_LEMMAS = frozenset({"plan", "expect", "schedule", "intend", "aim", "set"})


def is_future(span: Span) -> bool:
    """Whether the sentence's main verb speaks of what is still to come."""
    root = span.root
    for child in root.children:
        if child.dep_ == "aux" and child.lower_ in FUTURE_MARKERS:
            return True
    if root.lemma_ in PLAN_LEMMAS and any(c.dep_ == "xcomp" for c in root.children):
        return root.tag_ in ("VBZ", "VBP", "VBN") or any(c.lemma_ == "be" for c in root.children)
    return False


def is_past_perfect(span: Span) -> bool:
    return any(t.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_ == "aux" for c in t.children) for t in span)
