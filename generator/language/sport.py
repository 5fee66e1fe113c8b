"""The words of matches and sides, for the lexicon: the verbs and nouns of a match, and the nouns that name a
side or its staff."""

from __future__ import annotations

# Verbs of a match between two sides ("Fulham face Watford", "Scotland beat Italy"): a place in one
# of its slots, with a name in the other, is a team.
COMPETITION_VERBS = frozenset(
    "beat defeat face host meet visit play draw lose thrash edge entertain knock eliminate overcome".split()
)
# Of those, the verbs that only a match takes: their subject or object is a side whatever the other slot.
DEFEAT_VERBS = frozenset("beat defeat thrash".split())
# Nouns of a match: a name after "to", "against", "over" or "with" beside one is a side ("defeats to France",
# "a win over Chelsea", "at home to Stoke").
MATCH_NOUNS = frozenset("game match defeat win victory loss draw home tie clash fixture".split())
# Nouns of a meeting between sides that a side's opponent follows, with "against" ("Sunday's contest against
# Portugal", "a spirited display against Italy", "the final against Wales"), or with "with" those of a meeting
# only sides have ("a draw with Leeds", "the derby with Everton"; not "a meeting with", "ties with"): not the
# clock's words of a game, so apart from the nouns above.
MEETING_NOUNS = frozenset("contest showdown derby final display performance".split())
MET_WITH_NOUNS = frozenset("draw clash derby showdown".split())
# Verbs and nouns of a player's doing for a side: the name after their "for" is the side ("scored twice for
# Valdora", "18 appearances for Ferrow", "signed for Chelsea").
FOR_A_SIDE = frozenset("score net appearance goal cap debut sign play start".split())
# Nouns for a team as a whole: "his side's trip to face Mainz" says who faces whom.
COLLECTIVE_TEAM_NOUNS = frozenset("side squad team club".split())
# Plural nouns set beside a side's name: "two-time champions Argentina", "rivals Dunmore".
SIDE_NOUNS = frozenset(
    "champions holders hosts visitors rivals opponents finalists semi-finalists leaders contenders favourites"
    " underdogs".split()
)
# Staff a body has, written before their name after the body's: "Porto Vell boss Tomas Arrieta".
STAFF_NOUNS = frozenset(
    "boss manager coach chairman captain striker goalkeeper midfielder defender winger chief president ceo".split()
)
# Nouns whose owner or modifier is a team: "Scotland coach Matt Williams", "Italy's squad".
TEAM_NOUNS = frozenset(
    "coach side squad captain skipper striker goalkeeper keeper midfielder defender winger forward flanker hooker"
    " prop batsman bowler spinner wicketkeeper".split()
)
# Last words of a competition's name ("League One", "the Championship"): a side's name never opens with one.
COMPETITION_WORDS = frozenset("league championship conference premiership division cup".split())
# Where a side plays its next match, written in brackets after its name: "Tarnwick (away to Holbury)".
FIXTURE_PLACES = frozenset({"home", "away"})
