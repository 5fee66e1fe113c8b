"""Whether an actor's kind rests on more than a guess.

A name the article writes once, in passing, gives the recogniser one look at it: its kind ("MC Flint" an
organisation, "Hull" a person) is a guess, and a wrong kind costs the reader more than a missing line. Such a
name is listed only when something corroborates it: it is named in two places, given a role or an apposition,
quoted, or acts (the subject of a verb, its object or its agent; not of a verb of state: "Red Fox's artists
include MC Flint, DJ Rook and Lyrix", "Blogwise and Netquill are the nominees"); or it is given an age ("Ravi
Mehta, 19,"); or its own words say its kind (a given name before a family name, "Jennifer Marsh"; the last word
of a body's name, "Cornell University"; a country); or the words beside it do ("rock group Hollow Tide", "shares
in Sugarloaf").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import example_kind, list_head
from ...language.lexicon import (
    NOBLE,
    ORG_ROLE_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    RANKS,
    STATE_VERBS,
    TITLES,
    is_given_name,
)
from .filters import listed
from .kinds import example_of_organisations, owns_company_things, owns_product, plural_verb
from .matches import bracketed_opponent, plays
from .neighbours import based_somewhere, has_staff, kind_beside
from .shapes import given_and_family, national_branch

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .drafts import ActorDraft
    from .mentions import Mention

_OBJECTS = frozenset({"dobj", "dative", "nsubjpass"})
_PARTIES = frozenset({"with", "between", "against"})
_STANDING = frozenset({"behind", "ahead", "clear", "above", "below"})  # where a side stands in a table
_MARGINS = frozenset({"point", "place", "goal", "game"})


def corroborated(draft: ActorDraft, told: bool = False) -> bool:
    """Whether an acting actor's kind is borne out by more than one look at one mention; ``told``: a country, a
    party or a side of a fixture line ("Millbrook v Eastleigh Vale"), whose kind is told. A place that acts was
    found to act by the parse already (``settings``)."""
    mentions = draft.cluster_mentions
    if len(mentions) != 1 or draft.role or draft.quotes or told or draft.kind == "place":
        return True
    mention, kind = mentions[0], draft.kind
    if _acts_alone(mention, kind == "organization") or aged(mention):
        return True
    return _shape_tells(mention, kind) or _cue_tells(mention, kind)


def _acts_alone(mention: Mention, body: bool) -> bool:
    """The subject of a verb (not one of a list that only is something: "Blogwise and Netquill are the nominees"), its
    object (not of a verb of state: "include", "have") or its agent ("founded by X"), or, for a ``body``, a party to
    something ("talks with X", "a deal between X and Y", "the game against X")."""
    first = mention.span.root
    root = list_head(first)
    verb = root.head
    state = verb.lemma_.lower() in STATE_VERBS
    if root.dep_ == "nsubj":
        return verb.pos_ in ("VERB", "AUX") and not (state and listed(first) > 1)  # "CBS was quick to apologise"
    if root.dep_ in _OBJECTS:
        return verb.pos_ == "VERB" and not state
    if root.dep_ != "pobj":
        return False
    party = body and verb.lower_ in _PARTIES and verb.head.pos_ == "NOUN"  # "a tie-up with Air New Zealand"
    return verb.dep_ == "agent" or party


def aged(mention: Mention) -> bool:
    """A name given an age, before it or between commas after it ("18-year-old Lakshmi", "Ravi Mehta, 19,"): a
    person, whatever else the sentence does with it."""
    doc, start, end = mention.span.doc, mention.span.start, mention.span.end
    before = [t.lower_ for t in doc[max(start - 4, 0) : start]]
    if before[-1:] == ["old"] and any(word.startswith("year") or word.endswith("year") for word in before):
        return True
    after = [t.text for t in doc[end : end + 3]]
    return len(after) == 3 and after[0] == after[2] == "," and after[1].isdigit() and 0 < int(after[1]) < 120


def _shape_tells(mention: Mention, kind: str) -> bool:
    """Whether a name's own words say the kind it was given: a person's full name ("Sean Halloway"; one the
    recogniser calls a person's, every word capitalised, "Meryl Streep", unless a word before a given name is run
    into it, "Welshman Rhys Pugh"), a body's ("Cornell University", "University of Cambridge"), a place's."""
    words = mention.words
    if kind == "person":
        return mention.honorific is not None or given_and_family(words) or (mention.label == "PERSON" and _full(words))
    if kind == "organization":
        first, last = words[0].casefold(), words[-1].casefold()
        folded = [word.casefold() for word in words]  # "BBC Scotland": a body's branch in a country
        return last in ORG_WORDS or "&" in words or (len(words) > 2 and first in ORG_WORDS) or national_branch(folded)
    return kind == "place" and words[-1].casefold() in PLACE_WORDS


def _cue_tells(mention: Mention, kind: str) -> bool:
    """Whether the words beside a name say its kind: a noun of its kind ("rock group Hollow Tide", "the capital
    Drevnik", "the Kuomintang party"), or what only a body has ("shares in Sugarloaf", "Porto Vell boss",
    "Leeds-based Zentrovic")."""
    span, root = mention.span, mention.span.root
    if kind_beside(span) == kind:
        return True
    example = example_kind(root)  # "screen stars such as Jean-Claude Van Damme"
    if kind == "person" and example is not None and example.lemma_.lower() in PERSON_NOUNS:
        return True
    if kind != "organization":
        return False
    root = list_head(root)  # "the Democratic and Nationalist, or Kuomintang, parties"
    kind_noun = root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in ORG_ROLE_NOUNS
    one = len(mention.words) == 1  # "Kelvo's Star Racer", "the Greens are"
    owns = owns_company_things(root) or (one and (owns_product(root) or (mention.subject and plural_verb(root))))
    side = plays(mention.span.root) or _rival(mention.span.root)  # "two-time champions Argentina", "face Watford"
    side = side and not bracketed_opponent(mention.span.root)  # "(home to Dunmere)" once: a fixture, not the story
    return kind_noun or owns or side or example_of_organisations(root) or has_staff(root) or based_somewhere(span)


def _rival(root: Token) -> bool:
    """A side a table measures against: "two points behind Bayern", "six points clear of Hull"."""
    preposition = root.head
    if root.dep_ != "pobj":
        return False
    if preposition.lower_ == "of" and preposition.head.lower_ in ("ahead", "clear"):
        preposition = preposition.head
    return preposition.lower_ in _STANDING and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _MARGINS for c in preposition.children
    )


def _full(words: list[str]) -> bool:
    """Two or three capitalised words (not initials: "GB Archery"), no word run in before a given name."""
    if not 2 <= len(words) <= 3 or not all(_capitalised(word) for word in words):
        return False
    if words[0].casefold() in TITLES | NOBLE | RANKS:
        return True  # "Major Jack Ormsby", "Sir Nigel Parrish"
    return not (len(words) == 3 and is_given_name(words[1]) and not is_given_name(words[0]))


def _capitalised(word: str) -> bool:
    bare = word.replace("-", "").replace("'", "").replace("’", "")
    return word[:1].isupper() and bare.isalpha() and not bare.isupper()
