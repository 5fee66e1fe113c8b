"""A headline drops the auxiliaries of a passive and puts the past in the present: neither may change what the
sentence says (a verb of telling turned active, a past need told as today's)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Document
from generator.stages.headline.compress import headline

Parse = Callable[..., Document]


@pytest.mark.parametrize(
    "sentence",
    [
        "The court was told Nolan must have drunk ten pints of cider before driving home.",
        "Staff at the depot were warned the Brockhollow site could close by the spring.",
    ],
)
def test_headline_is_none_for_a_passive_verb_of_telling_with_a_clause(parse_text: Parse, sentence: str) -> None:
    assert headline(parse_text(sentence).spans[0], 12) is None


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Residents of Brockhollow were told to leave their homes.", "Residents of Brockhollow told to leave homes"),
        ("Staff could be told the Brockhollow depot will close in May.",
         "Staff could be told Brockhollow depot will close in May"),
    ],
)
def test_headline_keeps_a_passive_verb_of_telling_that_reads_as_one(parse_text: Parse, sentence: str,
                                                                     title: str) -> None:
    assert headline(parse_text(sentence).spans[0], 12) == title


def test_headline_is_none_for_what_a_side_needed_in_the_simple_past(parse_text: Parse) -> None:
    span = parse_text("The Larks, who reached the top flight in 2011, needed victory to stay up.").spans[0]
    assert headline(span, 12) is None


def test_headline_keeps_what_a_side_needs_now(parse_text: Parse) -> None:
    span = parse_text("The Larks need victory to stay up.").spans[0]
    assert headline(span, 12) == "Larks need victory to stay up"
