"""What the noun that attributes a quotation tells of its speaker.

The actor it names: a person in apposition, after the phrases that complete the noun ("the head of the ICRC in
Syria, Marianne Lutz"), or as its compound ("director Craig Prater"), or for a spokesperson the organisation beside
it ("a Halden spokesman"); whether a title is narrowed by a name before it ("the Leicester man"); and whether a
description is an office of something ("the chief of the General Staff"), which its holder tells.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import SPOKESPEOPLE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .drafts import ActorDraft
    from .speakers import Owners


def _set_off(token: Token) -> list[Token]:
    """Words in apposition to the end of a noun's own phrase, a name set off after what completes the noun ("the
    chief of the Russian military's General Staff, Gen Pavel Orlov": the name stands for the chief)."""
    found = []
    for word in (t for t in token.subtree if t.dep_ == "appos" and t.head.i != token.i):
        node = word.head
        while node.i != token.i and node.dep_ in ("pobj", "prep"):
            node = node.head
        if node.i == token.i:
            found.append(word)
    return found


def qualified(token: Token) -> bool:
    """Whether a title is narrowed by a name before it ("the Otters player", "the Leicester man")."""
    return any(child.pos_ == "PROPN" and child.dep_ in ("compound", "poss", "nmod") for child in token.lefts)


def of_something(token: Token) -> bool:
    """Whether a description of a person is an office of something ("the chief of the General Staff"): whom it
    stands for its holder tells, not the person named last."""
    return any(child.dep_ == "prep" and child.lower_ == "of" for child in token.children)


def named_in(token: Token, sentence: int, owners: Owners) -> ActorDraft | None:
    """The actor a noun names: a person in apposition (after the phrases that complete the noun: "the head
    of the ICRC in Syria, Marianne Lutz") or as its compound ("director Craig Prater"), or for a spokesperson
    the organisation beside it ("a Halden spokesman", "a spokesman for Halden")."""
    for child in (*token.children, *_set_off(token)):
        if child.dep_ in ("appos", "compound") and (sentence, child.i) in owners:
            draft = owners[(sentence, child.i)]
            if draft.kind == "person":
                return draft
    if token.lemma_.lower() not in SPOKESPEOPLE:
        return None
    for child in token.children:
        candidates = [child] if child.dep_ in ("compound", "poss") else []
        if child.dep_ == "prep":
            candidates = list(child.children)
        for candidate in candidates:
            if (sentence, candidate.i) in owners:
                return owners[(sentence, candidate.i)]
    return None
