"""Who reports the story rather than takes part in it.

A person whose role is a reporter's ("BBC labour affairs correspondent",
"NBC News correspondent") and who is given no quotation of their own, a
newspaper or news site named only as the one that tells the news ("notes
Philly.com", "the Herald reported"), and a group of the press ("Russian
newspapers") tell the story: the briefing names them apart, under
``reporting``, not among the actors.  A correspondent quoted on the
matter ("It is not something you would notice," the correspondent said) is
a voice in it and stays an actor.  So is a person named only as one of the
article's own outlet, the one of its dateline ("(CNN)"): "CNN's Ann Reyes
takes a look" presents the story.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from ...language.lexicon import NEWS_GROUPS, REPORTERS
from ...model import Actor, ActorKind
from .filters import credits_news, is_publication, outlet_named

if TYPE_CHECKING:
    from ...model import Document
    from .drafts import ActorDraft

# The outlet of a dateline at the start of the first sentence: "(CNN)", "Boston (AP)".
_DATELINE = re.compile(r"^(?:[A-Z][\w., ]{0,30} )?\(([A-Z][A-Za-z]{1,8})\)")


def outlet(document: Document) -> str | None:
    """The outlet of the article's dateline ("CNN" of "(CNN)", which the seed's reading took off "(CNN)Guilty across
    the board."), if it has one."""
    dateline = document.article.dateline or (document.sentences[0].text if document.sentences else "")
    found = _DATELINE.match(dateline)
    return found.group(1) if found else None


def reports(draft: ActorDraft, own: str | None = None) -> bool:
    """Whether an actor only reports the story: a reporter, an outlet that tells the news, the press; ``own`` is
    the outlet of the article's dateline."""
    if draft.quotes:
        return False  # a voice in the story
    mentions, body = draft.cluster_mentions, draft.kind == "organization"
    # "AP" of "the AP news agency"; "Kommersant" of "the Kommersant newspaper", even when taken for a person
    named = any((body and is_publication(m.text) and m.label != "PERSON") or outlet_named(m) for m in mentions)
    if draft.kind == "person":
        outlet = named and all(credits_news(m, named) for m in mentions)
        return outlet or bool(set(draft.role_heads) & REPORTERS) or (own is not None and _staff_of(draft, own))
    if body:
        return bool(mentions) and all(credits_news(m, named) for m in mentions)
    return draft.kind == "group" and draft.name.split()[-1].casefold() in NEWS_GROUPS


def reporter(draft: ActorDraft) -> Actor:
    """One who reports: names, role, and where the article names them."""
    return Actor(
        name=draft.name, kind=cast(ActorKind, draft.kind), role=draft.role, role_sources=draft.role_sources,
        aliases=tuple(draft.aliases), salience=draft.salience, mentions=tuple(draft.mentions),
    )


def _staff_of(draft: ActorDraft, own: str) -> bool:
    """Whether a person is named only as one of the article's own outlet ("CNN's Ann Reyes")."""
    mentions = draft.cluster_mentions
    return bool(mentions) and all(
        m.span.start >= 2 and m.span.doc[m.span.start - 1].text in ("'s", "’s") and m.span.doc[m.span.start - 2].text
        == own for m in mentions
    )
