"""What a name's own words say of its kind: a common given name before one or two more names is a person's
("Sean Halloway", "Dame Emma Kettle"); a name of something "of" something is no person's unless a title or a rank
opens it ("Directorate of Harbour Works"; "Duke of Kent"); a name whose head, the last word before any
lower-case one, is the noun of an occasion names an event, no actor ("World Summit for the Village Radio Society");
a name ending in a country's that is no country's or region's is a body's branch there ("Halden Research Scotland").
"""

from __future__ import annotations

from ...language.countries import HOME_NATIONS
from ...language.lexicon import COUNTRY_FORMS, NAME_JOINERS, NOBLE, RANKS, TITLES, is_given_name
from ...language.occasions import OCCASION_NOUNS

# First words of a part of a country, not a body's branch in it ("Northern Scotland", "Greater London").
_REGIONS = frozenset("north south east west northern southern eastern western central greater upper lower new".split())


def an_occasion(words: list[str]) -> bool:
    """A name whose head, its last word before any lower-case one ("for", "of", "the"), is the noun of an occasion:
    "Harbour Press Guild Dinner", "World Summit for the Village Radio Society"; not "Festival Republic"."""
    head = []
    for word in words:
        if not word[:1].isupper():
            break
        head.append(word)
    return len(head) > 1 and head[-1].casefold() in OCCASION_NOUNS


def of_something(words: list[str]) -> bool:
    """A name of something "of" something, which no person's name is unless it opens with a title ("Directorate of
    Harbour Works", "Consort of Dunmere"; not "Duke of Edinburgh", "Sir Kenneth of ...")."""
    return "of" in words[1:-1] and words[0].casefold() not in TITLES | NOBLE | RANKS


def given_and_family(words: list[str]) -> bool:
    """A person's name as written: a common given name, then one or two more names, every word capitalised and
    none a joining word ("Sean Halloway", "Dame Emma Kettle"; not "Bank of England", "Grant & Co")."""
    if words and words[0].casefold() in NOBLE:
        words = words[1:]
    if not 2 <= len(words) <= 3 or not is_given_name(words[0]):
        return False
    return all(word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() for word in words) and not any(
        word.casefold() in NAME_JOINERS for word in words[1:]
    )


def national_branch(words: list[str]) -> bool:
    """Whether a name of two words or more, not a country's, ends in a country's: a body's branch there ("Halden
    Research Scotland", "Cancer Research UK"); not a part of the country ("North Korea" is one, "Northern Scotland",
    "New England"), nor one "of" it ("Republic of Ireland")."""
    if len(words) < 2 or words[-2] == "of" or words[0] in _REGIONS:
        return False
    countries = COUNTRY_FORMS.keys() | HOME_NATIONS
    return words[-1] in countries and " ".join(words) not in countries
