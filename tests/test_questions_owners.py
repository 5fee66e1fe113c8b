"""A question that borrows its subject keeps no possessive pronoun another name may own."""

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
