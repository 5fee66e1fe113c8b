"""Open questions on what a story leaves pending, and whom a pronoun in them stands for (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Document, Question
from generator.pipeline import STAGES, brief, stages_for

Parse = Callable[..., Document]


def staged(parse_text: Parse, text: str) -> tuple[Question, ...]:
    """The questions stage's own questions, before the line checker."""
    return brief(parse_text(text), stages_for("questions")).open_questions


def shown(parse_text: Parse, text: str) -> list[tuple[str, tuple[int, ...]]]:
    """The questions a reader sees, after the line checker, with their sources."""
    return [(q.question, q.sources) for q in brief(parse_text(text), list(STAGES)).open_questions]


def test_a_deal_expected_to_conclude_is_asked_as_an_act_not_taken_for_saying(parse_text: Parse) -> None:
    text = "Both boards have approved the merger and it is expected to conclude by the end of March."
    assert shown(parse_text, text) == [("Will the merger conclude by the end of March?", (0,))]


def test_a_verb_that_says_something_after_expected_to_is_not_asked(parse_text: Parse) -> None:
    assert staged(parse_text, "The committee is expected to conclude that the plan failed.") == ()


def test_a_person_named_in_the_sentence_before_is_shown_and_that_sentence_cited(parse_text: Parse) -> None:
    text = "Gov. Tom Baker spoke to farmers on Friday. He plans to visit the flooded towns."
    assert shown(parse_text, text) == [("Will Tom Baker visit the flooded towns?", (0, 1))]


def test_a_he_after_a_sentence_naming_two_people_is_not_given_either_name(parse_text: Parse) -> None:
    questions = staged(parse_text, "Rory Smith finished level with Ken Lee on Saturday. He hopes to win the title.")
    assert not any("Lee" in q.question or "Smith" in q.question for q in questions)


def test_a_he_is_not_given_the_name_a_she_between_them_stands_for(parse_text: Parse) -> None:
    text = "Anna Berg said she slipped on the ice while he tried to stop the car, and he may sue the city."
    assert not any("Berg" in q.question for q in staged(parse_text, text))


def test_a_he_inside_a_quotation_is_not_given_the_name_of_the_sentence_before(parse_text: Parse) -> None:
    text = 'Gov. Tom Baker spoke to farmers on Friday. "He plans to visit the flooded towns," an aide said.'
    assert not any("Baker" in q.question for q in staged(parse_text, text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister did not offer any plan to end the strike.",  # no plan to ask about
        "In her speech, Ann Lee joked she would miss the debates.",  # said in jest
    ],
)
def test_a_plan_denied_or_joked_about_raises_no_question(parse_text: Parse, sentence: str) -> None:
    assert staged(parse_text, sentence) == ()


def test_a_plan_is_still_asked_when_what_is_denied_is_something_said_of_it(parse_text: Parse) -> None:
    text = "Mr Howard said his party's plans to cut immigration were not racist."
    assert [q.question for q in staged(parse_text, text)] == ["Will Howard’s party cut immigration?"]


def test_a_he_in_a_sentence_spoken_in_the_first_person_is_not_given_the_name_before(parse_text: Parse) -> None:
    text = "Ann Lee has trained the horse all winter. If he gets a good start, I may ride him myself."
    assert not any("Lee" in q.question for q in staged(parse_text, text))


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("It is hoped the forecast for Sunday will prove accurate.", "Will the forecast for Sunday prove accurate?"),
        ("It is hoped Mr Sullivan, a former prosecutor, can protect the firm from the fallout.",
         "Will Mr Sullivan protect the firm from the fallout?"),
    ],
)
def test_what_it_is_hoped_will_or_can_happen_is_asked(parse_text: Parse, sentence: str, question: str) -> None:
    assert shown(parse_text, sentence) == [(question, (0,))]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The Golden Lions will be awarded on Friday at the festival.", "Who will win the Golden Lions?"),
        ("This year's Academy Awards will be handed out in Hollywood on 27 February.",
         "Who will win this year's Academy Awards?"),
        ("The winner of the accolade will be named at a ceremony in Zurich next week.", "Who will win the accolade?"),
    ],
)
def test_a_prize_still_to_be_handed_out_asks_who_will_win_it(parse_text: Parse, sentence: str, question: str) -> None:
    assert shown(parse_text, sentence) == [(question, (0,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineer Ann Lee will be awarded an Oscar at the ceremony next week.",  # the winner is named
        "The contract will be awarded to a French firm next month.",
        "The Golden Lions were awarded on Friday at the festival.",  # already handed out
    ],
)
def test_a_prize_whose_winner_is_named_or_that_was_handed_out_asks_nothing(parse_text: Parse, sentence: str) -> None:
    assert staged(parse_text, sentence) == ()


def test_the_condition_of_what_will_follow_is_asked(parse_text: Parse) -> None:
    text = "The firm will cut 500 jobs in Leeds if the merger goes ahead next year."
    assert shown(parse_text, text) == [("Will the merger go ahead next year?", (0,))]


def test_a_plan_is_not_taken_for_past_by_the_date_of_a_clause_that_only_leads_to_it(parse_text: Parse) -> None:
    text = "Lawyers for the firm will try to have the assets frozen after the government ignored an order last week."
    assert shown(parse_text, text) == [
        ("Will lawyers for the firm have the assets frozen after the government ignored an order last week?", (0,))
    ]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("MP Jane Norman is being investigated by police over claims she attempted to bribe voters.",
         "What will the investigation into MP Jane Norman find?"),
        ("The law professor from Philadelphia now being investigated after allegedly emailing students a link was "
         "once a quiz contestant.", "What will the investigation into the law professor from Philadelphia find?"),
    ],
)
def test_someone_being_investigated_asks_what_the_investigation_will_find(
    parse_text: Parse, sentence: str, question: str
) -> None:
    assert shown(parse_text, sentence) == [(question, (0,))]


def test_matters_only_pointed_at_while_being_investigated_ask_nothing(parse_text: Parse) -> None:
    assert staged(parse_text, "These matters are now being investigated by the authorities.") == ()


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The firm is believed to own three factories in Wales.", "Does the firm own three factories in Wales?"),
        ("The 40,000 are thought to include about 3,000 volunteers.", "Do the 40,000 include about 3,000 volunteers?"),
    ],
)
def test_a_state_only_thought_or_believed_to_hold_now_is_asked_in_the_present(
    parse_text: Parse, sentence: str, question: str
) -> None:
    assert shown(parse_text, sentence) == [(question, (0,))]


def test_what_is_alleged_to_have_happened_is_asked_in_the_past(parse_text: Parse) -> None:
    assert shown(parse_text, "The singer is alleged to have left the country.") == [
        ("Did the singer leave the country?", (0,))
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The singer is believed to have left the country.", "The bank is thought to have beaten its rival to the deal."],
)
def test_what_is_thought_or_believed_to_have_happened_is_the_articles_account_not_a_question(
    parse_text: Parse, sentence: str
) -> None:
    assert shown(parse_text, sentence) == []


def test_a_condition_put_first_is_not_asked_as_a_present_fact(parse_text: Parse) -> None:
    assert shown(parse_text, "If the council fails to act, it says it will go to court.") == []


def test_what_a_thing_was_made_so_that_someone_could_do_raises_no_question(parse_text: Parse) -> None:
    text = "The engineer added a lens to the camera so that photographers could see the whole street."
    assert shown(parse_text, text) == []


def test_the_wish_of_whoever_a_relative_clause_describes_is_no_plan_to_ask_about(parse_text: Parse) -> None:
    text = "All visitors from outside the European Union who want to stay a year will need a visa."
    assert shown(parse_text, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The deployment would involve troops from a battalion based in Brunei.",
        "All other requests would be dealt with on a case by case basis.",
    ],
)
def test_what_a_plan_holds_told_in_the_articles_own_main_clause_is_not_asked(parse_text: Parse, sentence: str) -> None:
    assert shown(parse_text, sentence) == []


def test_what_would_follow_on_a_condition_is_still_asked(parse_text: Parse) -> None:
    question = "Will the party cut taxes if elected?"
    assert shown(parse_text, "If elected, the party would cut taxes.") == [(question, (0,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Conservatives say they would abolish tuition fees and offer student loans instead.",
        "Earlier this week, Microsoft said it would buy the software maker Sybari.",
    ],
)
def test_what_a_speaker_says_they_would_do_themselves_is_their_stated_plan_not_asked(
    parse_text: Parse, sentence: str
) -> None:
    assert shown(parse_text, sentence) == []


def test_what_someone_says_another_thing_would_do_is_still_asked(parse_text: Parse) -> None:
    question = "Will the plans put lives at risk?"
    assert shown(parse_text, "Charities say the plans would put lives at risk.") == [(question, (0,))]


def test_a_measure_that_says_not_of_what_is_no_subject_to_ask_about(parse_text: Parse) -> None:
    text = "About 1.7m people need care and ministers suggest the number could quadruple by 2050."
    assert shown(parse_text, text) == []
    question = "Will the number of carers quadruple by 2050?"
    assert shown(parse_text, "Ministers suggest the number of carers could quadruple by 2050.") == [(question, (0,))]


def test_a_concern_that_is_a_whole_clause_is_not_asked_as_what_the_concern_will_be(parse_text: Parse) -> None:
    assert shown(parse_text, "The risk could be that prices rise sharply next year.") == []


def test_a_pronoun_after_two_names_in_its_sentence_stands_for_neither_in_a_question(parse_text: Parse) -> None:
    text = "Greg Rusedski could face Andy Roddick in the second round if he beats Jonas Bjorkman."
    assert shown(parse_text, text) == []


def test_what_someone_will_decide_whether_to_do_is_asked_as_a_future(parse_text: Parse) -> None:
    text = "The board will decide on Friday if the club sells its stadium."
    assert shown(parse_text, text) == [("Will the club sell its stadium?", (0,))]
