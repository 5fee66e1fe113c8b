"""Who plays whom: the sides of a match report.

A name is a side when it fills a slot of a verb of competing whose other slot is a name or a side's "they"
("Fulham face Watford", "they will play Asanga Moro"; not a person facing a person, "Varga admits facing Okonjo"),
follows a noun of a match ("a win over Chelsea"), owns one ("England's 40-run defeat"), owns a team's staff
("Scotland coach Matt Williams"), or is set beside a side's plural noun ("two-time champions Argentina"); the
fixture lines of a draw ("Arsenal v Stoke") name sides too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import (
    COLLECTIVE_TEAM_NOUNS,
    COMPETITION_VERBS,
    DEFEAT_VERBS,
    FIXTURE_PLACES,
    MATCH_NOUNS,
    SIDE_NOUNS,
    TEAM_NOUNS,
)
from ...language.sport import FOR_A_SIDE, MEETING_NOUNS, MET_WITH_NOUNS
from .mentions import FIXTURE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Document
    from .mentions import Mention

# Three sides playing make a match report.
_MATCH_CUES = 3
# Labels of names that can be a side in a match: a person who beats someone is a player, not a team.
SIDE_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})
# What a side that plays is called in its own story: "they will play Asanga Moro".
_SIDE_PRONOUNS = frozenset({"they", "we"})


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
    return bool(teams) or sum(plays(m.span.root) for m in mentions if m.label in SIDE_LABELS) >= _MATCH_CUES


def plays(root: Token) -> bool:
    """Whether a name is a side in a match, owns one ("England's 40-run defeat"), owns a team's coach or squad
    ("Scotland coach Matt Williams"), or is called a side ("two-time champions Argentina")."""
    head = root.head
    if root.dep_ in ("compound", "poss") and head.lower_ in TEAM_NOUNS:
        return True
    if root.dep_ == "poss" and head.pos_ == "NOUN" and head.lemma_.lower() in MATCH_NOUNS - {"home"}:
        return True
    if root.dep_ == "appos" and head.i < root.i and head.lower_ in SIDE_NOUNS:
        return True
    called = any(c.dep_ in ("compound", "nmod", "amod") and c.lower_ in SIDE_NOUNS for c in root.lefts)
    return called or _competes(root) or bracketed_fixture(root) or _played_for(root)


def _played_for(root: Token) -> bool:
    """Whether a name follows the "for" of a player's doing for a side ("scored twice for Valdora", "18
    appearances for Ferrow", "signed for Chelsea"; not "voted for Labour")."""
    return root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_.lower() in FOR_A_SIDE


def fixture_word(token: Token) -> bool:
    """Whether a word opens a side's next fixture in brackets ("home" of "Tarnwick (home to Holbury)")."""
    doc = token.doc
    return token.lower_ in FIXTURE_PLACES and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("to", "at") and (
        token.i > 0 and doc[token.i - 1].text == "("
    )


def bracketed_fixture(root: Token) -> bool:
    """Whether a name is a side of a fixture in brackets: before it ("Tarnwick (away to Holbury)") or in it
    ("Castlebury (home to Dunmere)"), as previews of a round write them."""
    doc = root.doc
    if root.i + 2 < len(doc) and doc[root.i + 1].text == "(" and fixture_word(doc[root.i + 2]):
        return True
    return bracketed_opponent(root)


def bracketed_opponent(root: Token) -> bool:
    """Whether a name is the opponent a fixture in brackets gives ("Dunmere" of "Castlebury (home to Dunmere)")."""
    start, doc = root.left_edge.i, root.doc
    return start >= 3 and doc[start - 1].lower_ in ("to", "at") and fixture_word(doc[start - 2])


def _competes(root: Token) -> bool:
    """Whether a name is a side in a match: a slot of a verb of competing whose other slot is a name
    ("Fulham face Watford", "knocked out Doncaster", "at home to Stoke"), or after a noun of a match
    ("opening defeats to France and Ireland")."""
    root, after, found = _match_of(root)
    if after or found is None:
        return after
    if found and all(t.ent_type_ == "PERSON" for t in found):
        return False  # people face people: "Varga admits facing Okonjo"
    verb = root.head.head if root.dep_ == "pobj" else root.head
    return verb.lemma_.lower() in DEFEAT_VERBS or any(t.pos_ == "PROPN" for t in found)


def plays_a_side(root: Token, *, strict: bool = False) -> bool:
    """Whether a name taken for a person is a side: it plays a side ("Exeter City, who knocked out Doncaster",
    "they will play Asanga Moro") or a team's match ("his side's trip to face Mainz"), never a person; ``strict``,
    only when what it plays is called a side ("Dunmore's win over Rapid Koltz", "they will play"; not "a win over
    X"); a name a player scores or plays for is one too ("scored twice for Valdora")."""
    if not strict and _played_for(root):
        return True
    root, after, found = _match_of(root)
    if after or found is None:
        return after and (not strict or _owned_by_a_side(root))
    if strict:  # a side's "they", not a name the recogniser may have mislabelled ("Ferrant will play Daskalo")
        return bool(found) and all(t.lower_ in _SIDE_PRONOUNS for t in found)
    if found:
        return all(t.ent_type_ in SIDE_LABELS or t.lower_ in _SIDE_PRONOUNS for t in found)
    verb = root.head
    return any(t.lemma_.lower() in COLLECTIVE_TEAM_NOUNS for t in verb.sent if t.i < verb.i and t.pos_ == "NOUN")


def _match_of(root: Token) -> tuple[Token, bool, list[Token] | None]:
    """A name's first conjunct; whether a noun of a match comes before it; else the names it plays against (None
    when it plays no match)."""
    root = first_conjunct(root)
    after = _after_match_noun(root)
    return root, after, None if after else _opponents(root)


def first_conjunct(root: Token) -> Token:
    """The first of the names listed with ``root``, or ``root``."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "defeats to France and Ireland": Ireland stands where France does
    return root


def _after_match_noun(root: Token) -> bool:
    """Whether a name follows "to", "against" or "over" after a noun of a match ("a win over Chelsea"), or is the
    opponent of a fixture in brackets ("(away to Holbury)")."""
    if bracketed_fixture(root):
        return True
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in ("to", "against", "over", "by", "with") or preposition.i == 0:
        return False
    noun = _match_noun(preposition)
    if noun.lemma_.lower() == "home":
        return noun.head.lower_ == "at"  # "at home to Stoke", not "home to millions"
    if preposition.lower_ == "by":
        return noun.pos_ == "NOUN" and noun.lemma_.lower() == "defeat"  # "defeats by Harrowgate"
    if preposition.lower_ == "with":  # "a draw with Leeds"; not "a win with Leeds", "trade ties with China"
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in MET_WITH_NOUNS
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in MATCH_NOUNS | MEETING_NOUNS


def _owned_by_a_side(root: Token) -> bool:
    """Whether the match a name follows is a side's ("Dunmore's cup win over Rapid Koltz")."""
    noun = _match_noun(root.head)
    nouns = [noun, *(c for c in noun.lefts if c.pos_ == "NOUN")]  # "Dunmore's cup win"
    return any(c.dep_ == "poss" and c.ent_type_ in SIDE_LABELS for n in nouns for c in n.children)


def _match_noun(preposition: Token) -> Token:
    """The noun of a match a preposition follows ("a win over"), or the word it hangs from."""
    before = preposition.doc[preposition.i - 1]
    meeting = before.lemma_.lower() in MATCH_NOUNS | MEETING_NOUNS | MET_WITH_NOUNS
    return before if meeting and before.pos_ == "NOUN" else preposition.head


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
    return [t for t in others if t.pos_ == "PROPN" or t.lower_ in _SIDE_PRONOUNS]
