"""The nouns of occasions: a name whose head is one names an event, a contest or a prize, not an actor
("World Summit on Trade", "the Press Dinner", "the Hillcrest Chase", "the Spelling Test")."""

from __future__ import annotations

# Not "forum", "convention", "congress", "council", "league": bodies as often as occasions ("World Economic Forum").
OCCASION_NOUNS = frozenset(
    "summit dinner banquet gala ceremony festival concert tournament championship championships cup trophy "
    "marathon race chase stakes hurdle test olympics games expo awards".split()
)
