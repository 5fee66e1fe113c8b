"""Closed word classes a headline keeps whole around: verbs of telling, whose "about" phrase says what was told
("told them about unreleased products"), and the nouns of degree that open a fixed "of a" phrase ("one hell of a
show"), whose article a headline may not drop; the adverbs that qualify the phrase after them ("completely via
Facebook"), which go with it."""

from __future__ import annotations

# Verbs of telling someone something: with a pronoun as object, their "about" or "of" phrase is what was told.
TELLING_VERBS = frozenset("tell inform warn remind ask notify brief advise".split())
# Nouns of degree that make a fixed phrase with "of a": "a hell of a show", "a bit of a shock".
DEGREE_NOUNS = frozenset("hell heck bit kind sort".split())
# Adverbs that say how much of the phrase after them holds: "completely via Facebook", "mainly in Europe".
PHRASE_ADVERBS = frozenset("""completely entirely solely only mainly partly largely mostly exclusively purely chiefly
    primarily wholly""".split())
