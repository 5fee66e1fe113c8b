"""Places that set the scene: named where the events happen, not acting in them.

A place acts when one of its mentions is the subject of a verb ("Turkey
refused", "Beijing claims Taiwan"; not "the US is perceived", nor of a state: "Idlib will become the
next Aleppo") or its agent ("was criticised by France", "a prosecution by California"), when it
speaks (a quotation is its), or when it stands for its government as the owner of a body or of an official
("Britain's Foreign Office said", "China's foreign minister").  Any other
place ("a hearing in Essex", "flights to Dubai", "the closure of Brecon
Barracks") is the setting of the story: the briefing names it apart, under
``places``, not among the actors.  A place named once, after the lead, only as one of a list of three or more
names ("events held in Hong Kong, Tokyo and Pusan", "policies in Canada, New Zealand and Australia") is an
example given in passing, not where the news happens, and so is a place named only to locate one of them
("Pusan in South Korea"): neither is listed at all, unless the list tells where
people come from ("representatives from Italy, New Zealand and the UK": they take part).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import list_head
from ...language.lexicon import INSTITUTIONS, TITLES
from ...model import Actor
from .filters import BEING
from .matches import first_conjunct

_LEAD = 2  # the sentences of the lead: a place listed there is where the news happens ("storms hit A, B and C")
_LIST = 3  # names listed together that make a list of examples
_ACTS = ("tion", "sion", "ment", "ance", "ence")  # endings of nouns of action ("prosecution", "invasion")

if TYPE_CHECKING:
    from spacy.tokens import Token

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


def in_passing(draft: ActorDraft) -> bool:
    """Whether a place is only named once, after the lead, as one of a list of names given as examples."""
    mentions = draft.cluster_mentions
    if not mentions or len({m.sentence for m in mentions}) > 1 or mentions[0].sentence < _LEAD:
        return False
    return all(_listed(m.span.root) or _locates_listed(m.span.root) for m in mentions)


def _listed(root: Token) -> bool:
    """Whether a name is one of three or more proper names listed together, not after "from"."""
    first = first_conjunct(root)
    members = [first, *(t for t in first.subtree if t.dep_ == "conj" and first_conjunct(t).i == first.i)]
    return len(members) >= _LIST and all(t.pos_ == "PROPN" for t in members) and first.head.lower_ != "from"


def _locates_listed(root: Token) -> bool:
    """Whether a name only tells where one of such a list is ("Tokyo and Pusan in South Korea")."""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "in" or preposition.i == 0:
        return False
    before = preposition.doc[preposition.i - 1]  # the parse may hang "in South Korea" on the list's verb
    return _listed(preposition.head) or (before.pos_ == "PROPN" and _listed(before))


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
