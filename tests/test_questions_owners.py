"""A question that borrows its subject keeps no possessive another name may own; a thing's purpose is not asked."""

from __future__ import annotations

import pytest

from .questioning import Parse, asked


@pytest.mark.parametrize(
    "text",
    [
        "The Greens say they will study his proposals, but Tory Anna Hale said her party was ready.",
    ],
)
def test_a_possessive_another_name_may_own_is_not_asked_of_the_borrowed_subject(parse_text: Parse, text: str) -> None:
    assert not any(" its " in q or " his " in q for q in asked(parse_text, text))


def test_a_clause_with_its_own_named_subject_keeps_its_possessive(parse_text: Parse) -> None:
    text = "Moscow has said Minsk should complete the transfer of its reserves to the capital by 1 March."
    assert asked(parse_text, text) == ["Will Minsk complete the transfer of its reserves to the capital by 1 March?"]


@pytest.mark.parametrize(
    "text",
    [
        "Buyers sued the maker in Ohio on Monday. The lawsuit seeks to represent anyone who has bought a heater.",
        "A new range of sun creams promise to protect against the damage from infra-red rays, makers say.",
        "The class action seeks to recover the fees paid by thousands of savers.",
    ],
)
def test_what_a_thing_is_for_told_in_the_present_is_not_asked(parse_text: Parse, text: str) -> None:
    assert asked(parse_text, text) == []


def test_what_a_body_aims_to_do_is_still_asked(parse_text: Parse) -> None:
    text = "The council aims to reopen the old library by next spring."
    assert asked(parse_text, text) == ["Will the council reopen the old library by next spring?"]
