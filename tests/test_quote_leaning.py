"""A quotation that leans on what the article told around it is shown only when its speaker shows nothing else."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from generator.language.leaning import chosen, joined, leans
from generator.pipeline import brief
from generator.stages.vetting import vet_lines


@pytest.mark.parametrize(
    "quotation",
    [
        "It tastes quite sweet.",
        "It's not just the money.",
        "In light of that, the board will meet again.",
        "You can hear them singing through the wall.",
        "Then why did you leave?",
    ],
)
def test_a_quotation_whose_it_or_that_stands_for_nothing_it_names_leans_on_the_article(
    nlp: Any, quotation: str
) -> None:
    assert leans(nlp(quotation))


@pytest.mark.parametrize(
    "quotation",
    [
        "It is a privilege to coach this squad.",
        "It may well be that the council changes its mind.",
        "The new bridge is late, and it will cost twice as much.",
        "The way I see it, we were lucky.",
        "Why should a family that pays its taxes wait two years for a decision on its own home?",
    ],
)
def test_a_quotation_that_says_what_its_pronouns_stand_for_stands_alone(nlp: Any, quotation: str) -> None:
    assert not leans(nlp(quotation))


def test_a_leaning_quotation_is_hidden_beside_one_that_stands_alone() -> None:
    assert chosen([True, True, True], [False, True, False], [40, 20, 30]) == [True, False, True]


def test_when_every_shown_quotation_leans_the_longest_is_shown() -> None:
    assert chosen([False, True, True], [False, True, True], [90, 20, 30]) == [False, False, True]


def test_the_briefing_hides_a_speakers_quotation_that_leans_on_the_article(parse_text: Any) -> None:
    text = (
        "Mayor Ann Lee opened a new bus depot in the city on Monday.\n"
        '"We will build three new depots by the end of the year," Lee said at the town hall.\n'
        '"It was a long wait," Lee added.\n'
        "The council will vote on the plan in March."
    )
    document = parse_text(text)
    briefing = brief(document)
    actors = [replace(a, quotes=tuple(replace(q, shown=True) for q in a.quotes)) for a in briefing.actors]
    vetted = vet_lines(document, replace(briefing, bottom_line=None, summary=(), actors=tuple(actors)))
    shown = {quote.text: quote.shown for actor in vetted.actors for quote in actor.quotes}
    assert shown == {"We will build three new depots by the end of the year": True, "It was a long wait": False}


def test_a_quotation_that_goes_on_with_but_is_shown_joined_to_the_one_its_attribution_broke(parse_text: Any) -> None:
    text = (
        "Mayor Ann Lee opened a new bus depot in the city on Monday.\n"
        '"The old depots are too small for the new buses," Lee said.\n'
        '"But we will build three more by the end of the year."\n'
        "The council will vote on the plan in March."
    )
    shown = [quote.text for actor in brief(parse_text(text)).actors for quote in actor.quotes if quote.shown]
    assert shown == [
        "The old depots are too small for the new buses. But we will build three more by the end of the year."
    ]


def test_two_quotations_are_joined_with_a_full_stop_only_where_the_first_has_none() -> None:
    assert joined("We lost,", "But we learnt a lot.") == "We lost. But we learnt a lot."
    assert joined("Did we lose?", "But we learnt a lot.") == "Did we lose? But we learnt a lot."
