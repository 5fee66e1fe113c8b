"""A headline leaves out only what the news can do without: never the second part of "in conjunction with"; it is
not made of a sentence that goes on from another ("And ..."); a passive verb's "after failing ..." goes only when
the headline would be too long with it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Document
from generator.stages.headline.compress import headline
from generator.stages.headline.lede import continues

Parse = Callable[..., Document]


@pytest.mark.parametrize(
    "sentence",
    [
        "Photographs of the old mill at Brockhollow have been released in conjunction with the opening of a new "
        "exhibition at the town museum.",
        "New photographs of the old Brockhollow mill have been released in conjunction with a local history show.",
    ],
)
def test_headline_never_keeps_in_conjunction_without_its_with(parse_text: Parse, sentence: str) -> None:
    title = headline(parse_text(sentence).spans[0], 12, aim=10)
    assert title is None or "conjunction with" in title


def test_headline_of_a_passive_leaves_out_what_led_to_it_when_too_long(parse_text: Parse) -> None:
    sentence = ("Greek cyclists Anna Pell and Tom Reed have been suspended after failing to attend three drugs tests "
                "before the national championships.")
    assert headline(parse_text(sentence).spans[0], 12, aim=10) == "Greek cyclists Anna Pell and Tom Reed suspended"


def test_headline_of_a_passive_keeps_what_led_to_it_when_there_is_room(parse_text: Parse) -> None:
    sentence = ("Two Brockhollow cyclists have been banned after missing three drugs tests in the weeks before "
                "the final.")
    title = headline(parse_text(sentence).spans[0], 12, aim=10)
    assert title is not None and title.startswith("Two Brockhollow cyclists banned after missing")


@pytest.mark.parametrize(
    ("sentence", "goes_on"),
    [
        ("And at least a third of the followers are fake.", True),
        ("Or the council could sell the Brockhollow depot.", True),
        ("But a public appeal launched in May hit its target in a month.", False),
        ("The Brockhollow depot will close in May.", False),
    ],
)
def test_a_sentence_opening_on_and_or_or_goes_on_from_another(parse_text: Parse, sentence: str,
                                                              goes_on: bool) -> None:
    assert continues(parse_text(sentence).spans[0]) is goes_on


def test_headline_keeps_what_a_granted_wish_was_for(parse_text: Parse) -> None:
    sentence = "Brockhollow Rovers manager Tom Reed has been granted his wish for a home game in the final round."
    title = headline(parse_text(sentence).spans[0], 12, aim=10)
    assert title is not None and "wish for home game" in title


def test_headline_keeps_the_article_of_the_same(parse_text: Parse) -> None:
    sentence = "Life in the fishing village of Brockhollow will never be the same after the storm."
    title = headline(parse_text(sentence).spans[0], 12, aim=10)
    assert title is not None and "the same" in title
