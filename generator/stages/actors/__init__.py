"""Key actors: a who's who of the story, one actor per real-world actor.

The story of the stage: find the mentions of names (``mentions``),
merge them into one cluster per actor (``merge``), keep the clusters
that take part in the story (``filters``), decide each one's kind by
the evidence of all its mentions (``kinds``), read its role
(``roles``, or a description that stands for it: ``descriptions``) and
its quotes (``quotes``), add the actors without
a proper name (``groups``), then rank them by salience and mark the
key ones (``drafts``); who said each quotation is told in ``speakers``.
A name met once whose kind nothing bears out but the recogniser's guess is
left out (``corroboration``), and so is a one-word name that nothing but the recogniser's label takes for a
person (``kinds``: no title, pronoun, age, role nor verb it is the subject or object of).
A place that does not act only sets the scene: it is listed apart, among
the briefing's ``places`` (``settings``); a correspondent, an outlet or the
press that only reports the story is listed apart too, under ``reporting``
(``reporting``).
"""

from __future__ import annotations

from dataclasses import replace

from ...language.lexicon import ORG_ROLE_NOUNS
from ...language.tokens import tokens
from ...model import Actor, Briefing, Document
from .candidates import pictured_sentences
from .corroboration import aged, corroborated
from .descriptions import described
from .drafts import ActorDraft, finish, named_draft
from .filters import is_real
from .groups import find_unnamed
from .kinds import decide_kind
from .matches import match_report, sides
from .mentions import Mention, find_mentions
from .merge import Cluster, merge
from .offices import complete_offices
from .owners import complete_titles
from .quotes import quotations
from .reporting import outlet, reporter, reports
from .roles import Role, quoted_labels, roles_of
from .settings import acts, in_passing, setting
from .shapes import an_occasion
from .speakers import attribute


def find_actors(document: Document, briefing: Briefing) -> Briefing:
    """The briefing with its actors (key ones first, then by salience), the places of its setting and who
    reports it."""
    actors, places, reporting = cast_of(document)
    return replace(briefing, actors=tuple(actors), places=tuple(places), reporting=tuple(reporting))


def actors_of(document: Document) -> list[Actor]:
    """Every actor of the story, key ones first, then by salience (ties by first mention)."""
    return cast_of(document)[0]


def cast_of(document: Document) -> tuple[list[Actor], list[Actor], list[Actor]]:
    """The actors of the story, key ones first, then by salience (ties by first mention); the places
    that only set its scene and those who only report it, by salience."""
    drafts: list[ActorDraft] = []
    told: set[str] = set()  # the keys of countries, parties and the sides of fixture lines: their kind is told
    common = {t.text for span in document.spans for t in tokens(span) if t.pos_ in ("NOUN", "ADJ") and t.is_lower}
    mentions = find_mentions(document)
    quoted = {word for said in quotations(document) if not said.fragment for word in said.inside}
    teams = sides(document)
    labels = quoted_labels(document)
    match = match_report(mentions, teams)
    guessed: set[str] = set()  # one-word names taken for people on the recogniser's word alone
    for cluster in merge(mentions, document):
        before = [document.spans[m.sentence - 1] if m.sentence else None for m in cluster.mentions]
        roles = roles_of(cluster.mentions, before, labels)
        heads = [role.head for role in roles if not role.plural]  # "leaders": a side
        kind = decide_kind(cluster, heads, teams, match, guessed)
        if kind == "person":  # every mention read as a person's, whatever the recogniser took it for
            roles = roles_of(cluster.mentions, before, labels, person=True)
        if _takes_part(cluster, kind, common) and not _only_quoted(cluster.mentions, kind, quoted):
            drafts.append(named_draft(cluster, kind, roles, document))
            if cluster.canonical is not None or cluster.forms & teams:
                told.add(cluster.key)
    people = {d.key: d.cluster_mentions for d in drafts if d.kind == "person"}
    descriptions = described(document, people)
    for key, role in descriptions.items():
        if not _claimed(role, key, descriptions, drafts):
            _add_description(next(d for d in drafts if d.key == key), role)
    bodies = {d.key: d.cluster_mentions for d in drafts if d.kind == "organization"}
    for key, role in described(document, bodies, ORG_ROLE_NOUNS, ahead_only=True).items():
        _add_description(next(d for d in drafts if d.key == key), role)
    owners = {
        (mention.sentence, i): draft
        for draft in drafts
        for mention in draft.cluster_mentions
        for i in range(mention.span.start, mention.span.end)
    }
    persons = {where: draft.key for where, draft in owners.items() if draft.kind == "person"}
    for item in find_unnamed(document, persons, frozenset(quoted)):
        unnamed = ActorDraft(
            key=item.key, name=item.names[0], kind=item.kind, aliases=item.names[1:],
            mentions=item.mentions, subjects=item.subjects, acted_on=item.kind == "group" and not item.doers,
            party=item.kind != "group" or item.party,
        )
        drafts.append(unnamed)
        if unnamed.kind == "organization":  # a body may speak ("the committee said"); a group is many voices
            owners.update((where, unnamed) for where in item.heads if where not in owners)
    complete_titles(drafts, owners, document)
    complete_offices(drafts, document)
    attribute(quotations(document), drafts, owners, document)
    ranked = sorted(drafts, key=lambda d: (-d.salience, min(d.mentions), d.name))
    own = outlet(document)
    pictured = pictured_sentences(document)
    acting = [
        d for d in drafts
        if acts(d) and not reports(d, own) and corroborated(d, d.key in told) and not _talked_of(d, quoted)
        and not _guessed(d, guessed) and not _only_pictured(d, pictured)
    ]
    scene = [setting(d) for d in ranked if not acts(d) and not in_passing(d)]
    return finish(acting, document), scene, [reporter(d) for d in ranked if reports(d, own)]


def _claimed(role: Role, key: str, descriptions: dict[str, Role], drafts: list[ActorDraft]) -> bool:
    """Whether a description ("the prime minister") is another person's: their own role, or found for another
    person first (an office names one person through a story: a later reading for someone else is a misreading;
    found for two in the same sentence, it is neither's)."""
    others = [d.role for d in drafts if d.key != key and d.kind == "person" and d.role]
    twice = any(
        other != key and found.text == role.text and found.sentence <= role.sentence
        for other, found in descriptions.items()
    )
    return twice or any(role.text.casefold() in other.casefold().split("; ") for other in others)


def _add_description(draft: ActorDraft, role: Role) -> None:
    """A description ("the Chinese leader") is the role when there is none, or adds to a bare title or an age; an
    age alone ("the 42-year-old") is no role."""
    if draft.role is None and role.head == "old":
        return
    if draft.role is None:
        draft.role, draft.role_sources, draft.role_heads = role.text, (role.sentence,), (role.head,)
    elif draft.role[:1].isdigit() and draft.role_heads[:1] == ("of",) and role.text not in draft.role:  # "27, of ..."
        draft.role = f"{role.text}; {draft.role}"
        draft.role_sources = tuple(sorted({*draft.role_sources, role.sentence}))
        draft.role_heads = (role.head, *draft.role_heads)
    elif len(draft.role.split()) == 1 and role.text not in draft.role:
        draft.role = f"{draft.role}; {role.text}"
        draft.role_sources = tuple(sorted({*draft.role_sources, role.sentence}))
        draft.role_heads = (*draft.role_heads, role.head)


def _guessed(draft: ActorDraft, guessed: set[str]) -> bool:
    """A one-word name taken for a person on the recogniser's word alone ("Snapchat", "Saracens"), that neither
    speaks nor is given an age ("18-year-old Tarvi"): unsure, so left out."""
    return draft.key in guessed and not draft.quotes and not any(map(aged, draft.cluster_mentions))


def _only_pictured(draft: ActorDraft, captions: frozenset[int]) -> bool:
    """A name met only in pictures' captions glued into the text ("Tom Hale (pictured) and Sam Reed will be
    tasked with scoring", "Ann Dorr shakes hands with Lena Voss"), never in the story itself, and quoted
    nowhere: the photograph shows them, the story is not about them."""
    mentions = draft.cluster_mentions
    return bool(mentions) and not draft.quotes and all(m.sentence in captions for m in mentions)


def _only_quoted(mentions: list[Mention], kind: str, quoted: set[tuple[int, int]]) -> bool:
    """A place only ever named inside a speaker's quoted words ("Silicon Valley"): a people or body named
    there may act in what they say ("the government has let us down"), a place is only talked about."""
    return kind == "place" and all((m.sentence, m.span.root.i) in quoted for m in mentions)


def _talked_of(draft: ActorDraft, quoted: set[tuple[int, int]]) -> bool:
    """A body named once, inside a speaker's quoted words, that says nothing itself ("a member of Parliament",
    "companies like Microsoft"): talked of, not a party; it may still give a title its organisation."""
    mentions = draft.cluster_mentions
    once = draft.kind == "organization" and len(mentions) == 1 and not draft.quotes
    return once and all((m.sentence, m.span.root.i) in quoted for m in mentions)


def _takes_part(cluster: Cluster, kind: str, common: set[str]) -> bool:
    """A real mention, a nationality only when it acts, no common word capitalised by chance.

    ``common`` holds the lower-case nouns and adjectives of the article: a one-word name
    that is also one of them ("Amber" beside "amber") was capitalised by position only.
    """
    if not any(is_real(mention, kind == "place") for mention in cluster.mentions):
        return False
    if an_occasion(max((m.words for m in cluster.mentions), key=len)):
        return False  # "World Summit for the Village Radio Society": an event, not an actor
    if all(m.label in ("NORP", "ALIAS") for m in cluster.mentions) and not any(m.subject for m in cluster.mentions):
        return False
    words = cluster.mentions[0].words
    if len(cluster.forms) == 1 and len(words) == 1 and cluster.canonical is None:
        return words[0].lower() not in common
    return True
