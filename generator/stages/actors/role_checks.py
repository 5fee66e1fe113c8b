"""Checks on the words a role finder gives for a name: not a role of this name when they name only a town, its home
("Trevin Skeens of Brownsville"), or hold another name and its title in a list ("10th seed Tomas Berdych and 12th seed
Jo-Wilfried Tsonga"); where the article quotes (what a name "is" in a speaker's words is an opinion, no role)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...language.countries import HOME_NATIONS
from ...language.lexicon import COUNTRY_FORMS, NOBLE, TITLES
from ...language.tokens import join
from .quotes import quotations

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Document
    from .mentions import Mention


def titled_pairs(tokens: list[Token]) -> bool:
    """Whether words before a name hold another name and its title joined by "and" (a list of titled names)."""
    return any(t.dep_ == "cc" for t in tokens) and any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in tokens)


def place_only(tokens: list[Token], mention: Mention) -> bool:
    """Whether an "of" phrase names only a town or a state, a home ("Trevin Skeens of Brownsville"), after a name
    with no title of its own; not a country, a player's side ("Nathalie Dechy of France")."""
    titled = mention.words[0].lower() in TITLES | NOBLE
    place = [t for t in tokens[1:] if t.lower_ != "the"]
    name = join(place).strip().casefold()
    country = name in COUNTRY_FORMS or name in HOME_NATIONS or name in {c.casefold() for c in COUNTRY_FORMS.values()}
    return bool(place) and not titled and not country and all(t.ent_type_ == "GPE" for t in place)


@dataclass(frozen=True)
class Labels:
    """What the article quotes: the words of its short quotations (``words``), and where the words of every
    quotation that is no fragment are (``inside``: sentence and token)."""

    words: frozenset[str]
    inside: frozenset[tuple[int, int]]


def quoted_labels(document: Document) -> Labels:
    """The words of the article's short quotations (five words at most: "'our generation's suffragette'"), and
    where the words of its quotations that are no fragment are."""
    said = quotations(document)
    short = [quote.text.lower() for quote in said if len(quote.text.split()) <= 5]
    inside = frozenset(where for quote in said if not quote.fragment for where in quote.inside)
    return Labels(frozenset(word for text in short for word in re.findall(r"\w+", text)), inside)


def bracketed(tokens: list[Token]) -> list[Token]:
    """A role's words with their brackets paired: a closing bracket whose opening one the role left out is dropped
    ("federation (RFF) spokesman": "RFF spokesman"), a bracket opened and not closed cut off with what follows it
    ("founder of the Harbour Fund (HF": "founder of the Harbour Fund")."""
    kept: list[Token] = []
    opened: list[int] = []
    for token in tokens:
        if token.text == ")" and not opened:
            continue
        if token.text == ")":
            opened.pop()
        elif token.text == "(":
            opened.append(len(kept))
        kept.append(token)
    return kept[: opened[0]] if opened else kept
