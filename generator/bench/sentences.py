"""Invented sentence patterns for the synthetic corpus, written for the benchmark.

Slots in braces are filled from :mod:`generator.bench.vocabulary`:
``{person}`` a full name with a title (first mention) or a surname,
``{role}`` the phrase for that person's office, ``{org}``/``{org2}`` bodies,
``{place}``, ``{thing}``, ``{number}``, ``{money}``, ``{weekday}``,
``{month}``, ``{year}``, ``{feeling}``.  The patterns cover what the stages
look for: leads, attributed quotes, past events with dates, hedged claims,
figures and open questions.
"""

from __future__ import annotations

LEADS = (
    "Officials in {place} approved a plan on {weekday} to rebuild the {thing}, ending months of dispute "
    "between {org} and local residents.",
    "{org} said on {weekday} it would suspend work on the {thing} in {place} after inspectors found "
    "cracks in its foundations.",
    "Thousands of people marched through {place} on {weekday} to protest against the {thing}, which "
    "{org} says will cost {money}.",
    "{person} announced on {weekday} that {org} would take over the {thing}, a move that surprised "
    "many in {place}.",
    "A court in {place} ruled on {weekday} that {org} had broken its contract over the {thing}, "
    "ordering it to pay {money} in damages.",
    "Negotiators for {org} and {org2} reached a provisional deal on {weekday} over the future of the "
    "{thing} in {place}.",
)
BODY = (
    "The {thing} has been closed since {month} {year}, when a storm damaged its main structure.",
    "{person} said the decision was made after a long review of costs and safety.",
    "Residents of {place} have complained for years about delays and rising prices.",
    "The project is expected to employ about {number} people once it is complete.",
    "{org} has spent {money} on the {thing} so far, according to figures published in {month}.",
    "Critics say the plan favours large companies over small businesses in {place}.",
    "{person} met representatives of {org2} on {weekday} to discuss the timetable.",
    "The vote in the council was {number} to {small}, with several members abstaining.",
    "Local businesses said they were {feeling} about the outcome but wanted more details.",
    "The {thing} carries about {number} passengers a day during the summer months.",
    "Engineers from {org2} will inspect the site next week before any work resumes.",
    "{role} told reporters that the budget would be reviewed again in {month}.",
    "Opposition members accused {org} of hiding the true cost from the public.",
    "Prices for materials have risen by about {small} percent since last year.",
    "Many families in {place} depend on the {thing} for their income.",
    "The agreement still needs the approval of the regional parliament.",
)
QUOTES = (
    "\"We have waited long enough, and people in {place} deserve an answer,\" {person} said.",
    "\"This is a fair result for everyone involved,\" said {person}, speaking outside the town hall.",
    "\"Nobody has shown us where the money will come from,\" {person} told a local radio station.",
    "{person} said the {thing} was \"the most important project this region has seen in a generation.\"",
    "\"We will not accept a deal that puts jobs at risk,\" {person} said in a statement.",
    "\"The numbers simply do not add up,\" said {person}, who has followed the case since {year}.",
)
BACKGROUND = (
    "In {year}, a similar plan was abandoned after costs rose to more than {money}.",
    "The {thing} was first built in {old_year} and was last renovated in {year}.",
    "{org} was founded in {old_year} and has run the {thing} since {year}.",
    "A previous dispute over the {thing} in {year} lasted {small} weeks.",
)
UNCERTAIN = (
    "It was not clear whether {org2} would support the plan.",
    "It remains unclear how the project will be paid for if costs rise again.",
    "{person} did not say when the work would begin.",
    "{org} did not respond to a request for comment.",
    "Officials may decide next month whether to extend the deadline.",
    "Analysts said the deal could collapse if the regional parliament rejects it.",
)
