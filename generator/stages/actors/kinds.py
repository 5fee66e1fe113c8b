"""Deciding an actor's kind by the evidence of all its mentions.

The small spaCy model labels one name differently from sentence to sentence
("Trump" a person here, an organisation there), so no single label decides.
Each mention votes with its label (the full name weighs more than a bare
surname), and cues from the text add their weight: an honorific or a title
before the name, a pronoun "he"/"she" after it, an appositive or
pre-modifier that names a job or a kind of company, the last word of the
name ("Agency", "& Co"), a country's name, a spokesman speaking for it, the
labels of the names it is listed with, a place preposition before it; a
side in a match (a slot of "beat", "face", "host" with a name in the other,
"defeats to France", a fixture line "X v Y", "Scotland coach ...") is a team, an
organisation, and so is a one-word "person" never given a first name who plays
a team ("Exeter City, who knocked out Doncaster") or owns a product ("Sega's House of the Dead"); what one
travels to is a place. A one-word name met three times at most, whose labels are torn (a place in one sentence,
a firm in another) and that nothing else places, is a guess too, left out ("Hinckley"). A name ending in a place's
noun ("Exeter City") that the article also calls by that noun alone ("City's hopes") is a club: a city is never
called "City".
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ...language.grammar import example_kind
from ...language.lexicon import (
    COMPANY_NOUNS,
    COUNTRY_FORMS,
    LOCATIVE,
    ORG_KIND_NOUNS,
    ORG_ROLE_NOUNS,
    ORG_WORDS,
    PARTIES,
    PERSON_NOUNS,
    PLACE_WORDS,
    SPOKESPEOPLE,
    TITLES,
    TRAVEL_VERBS,
    is_given_name,
)
from ...model import ActorKind
from .matches import SIDE_LABELS, first_conjunct, plays, plays_a_side
from .neighbours import address, after_place, based_somewhere, has_staff, kind_beside, titled_inside
from .shapes import given_and_family, national_branch, of_something

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mentions import Mention
    from .merge import Cluster

LABEL_KINDS: dict[str, ActorKind] = {
    "PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group",
}
_ORDER: tuple[ActorKind, ...] = ("person", "organization", "place", "group")
_PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})
# A common given name first ("Sean Halloway"): a person, unless a firm cue (a team's match, "its") outweighs it.
_GIVEN_NAME = 2.5
# A one-word name's label is weak evidence: the small model calls most unknown single words a person.
_ONE_WORD_LABEL = 0.5
# A one-word name whose labels' first kind has less than this times the votes of the second: the labels are torn.
_TORN = 2.0
_FEW = 3  # mentions, at most, of a name left out for torn labels


def decide_kind(
    cluster: Cluster, role_heads: list[str], teams: frozenset[str] = frozenset(), match: bool = False,
    guesses: set[str] | None = None,
) -> ActorKind:
    """The kind that the weighed evidence of ``cluster`` points to; ``teams`` are the sides of fixtures, and
    in a ``match`` report a country that plays once is its team.  A one-word name taken for a person on the
    recogniser's labels alone, nothing in the text bearing it out, has its key added to ``guesses``."""
    full = max((m.text for m in cluster.mentions), key=lambda text: len(text.split()))
    size = len(full.split())
    played = sum(plays(m.span.root) for m in cluster.mentions if m.label in SIDE_LABELS)  # people beat people
    played += 2 * any(m.text.casefold() in teams for m in cluster.mentions)
    unnamed = size == 1 or (size <= 3 and not any(is_given_name(word) for word in full.split()))
    bare = [m for m in cluster.mentions if m.label == "PERSON" and not m.honorific] if unnamed else []
    strict = size > 1 and not match  # "Dunmore's win over Rapid Koltz", "they will play Asanga Moro"
    played += sum(plays_a_side(m.span.root, strict=strict) for m in bare)  # never given a first name
    if cluster.canonical is not None and (cluster.canonical in PARTIES.values() or played >= (1 if match else 2)):
        return "organization"  # a party; a country's team when it plays
    if cluster.canonical is not None and not match:
        return "place"  # in a match report, the words beside a country tell its team too ("Uganda keeper Okello")
    votes: defaultdict[ActorKind, float] = defaultdict(float)
    votes["organization"] += 2.5 * played
    if not match and size == 1 and any(owns_product(m.span.root) for m in bare):
        votes["organization"] += 2  # "Sega's House of the Dead": a maker; not "Gerrard's Liverpool" in a match report
    labelled = 0.0  # the person votes that are only the recogniser's labels
    by_label: defaultdict[ActorKind, float] = defaultdict(float)  # the votes of the labels alone
    for mention in cluster.mentions:
        kind = LABEL_KINDS.get(mention.label)
        if kind is not None:
            vote = (1.0 if len(mention.words) == size else 0.4) * (_ONE_WORD_LABEL if size == 1 else 1.0)
            votes[kind] += vote
            by_label[kind] += vote
            labelled += vote if kind == "person" else 0.0
        if len(mention.words) == size and _located(mention):
            votes["place"] += 1.5  # "in Qarvash": a place, whatever the recogniser calls it; not "Qarvash Media Centre"
        _cues(mention, votes)
    words = full.casefold().split()
    if words[-1] in ORG_WORDS or "&" in words or national_branch(words):
        votes["organization"] += 4
    elif words[-1] in PLACE_WORDS and size > 1 and any(_by_last_word(m, words[-1]) for m in cluster.mentions):
        votes["organization"] += 5  # "Castlebury City ... City were": a club; a city is never called "City"
    elif words[-1] in PLACE_WORDS:
        votes["place"] += 4
    elif given_and_family(full.split()) and not any(head in ORG_ROLE_NOUNS for head in role_heads) and not all(
        map(_after_the, cluster.mentions)
    ):
        votes["person"] += _GIVEN_NAME  # not "investment firm Grant Hollis", nor "travel to the Abel Moreno"
    elif titled_inside(full.split()):
        votes["person"] += 3  # "Liberal MP Ivor Penhale"
    if full.isupper() and len(full) > 1 and full.casefold() not in COUNTRY_FORMS:
        votes["organization"] += 1
    for head in role_heads:
        if head in ORG_ROLE_NOUNS:
            votes["organization"] += 3
        elif head in TITLES:
            votes["person"] += 3
    named_of = all(of_something(m.words) for m in cluster.mentions)  # not "McIlroy of Northern Ireland", "McIlroy"
    kinds = _ORDER[1:] if named_of else _ORDER
    decided = max(kinds, key=lambda kind: (votes[kind], -_ORDER.index(kind)))
    if guesses is not None and decided == "person" and size == 1 and votes["person"] <= labelled and not (
        is_given_name(full) or any(map(_does_or_undergoes, cluster.mentions))  # "a neighbour named John"
    ):
        guesses.add(cluster.key)  # "Snapchat", "Saracens", "Brackley": no title, pronoun, age nor role says so
    few = len(cluster.mentions) <= _FEW  # a name the article comes back to often is central: keep it
    if guesses is not None and size == 1 and few and votes[decided] <= by_label[decided] and torn_labels(by_label):
        guesses.add(cluster.key)  # "Hinckley" a firm here, a place there, and nothing but those labels says which
    return decided


def _cues(mention: Mention, votes: defaultdict[ActorKind, float]) -> None:
    span = mention.span
    root = span.root
    doc = span.doc
    if mention.honorific is not None:
        votes["person"] += 3
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in TITLES and before.head.i >= span.start:
        votes["person"] += 2
    if _aged(mention):
        votes["person"] += 2  # "Everardo Salcedo, 22, was driving": an age, whatever the recogniser says
    sentence_end = root.sent.end
    following = [t.lower_ for t in doc[span.end : min(sentence_end, span.end + 12)]]
    if mention.subject and any(word in _PERSON_PRONOUNS for word in following):
        votes["person"] += 1.5
    elif mention.subject and ("its" in following or "it" in following):
        votes["organization"] += 0.5
    if mention.subject and len(mention.words) == 1 and plural_verb(root):
        votes["organization"] += 2  # "Spurs entertain Leeds", "Doncaster were": a team, a body, never one person
    if owns_company_things(root) or example_of_organisations(root):
        votes["organization"] += 2
    if mention.subject and any(c.dep_ == "prep" and any(g.lower_ in SPOKESPEOPLE for g in c.children)
                               for c in root.head.children):
        votes["organization"] += 1.5  # "X said in a statement"
    if root.dep_ == "compound" and root.head.lower_ in PLACE_WORDS:
        votes["place"] += 2
    first = first_conjunct(root)
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in PLACE_WORDS:
        votes["place"] += 2  # "the port of Rotterdam", "the city of Leeds", "the towns of Qarvash and ..."
    beside = kind_beside(span)
    if beside is not None:
        votes[beside] += 3  # "the capital Drevnik", "file-sharing network Zapstream", "its president Arkan Tolvanbek"
    if has_staff(root, span.end):
        votes["organization"] += 3  # "Porto Vell boss Tomas Arrieta"
    if based_somewhere(span):
        votes["organization"] += 2  # "Leeds-based Zentrovic"
    if after_place(span):
        votes["place"] += 2  # "in Brockhollow, Wexmoor"
    if address(span):
        votes["place"] += 4  # "of Rowan Close", "12 Mill Lane"
    if root.head.lower_ in SPOKESPEOPLE and root.dep_ in ("compound", "poss"):
        votes["organization"] += 3
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lower_ in SPOKESPEOPLE:
        votes["organization"] += 3
    if mention.label == "PERSON" and len(mention.words) == 1 and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
        votes["place"] += 1.5
    elif root.dep_ == "pobj" and root.head.lower_ in ("to", "from") and root.head.head.lemma_.lower() in TRAVEL_VERBS:
        votes["place"] += 1.5  # "travel to Old Trafford"
    elif _taken_to(root) and mention.label != "PERSON":
        votes["place"] += 1.5  # "took his children to Disney World"; not "take the matter to Tony Blair"
    elif root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.lemma_.lower() not in PERSON_NOUNS:
        votes["place"] += 1.5  # "goalless minutes at the BayArena", "a depot at Sennybridge"; not "a lawyer at Apex"
    for clause in root.children:
        if clause.dep_ == "relcl":
            pronouns = {t.lower_ for t in clause.children if t.dep_ in ("nsubj", "nsubjpass", "advmod")}
            if "who" in pronouns and plural_verb(next(t for t in clause.children if t.lower_ == "who")):
                votes["organization"] += 2  # "Barcelona, who host Valencia": a side; one person takes no plural
            elif "who" in pronouns:
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


def _does_or_undergoes(mention: Mention) -> bool:
    """Whether a name is the subject of a verb other than "be", or the object of one ("Dubuisson carded a 67",
    "Spahic tackles Muller"): it may be a person named by surname alone, not a guess."""
    root = mention.span.root
    verb = root.head
    if verb.pos_ != "VERB" or verb.lemma_ == "be":
        return False
    return root.dep_ in ("dobj", "nsubj")


def torn_labels(by_label: dict[ActorKind, float]) -> bool:
    """Whether the recogniser's labels of a name's mentions disagree with no clear majority: the first kind has less
    than twice the votes of the second ("Hinckley": a firm once, a place once; not a firm twice, a person once)."""
    ranked = sorted(by_label.values(), reverse=True)
    return len(ranked) > 1 and ranked[0] < _TORN * ranked[1]


def _by_last_word(mention: Mention, last: str) -> bool:
    """Whether a name is called by its last word alone, a place's noun, inside a sentence and with no "the" before
    ("City were", "beat Town"; not "the City", "City officials said")."""
    span = mention.span
    return len(mention.words) == 1 and mention.text.casefold() == last and mention.text[:1].isupper() and not (
        _after_the(mention) or span.start == span.sent.start
    )


def _after_the(mention: Mention) -> bool:
    """Whether "the" comes right before a name, as no person's name takes it ("the Abel Moreno", a stadium)."""
    start = mention.span.start
    return start > 0 and mention.span.doc[start - 1].lower_ == "the"


def _located(mention: Mention) -> bool:
    """Whether a name taken for a nationality stands where a place does: after "in", "at" or "near", and not a
    plural ("in Qarvash"; not "among Democrats")."""
    root = mention.span.root
    return mention.label == "NORP" and root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near") and (
        not mention.text.endswith("s")
    )


def _aged(mention: Mention) -> bool:
    """A name followed by an age between commas ("Ann Reyes, 34,")."""
    doc, end = mention.span.doc, mention.span.end
    words = [t.text for t in doc[end : end + 3]]
    return len(words) == 3 and words[0] == words[2] == "," and words[1].isdigit() and 0 < int(words[1]) < 120


def _taken_to(root: Token) -> bool:
    """Whether a name is where someone or something is taken ("took his children to Disney World")."""
    verb = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ == "to" and verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" for c in verb.children
    )


def plural_verb(root: Token) -> bool:
    """Whether a name alone (no list) is the subject of a verb in the plural ("Spurs entertain", "Mainz were")."""
    if root.dep_ != "nsubj" or any(c.dep_ == "conj" for c in root.children):
        return False
    verb = root.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBD")]
    finite = auxiliaries[0] if auxiliaries else verb
    return finite.tag_ == "VBP" or finite.lower_ == "were"


def owns_company_things(root: Token) -> bool:
    """What only an organisation has: "Yukos' main asset", "Apex's chief executive", "shares in Sega"."""
    if root.dep_ in ("poss", "compound") and root.head.lemma_.lower() in COMPANY_NOUNS and root.head.pos_ == "NOUN":
        return root.dep_ == "poss" or root.head.lemma_.lower() in ("executive", "chairman", "boss", "shareholder")
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ("share", "stake")


def owns_product(root: Token) -> bool:
    """Whether a bare one-word name owns another name, neither a person nor a place ("Kelvo's Star Racer")."""
    head = root.head
    return root.dep_ == "poss" and head.pos_ == "PROPN" and head.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")


def example_of_organisations(root: Token) -> bool:
    """A name given as an example of a kind of organisation ("sites like Hotbot", "festivals such as Slamdance")."""
    kind = example_kind(root)
    return kind is not None and kind.lemma_.lower() in ORG_KIND_NOUNS
