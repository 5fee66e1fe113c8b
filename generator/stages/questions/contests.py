"""Who will win: a contest still to be played, and a prize someone seeks (matters of :mod:`.matters`).

"Scotland face Italy on Saturday" leaves open who wins (asked "Will Scotland beat Italy?"); so does "as he seeks a
first Six Nations victory" (asked "Will Matt Williams win a first Six Nations victory?") until the article says the
prize was won, and so does a prize still to be handed out to someone the article does not name ("The Golden Kinnarees
will be awarded on Friday", "The winner of the accolade will be named at a ceremony": asked "Who will win ...?").  A
contest is read only in a story of contests (its match nouns), between two named sides; a prize sought is a noun of
the lexicon's closed list.  A side drawn against either of two ("set up a meeting with either Marco Fu or Neil
Robertson") asks which it will face.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import find_subject
from ...language.lexicon import CONTEST_NOUNS, CONTEST_TRIPS, CONTEST_VERBS, PRIZES, SEEKING, SEEKING_FOR, WINNING
from ...language.tense import verb_is_future
from .walks import negated

if TYPE_CHECKING:
    from spacy.tokens import Token

NAMING = frozenset({"announce", "name", "reveal", "unveil"})  # "the winner will be named": the prize is still open
_NOT_SIDES = frozenset(  # a day, a sum, a venue or a title cannot play
    "DATE TIME MONEY CARDINAL ORDINAL PERCENT QUANTITY FAC LOC EVENT WORK_OF_ART LAW LANGUAGE".split()
)


def contest(token: Token) -> tuple[Token, Token] | None:
    """ "Scotland face Italy on Saturday", "Exeter will travel to Old Trafford to meet Manchester United", "Newcastle
    face a trip to Yeading": two named sides in a contest still to be played, in a story of contests."""
    if token.lemma_.lower() not in CONTEST_VERBS or token.pos_ != "VERB" or negated(token):
        return None
    purpose = token.dep_ == "advcl" and any(c.tag_ == "TO" for c in token.children)  # "travel to X to meet Y"
    subject = find_subject(token.head if purpose else token)
    opponent = _opponent(token)
    if subject is None or opponent is None or not _side(subject) or not _to_come(token):
        return None
    sentence_words = {t.lemma_.lower() for t in token.sent}
    story_words = sum(1 for t in token.doc if t.lemma_.lower() in CONTEST_NOUNS)
    if not sentence_words & CONTEST_NOUNS and story_words < 3:
        return None  # "the president will meet Xi on Friday": a meeting, not a contest
    return subject, opponent


def either_side(token: Token) -> tuple[Token, Token] | None:
    """ "set up a meeting with either Marco Fu or Neil Robertson", "were drawn away against either Swindon or Notts
    County": the side still to be known that a named side will meet, in a story of contests; (the side, the first
    of the two)."""
    first = token.head
    if token.lower_ != "either" or token.dep_ not in ("preconj", "det") or not _named_side(first):
        return None
    if not any(c.dep_ == "conj" and _side(c) for c in first.children):
        return None
    placed = first.dep_ == "pobj" and first.head.lower_ in ("with", "against", "to")
    if not placed and first.dep_ != "dobj":
        return None
    verb = next((t for t in first.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or negated(verb):
        return None
    purpose = verb.dep_ in ("advcl", "xcomp") and any(c.tag_ == "TO" for c in verb.children)
    subject = find_subject(verb.head if purpose else verb)  # "beat X to set up a meeting with ...": the winner
    if subject is None or not _side(subject):
        return None
    in_sentence = any(t.lemma_.lower() in CONTEST_NOUNS for t in token.sent)
    if not in_sentence and sum(1 for t in token.doc if t.lemma_.lower() in CONTEST_NOUNS) < 3:
        return None  # "buy its planes from either Boeing or Airbus": no contest
    return subject, first


def _opponent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "dobj" and _side(child):
            return child
        named = [g for g in child.children if g.dep_ == "appos" and _side(g)] if child.dep_ == "dobj" else []
        if named:  # "meet holders Manchester United", parsed as "holders" named by an apposition
            return named[0]
        if (child.dep_ == "dobj" and child.lemma_.lower() in CONTEST_TRIPS) or child.dep_ == "prep":
            places = child.children if child.dep_ == "dobj" else [child]
            for prep in places:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "against", "at"):
                    found = next((g for g in prep.children if g.dep_ == "pobj" and _side(g)), None)
                    if found is not None and (child.dep_ == "dobj" or prep.lower_ == "against"):
                        return found
    return None


def _named_side(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ not in _NOT_SIDES


def _side(token: Token) -> bool:
    """A named team, country or player, and only one: "either Swindon or Notts County" is not yet an opponent."""
    undecided = any(c.dep_ in ("conj", "cc", "preconj") for c in token.children)
    return token.pos_ == "PROPN" and token.ent_type_ not in _NOT_SIDES and not undecided


def _to_come(verb: Token) -> bool:
    """ "will face", "are to meet", "travel to X to meet" (a purpose of a future verb), or a present with a date
    ("face Italy on Saturday")."""
    if verb_is_future(verb) or (verb.dep_ in ("xcomp", "advcl") and verb_is_future(verb.head)):
        return True
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
    return verb.tag_ in ("VBP", "VBZ") and dated and not any(c.dep_ == "aux" for c in verb.children)


def prize(verb: Token) -> tuple[Token, Token] | None:
    """(who, the prize) for "he seeks a first victory", "Selby, aiming for a third world title, said", "is targeting a
    title": sought now, not in the past, and not won later in the article."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or negated(verb) or verb.tag_ in ("VBD", "VBN"):
        return None
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children):
        return None  # "was seeking a title": told in the past
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "visits to target seats": a purpose, not a prize the subject is after
    objects = [c for c in verb.children if c.dep_ == "dobj"] if lemma in SEEKING else []
    if lemma in SEEKING_FOR:
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    wanted = next((o for o in objects if o.dep_ in ("dobj", "pobj") and o.lemma_.lower() in PRIZES), None)
    if wanted is None or _won(wanted) or any(c.dep_ == "conj" for c in wanted.children):
        return None
    subject = find_subject(verb)
    if subject is None and verb.dep_ == "advcl":
        subject = find_subject(verb.head)  # "Selby, aiming for a title, said": the subject of what it qualifies
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return (subject, wanted) if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN") else None


def awarded(verb: Token) -> Token | None:
    """The prize of "The Golden Kinnarees will be awarded on Friday", "This year's awards will be handed out on
    Sunday", "The winner of the accolade will be named next week" (the accolade): to be won by someone not named
    ("design engineer Ann Lee will be awarded an Oscar", "will be awarded to Ann Lee" name the winner)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or negated(verb) or not verb_is_future(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ in ("PRON", "NUM") or subject.ent_type_ in ("PERSON", "MONEY"):
        return None
    handed = lemma == "hand" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if lemma == "award" or handed:
        named = any(c.dep_ in ("dative", "dobj") or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)
        return None if named or _won(subject) else subject
    if lemma in NAMING and subject.lemma_.lower() == "winner":
        of = [g for c in subject.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        prize_noun = of[0] if of else None
        return None if prize_noun is None or _won(prize_noun) else prize_noun
    return None


def _won(prize_noun: Token) -> bool:
    """Whether the article says such a prize was won ("Selby won the title")."""
    for token in prize_noun.doc:
        won = token.lemma_.lower() in WINNING and token.tag_ in ("VBD", "VBN") and not negated(token)
        if won and any(c.dep_ == "dobj" and c.lemma_.lower() == prize_noun.lemma_.lower() for c in token.children):
            return True
    return False
