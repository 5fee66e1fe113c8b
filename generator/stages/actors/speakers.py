"""Who said each quotation: the actor its attribution names.

The attribution (see :mod:`.quotes`) gives a token: a name, which belongs to
an actor; a noun with the speaker's name in apposition or as its compound
("the festival's director, Craig Prater"); a spokesperson, who speaks for
the organisation named beside it; a title that one actor alone holds; or
"he"/"she", which stands for the person named last before it, outside the
quotation: the subject of its clause (or the agent of a passive) first, and
never a person that an honorific or an earlier "he"/"she" attribution gives
the other gender.  A quotation with no attribution that opens its sentence
continues the quotation just before it, within two sentences, or else is
the words of the person the sentence before it is about.  A quotation
whose speaker cannot be told is given to nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import NOMINAL_SUBJECTS
from ...language.lexicon import SPOKESPEOPLE
from ...model import Quote

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .drafts import ActorDraft
    from .quotes import Said

PRONOUN_REACH = 4  # sentences back that "he" or "she" of an attribution may point to
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f",
                     "ms.": "f", "miss": "f", "dame": "f", "lady": "f"}

Owners = dict[tuple[int, int], "ActorDraft"]


def attribute(said: list[Said], drafts: list[ActorDraft], owners: Owners) -> None:
    """Give each quotation to its speaker's draft."""
    genders = _known_genders(drafts)
    previous: tuple[int, ActorDraft] | None = None
    for quote in said:
        speaker = _who(quote, drafts, owners, genders)
        if speaker is None and quote.speaker is None and quote.opens:
            if previous and quote.sentence - previous[0] <= 2:
                speaker = previous[1]  # the quotation goes on
            else:
                speaker = _introduced_by(quote.sentence - 1, drafts)
        if speaker is None:
            previous = None
            continue
        if quote.pronoun and quote.speaker is not None and quote.speaker.lower_ in _GENDER:
            genders.setdefault(speaker.key, _GENDER[quote.speaker.lower_])
        speaker.quotes.append(Quote(text=quote.text, sentence=quote.sentence))
        previous = (quote.sentence, speaker)


def _introduced_by(sentence: int, drafts: list[ActorDraft]) -> ActorDraft | None:
    """The person a quotation with no attribution follows on from: the subject of the sentence before it
    ("Bellander used freely available images. 'There are a bunch of sites ...'")."""
    found = [
        draft for draft in drafts if draft.kind == "person"
        for mention in draft.cluster_mentions if mention.sentence == sentence and _main_actor(mention.span.root)
    ]
    return found[0] if len(set(map(id, found))) == 1 else None


def _known_genders(drafts: list[ActorDraft]) -> dict[str, str]:
    """The gender an honorific gives a person ("Mr Prater", "Ms Rush")."""
    found: dict[str, str] = {}
    for draft in drafts:
        for mention in draft.cluster_mentions:
            gender = _HONORIFIC_GENDER.get((mention.honorific or "").lower())
            if draft.kind == "person" and gender:
                found.setdefault(draft.key, gender)
    return found


def _who(quote: Said, drafts: list[ActorDraft], owners: Owners, genders: dict[str, str]) -> ActorDraft | None:
    token = quote.speaker
    if token is None:
        return None
    sentence: int = token._.sentence
    if (sentence, token.i) in owners:
        return owners[(sentence, token.i)]
    if quote.pronoun:
        return _last_person(drafts, sentence, token, quote.inside, genders)
    named = _named_in(token, sentence, owners)
    if named is not None:
        return named
    if token.lemma_.lower() in SPOKESPEOPLE:
        return None
    matches = [d for d in drafts if token.lemma_.lower() in d.role_heads]
    return matches[0] if len(matches) == 1 else None


def _named_in(token: Token, sentence: int, owners: Owners) -> ActorDraft | None:
    """The actor a noun names: a person in apposition or as its compound ("director Craig Prater"), or
    for a spokesperson the organisation beside it ("a Halden spokesman", "a spokesman for Halden")."""
    for child in token.children:
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


def _last_person(
    drafts: list[ActorDraft], sentence: int, token: Token, quoted: frozenset[tuple[int, int]],
    genders: dict[str, str],
) -> ActorDraft | None:
    """The person "he" or "she" stands for: named last before, outside the quote, as a subject if any."""
    gender = _GENDER.get(token.lower_)
    named: list[tuple[bool, bool, int, int, ActorDraft]] = []
    for draft in drafts:
        if draft.kind != "person" or (gender and genders.get(draft.key, gender) != gender):
            continue
        for mention in draft.cluster_mentions:
            where = (mention.sentence, mention.span.start)
            if where in quoted or not sentence - PRONOUN_REACH <= mention.sentence <= sentence:
                continue
            if mention.sentence < sentence or mention.span.start < token.i:
                root = mention.span.root
                subject = mention.subject or (root.dep_ == "poss" and root.head.dep_ in NOMINAL_SUBJECTS)
                named.append((_main_actor(root), subject, *where, draft))
    if not named:
        return None
    return max(named, key=lambda item: item[:4])[4]


def _main_actor(root: Token) -> bool:
    """Whether a name is who its sentence's main clause is about: its subject, or a passive's agent."""
    if root.dep_ in NOMINAL_SUBJECTS:
        return root.head.dep_ == "ROOT"
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head.head.dep_ == "ROOT"
    return False
