"""What the words next to one mention say of its kind: a noun of a kind set beside it ("the capital Drevnik",
"file-sharing network Zapstream", "its president Arkan Tolvanbek", "Korvel, one of Europe's biggest
publishers"), a title inside the name ("Liberal MP Ivor Penhale"), staff it has ("Porto Vell boss Tomas
Arrieta"), "X-based" before it (a firm), the place it is written after ("at Kettle Farm, Wexmoor"), which
makes it a place within a place, and an address ("of Apple Close", "12 Mill Lane")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import (
    ADDRESS_WORDS,
    FORMAL_TITLES,
    ORG_KIND_NOUNS,
    PLACE_KIND_NOUNS,
    PLACE_WORDS,
    SPEECH_VERBS,
    STAFF_NOUNS,
    TITLES,
    is_given_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...model import ActorKind

# Prepositions of where something is: "in Brockhollow, Wexmoor", "at Kettle Farm, Wexmoor".
_WHERE = frozenset({"in", "at", "near"})
# Words before an address: "Jo Lee, 35, of Apple Close", "lived in Mill Lane", "a house on Cobb Drive".
_ADDRESSED = frozenset({"of", "in", "at", "on", "near"})


def kind_beside(span: Span) -> ActorKind | None:
    """The kind that a common noun set beside the name says: before it ("the capital Drevnik", "its president
    Arkan Tolvanbek") or after it, between commas ("Korvel, one of Europe's biggest publishers")."""
    for noun in _nouns_beside(span):
        lemma = noun.lemma_.lower()
        if lemma in TITLES and lemma in ORG_KIND_NOUNS:
            continue  # "executive producer Helen Ward", "the producer Korvel Films": either
        if lemma in PLACE_WORDS or lemma in PLACE_KIND_NOUNS:
            return "place"
        if lemma in ORG_KIND_NOUNS:
            return "organization"
        if lemma in TITLES and (noun.tag_ != "NNS" or _listed(span.root)):
            return "person"  # "the rebel leaders Varo and Temmik"; not "market analysts Quantiva"
    return None


def _listed(root: Token) -> bool:
    return root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children)


def _nouns_beside(span: Span) -> list[Token]:
    root, doc = span.root, span.doc
    found = []
    head = root.head
    if root.dep_ == "appos" and head.i < span.start and head.pos_ == "NOUN" and head.is_lower:
        found.append(head)  # "its president Arkan Tolvanbek"
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower and span.start <= before.head.i < span.end:
        found.append(before)  # "the capital Drevnik", "file-sharing network Zapstream"
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.pos_ in ("NOUN", "NUM") and child.is_lower:
            found.append(_one_of(child))  # "Korvel, one of Europe's biggest publishers"
    return found


def _one_of(noun: Token) -> Token:
    """The noun a "one of ..." stands for, or the noun itself."""
    if noun.lower_ != "one":
        return noun
    for preposition in noun.children:
        if preposition.dep_ == "prep" and preposition.lower_ == "of":
            return next((g for g in preposition.children if g.dep_ == "pobj"), noun)
    return noun


def based_somewhere(span: Span) -> bool:
    """A name right after "X-based": a firm or a body ("Leeds-based Zentrovic")."""
    doc, at = span.doc, span.start
    return at >= 2 and doc[at - 1].lower_ == "based" and doc[at - 2].text == "-"


def titled_inside(words: list[str]) -> bool:
    """A formal title inside a name, right before a given and a family name: a person ("Liberal MP Ivor Penhale";
    not "General Motors", whose title opens it, nor "Ashby General Hospital in Kent")."""
    title = words[-3] if len(words) >= 4 else ""
    names = words[-2:]
    return title.casefold() in FORMAL_TITLES and all(word[:1].isupper() and word.isalpha() for word in [title, *names])


def has_staff(root: Token, end: int | None = None) -> bool:
    """A name before a noun of staff and a person's name: the body they serve ("Porto Vell boss Tomas
    Arrieta", "Dunmore Town interim manager Ray Colley"); the noun may also come right after the name's last word
    (``end``), whatever the parse made of it ("Bell Promotions boss Dorn")."""
    doc = root.doc
    staff = root.head if root.dep_ == "compound" else None
    if (staff is None or staff.lower_ not in STAFF_NOUNS) and end is not None and end < len(doc):
        staff = doc[end]
    if staff is None or staff.lower_ not in STAFF_NOUNS or staff.i + 1 >= len(doc):
        return False
    after = doc[staff.i + 1]
    return after.pos_ == "PROPN" and after.is_title


def after_place(span: Span) -> bool:
    """A name written after a place and a comma, inside a sentence: a place within it ("in Brockhollow, Wexmoor",
    "at Kettle Farm, Wexmoor"; not "In London, Smith said")."""
    doc, at = span.doc, span.start
    if at < 3 or doc[at - 1].text != "," or not doc[at - 2].is_title:
        return False
    if span.end < len(doc) and doc[span.end].lemma_.lower() in SPEECH_VERBS:
        return False
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lemma_.lower() in SPEECH_VERBS:
        return False  # set off by commas before a verb of saying: a speaker ("the head of X in Y, Ann Lee, said")
    start = at - 2
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    preposition = doc[start - 1] if start > 0 else None
    return preposition is not None and preposition.lower_ in _WHERE and not preposition.is_sent_start


def address(span: Span) -> bool:
    """A street's name by a word that also ends other names ("Close", "Lane", "Way"), after a house's number ("12 Mill
    Lane") or after "of", "in", "at" or "on" with no common given name first ("Jo Lee, 35, of Apple Close"; not
    "a film of Glenn Close's", "the rise of Nathan Lane")."""
    doc, words = span.doc, span.text.split()
    if len(words) < 2 or words[-1].casefold() not in ADDRESS_WORDS or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.like_num or (before.lower_ in _ADDRESSED and not is_given_name(words[0]))
