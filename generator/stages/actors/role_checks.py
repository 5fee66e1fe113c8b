"""Checks on the words a role finder gives for a name: not a role of this name when they name only a town, its home
("Trevin Skeens of Brownsville"), or hold another name and its title in a list ("10th seed Tomas Berdych and 12th seed
Jo-Wilfried Tsonga")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.countries import HOME_NATIONS
from ...language.lexicon import COUNTRY_FORMS, NOBLE, TITLES
from ...language.tokens import join

if TYPE_CHECKING:
    from spacy.tokens import Token

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
