"""Open questions on a deadline ("has until Friday to"), and on what two people named together wait to learn
(invented sentences); a condition the parse ran into the name after it, a past ability, an "its" after a title, and a
fronted "Investigating X," too."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.pipeline import STAGES, brief

Parse = Callable[..., Document]


def shown(parse_text: Parse, text: str) -> list[str]:
    """The questions a reader sees, after the line checker."""
    return [q.question for q in brief(parse_text(text), list(STAGES)).open_questions]


def test_a_named_side_given_until_a_day_to_act_is_asked_whether_it_will(parse_text: Parse) -> None:
    assert shown(parse_text, "Harwick Rovers have until Friday to appeal against the ban.") == [
        "Will Harwick Rovers appeal against the ban?"
    ]


def test_a_deadline_set_off_before_the_infinitive_is_asked_too(parse_text: Parse) -> None:
    text = "The company now has until the end of the month to respond to the takeover offer."
    assert shown(parse_text, text) == ["Will the company respond to the takeover offer?"]


def test_a_deadline_given_to_a_kind_of_people_is_the_reader_s_matter_not_the_story_s(parse_text: Parse) -> None:
    assert shown(parse_text, "Local gamers have until 12 May to sign up for the contest.") == []


def test_a_they_after_two_names_joined_by_and_is_asked_by_both_names(parse_text: Parse) -> None:
    text = "Anna Berg and fellow rider Clara Holt are set to learn if they will face criminal charges this week."
    assert shown(parse_text, text) == ["Will Anna Berg and fellow rider Clara Holt face criminal charges this week?"]


def test_a_they_after_one_name_and_a_group_is_not_given_a_name(parse_text: Parse) -> None:
    text = "Anna Berg and her lawyers are waiting to learn if they will face criminal charges."
    assert not any("Berg" in q for q in shown(parse_text, text))


def test_a_condition_the_parse_ran_into_the_name_after_it_is_asked_whole(parse_text: Parse) -> None:
    text = "The league has opened a case against coach Tomas Arrieta. If found guilty Arrieta could lose his job."
    assert "Will Arrieta be found guilty?" in shown(parse_text, text)


def test_a_past_ability_a_change_let_happen_is_not_asked(parse_text: Parse) -> None:
    assert shown(parse_text, "The new format also meant that people could share audio more cheaply.") == []


def test_an_its_after_only_a_person_s_title_is_not_shown(parse_text: Parse) -> None:
    text = "In an effort to live up to its name as a free state, the Boravian President pushed through the law."
    assert not any(" its " in q for q in shown(parse_text, text))


def test_a_fronted_participle_of_investigating_describes_its_subject_and_opens_no_inquiry(parse_text: Parse) -> None:
    text = "Investigating the fire that destroyed the mill, the film Grey Smoke had been due to open on Friday."
    assert not any(q.endswith(" find?") for q in shown(parse_text, text))
