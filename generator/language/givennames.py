"""Given names: a closed list of first names, read from the ``names`` package (MIT), which ships the given names
of the 1990 US Census (public domain) with how common each is. Only the names more than one in ten thousand people
bore are kept: the rarer end of the list holds common words ("Royal", "Major", "Sun", "China").

Re-exported by generator.language.lexicon; no article's words.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from .countries import country_table
from .dates import MONTHS, WEEKDAYS

_FILES = ("dist.male.first", "dist.female.first")
_SHARE = 0.01  # per cent of people with the name: more than that


@cache
def given_names() -> frozenset[str]:
    """The given names, folded ("james", "mary"), less months, weekdays and the names of countries and peoples."""
    found: set[str] = set()
    for name in _FILES:
        for line in files("names").joinpath(name).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) == 4 and float(fields[1]) > _SHARE:
                found.add(fields[0].casefold())
    forms, _capitals, demonyms = country_table()
    return frozenset(found - set(MONTHS) - set(WEEKDAYS) - set(forms) - set(demonyms))


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name ("Sean", "Justin"; not "Royal", "April" or "Jordan" the country)."""
    return word.casefold() in given_names()
