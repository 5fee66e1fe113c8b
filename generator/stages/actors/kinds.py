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
travels to is a place.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ...language.grammar import example_kind
from ...language.lexicon import (
    COLLECTIVE_TEAM_NOUNS,
    COMPANY_NOUNS,
    COMPETITION_VERBS,
    COUNTRY_FORMS,
    DEFEAT_VERBS,
    LOCATIVE,
    MATCH_NOUNS,
    ORG_KIND_NOUNS,
    ORG_ROLE_NOUNS,
    ORG_WORDS,
    PARTIES,
    PERSON_NOUNS,
    PLACE_WORDS,
    SPOKESPEOPLE,
    TEAM_NOUNS,
    TITLES,
    TRAVEL_VERBS,
)
from ...model import ActorKind
from .mentions import FIXTURE
from .shapes import given_and_family, of_something

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Document
    from .mentions import Mention
    from .merge import Cluster

LABEL_KINDS: dict[str, ActorKind] = {
    "PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group",
}
_ORDER: tuple[ActorKind, ...] = ("person", "organization", "place", "group")
_PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})
_MATCH_CUES = 3
# A common given name first ("Sean Rafferty"): a person, unless a firm cue (a team's match, "its") outweighs it.
_GIVEN_NAME = 2.5
# A one-word name's label is weak evidence: the small model calls most unknown single words a person.
_ONE_WORD_LABEL = 0.5
# Labels of names that can be a side in a match: a person who beats someone is a player, not a team.
_SIDE_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def sides(document: Document) -> frozenset[str]:
    """The names of the sides in the article's fixture lines ("Arsenal v Stoke", "Swindon/Notts Co v Boro")."""
    found: set[str] = set()
    for sentence in document.sentences:
        fixture = FIXTURE.match(sentence.text)
        if fixture:
            found.update(side.strip().casefold() for group in fixture.groups() for side in group.split("/"))
    return frozenset(found)


def match_report(mentions: list[Mention], teams: frozenset[str]) -> bool:
    """Whether the article reports matches: it has fixture lines, or three mentions of sides playing."""
    return bool(teams) or sum(_plays(m.span.root) for m in mentions if m.label in _SIDE_LABELS) >= _MATCH_CUES


def decide_kind(
    cluster: Cluster, role_heads: list[str], teams: frozenset[str] = frozenset(), match: bool = False
) -> ActorKind:
    """The kind that the weighed evidence of ``cluster`` points to; ``teams`` are the sides of fixtures, and
    in a ``match`` report a country that plays once is its team."""
    full = max((m.text for m in cluster.mentions), key=lambda text: len(text.split()))
    size = len(full.split())
    plays = sum(_plays(m.span.root) for m in cluster.mentions if m.label in _SIDE_LABELS)  # people beat people
    plays += 2 * any(m.text.casefold() in teams for m in cluster.mentions)
    bare = [m for m in cluster.mentions if m.label == "PERSON" and not m.honorific] if size == 1 else []
    plays += sum(_plays_a_side(m.span.root) for m in bare)  # never given a first name: "knocked out Doncaster"
    if cluster.canonical is not None:  # a country or a party; a country's team when it plays
        return "organization" if cluster.canonical in PARTIES.values() or plays >= (1 if match else 2) else "place"
    votes: defaultdict[ActorKind, float] = defaultdict(float)
    votes["organization"] += 2.5 * plays
    if not match and any(_owns_product(m.span.root) for m in bare):
        votes["organization"] += 2  # "Sega's House of the Dead": a maker; not "Gerrard's Liverpool" in a match report
    for mention in cluster.mentions:
        kind = LABEL_KINDS.get(mention.label)
        if kind is not None:
            votes[kind] += (1.0 if len(mention.words) == size else 0.4) * (_ONE_WORD_LABEL if size == 1 else 1.0)
        _cues(mention, votes)
    words = full.casefold().split()
    if words[-1] in ORG_WORDS or "&" in words:
        votes["organization"] += 4
    elif words[-1] in PLACE_WORDS:
        votes["place"] += 4
    elif given_and_family(full.split()) and not any(head in ORG_ROLE_NOUNS for head in role_heads):
        votes["person"] += _GIVEN_NAME  # not "investment firm Grant Samuel"
    if full.isupper() and len(full) > 1 and full.casefold() not in COUNTRY_FORMS:
        votes["organization"] += 1
    for head in role_heads:
        if head in ORG_ROLE_NOUNS:
            votes["organization"] += 3
        elif head in TITLES:
            votes["person"] += 3
    named_of = all(of_something(m.words) for m in cluster.mentions)  # not "McIlroy of Northern Ireland", "McIlroy"
    kinds = _ORDER[1:] if named_of else _ORDER
    return max(kinds, key=lambda kind: (votes[kind], -_ORDER.index(kind)))


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
        votes["person"] += 2  # "Everardo Custodio, 22, was firing": an age, whatever the recogniser says
    sentence_end = root.sent.end
    following = [t.lower_ for t in doc[span.end : min(sentence_end, span.end + 12)]]
    if mention.subject and any(word in _PERSON_PRONOUNS for word in following):
        votes["person"] += 1.5
    elif mention.subject and ("its" in following or "it" in following):
        votes["organization"] += 0.5
    if mention.subject and len(mention.words) == 1 and _plural_verb(root):
        votes["organization"] += 2  # "Spurs entertain Leeds", "Doncaster were": a team, a body, never one person
    if _owns_company_things(root) or _example_of_organisations(root):
        votes["organization"] += 2
    if mention.subject and any(c.dep_ == "prep" and any(g.lower_ in SPOKESPEOPLE for g in c.children)
                               for c in root.head.children):
        votes["organization"] += 1.5  # "X said in a statement"
    if root.dep_ == "compound" and root.head.lower_ in PLACE_WORDS:
        votes["place"] += 2
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLACE_WORDS:
        votes["place"] += 2  # "the port of Rotterdam", "the city of Leeds"
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


def _plural_verb(root: Token) -> bool:
    """Whether a name alone (no list) is the subject of a verb in the plural ("Spurs entertain", "Mainz were")."""
    if root.dep_ != "nsubj" or any(c.dep_ == "conj" for c in root.children):
        return False
    verb = root.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBD")]
    finite = auxiliaries[0] if auxiliaries else verb
    return finite.tag_ == "VBP" or finite.lower_ == "were"


def _owns_company_things(root: Token) -> bool:
    """What only an organisation has: "Yukos' main asset", "Apex's chief executive", "shares in Sega"."""
    if root.dep_ in ("poss", "compound") and root.head.lemma_.lower() in COMPANY_NOUNS and root.head.pos_ == "NOUN":
        return root.dep_ == "poss" or root.head.lemma_.lower() in ("executive", "chairman", "boss", "shareholder")
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ("share", "stake")


def _owns_product(root: Token) -> bool:
    """Whether a bare one-word name owns another name, neither a person nor a place ("Kelvo's Star Racer")."""
    head = root.head
    return root.dep_ == "poss" and head.pos_ == "PROPN" and head.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")


def _example_of_organisations(root: Token) -> bool:
    """A name given as an example of a kind of organisation ("sites like Hotbot", "festivals such as Slamdance")."""
    kind = example_kind(root)
    return kind is not None and kind.lemma_.lower() in ORG_KIND_NOUNS


def _plays(root: Token) -> bool:
    """Whether a name is a side in a match, or owns a team's coach or squad ("Scotland coach Matt Williams")."""
    return _competes(root) or (root.dep_ in ("compound", "poss") and root.head.lower_ in TEAM_NOUNS)


def _competes(root: Token) -> bool:
    """Whether a name is a side in a match: a slot of a verb of competing whose other slot is a name
    ("Fulham face Watford", "knocked out Doncaster", "at home to Stoke"), or after a noun of a match
    ("opening defeats to France and Ireland")."""
    root, after, found = _match_of(root)
    if after or found is None:
        return after
    verb = root.head.head if root.dep_ == "pobj" else root.head
    return verb.lemma_.lower() in DEFEAT_VERBS or any(t.pos_ == "PROPN" for t in found)


def _plays_a_side(root: Token) -> bool:
    """Whether a one-word name taken for a person is a side: it plays a side ("Exeter City, who knocked out
    Doncaster") or a team's match ("his side's trip to face Mainz"), never a person."""
    root, after, found = _match_of(root)
    if after or found is None:
        return after
    if found:
        return all(t.ent_type_ in _SIDE_LABELS for t in found)
    verb = root.head
    return any(t.lemma_.lower() in COLLECTIVE_TEAM_NOUNS for t in verb.sent if t.i < verb.i and t.pos_ == "NOUN")


def _match_of(root: Token) -> tuple[Token, bool, list[Token] | None]:
    """A name's first conjunct; whether a noun of a match comes before it; else the names it plays against (None
    when it plays no match)."""
    root = _first_conjunct(root)
    after = _after_match_noun(root)
    return root, after, None if after else _opponents(root)


def _first_conjunct(root: Token) -> Token:
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "defeats to France and Ireland": Ireland stands where France does
    return root


def _after_match_noun(root: Token) -> bool:
    """Whether a name follows "to", "against" or "over" after a noun of a match ("a win over Chelsea")."""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in ("to", "against", "over") or preposition.i == 0:
        return False
    before = preposition.doc[preposition.i - 1]
    noun = before if before.lemma_.lower() in MATCH_NOUNS and before.pos_ == "NOUN" else preposition.head
    if noun.lemma_.lower() == "home":
        return noun.head.lower_ == "at"  # "at home to Stoke", not "home to millions"
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in MATCH_NOUNS


def _opponents(root: Token) -> list[Token] | None:
    """The names in the other slot of the verb of competing that ``root`` fills (the antecedent of a "who"
    subject), or None when ``root`` fills no slot of such a verb."""
    verb, slot = root.head, root.dep_
    if slot == "pobj" and root.head.lower_ in ("against", "to", "with"):
        verb, slot = root.head.head, "dobj"
    if verb.lemma_.lower() not in COMPETITION_VERBS or slot not in ("nsubj", "nsubjpass", "dobj"):
        return None
    others = [c for c in verb.children if c.dep_ in (("dobj",) if slot != "dobj" else ("nsubj", "nsubjpass"))]
    if slot != "dobj":
        others += [g for c in verb.children if c.dep_ in ("prep", "prt") for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ == "relcl":
        others = [verb.head if t.lower_ in ("who", "which", "that") else t for t in others]
    return [t for t in others if t.pos_ == "PROPN"]
