"""The clock of a game: the words that time what happens in a match ("in the 89th minute", "either side of half
time", "five minutes into the second half").

General English, no article's words; a sub-module of generator.language.lexicon, read where it is used.
"""

from __future__ import annotations

# The parts of a game that time what happens in it, as words in a row ("half-time" is read without its hyphen); a
# half followed by "of" is a half of something else ("the first half of the year").
GAME_PERIODS = frozenset(
    {("half", "time"), ("halftime",), ("injury", "time"), ("stoppage", "time"), ("first", "half"), ("second", "half")}
)
# Words after a count of minutes that set it on a game's clock: "five minutes into the second half", "three minutes
# left", "with ten minutes remaining", "30 minutes gone".
CLOCK_AFTER = frozenset({"into", "left", "remaining", "gone"})
