"""Questions the checker refuses, and questions the stage no longer makes, on the slips read in briefings of
articles nobody tuned to (CNN/Daily Mail and XSum development rows); small invented sentences, the real model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from generator.language.asking import question_problems
from generator.language.shape import problems
from generator.model import Document
from generator.pipeline import brief

Parse = Callable[..., Document]


def asked(parse_text: Parse, text: str) -> list[str]:
    return [q.question for q in brief(parse_text(text)).open_questions]


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        ("Will Giggs pursue an exceptional hardship' application?", "a stray quote mark or colon"),
        ("Will smiling:’It be nice to wind the clock back?", "a stray quote mark or colon"),
        ("Will pupils make changes to the the tests?", "a word twice in a row"),
        ("Is not two-factor authentication enabled?", "'not' or an infinitive right after the opener"),
        ("How useful and is the indie philosophy?", "a wh-word's phrase joined to nothing"),
        ("Will -outs treat the problem increasing three?", "a word cut at a hyphen"),
        ("Will the Prime Minister amend the regulations so?", "ends with an auxiliary or a function word"),
        ("Will to reach both cup finals be success in itself?", "'not' or an infinitive right after the opener"),
    ],
)
def test_a_question_with_a_slip_of_its_text_is_refused(question: str, problem: str) -> None:
    assert problem in problems(question)


@pytest.mark.parametrize(
    "question", ["Will Yukos' US lawyers seek sanctions?", "Will the 2:1 win count?", "Will O'Neill ride again?"]
)
def test_apostrophes_possessives_and_times_are_no_slips(question: str) -> None:
    assert problems(question) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # "rather" cut, "than" left: nothing it compares
        "Scottish voters would rather have a referendum on the EU than another independence vote, a survey found.",
        # the negation is on "be", the clause's verb
        "Jonjo O'Neill said he could not be happier with the favourite for the race.",
        # a reflexive pronoun is no subject
        "She found herself falsely accused of trying to extort money from the footballer.",
        # a wh-question whose subject comes before its auxiliary, and one whose subject is an unnamed "they"
        "Carver knows what impact a victory or a loss could have on Sunday afternoon.",
        "Nobody on the contracts knows how many hours they will get.",
        # an auxiliary that does not agree, after a wh-word; "have" with nothing had
        "Russian flight controllers are continuing to assess the vehicle and what the plan going forward will be.",
        "Carver is fighting to win the position and knows what impact a victory – or a loss – could have on Sunday.",
        # "it" as the object of its own subject's verb: it stands for something else
        "Two-factor checks are optional. One expert suggested that Apple should instead make it the default option.",
        # "they" with no plural before it
        "Nobody has said how the music industry works when they are at a young age.",
        # "study" is not an inquiry: what someone studied is no finding
        "The singer Alex Kapranos is studying English at a college in Glasgow.",
        # a plan stopped is no plan open; what an act would amount to is a view, not a matter
        "Faced with criticism, the government has suspended its plan to cut the agency's staff by 25%.",
        "Replacing the controversial agency would be the nuclear option.",
        # an "it" under a wh-word in what is said is not the first clause's subject
        "The 41-year-old singer told reporters that he wanted a change, but added that he does not know what it is "
        "going to be yet.",
        # what a named speaker says would be is their view
        "Mr Howard said Turkey's membership would provide an invaluable bridge between Europe and Asia.",
        # a call made in order to do something is no one urged to act
        "Hampton was able to call 911 about 6:30am Saturday to report the shootings.",
        "Campaigners called the minister to demand a meeting.",
        # other than whom? the question does not say
        "Other public sector unions have pledged to follow.",
        # a comparison cut from its other half
        'Wilson believes the new band could be "to Harbour Records as the Beatles were to EMI".',
    ],
)
def test_a_question_that_garbles_or_reverses_its_sentence_is_not_asked(parse_text: Parse, sentence: str) -> None:
    assert asked(parse_text, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ACT test was due to be held at 56 test centres on Saturday morning.",
        "Morocco were only able to enter the qualifying draw after the court overturned a ban.",
        "Guzan was said to be hurting after missing out on the semi-final.",
        "Mr Mitchell later told police that he had tried to push the couple apart.",
    ],
)
def test_a_plan_or_a_chance_told_in_the_past_is_not_asked(parse_text: Parse, sentence: str) -> None:
    assert asked(parse_text, sentence) == []


def test_a_plan_reported_in_the_past_is_still_open(parse_text: Parse) -> None:
    text = "The council said Telford Road was expected to remain closed for most of Monday."
    assert asked(parse_text, text) == ["Will Telford Road remain closed for most of Monday?"]


def test_he_in_what_someone_says_is_the_speaker_not_the_last_person_named(parse_text: Parse) -> None:
    text = "Brad Guzan saved a shot in November. Adebayor insisted that he was prepared to fight for his place."
    assert asked(parse_text, text) == ["Will Adebayor fight for his place?"]


def test_he_in_what_an_unnamed_person_says_stands_for_no_name(parse_text: Parse) -> None:
    text = "Wil was born in May. The father said he hopes to photograph Wil flying in other destinations."
    assert asked(parse_text, text) == []


def test_a_subject_with_an_aside_keeps_the_comma_that_closes_it(parse_text: Parse) -> None:
    text = (
        "Meanwhile, Atletico's Croatia forward Mario Mandzukic, who has scored five goals in eight Champions League "
        "appearances, has recovered from an ankle problem and is expected to play."
    )
    assert asked(parse_text, text) == [
        "Will Atletico's Croatia forward Mario Mandzukic, who has scored five goals in eight Champions League "
        "appearances, play?"
    ]


def test_an_inquiry_owned_by_a_plural_takes_the_plural_possessive(parse_text: Parse) -> None:
    text = "The editor said the paper's journalists would continue investigating abuses in the region."
    assert asked(parse_text, text) == [
        "What will the paper's journalists’ investigation into abuses in the region find?"
    ]


def test_a_job_opening_the_sentence_is_lower_case_in_the_question_and_a_formal_title_is_not(parse_text: Parse) -> None:
    assert asked(parse_text, "Manager Mark Hughes hopes to steer Rovers into the quarter-finals.") == [
        "Will manager Mark Hughes steer Rovers into the quarter-finals?"
    ]
    assert asked(parse_text, "President Ana Ruiz hopes to visit the flooded towns.") == [
        "Will President Ana Ruiz visit the flooded towns?"
    ]


@pytest.mark.parametrize("question", ["What will credentials do the job?", "What is Liverpool forward Milan Baros?"])
def test_a_wh_question_whose_parse_has_no_place_for_its_wh_word_is_refused(nlp: Any, question: str) -> None:
    assert question_problems(question, nlp(question), [nlp("Credentials will do the job, Milan Baros said.")[:]])


def test_a_possessive_in_what_a_named_subject_does_is_its_own(parse_text: Parse) -> None:
    text = "Patsy Kensit praised the Duchess. The Duchess is expected to give birth to her second child this month."
    assert asked(parse_text, text) == ["Will the Duchess give birth to her second child this month?"]


def test_an_empty_it_before_a_stretch_of_time_is_asked(parse_text: Parse) -> None:
    text = "It could take up to 15 years before Turkey is able to join."
    assert asked(parse_text, text) == ["Will it take up to 15 years before Turkey is able to join?"]


def test_he_or_she_inside_the_clause_asked_about_is_named(parse_text: Parse) -> None:
    text = "Kuznetsova says the stimulant may have been in a cold remedy she took."
    assert asked(parse_text, text) == ["Was the stimulant in a cold remedy Kuznetsova took?"]


def test_a_subject_that_lists_several_keeps_them_all(parse_text: Parse) -> None:
    text = "Microsoft, Yahoo, Google and a handful of smaller outfits may capture more eyeballs next year."
    assert asked(parse_text, text) == [
        "Will Microsoft, Yahoo, Google and a handful of smaller outfits capture more eyeballs next year?"
    ]




def test_what_a_speaker_says_it_will_do_is_asked_of_the_speaker_named_with_its_article(parse_text: Parse) -> None:
    text = "The EU has also announced that it will start accession talks with Croatia in April."
    assert asked(parse_text, text) == ["Will the EU start accession talks with Croatia in April?"]


def test_what_a_speaker_says_someone_else_will_do_is_not_asked(parse_text: Parse) -> None:
    assert asked(parse_text, "The minister said the council will close the library in April.") == []


def test_it_in_what_is_said_in_a_second_clause_is_the_first_clauses_subject(parse_text: Parse) -> None:
    text = (
        "The ceremony at the theatre will be attended by 3,300 people, and organisers say they expect it will be "
        "watched on television by one billion people."
    )
    assert asked(parse_text, text) == ["Will the ceremony be watched on television by one billion people?"]


def test_a_later_sentence_that_only_reports_the_matter_again_does_not_settle_it(parse_text: Parse) -> None:
    text = "The bank may have broken the rules.\nThe bank is said to have broken the rules on lending."
    questions = brief(parse_text(text)).open_questions
    assert [(q.question, q.sources) for q in questions] == [("Did the bank break the rules?", (0,))]


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        ("Will Gates be talking what about in the keynote?", "a wh-word inside a yes/no question"),
        ("Will a local court get?", "a verb with nothing it takes"),
        ("Will there podcast from the corporate world?", "'there' without 'be'"),
    ],
)
def test_a_question_whose_parse_shows_a_slip_is_refused(nlp: Any, question: str, problem: str) -> None:
    source = nlp("Gates will be talking about it. A local court will get it. There is a podcast from the world.")
    assert problem in question_problems(question, nlp(question), [source[:]])


def test_a_question_that_ends_on_an_adjective_cut_from_its_noun_is_refused(nlp: Any) -> None:
    source = nlp("The trust aims to build safe and quiet, tree-lined streets.")
    question = "Will the trust build safe and quiet?"
    assert "an adjective cut from its noun" in question_problems(question, nlp(question), [source[:]])


def test_an_adjective_that_ends_its_sentence_too_is_no_cut(nlp: Any) -> None:
    source = nlp("The council may make the park safer and greener.")
    question = "Will the council make the park safer and greener?"
    assert not question_problems(question, nlp(question), [source[:]])
