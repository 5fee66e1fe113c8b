"""Two forms of one name: a shortening word by word ("Man Utd", "Manchester United"), the same words with or without
a space between ("Power Page", "PowerPage"), a full name less its middle words ("Chief Magistrate Ray Rinaudo",
"Magistrate Rinaudo"), a surname with or without its particle ("al-Assad", "Assad"), and a name joined by hyphens
around a particle and its first or last part alone ("Misbah-ul-Haq", "Misbah")."""

from __future__ import annotations

from ...language.lexicon import NAME_JOINERS


def same_name(one: str, other: str) -> bool:
    """Whether two folded full names are forms of one: see the module."""
    return one != other and (abbreviates(one, other) or abbreviates(other, one) or _spaced(one, other)
                             or _middle_dropped(one, other) or _middle_dropped(other, one))


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
    lower case between hyphens ("Misbah" of "Misbah-ul-Haq"; not "Jean" of "Jean-Pierre")."""
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
