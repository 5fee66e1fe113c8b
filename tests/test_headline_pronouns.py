"""Headlines keep no pronoun whose meaning they do not show, and no subject that only points back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Document
from generator.stages.headline.compress import headline

Parse = Callable[..., Document]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Baxter said it would be a brief return.",
        "The Red Cross would bring us food parcels every week.",
        "The parents said he was not coping at school.",
    ],
)
def test_headline_is_none_with_a_pronoun_it_does_not_name(parse_text: Parse, sentence: str) -> None:
    assert headline(parse_text(sentence).spans[0], 12) is None


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Tom Baxter says he will not stand for the council.", "Tom Baxter says he will not stand for council"),
        ("Apple has won a fight to make bloggers reveal who told them about products.",
         "Apple wins fight to make bloggers reveal who told them about products"),
    ],
)
def test_headline_keeps_a_pronoun_that_stands_for_a_word_before_it(parse_text: Parse, sentence: str,
                                                                   title: str) -> None:
    assert headline(parse_text(sentence).spans[0], 12) == title


def test_headline_keeps_no_it_without_the_clause_it_announces(parse_text: Parse) -> None:
    span = parse_text("A plan to make it easier to build houses on farmland could harm wildlife, campaigners say.")
    title = headline(span.spans[0], 12)
    assert title is None or "it easier" not in title or "build" in title


@pytest.mark.parametrize("sentence", ["His move was condemned by the opposition.",
                                      "This work is still going on at the site."])
def test_headline_is_none_when_its_subject_only_points_back(parse_text: Parse, sentence: str) -> None:
    assert headline(parse_text(sentence).spans[0], 12) is None


def test_headline_keeps_the_for_clause_a_verb_asks_for(parse_text: Parse) -> None:
    span = parse_text("A former minister has called for an independent body to be set up.").spans[0]
    assert headline(span, 12) == "Former minister calls for independent body to be set up"
