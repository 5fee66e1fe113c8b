"""A line's quote marks pair: a mark that scraping moved from the quotation before makes a line no one can read."""

from __future__ import annotations

import pytest

from generator.language.standalone import unbalanced


@pytest.mark.parametrize(
    "text",
    [
        "\"The ferry's captain, who sailed twice, said: \"It was a fine crossing.",  # a stray mark, then a quotation
        'calm," the captain said. "We sailed',  # closed before it opens
        "He said: “We left “early”.”",  # one opened inside another of the same marks
        '"It was a fine crossing.',  # opened and never closed
    ],
)
def test_marks_that_do_not_pair_are_unbalanced(text: str) -> None:
    assert unbalanced(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We sailed at nine," the captain said.',
        'The captain said "yes" and the mate said "no".',
        "The “good” crossing and the “bad” one.",
        'He called it "a \'fine\' day".',
        '"It was a fine crossing."',
    ],
)
def test_marks_that_pair_are_balanced(text: str) -> None:
    assert not unbalanced(text)
