"""Deciding an actor's kind by the evidence of all its mentions.

The small spaCy model labels one name differently from sentence to sentence
("Trump" a person here, an organisation there), so no single label decides.
Each mention votes with its label (the full name weighs more than a bare
surname), and cues from the text add their weight: an honorific or a title
before the name, a pronoun "he"/"she" after it, an appositive or
pre-modifier that names a job or a kind of company, the last word of the
name ("Agency", "& Co"), a country's name, a spokesman speaking for it, the
labels of the names it is listed with, a place preposition before it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ...language.lexicon import (
    COUNTRY_FORMS,
    LOCATIVE,
    ORG_ROLE_NOUNS,
    ORG_WORDS,
    PARTIES,
    PLACE_WORDS,
    SPOKESPEOPLE,
    TITLES,
)
from ...model import ActorKind

if TYPE_CHECKING:
    from .mentions import Mention
    from .merge import Cluster

LABEL_KINDS: dict[str, ActorKind] = {
    "PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group",
}
_ORDER: tuple[ActorKind, ...] = ("person", "organization", "place", "group")
_PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})


def decide_kind(cluster: Cluster, role_heads: list[str]) -> ActorKind:
    """The kind that the weighed evidence of ``cluster`` points to."""
    if cluster.canonical is not None:
        return "organization" if cluster.canonical in PARTIES.values() else "place"
    votes: defaultdict[ActorKind, float] = defaultdict(float)
    full = max((m.text for m in cluster.mentions), key=lambda text: len(text.split()))
    size = len(full.split())
    for mention in cluster.mentions:
        kind = LABEL_KINDS.get(mention.label)
        if kind is not None:
            votes[kind] += 1.0 if len(mention.words) == size else 0.4
        _cues(mention, votes)
    words = full.casefold().split()
    if words[-1] in ORG_WORDS or "&" in words:
        votes["organization"] += 4
    elif words[-1] in PLACE_WORDS:
        votes["place"] += 4
    if full.isupper() and len(full) > 1 and full.casefold() not in COUNTRY_FORMS:
        votes["organization"] += 1
    for head in role_heads:
        if head in ORG_ROLE_NOUNS:
            votes["organization"] += 3
        elif head in TITLES:
            votes["person"] += 3
    return max(_ORDER, key=lambda kind: (votes[kind], -_ORDER.index(kind)))


def _cues(mention: Mention, votes: defaultdict[ActorKind, float]) -> None:
    span = mention.span
    root = span.root
    doc = span.doc
    if mention.honorific is not None:
        votes["person"] += 3
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in TITLES and before.head.i >= span.start:
        votes["person"] += 2
    sentence_end = root.sent.end
    following = [t.lower_ for t in doc[span.end : min(sentence_end, span.end + 12)]]
    if mention.subject and any(word in _PERSON_PRONOUNS for word in following):
        votes["person"] += 1.5
    elif mention.subject and ("its" in following or "it" in following):
        votes["organization"] += 0.5
    if root.dep_ == "compound" and root.head.lower_ in PLACE_WORDS:
        votes["place"] += 2
    if root.head.lower_ in SPOKESPEOPLE and root.dep_ in ("compound", "poss"):
        votes["organization"] += 3
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lower_ in SPOKESPEOPLE:
        votes["organization"] += 3
    if mention.label == "PERSON" and len(mention.words) == 1 and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
        votes["place"] += 1.5
    for clause in root.children:
        if clause.dep_ == "relcl":
            pronouns = {t.lower_ for t in clause.children if t.dep_ in ("nsubj", "nsubjpass", "advmod")}
            if "who" in pronouns:
                votes["person"] += 2
            elif "which" in pronouns and mention.label not in ("GPE", "LOC"):
                votes["organization"] += 2
            elif "where" in pronouns:
                votes["place"] += 2
    siblings = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        siblings.append(root.head)
    for sibling in siblings:
        kind = LABEL_KINDS.get(sibling.ent_type_)
        if kind is not None and kind != "group":
            votes[kind] += 0.75
