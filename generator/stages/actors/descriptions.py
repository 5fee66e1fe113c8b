"""Roles from descriptions that stand for a person named near them ("Trump invited Xi, but the Chinese leader ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import TITLES
from ...language.tokens import join, tokens
from .roles import Role

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Document
    from .mentions import Mention


def described(
    document: Document, people: dict[str, list[Mention]], nouns: frozenset[str] = TITLES, ahead_only: bool = False
) -> dict[str, Role]:
    """Roles from descriptions that stand for a person named before them ("The Labour leader said").

    A description is a singular subject "the ... <title>" without a name of
    its own.  It stands for the person named last before it in the same
    sentence and not as its subject ("Trump invited Xi, but the Chinese
    leader ..."), else for the subject of the sentence before; a description
    before any name stands for the subject of the next sentence named there
    first ("The Belgian sports minister at the centre of the row says ...
    Claude Eerdekens claims ...").  ``nouns`` are the heads a description
    may have; with ``ahead_only``, only a description before any name counts
    (for bodies: "The US stock market regulator is investigating ... The
    Securities and Exchange Commission has asked ...").
    """
    found: dict[str, Role] = {}
    for index, span in enumerate(document.spans):
        for token in tokens(span):
            if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN" or token.lemma_.lower() not in nouns:
                continue
            lefts = list(token.lefts)
            if not lefts or lefts[0].lower_ != "the" or any(c.ent_type_ == "PERSON" for c in token.children):
                continue
            ahead = _named_next(index, token, people)
            if not ahead and any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.children):
                continue
            who = ahead if ahead_only else _referent(index, token, people) or ahead
            words = [t for t in token.subtree if t.i <= token.i and t.lower_ != "the"]
            if who is not None and who not in found and len(words) > 1:
                found[who] = Role(join(words).strip(), token.lemma_.lower(), index)
    return found


def _referent(index: int, token: Token, people: dict[str, list[Mention]]) -> str | None:
    before = [
        (m.span.start, key, m.subject)
        for key, mentions in people.items()
        for m in mentions
        if m.sentence == index and m.span.end <= token.i
    ]
    objects = [item for item in before if not item[2]]
    if objects:
        return max(objects)[1]
    previous = [
        (m.span.start, key)
        for key, mentions in people.items()
        for m in mentions
        if m.sentence == index - 1 and m.subject
    ]
    return min(previous)[1] if previous and not before else None


def _named_next(index: int, token: Token, people: dict[str, list[Mention]]) -> str | None:
    """The person a description stands for when no one is named before it: the subject of the next sentence,
    named there for the first time."""
    named_before = any(
        m.sentence < index or (m.sentence == index and m.span.start < token.i)
        for mentions in people.values()
        for m in mentions
    )
    if named_before:
        return None
    subjects = [
        (m.span.start, key)
        for key, mentions in people.items()
        for m in mentions
        if m.sentence == index + 1 and m.subject and min(n.sentence for n in mentions) == index + 1
    ]
    return min(subjects)[1] if subjects else None
