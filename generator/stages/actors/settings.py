"""Places that set the scene: named where the events happen, not acting in them.

A place acts when one of its mentions is the subject of a verb ("Turkey
refused", "Beijing claims Taiwan"; not "the US is perceived", nor of a state: "Idlib will become the
next Aleppo") or its agent ("was criticised by France", "a prosecution by California"), when it
speaks (a quotation is its), or when it stands for its government as the owner of a body or of an official
("Britain's Foreign Office said", "China's foreign minister").  Any other
place ("a hearing in Essex", "flights to Dubai", "the closure of Brecon
Barracks") is the setting of the story: the briefing names it apart, under
``places``, not among the actors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import list_head
from ...language.lexicon import INSTITUTIONS, TITLES
from ...model import Actor
from .filters import BEING

_ACTS = ("tion", "sion", "ment", "ance", "ence")  # endings of nouns of action ("prosecution", "invasion")

if TYPE_CHECKING:
    from .drafts import ActorDraft
    from .mentions import Mention


def acts(draft: ActorDraft) -> bool:
    """Whether an actor takes part in the story: anyone but a place, or a place that acts or speaks."""
    return draft.kind != "place" or bool(draft.quotes) or any(map(_acting, draft.cluster_mentions))


def setting(draft: ActorDraft) -> Actor:
    """A place of the setting: its names and where the article names it."""
    return Actor(
        name=draft.name, kind="place", aliases=tuple(draft.aliases), salience=draft.salience,
        mentions=tuple(draft.mentions),
    )


def _acting(mention: Mention) -> bool:
    root = list_head(mention.span.root)
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_ not in BEING:
        return True  # not "nsubjpass" ("the US is perceived"), a small clause ("make the UK a richer place"), a state
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True  # "criticised by France"
    action = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "by" and action.pos_ == "NOUN" and action.lower_.endswith(_ACTS):
        return True  # "a prosecution of five insurers by the State of California"
    owned = root.head
    return root.dep_ == "poss" and owned.lemma_.lower() in INSTITUTIONS | TITLES  # "Britain's government"
