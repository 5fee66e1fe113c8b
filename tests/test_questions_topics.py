"""A question must say what it is about: one that ends on its verb, of a one-word subject, is not asked."""

from __future__ import annotations

import pytest

from generator.stages.questions import _QuestionDraft, _same_matter

from .questioning import Parse, asked


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


def test_one_bodys_inquiry_told_twice_is_one_matter_and_two_bodies_inquiries_are_two(parse_text: Parse) -> None:
    def draft(text: str, place: int, core: str, inquirer: str) -> _QuestionDraft:
        return _QuestionDraft(text, [place], "investigate", {core}, {core}, 1.0, 1.0, inquirer)

    committee = draft("What will the committee’s investigation into claims of bribery find?", 0, "claim", "committee")
    again = draft("What will the investigation into the activities of agents find?", 10, "activity", "committee")
    police = draft("What will the investigation into the fire find?", 10, "fire", "police")
    assert _same_matter(committee, again)
    assert not _same_matter(committee, police)
    text = (
        "Police have launched an investigation into the fire at the depot. The fire destroyed ten buses. "
        "The council has begun an inquiry into the safety of the site."
    )
    assert len([q for q in asked(parse_text, text) if q.endswith(" find?")]) == 2
