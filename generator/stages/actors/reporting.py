"""Who reports the story rather than takes part in it.

A person whose role is a reporter's ("BBC labour affairs correspondent",
"NBC News correspondent") and who is given no quotation of their own, a
newspaper or news site named only as the one that tells the news ("notes
Philly.com", "the Herald reported"), and a group of the press ("Russian
newspapers") tell the story: the briefing names them apart, under
``reporting``, not among the actors.  A correspondent quoted on the
matter ("It is not something you would notice," the correspondent said) is
a voice in it and stays an actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...language.lexicon import NEWS_GROUPS, REPORTERS
from ...model import Actor, ActorKind
from .filters import credits_news

if TYPE_CHECKING:
    from .drafts import ActorDraft


def reports(draft: ActorDraft) -> bool:
    """Whether an actor only reports the story: a reporter, an outlet that tells the news, the press."""
    if draft.quotes:
        return False  # a voice in the story
    if draft.kind == "person":
        return bool(set(draft.role_heads) & REPORTERS)
    if draft.kind == "organization":
        return bool(draft.cluster_mentions) and all(map(credits_news, draft.cluster_mentions))
    return draft.kind == "group" and draft.name.split()[-1].casefold() in NEWS_GROUPS


def reporter(draft: ActorDraft) -> Actor:
    """One who reports: names, role, and where the article names them."""
    return Actor(
        name=draft.name, kind=cast(ActorKind, draft.kind), role=draft.role, role_sources=draft.role_sources,
        aliases=tuple(draft.aliases), salience=draft.salience, mentions=tuple(draft.mentions),
    )
