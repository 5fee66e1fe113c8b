"""Open questions on a timetable, a cut that leaves a noun without what it is, and a match that decides who goes
through (invented sentences): how long a scheduled thing takes is not asked; a launch day still is; a question whose
short form would end on "the potential" is not made; who "goes through" after a deciding match is asked in the future.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.pipeline import STAGES, brief

Parse = Callable[..., Document]


def shown(parse_text: Parse, text: str) -> list[str]:
    """The questions a reader sees, after the line checker."""
    return [q.question for q in brief(parse_text(text), list(STAGES)).open_questions]


def test_how_long_an_expected_hearing_lasts_is_a_timetable_not_a_question(parse_text: Parse) -> None:
    text = "The banker's fraud hearing in Leeds is expected to last three weeks."
    assert shown(parse_text, text) == []


def test_a_day_a_launch_is_due_is_still_asked(parse_text: Parse) -> None:
    text = "The new tablet will be sold in Korea first and is due to go on sale in early March."
    assert shown(parse_text, text) == ["Will the new tablet go on sale in early March?"]


def test_an_act_on_something_within_weeks_is_still_asked(parse_text: Parse) -> None:
    text = "Norvale Foods is expected to sign the supply deal with the supermarket within two weeks."
    assert shown(parse_text, text) == ["Will Norvale Foods sign the supply deal with the supermarket within two weeks?"]


def test_a_match_that_could_decide_who_goes_through_asks_who_will(parse_text: Parse) -> None:
    text = (
        "Portugal beat Norway 2-0 on Friday.\n"
        "Portugal host Serbia in June in a game that could decide who goes through to the last eight."
    )
    assert "Who will go through to the last eight?" in shown(parse_text, text)


def test_a_court_that_will_decide_who_owns_a_thing_asks_who_owns_it_now(parse_text: Parse) -> None:
    text = "The court will decide who owns the painting, a lawyer for the family said."
    assert shown(parse_text, text) == ["Who owns the painting?"]


def test_a_question_cut_short_before_what_its_plain_noun_is_is_not_made(parse_text: Parse) -> None:
    text = (
        "In Oslo, the Nordex index may be gaining in part from the potential for its listed shipping firms to"
        " win repair contracts in the storm-hit ports of West Africa."
    )
    assert "Will the Nordex index be gaining in part from the potential?" not in shown(parse_text, text)
