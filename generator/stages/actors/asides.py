"""Names a story mentions without being about them, which are never key actors.

A name whose every mention, two or more, only modifies another noun names that other thing, not a party ("a
Snapchat video", "the Cell chip", "an Oscar-nominated actress"; not a possessive, which may own what it is
said of, "Tarnwick's side"); a name only ever met inside the words another speaker is quoted saying is
talked of, not a party ("Remi was a doctor of this or that", said by the driver the story is about), and so is
one met only there or as what something is compared with ("compared with Jonas Brandt"); a body only ever
named, twice or more, as where things happen is a venue ("taken to St Aldric's Hospital").  Either
way the name stays listed, only not as a key actor: a name that is quoted itself, or is a public authority,
is never an aside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import COMPARING
from ...model import Document
from .quotes import quotations

if TYPE_CHECKING:
    from .drafts import ActorDraft
    from .mentions import Mention

LOCATING = frozenset({"at", "in", "to", "inside", "outside"})  # prepositions of a place things happen at
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})  # a name that only qualifies the noun it is in


def quoted_words(document: Document) -> frozenset[tuple[int, int]]:
    """The (sentence, token) of every word inside a speaker's quotation, fragments of a word or two aside."""
    return frozenset(word for said in quotations(document) if not said.fragment for word in said.inside)


def aside(draft: ActorDraft, quoted: frozenset[tuple[int, int]]) -> bool:
    """Whether a named actor only qualifies other nouns, or is only named in someone else's quoted words."""
    mentions = draft.cluster_mentions
    if not mentions or draft.kind == "group" or draft.quotes or draft.authority:
        return False
    if all((m.sentence, m.span.root.i) in quoted or _compared(m) for m in mentions):
        return True
    if draft.kind == "organization" and len(mentions) > 1 and all(map(_where, mentions)) and not draft.subjects:
        return True
    qualifies = all(map(_qualifies, mentions))  # a possessive may own it: "Villa's side"
    return qualifies and len(mentions) > 1 and not draft.subjects and draft.role is None


def _qualifies(mention: Mention) -> bool:
    """Whether a mention only qualifies a noun: "the Cell chip", or a hyphened adjective, "Oscar-nominated"."""
    root = mention.span.root
    return root.dep_ in MODIFIER_DEPS or (root.dep_ == "npadvmod" and root.head.dep_ == "amod")


def _compared(mention: Mention) -> bool:
    """Whether a mention is only what something is measured against: "compared with Jonas Brandt", "than Diana"."""
    root = mention.span.root
    if root.dep_ != "pobj":
        return False
    return root.head.lower_ in COMPARING or root.head.head.lower_ in COMPARING


def _where(mention: Mention) -> bool:
    """Whether a mention only says where something happens: "born at Dunmere General Hospital"."""
    root = mention.span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATING
