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
# Nouns for a team as a whole: "his side's trip to face Mainz" says who faces whom.
COLLECTIVE_TEAM_NOUNS = frozenset("side squad team club".split())
# Plural nouns set beside a side's name: "two-time champions Argentina", "rivals Dunmore".
SIDE_NOUNS = frozenset("champions holders hosts visitors rivals opponents finalists semi-finalists leaders".split())
# Staff a body has, written before their name after the body's: "Porto Vell boss Tomas Arrieta".
STAFF_NOUNS = frozenset(
    "boss manager coach chairman captain striker goalkeeper midfielder defender winger chief president ceo".split()
)
# Nouns whose owner or modifier is a team: "Scotland coach Matt Williams", "Italy's squad".
TEAM_NOUNS = frozenset("coach side squad captain striker goalkeeper midfielder defender winger batsman bowler".split())
# Last words of a competition's name ("League One", "the Championship"): a side's name never opens with one.
COMPETITION_WORDS = frozenset("league championship conference premiership division cup".split())
# Where a side plays its next match, written in brackets after its name: "Derby (away to Millwall)".
FIXTURE_PLACES = frozenset({"home", "away"})
