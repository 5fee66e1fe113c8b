"""A question must say what it is about: one that ends on its verb, of a one-word subject, is not asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Briefing, Document
from generator.pipeline import brief, stages_for

Parse = Callable[..., Document]


def asked(parse_text: Parse, text: str) -> list[str]:
    briefing: Briefing = brief(parse_text(text), stages_for("questions"))
    return [question.question for question in briefing.open_questions]


@pytest.mark.parametrize(
    "text",
    [
        "The pension fund is short of money. Unless the council acts, savers could lose out. The council may act.",
        "The harbour wall is old. Inspectors said the taxes could go up.",
        "The carnival opens on Saturday. Forecasters said the heavens could open.",
    ],
)
def test_a_question_that_ends_on_its_verb_of_a_one_word_subject_is_not_asked(parse_text: Parse, text: str) -> None:
    assert asked(parse_text, text) == []


def test_a_named_persons_fate_is_asked_though_it_ends_on_the_verb(parse_text: Parse) -> None:
    text = "Tomas Varga was found guilty of the robbery on Monday. The jury will decide whether Varga will be jailed."
    assert asked(parse_text, text) == ["Will Varga be jailed?"]


def test_a_subject_of_several_words_says_what_the_question_is_about(parse_text: Parse) -> None:
    text = "The nurses' union went on strike on Monday. Other public sector unions may follow."
    assert asked(parse_text, text) == ["Will other public sector unions follow?"]
