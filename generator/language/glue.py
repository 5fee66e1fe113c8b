"""Where scraping ran two sentences together with no space: the one rule, for the tokenizer and for text.

A full stop after two lower-case letters, two capitals or a digit, followed by a capitalised word
("in 2009.He", "at 11:00 BST.Ninety"; not "Mr.Benn" or "U.S.Army", where the stop ends a title or an
initial), the stop and an opening quote mark after it ('in 2013."It'); or a word of three or more
lower-case letters going on in a capitalised word, a caption or a button glued to the next sentence
("Copy this linkBut", "on this deviceThe hosts"; not "iPhone", "eBay", "PlayStation", nor a handle or
a hashtag such as "@realDonaldTrump"). :mod:`generator.nlp.glued` makes them token boundaries;
:func:`glue_points` finds them in a text.
"""

from __future__ import annotations

import re

_NEXT_SENTENCE = r"(?=[\"“]?[A-Z][a-z])"
_STOP = r"(?:(?<=[a-z]{2})|(?<=[A-Z]{2})|(?<=[0-9%]))[.!?]" + _NEXT_SENTENCE
_QUOTE = r"(?<=[.!?])[\"“](?=[A-Z][a-z])"
# Fixed-width look-behinds, one for each length of the lower-case word (at the
# token's start, or after a character that is neither a letter nor the start
# of a handle: "@realDonaldTrump" stays whole).
_LONGEST_WORD = 15
_LOWER_WORD = "|".join(
    f"(?<=^[a-z]{{{n}}})|(?<=[^A-Za-z@#][a-z]{{{n}}})" for n in range(3, _LONGEST_WORD + 1)
)
_CAMEL = f"(?:{_LOWER_WORD})(?=[A-Z](?:[a-z]|$))"
GLUED = (_STOP, _QUOTE, _CAMEL)
# Characters that open a handle or a hashtag: "@realDonaldTrump", "#blackLivesMatter".
TAGS = ("#", "@")
_POINTS = re.compile("|".join(GLUED))
# What every glue point has around it; most texts have none, and this is much quicker to look for.
_MAYBE = re.compile(r"[.!?][\"“]?[A-Z]|[a-z][A-Z]")


def glue_points(text: str) -> list[int]:
    """Where the pieces of a text glued together meet: after a glued stop, before a glued quote or word."""
    if not _MAYBE.search(text):
        return []
    return [match.end() if match.group() in (".", "!", "?") else match.start() for match in _POINTS.finditer(text)]
