"""Open questions on what no one knows yet, not on what was thought in the past, and a name that opens its sentence
kept as written (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Document
from generator.pipeline import STAGES, brief

Parse = Callable[..., Document]


def shown(parse_text: Parse, text: str) -> list[str]:
    """The questions a reader sees, after the line checker."""
    return [q.question for q in brief(parse_text(text), list(STAGES)).open_questions]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("A fire destroyed a barn near Leeds on Sunday. It is not clear what caused the fire.",
         "What caused the fire?"),
        ("A lorry overturned on the bypass. It remains unclear what will happen to the road.",
         "What will happen to the road?"),
    ],
)
def test_what_no_one_knows_yet_is_asked_with_its_wh_word_for_subject(parse_text: Parse, text: str,
                                                                   question: str) -> None:
    assert question in shown(parse_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "A fire destroyed a barn near Leeds on Sunday. It is clear what caused the fire.",
        "The old soldier never spoke about what had happened in the camp.",
        "He kept playing cards, considering what was going on outside the camp.",
    ],
)
def test_what_an_article_tells_or_only_mentions_is_not_asked(parse_text: Parse, text: str) -> None:
    assert not any(q.startswith("What") for q in shown(parse_text, text))


def test_a_name_that_opens_its_sentence_keeps_its_capital_when_the_article_writes_it_so_elsewhere(
    parse_text: Parse,
) -> None:
    text = ("Gloucester beat Bath 17-16 on Saturday. "
            "Bath prop Matt Stevens could be involved against Ireland next week.")
    assert "Will Bath prop Matt Stevens be involved against Ireland next week?" in shown(parse_text, text)


def test_a_common_word_that_opens_its_sentence_is_lower_cased_in_a_question(parse_text: Parse) -> None:
    text = "Police chief John Smith could be asked to review the case next month, the council said."
    assert not any("Police" in q for q in shown(parse_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "The review was announced because it was thought Ann Lee would make the announcement in a debate on Tuesday.",
        "Painted white, the idea was that the posts could be seen from ten miles away.",
        "Beacons were lit on the hills so pilots could find their way at night.",
    ],
)
def test_what_was_thought_or_meant_at_a_past_time_is_not_asked(parse_text: Parse, text: str) -> None:
    assert shown(parse_text, text) == []


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("It is thought the minister could resign next week.", "Will the minister resign next week?"),
        ("Analysts said the bank would raise rates next month.", "Will the bank raise rates next month?"),
    ],
)
def test_what_is_thought_now_or_reported_is_still_asked(parse_text: Parse, text: str, question: str) -> None:
    assert shown(parse_text, text) == [question]


def test_who_does_what_anyone_can_see_is_not_asked_but_what_no_one_can_see_is(parse_text: Parse) -> None:
    assert shown(parse_text, "The rules were changed so the public can see who gives money to the parties.") == []
    assert shown(parse_text, "Fans cannot see who owns the club.") == ["Who owns the club?"]



def test_an_inquiry_into_a_noun_keeps_the_complement_the_parser_hung_on_the_verb(parse_text: Parse) -> None:
    text = ("The founder of a dairy firm has apologised to its investors. Jo Baker said he would co-operate fully with "
            "prosecutors investigating the background to one of Europe's largest financial scandals.")
    asked = "What will the investigation into the background to one of Europe's largest financial scandals find?"
    assert asked in shown(parse_text, text)


def test_a_thing_expected_to_do_something_is_not_asked_as_a_thing_to_come(parse_text: Parse) -> None:
    text = "Shares rose on Monday. Despite this, traders expect strength in the global economy to benefit Japan."
    assert not any(q.startswith("Will there be") for q in shown(parse_text, text))
