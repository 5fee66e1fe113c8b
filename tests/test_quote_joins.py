"""A quotation that goes on from the one before it ("But ...") is shown joined to it."""

from __future__ import annotations

from typing import Any

from generator.language.continued import joined
from generator.pipeline import brief


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


def test_a_quotation_that_leans_on_the_article_is_still_shown(parse_text: Any) -> None:
    text = (
        "Mayor Ann Lee opened a new bus depot in the city on Monday.\n"
        '"We will build three new depots by the end of the year," Lee said at the town hall.\n'
        '"It was a long wait," Lee added.\n'
        "The council will vote on the plan in March."
    )
    shown = {quote.text for actor in brief(parse_text(text)).actors for quote in actor.quotes if quote.shown}
    assert "It was a long wait" in shown


def test_two_quotations_are_joined_with_a_full_stop_only_where_the_first_has_none() -> None:
    assert joined("We lost,", "But we learnt a lot.") == "We lost. But we learnt a lot."
    assert joined("Did we lose?", "But we learnt a lot.") == "Did we lose? But we learnt a lot."
