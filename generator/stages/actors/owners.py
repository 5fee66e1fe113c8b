"""Whose a possessive pronoun opening a role stands for ("its founder": "Yukos' founder")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .mentions import Mention


def owner_of(pronoun: Token, mention: Mention, previous: Span | None = None) -> str | None:
    """The name a possessive pronoun stands for: the nearest name of the right kind before it, in its sentence
    or the one before ("Yukos ... Mikhail Khodorkovsky, its founder"); for "its", an organisation before a
    one-word "person" (a company the small model misread) before a place. None when there is none."""
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    before = [e for e in doc.ents if start <= e.start and e.end <= pronoun.i and e.start != mention.span.start]
    if pronoun.sent.start == 0 and previous is not None:  # the paragraph opens here: the one before ends with it
        before = list(previous.ents) + before
    if pronoun.lower_ in ("his", "her"):
        tiers = [[e for e in before if e.label_ == "PERSON"]]
    else:  # the subject first ("Italy have lost twice ... Their coach"), the last one named before it otherwise
        tiers = [
            [e for e in before if e.label_ in ("ORG", "GPE", "NORP") and e.root.dep_ in ("nsubj", "nsubjpass")],
            [e for e in before if e.label_ == "ORG"],
            [e for e in before if e.label_ == "PERSON" and len(e) == 1],
            [e for e in before if e.label_ in ("GPE", "NORP")],
        ]
    found = next((tier for tier in tiers if tier), None)
    if not found:
        return None
    text = found[-1].text
    return text[:-2] if text.endswith(("'s", "’s")) else text


def possessive(name: str) -> str:
    """A name with its possessive ending ("Yukos'", "Italy's")."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"
