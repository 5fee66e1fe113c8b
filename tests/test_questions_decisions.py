"""Open questions on a decision still to be made: a sentence to be passed, a hearing faced (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.pipeline import STAGES, brief

Parse = Callable[..., Document]


def shown(parse_text: Parse, text: str) -> list[str]:
    """The questions a reader sees, after the line checker."""
    return [q.question for q in brief(parse_text(text), list(STAGES)).open_questions]


def test_a_pair_to_be_sentenced_is_asked_what_sentence_they_will_get(parse_text: Parse) -> None:
    text = "A man and a woman were found guilty of robbing a bank in Perth. The pair will be sentenced on 6 February."
    assert shown(parse_text, text) == ["What sentence will the pair get?"]


def test_a_she_due_to_be_sentenced_is_asked_by_the_name_she_stands_for(parse_text: Parse) -> None:
    text = "Helen Marsh, 51, admitted fraud at Derby Crown Court on Tuesday. She is due to be sentenced next month."
    assert shown(parse_text, text) == ["What sentence will Helen Marsh get?"]


def test_a_defendant_remanded_for_a_pre_sentence_report_is_asked_by_name(parse_text: Parse) -> None:
    text = (
        "Jack Boase, 24, pleaded guilty at Maidstone Crown Court on Friday. "
        "Boase has been remanded on unconditional bail until May 12 for a pre-sentence report."
    )
    assert shown(parse_text, text) == ["What sentence will Boase get?"]


def test_a_sentence_already_passed_is_not_asked(parse_text: Parse) -> None:
    assert shown(parse_text, "Peter Wright, 40, was sentenced to six years at Leeds Crown Court on Monday.") == []


def test_a_hearing_two_people_face_is_asked_of_them_by_name(parse_text: Parse) -> None:
    text = (
        "Christopher Kent was granted bail in the Brisbane Magistrates Court on Wednesday. "
        "Both he and Williamson are due to face a committal hearing next month."
    )
    assert shown(parse_text, text) == ["What will the committal hearing of Christopher Kent and Williamson find?"]


def test_a_he_read_as_the_other_person_facing_the_hearing_leaves_it_unnamed(parse_text: Parse) -> None:
    text = (
        "Christopher Kent was granted bail on Wednesday. Matthew Williamson was refused bail last month. "
        "Both he and Williamson are due to face a committal hearing next month."
    )
    assert not any("Williamson" in question for question in shown(parse_text, text))


def test_a_trial_a_named_man_faces_is_asked_of_him(parse_text: Parse) -> None:
    text = "A man has been charged with murder in Cardiff. Tom Rees, 34, will face trial at Cardiff Crown Court."
    assert shown(parse_text, text) == ["What will the trial of Tom Rees find?"]
