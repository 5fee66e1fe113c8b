"""Closed English words that show a name to be a work (a film, a book, a programme, a game) by how it is used."""

from __future__ import annotations

# Nouns of which a work is the "of": "the premiere of Winter Lanterns", "an episode of Copper Road".
PARTS_OF_WORKS = frozenset(
    "premiere premieres episode episodes sequel sequels remake adaptation screening screenings".split()
)
# Verbs whose "in" holds a work: "she starred in Copper Road", "who directed him in The Long Road".
ACTED_IN_VERBS = frozenset("star direct co-star".split())
