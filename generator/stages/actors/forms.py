"""Two forms of one name: a shortening word by word ("Man Utd", "Manchester United"), the same words with or without
a space between ("Sky Desk", "SkyDesk"), a full name less its middle words ("Chief Magistrate Ray Tolland",
"Magistrate Tolland"), a surname with or without its particle ("al-Assad", "Assad"), and a name joined by hyphens
around a particle and its first or last part alone ("Noor-ul-Amin", "Noor"); and the folded form every comparison
starts from, without case or accents ("Erik Åkerlund", "Erik Akerlund")."""

from __future__ import annotations

import unicodedata

from ...language.lexicon import NAME_JOINERS

_SLIP_LENGTH = 5  # letters, at least, in a word of a full name that two letters swapped still name


def folded(text: str) -> str:
    """A name without case, accents or curly apostrophes (U+2019): "Åsberg" is "asberg"."""
    letters = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(letter for letter in letters if not unicodedata.combining(letter))


def hyphen_spaced(one: str, other: str) -> bool:
    """Whether two folded names differ only by a hyphen for a space between their words ("al-qaeda", "al qaeda")."""
    return one != other and one.replace("-", " ") == other.replace("-", " ")


def same_name(one: str, other: str) -> bool:
    """Whether two folded full names are forms of one: see the module."""
    return one != other and (abbreviates(one, other) or abbreviates(other, one) or _spaced(one, other)
                             or _middle_dropped(one, other) or _middle_dropped(other, one) or _misspelt(one, other))


def _misspelt(one: str, other: str) -> bool:
    """Whether two names of two words or more differ in one word only, by two letters swapped, a word long enough
    that the swap is a slip ("Makrus Lindvall", "Markus Lindvall")."""
    pairs = [(a, b) for a, b in zip(one.split(), other.split(), strict=False) if a != b]
    if len(one.split()) != len(other.split()) or len(one.split()) < 2 or len(pairs) != 1:
        return False
    a, b = pairs[0]
    diff = [n for n in range(len(a)) if len(a) == len(b) and a[n] != b[n]]
    return len(a) >= _SLIP_LENGTH and len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and (
        a[diff[1]] == b[diff[0]]
    )


def abbreviates(short: str, long: str) -> bool:
    """Whether each word of ``short`` is the word of ``long`` in its place or a shortening of it: its first
    letter, then some of its letters in order ("utd" of "united", "nottm" of "nottingham")."""
    pairs = list(zip(short.split(), long.split(), strict=False))
    if len(short.split()) != len(long.split()) or len(pairs) < 2 or short == long:
        return False
    return all(s == w or (s[0] == w[0] and len(s) < len(w) and _letters_in_order(s, w)) for s, w in pairs)


def without_particle(word: str) -> str:
    """A folded surname without the particle hyphened to it ("al-assad" → "assad")."""
    particle, _, rest = word.partition("-")
    return rest if rest and particle in NAME_JOINERS else word


def hyphen_part(word: str, name: str) -> bool:
    """Whether a one-word folded name is the first or the last part of a name written as one word with a particle in
    lower case between hyphens ("Noor" of "Noor-ul-Amin"; not "Jean" of "Jean-Pierre")."""
    parts = name.split("-")
    if " " in word + name or len(parts) < 3 or word == name:
        return False
    ends = (parts[0].casefold(), parts[-1].casefold())
    return any(part.islower() for part in parts[1:-1]) and word.casefold() in ends


def _letters_in_order(short: str, word: str) -> bool:
    letters = iter(word)
    return all(letter in letters for letter in short)


def _spaced(one: str, other: str) -> bool:
    return one.replace(" ", "") == other.replace(" ", "") and (" " in one) != (" " in other)


def _middle_dropped(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with words put in its middle: the same first and last words, the words of
    ``short`` in order."""
    shorter, longer = short.split(), long.split()
    if len(shorter) < 2 or len(longer) <= len(shorter) or shorter[0] != longer[0] or shorter[-1] != longer[-1]:
        return False
    words = iter(longer)
    return all(word in words for word in shorter)
