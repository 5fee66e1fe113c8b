"""Quotations whose speaker the story leaves unknown stay nobody's; and who "by telling" and "this is a ..." are."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from generator.model import Actor, Document
from generator.stages.actors import actors_of
from generator.stages.actors.quotes import reads_alone

Parse = Callable[..., Document]


def _quotes(actors: list[Actor]) -> dict[str, list[str]]:
    return {actor.name: [quote.text for quote in actor.quotes] for actor in actors if actor.quotes}


def test_a_quotation_going_on_from_one_given_to_nobody_is_nobodys_too(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Harbour striker Karl Mendez has recovered from his injury, and the coach may pick him on Sunday.\n"
        "\"Mendez is the best finisher in the league. He has been out for a long time,\" he said. "
        "\"His speed gives him a real chance but it is a hard call to make.\"\n"
    )))
    assert "Karl Mendez" not in quotes


def test_a_verb_of_saying_after_by_gives_the_subject_of_its_clause(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Harbour coach Tomas Varga was asked about his future after the match.\n"
        "Varga ended the talk by telling the local radio: \"I am staying here next season.\"\n"
    )))
    assert quotes.get("Tomas Varga") == ["I am staying here next season."]


def test_he_after_an_unnamed_speaker_is_not_the_man_named_before_them(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Karl Mendez, 44, was fined for selling drink after hours at his bar in the town.\n"
        "The bar had been open until five in the morning on several nights.\n"
        "The judge said the bar had \"a terrible record\" of breaking the rules.\n"
        "\"This was the worst case I have seen in many years on the bench,\" he said.\n"
    )))
    assert "Karl Mendez" not in quotes


def test_she_stands_for_who_spoke_last_when_named_again_after_another_woman(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "\"I feel like I am in good shape for the race,\" said runner Ilse Brandt.\n"
        "Maria Okoro won the gold medal in the final on Sunday.\n"
        "Brandt's time of 14 minutes was her best of the season.\n"
        "\"I am very happy with my race today,\" she said.\n"
    )))
    assert "I am very happy with my race today" in quotes.get("Ilse Brandt", [])
    assert "Maria Okoro" not in quotes


@pytest.mark.parametrize(
    ("quotation", "alone"),
    [
        ("This is a big day for the workers at the plant.", True),
        ("This has been a very hard year for all of us.", True),
        ("This is not the case at all.", False),
        ("This will give us the chance we wanted.", False),
    ],
)
def test_a_speakers_verdict_this_is_a_positive_step_reads_alone(nlp: Any, quotation: str, alone: bool) -> None:
    assert reads_alone(nlp(quotation)) is alone


def test_words_of_two_people_named_before_who_are_given_to_neither(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The band played for an hour at the student union on Friday.\n"
        "Not so keen were students Karl Mendez and Tomas Varga, who observed, "
        "\"The singer has got better, but the songs are still rather dull.\"\n"
    )))
    assert quotes == {}
