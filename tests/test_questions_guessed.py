"""What a sentence only guesses, advises or weighs, and a plan its doer is later told to have carried out: not asked
(invented sentences, the real model); the matters beside them still are."""

from __future__ import annotations

from typing import Any

import pytest

from generator.language.asking import question_problems

from .questioning import Parse, asked


@pytest.mark.parametrize(
    "text",
    [
        # what a thing may be: a state guessed at, which no event settles
        "The union's new leader could also be a rival to the mayor in the spring election.",
        "Analysts said the total number of visitors may be closer to two million.",
        "The council warned that the new bus lanes would be unworkable in the old town.",
        # advice with no time it is due by
        "The fire service said residents should keep their windows shut at night.",
        # a likelihood weighed against another: a finding
        "Young drivers are as likely as older ones to ask for lessons but are less likely to pass the test, the study"
        " found.",
        # an expectation not held: what did not happen
        "After spending £40m on new players, Rovers might have expected to be higher than tenth in the league.",
        # a view of what a thing does, not a plan weighed
        "Many critics consider the play to portray a false image of the town.",
        # the body urged to act is told to have done it a sentence or two on
        "Ana Ruiz urged Harbour Trust to close its office in Leeds. Harbour has since closed down all its shops in the"
        " north.",
    ],
)
def test_a_guess_advice_or_a_weighed_likelihood_is_not_asked(parse_text: Parse, text: str) -> None:
    assert asked(parse_text, text) == []


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("The port authority said the old crane could be able to lift the new containers.",
         "Will the old crane be able to lift the new containers?"),
        ("The ministry said the new bridge should be open to traffic by June.",
         "Will the new bridge be open to traffic by June?"),
        ("The ministry said the new bridge should reopen within 30 days.",
         "Will the new bridge reopen within 30 days?"),
        ("The ministry said the new bridge could reopen in the spring.", "Will the new bridge reopen in the spring?"),
        # someone else is told to have closed shops: the body urged has not
        ("Ana Ruiz urged Harbour Trust to close its office in Leeds. Ruiz has since closed down all her shops in the"
         " north.", "Will Harbour Trust close its office in Leeds?"),
    ],
)
def test_what_can_be_done_and_a_demand_due_by_a_time_are_still_asked(
    parse_text: Parse, text: str, question: str
) -> None:
    assert asked(parse_text, text) == [question]


@pytest.mark.parametrize(
    ("question", "sentence", "refused"),
    [
        ("Will such schemes cost the town millions?", "The minister warned that such schemes could cost millions.",
         True),
        ("Will such a committee hear evidence in secret?", "She said such a committee could hear evidence in secret.",
         True),
        ("Will people be put off watching TV on such small screens?",
         "People are also likely to be put off watching TV on such small screens.", False),
    ],
)
def test_a_subject_that_such_points_back_with_is_refused(
    nlp: Any, question: str, sentence: str, refused: bool
) -> None:
    found = question_problems(question, nlp(question), [nlp(sentence)])
    assert any("does not name" in problem for problem in found) is refused


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # a bid whose outcome the sentence tells
        ("Yukos filed for bankruptcy in a desperate and unsuccessful bid to stave off the auction of its oil unit.",
         None),
        ("Yukos filed for bankruptcy in a desperate bid to stave off the auction of its oil unit.",
         "Will Yukos stave off the auction of its oil unit?"),
        # what used to be done, and what will be
        ("Elders said the boys would be given a ring when they became men.", None),
        ("The chief said the boys would be given a ring when they become men.",
         "Will the boys be given a ring when they become men?"),
        # an aim told in the simple past, though the tagger reads "aimed" as a participle
        ("The Harbour Trust aimed to raise two million pounds for the new lifeboat.", None),
        ("The Harbour Trust aims to raise two million pounds for the new lifeboat.",
         "Will the Harbour Trust raise two million pounds for the new lifeboat?"),
        # a practice, not one inquiry
        ("Ana Ruiz acts as a self-appointed watchdog carrying out covert internet investigations.", None),
        ('Three rugby bodies have launched an "injury audit" to find out how players are coping.', None),
        ("Three rugby bodies have launched an injury audit of the top clubs.",
         "What will the injury audit of the top clubs find?"),
    ],
)
def test_a_told_outcome_a_past_habit_a_practice_or_an_inquiry_told_by_its_purpose_opens_no_matter(
    parse_text: Parse, text: str, question: str | None
) -> None:
    assert asked(parse_text, text) == ([question] if question else [])


def test_a_question_that_drops_the_not_of_a_place_is_refused(nlp: Any) -> None:
    question = "Will Hall be in the gym as often as the younger players?"
    sentence = "While Hall admits that he may not be in the gym as often as the younger players, he can still help."
    assert any("negated" in problem for problem in question_problems(question, nlp(question), [nlp(sentence)]))
    kept = "Will the minister be in court on Monday?"
    assert question_problems(kept, nlp(kept), [nlp("The minister may be in court on Monday.")]) == []


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # what is believed of whoever a relative clause describes
        ("The film was made by a student, who is believed to live in Lyon.", None),
        ("The student is believed to live in Lyon.", "Does the student live in Lyon?"),
        # a topic told ("enthusiastic about how", "spoke about how"), and one left unsaid
        ("The coach is enthusiastic about how the new pitch can change training.", None),
        ("She spoke about how the firm is testing how sensors can be used to tell if bridges are safe.", None),
        ("The mayor hasn't said much about how she will pay for the new bridge.",
         "How will she pay for the new bridge?"),
        # an adverbial "whether": a factor a study took into account
        ("When analysing the results, the researchers took into account the size of the firm, whether the workers"
         " were parents, as well as their pay.", None),
        ("Officials are checking whether the council will reopen the old bridge.",
         "Will the council reopen the old bridge?"),
    ],
)
def test_a_description_a_topic_told_or_a_factor_listed_is_not_asked(
    parse_text: Parse, text: str, question: str | None
) -> None:
    assert asked(parse_text, text) == ([question] if question else [])


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Will the move cut its profits by $3.8 to $4.9m m to £2.6m?", True),
        ("Will the move cut its profits by $3.8m to $4.9m?", False),
    ],
)
def test_a_figure_cut_from_the_unit_written_onto_it_is_refused(nlp: Any, question: str, refused: bool) -> None:
    sentence = nlp("The company warned the move would cut its profits by $3.8m to $4.9m (£2m to £2.6m).")
    found = question_problems(question, nlp(question), [sentence])
    assert ("a figure cut from its unit" in found) is refused


def test_a_figure_that_also_stands_alone_may_end_a_question(nlp: Any) -> None:
    question = "Will the gig be broadcast by the operator 3?"
    sentence = nlp("The gig will be broadcast on 3G phones by the operator 3.")
    assert "a figure cut from its unit" not in question_problems(question, nlp(question), [sentence])


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # a plan in a relative clause whose object is the relative pronoun: "Which will the state launch?"
        ("The town has a satellite service which the state plans to launch in 2026.", None),
        # inquiries with what they look into, and something that may come: still asked
        ("Police in both countries are still conducting inquiries into the accounts.",
         "What will the inquiries into the accounts find?"),
        ("The prosecutor said there may be more court actions in the future.",
         "Will there be more court actions in the future?"),
    ],
)
def test_a_relative_pronoun_is_not_asked_and_inquiries_with_a_target_or_a_thing_to_come_are(
    parse_text: Parse, text: str, question: str | None
) -> None:
    assert asked(parse_text, text) == ([question] if question else [])
