"""Open questions on small invented news paragraphs, parsed by the real model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.language.grammar import find_subject
from generator.language.shape import is_well_formed, problems
from generator.model import Briefing, Document, Question
from generator.pipeline import brief, stages_for
from generator.stages.questions import MAX_QUESTIONS

Parse = Callable[..., Document]


def questions_of(document: Document) -> tuple[Question, ...]:
    """The open questions, with the actors stage run first as in the pipeline."""
    briefing: Briefing = brief(document, stages_for("questions"))
    return briefing.open_questions


def asked(parse_text: Parse, text: str) -> list[str]:
    return [question.question for question in questions_of(parse_text(text))]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # yes/no from an embedded question, with do-support in the past
        ("It was not clear whether the council approved the budget on Monday.",
         "Did the council approve the budget on Monday?"),
        # a modal hedge becomes "will"
        ("The union may call a strike next month.", "Will the union call a strike next month?"),
        # a verb of expectation with an infinitive
        ("The company is expected to close its factory in Leeds.", "Will the company close its factory in Leeds?"),
        # a negated decision asks about what was not ruled out
        ("Officials would not rule out closing the airport.", "Will officials close the airport?"),
        # passive, in an embedded question and after a modal
        ("Investigators are examining whether the fire was started deliberately.",
         "Was the fire started deliberately?"),
        ("The bridge could be closed for repairs.", "Will the bridge be closed for repairs?"),
        ("Rescuers might have been warned about the storm.", "Were rescuers warned about the storm?"),
        # a hedged perfect asks about the past
        ("The firm may have broken competition law.", "Did the firm break competition law?"),
        # wh-questions from embedded wh-clauses
        ("Nobody knows who leaked the report.", "Who leaked the report?"),
        ("Investigators are trying to establish why the train left the tracks.", "Why did the train leave the tracks?"),
    ],
)
def test_each_question_shape_is_built_from_the_parse(parse_text: Parse, sentence: str, question: str) -> None:
    assert asked(parse_text, sentence) == [question]


def test_wh_question_fronts_the_wh_word_and_resolves_the_pronoun_to_the_person(parse_text: Parse) -> None:
    questions = asked(parse_text, "Mayor Ana Ruiz has not said how she will pay for the new bridge.")
    assert questions == ["How will Mayor Ana Ruiz pay for the new bridge?"]


def test_a_pronoun_at_the_start_becomes_the_person_named_before(parse_text: Parse) -> None:
    text = "Gov. Tom Baker spoke to farmers on Friday. He plans to visit the flooded towns."
    questions = questions_of(parse_text(text))
    assert [(q.question, q.sources) for q in questions] == [("Will Tom Baker visit the flooded towns?", (0, 1))]


def test_it_after_a_reporting_verb_becomes_the_organisation_that_reports(parse_text: Parse) -> None:
    questions = asked(parse_text, "Harbour Rail announced on Friday that it may cut 400 jobs at its Dunmore depot.")
    assert questions == ["Will Harbour Rail cut 400 jobs at its Dunmore depot?"]


def test_it_in_a_condition_becomes_the_one_thing_its_clause_names(parse_text: Parse) -> None:
    text = "MPs called for the agency to be wound up unless it improved its service within weeks."
    assert asked(parse_text, text) == ["Will the agency improve its service within weeks?"]


def test_it_in_a_condition_is_not_resolved_when_its_clause_names_two_things(parse_text: Parse) -> None:
    text = "The firm will close the plant unless it finds a buyer within weeks."
    assert all(not question.startswith("Will the firm") for question in asked(parse_text, text))


def test_a_subject_that_opens_with_a_quantity_is_asked_whole(parse_text: Parse) -> None:
    text = "Up to 1.4m workers could take part in a strike already earmarked for 23 March."
    assert asked(parse_text, text) == ["Will up to 1.4m workers take part in a strike already earmarked for 23 March?"]


def test_a_future_someone_foresees_is_asked_and_one_the_article_states_is_not(parse_text: Parse) -> None:
    assert asked(parse_text, "Campaigners fear the rise will put pressure on schools.") == [
        "Will the rise put pressure on schools?"
    ]
    assert asked(parse_text, "Campaigners said the rise will put pressure on schools.") == []


def test_a_possessive_written_with_a_lone_apostrophe_keeps_it(parse_text: Parse) -> None:
    assert asked(parse_text, "Yukos' US lawyers are expected to seek sanctions against the buyer.") == [
        "Will Yukos' US lawyers seek sanctions against the buyer?"
    ]


def test_what_it_is_understood_or_reported_is_so_is_the_papers_news_not_a_question(parse_text: Parse) -> None:
    assert asked(parse_text, "It is understood that the firm has held talks with potential buyers.") == []
    assert asked(parse_text, "It has been reported that the professor has been placed on leave.") == []


def test_a_bid_to_do_something_is_asked(parse_text: Parse) -> None:
    assert asked(parse_text, "McIlroy bids to win his first title since May.") == [
        "Will McIlroy win his first title since May?"
    ]


def test_a_trailing_attribution_is_left_out(parse_text: Parse) -> None:
    assert asked(parse_text, "The bank could raise interest rates in June, analysts said.") == [
        "Will the bank raise interest rates in June?"
    ]


def test_a_plain_future_the_article_states_raises_no_question(parse_text: Parse) -> None:
    assert asked(parse_text, "The combined firm will operate about 1,000 stores across the country.") == []


def test_a_settled_fact_raises_no_question(parse_text: Parse) -> None:
    assert asked(parse_text, "The council approved the budget on Monday. The mayor thanked the staff.") == []


def test_one_matter_told_twice_is_one_question_with_both_sources(parse_text: Parse) -> None:
    questions = questions_of(parse_text(
        "The airline may move its headquarters to Dublin.\n"
        "Staff were told on Friday.\n"
        "The airline could move its headquarters to Dublin as early as March, one manager said."
    ))
    assert len(questions) == 1
    assert questions[0].sources == (0, 2)
    assert questions[0].question.startswith("Will the airline move its headquarters to Dublin")


def test_explicit_uncertainty_ranks_before_a_plain_hedge(parse_text: Parse) -> None:
    questions = asked(parse_text,
        "Harbour Rail announced on Friday that it will cut 400 jobs at its Dunmore depot.\n"
        "Unions plan to hold a strike vote next month.\n"
        "It is unclear whether the depot will close entirely."
    )
    assert questions[0] == "Will the depot close entirely?"
    assert "Will unions hold a strike vote next month?" in questions


STORIES = [
    "Voters in Tarrow will elect a new mayor on Tuesday.\n"
    "The previous mayor, Sam Greer, resigned in November after a spending scandal.\n"
    "The winner could face a budget shortfall of £20m, officials warned. "
    "It remains unclear whether the council tax will rise.",
    "Northfield Water said it may raise bills by 8% next year to pay for new pipes.\n"
    "The regulator is investigating the company's leak figures. "
    "Ministers have not said how they would respond to a rise.\n"
    "\"We could see protests,\" said campaigner Joe Marsh. "
    "Analysts expect the firm to cut its dividend.",
    "Doctors at St Anne's hospital are weighing a strike over pay. "
    "The health board hopes to reach a deal before the winter. "
    "Talks will resume only if the union drops its demand for back pay.\n"
    "A spokesman did not say when the board would make a new offer. "
    "Patients may face longer waits, the board has warned.",
]


@pytest.mark.parametrize("story", STORIES)
def test_every_generated_question_is_a_well_formed_english_question(parse_text: Parse, story: str) -> None:
    questions = asked(parse_text, story)
    assert 2 <= len(questions) <= MAX_QUESTIONS
    for question in questions:
        assert is_well_formed(question), (question, problems(question))
        assert question[0].isupper() and question.endswith("?")
        assert " said" not in question and "according to" not in question


def test_no_more_than_eight_questions_however_many_hedges(parse_text: Parse) -> None:
    text = " ".join(f"The council may sell plot number {n} to a developer." for n in range(1, 13))
    assert len(asked(parse_text, text)) <= MAX_QUESTIONS


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        ("The union may call a strike?", "does not open with an auxiliary or a wh-word"),
        ("will the union call a strike?", "does not start with a capital"),
        ("Will the union call a strike", "does not end with one question mark"),
        ("Will the union call a strike, officials said?", "keeps an attribution"),
        ("Will the “union call a strike?", "unbalanced quotes"),
        ("Will the union call a strike.?", "stray punctuation before the question mark"),
        ("Will the union have been?", "ends with an auxiliary or a function word"),
    ],
)
def test_the_shape_check_names_what_is_wrong(question: str, problem: str) -> None:
    assert problem in problems(question)


def test_the_shape_check_accepts_yes_no_and_wh_questions() -> None:
    shapes = ("Will the union call a strike?", "How much will the firm pay?", "Was the fire started deliberately?")
    for question in shapes:
        assert problems(question) == []


def test_a_matter_the_article_settles_later_is_not_asked(parse_text: Parse) -> None:
    settled = "The union may call a strike next month. On Friday evening the union called a strike over pay."
    assert asked(parse_text, settled) == []
    open_matter = "The council may sell the park. Residents protested on Saturday."
    assert asked(parse_text, open_matter) == ["Will the council sell the park?"]


def test_a_question_with_a_second_subjectless_clause_is_not_well_formed():
    from generator.language.shape import problems

    assert "a second clause hangs on the question" in problems(
        "Will the government intervene for now but was following the talks closely?"
    )
    assert problems("Will the union and the employers agree on a deal?") == []


def test_an_event_whose_venue_is_weighed_asks_where_too(parse_text):
    document = parse_text(
        "The two presidents have discussed meeting in person, with one option involving a summit in Geneva, "
        "officials said.\n"
    )
    briefing = brief(document, stages_for("questions"))
    assert any(q.question.endswith(", and where?") for q in briefing.open_questions)


def test_it_beside_what_a_person_predicts_is_not_that_person(parse_text: Parse) -> None:
    text = "And while it may yet attain the stature of older festivals, Mr Prater predicts growth."
    questions = asked(parse_text, text)
    assert not any("Prater" in question for question in questions)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # what a thing is, still unknown
        ("The cause of the fire remains unclear.", "What is the cause of the fire?"),
        ("Baikal's owners and its motives are still unknown.", "What are Baikal's owners and its motives?"),
        # a demand a named speaker reports
        ("Mayor Ana Ruiz said action must be taken to protect the river.",
         "Will action be taken to protect the river?"),
        # "whether to V": the subject of the verb that weighs it
        ("The judge will consider on Thursday whether to impose a reporting order.",
         "Will the judge impose a reporting order?"),
        # what a planned thing is for
        ("Talks aimed at averting a national strike will take place this weekend.",
         "Will talks avert a national strike?"),
        # a noun that opens a matter with "of"; a condition a speaker reports in the past
        ("Officials now face the question of who will pay for the repairs.", "Who will pay for the repairs?"),
        ("The firm said it would cut 200 jobs if sales fell again.", "Will sales fall again?"),
        # a clause the will-question waits on, told in the past, takes the present
        ("A spokeswoman said the manager would stay in the job until a replacement was found.",
         "Will the manager stay in the job until a replacement is found?"),
        # a second verb with its own modal: the will-question asks both with one "will"
        ("Charities say the plans would put lives at risk and would cost more.",
         "Will the plans put lives at risk and cost more?"),
        # a second "-ing" verb takes the base form the question gives the first
        ("The minister is considering closing the mine and moving the workers to the coast.",
         "Will the minister close the mine and move the workers to the coast?"),
        # a speaker described twice, joined by "and": the "she" is the one person named
        ("Veteran Green MP and former Cabinet minister Ana Ruiz has said she will stand down at the next election.",
         "Will Ana Ruiz stand down at the next election?"),
        # a condition told in the past takes the present in a will-question
        ("Ministers would not rule out scrapping the agency if it failed to improve.",
         "Will ministers scrap the agency if it fails to improve?"),
        # a decision still to be made
        ("The Court of Appeal will rule on the case in March.", "How will the Court of Appeal rule on the case?"),
        # an inquiry being conducted
        ("The ministry is conducting a review of school meals.", "What will the review of school meals find?"),
        # "it" opening a second clause stands for the first clause's object
        ("Shareholders have approved the plan and it is expected to take effect next year.",
         "Will the plan take effect next year?"),
    ],
)
def test_more_shapes_of_an_open_matter_are_asked(parse_text: Parse, sentence: str, question: str) -> None:
    assert asked(parse_text, sentence) == [question]


def test_a_speakers_own_hopes_inside_a_quotation_are_not_asked(parse_text: Parse) -> None:
    text = '"We expect the customers to be mobile," said spokeswoman Belinda Hart.'
    assert asked(parse_text, text) == []


def test_a_plan_dated_before_the_article_is_not_asked_about_as_future(parse_text: Parse) -> None:
    assert asked(parse_text, "The kite was set to fly at the festival last Saturday.") == []


def test_a_title_of_a_show_is_not_an_embedded_question(parse_text: Parse) -> None:
    text = "The professor was once a contestant on Who Wants to Be a Millionaire, it has emerged."
    assert not any(q.startswith("Who") for q in asked(parse_text, text))


def test_an_act_someone_was_forced_into_is_not_asked(parse_text: Parse) -> None:
    assert asked(parse_text, "Problems with flights have forced some big names to cancel.") == []


def test_a_noun_whose_defining_clause_the_parser_hung_elsewhere_is_not_asked_about(parse_text: Parse) -> None:
    text = "Redford wants the festival to encompass viewpoints he believes the media fails to reflect."
    assert not any(question.endswith("viewpoints?") for question in asked(parse_text, text))


def test_he_after_him_in_one_sentence_is_not_resolved_to_either(parse_text: Parse) -> None:
    text = "Bob Laxton asked him if he would carry on pouring money into schools."
    assert not any("Laxton" in question for question in asked(parse_text, text))


def test_a_subject_that_is_only_an_article_and_a_noun_without_its_clause_is_not_asked(parse_text: Parse) -> None:
    text = "It is symptomatic of how the way we use the internet is changing."
    assert "How is the way changing?" not in asked(parse_text, text)


def test_how_to_do_something_is_not_asked_of_the_subject_of_be(parse_text: Parse) -> None:
    text = "The only problem would be how to judge what merits state cash."
    assert not any(question.startswith("How will") for question in asked(parse_text, text))


def test_he_in_a_speakers_words_is_not_the_speaker(parse_text: Parse) -> None:
    text = "Police Officer Kathryn Moore said: 'We don't know for sure if he slept through the whole thing."
    assert not any("Moore" in question for question in asked(parse_text, text))


def test_a_plan_someone_only_welcomes_is_not_theirs(parse_text: Parse) -> None:
    text = "The institute welcomed proposals to give workers three days of paid leave."
    assert not any(question.startswith("Will the institute give") for question in asked(parse_text, text))


def test_what_someone_was_arrested_for_trying_to_do_is_not_asked(parse_text: Parse) -> None:
    text = "In December, Blizerian was arrested at the airport for allegedly trying to manufacture a bomb."
    assert asked(parse_text, text) == []


def test_a_demand_with_nothing_demanded_is_not_asked(parse_text: Parse) -> None:
    assert asked(parse_text, "General Batschelet told reporters the Army must try.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mr Walls told the BBC how he took photographs of a hen party.",  # told how: answered
        "Mr Cable said taxation as a share of the economy would go up under all three parties.",  # not Mr Cable
        "Sonia O'Sullivan said she would like to run in next month's championships.",  # a wish
        "In the 60m, Maurice Greene could only finish second to Leonard Scott.",  # what he did
        "Washington argues that if the embargo is lifted, it could lead to a buying spree.",  # "it": the lifting?
        "Mr Blair has the same passion as when Labour came to power in 1997, he said.",  # a time, not a question
    ],
)
def test_sentences_that_leave_nothing_open_to_ask_raise_no_question(parse_text: Parse, text: str) -> None:
    questions = asked(parse_text, text)
    assert not any(
        q.startswith(("How did Mr Walls", "When")) or "Cable" in q or "like to" in q or "Greene" in q
        or "Washington" in q
        for q in questions
    ), questions


def test_two_questions_on_the_same_figure_are_one(parse_text: Parse) -> None:
    questions = questions_of(parse_text(
        "The airline could transfer as many as 7,000 jobs out of its home country.\n"
        "Staff were told on Friday.\n"
        "Unions fear that 7,000 jobs may shift overseas.\n"
    ))
    assert len(questions) == 1
    assert questions[0].sources == (0, 2)


def test_an_inquiry_that_has_reported_is_not_asked_about(parse_text: Parse) -> None:
    text = "The MPs launched their inquiry into the agency after a backlog built up.\nThe MPs found it was failing."
    assert not any(question.startswith("What will") for question in asked(parse_text, text))


def test_how_someone_acts_is_not_a_plan_still_open(parse_text: Parse) -> None:
    text = "The minister claims the Tories are playing politics by attempting to score cheap points in parliament."
    assert not any("score" in question for question in asked(parse_text, text))


def test_a_prediction_reported_years_before_the_article_is_not_asked(parse_text: Parse) -> None:
    text = "In a study published in July 2010, professors predicted that the town would double in size by 2051."
    assert asked(parse_text, text) == []


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("The tie is the pick of the third round of the cup. Wexford Rovers will travel to Dean Park to meet holders"
         " Harbour City in January.", "Will Wexford Rovers beat Harbour City?"),
        ("The final of the championship is on Sunday. Marta Kovac will play Lena Obst in the final on Sunday.",
         "Will Marta Kovac beat Lena Obst?"),
        ("It is the last round of the tournament. Spaniard Ruiz will next face Tomas Berg in the semi-finals.",
         "Will Ruiz beat Tomas Berg?"),
    ],
)
def test_a_contest_still_to_be_played_is_asked_as_who_will_win(parse_text: Parse, text: str, question: str) -> None:
    assert question in asked(parse_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president will meet the Danish prime minister Ole Berg on Friday in Oslo.",  # a meeting, not a contest
        "The draw was made on Monday. Harbour City were drawn against either Wexford Rovers or Dean Park in the cup.",
        "The final was on Sunday. The Chilean will meet sixth seed Tomas Berg in the next round of the cup.",
    ],
)
def test_a_meeting_an_undecided_opponent_or_a_side_without_a_name_is_no_contest(parse_text: Parse, text: str) -> None:
    assert not any(" beat " in question for question in asked(parse_text, text))


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Marta Kovac, aiming for a third world title, said her form was good.",
         "Will Marta Kovac win a third world title?"),
        ("Halden Town were relegated in 2003 but are currently pushing for promotion.",
         "Will Halden Town win promotion?"),
    ],
)
def test_a_prize_someone_seeks_is_asked_whether_they_will_win_it(parse_text: Parse, text: str, question: str) -> None:
    assert question in asked(parse_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marta Kovac, aiming for a third world title, won the title on Sunday.",  # the article says she won it
        "Ann Berg will make solo visits to target seats in the north.",  # a purpose, not a prize she is after
        "Some are fighting for promotion and some relegation this Saturday.",
    ],
)
def test_a_prize_won_a_purpose_or_a_list_of_outcomes_is_not_asked(parse_text: Parse, text: str) -> None:
    assert not any(" win " in question for question in asked(parse_text, text))


def test_it_after_a_firms_name_and_a_verb_of_saying_is_the_firm_even_when_the_parser_took_it_for_a_person(
    parse_text: Parse,
) -> None:
    text = ("Volkov, the oil firm, has filed for bankruptcy in Houston.\nVolkov's shares fell on Monday."
            "\nVolkov has said it will sue Baikal and others involved in the sale for $20bn in damages.")
    assert "Will Volkov sue Baikal and others involved in the sale for $20bn in damages?" in asked(parse_text, text)


def test_a_clause_with_its_own_modal_never_borrows_the_subject_of_a_word_misread_as_a_verb(parse_text: Parse) -> None:
    text = "Werder Bremen defender Ivan Horvat could face a lengthy ban after the match on Sunday."
    assert not any(question.startswith("Will Werder Bremen face") for question in asked(parse_text, text))


def test_a_penalty_that_may_follow_a_condition_asks_the_condition(parse_text: Parse) -> None:
    text = "Tomas Berg, 38, could face another three years in jail if he fails to pay the money back, the judge said."
    assert asked(parse_text, text) == ["Will Tomas Berg pay the money back?"]


def test_what_someone_may_choose_to_do_on_a_condition_is_still_asked_as_it_is(parse_text: Parse) -> None:
    text = "The council may close the library if the budget is cut again next year."
    assert asked(parse_text, text) == ["Will the council close the library if the budget is cut again next year?"]


def test_a_condition_told_as_were_to_asks_its_verb(parse_text: Parse) -> None:
    text = "If Harbour Air were to follow the lead of other airlines, 7,000 jobs could shift overseas, a paper said."
    assert "Will Harbour Air follow the lead of other airlines?" in asked(parse_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Berg would sell more records if she were older, her manager said.",
        "He couldn't have signed this letter if he was ill, the campaigner said.",
    ],
)
def test_a_counterfactual_condition_is_not_asked(parse_text: Parse, text: str) -> None:
    assert not any(question.startswith(("Will Ann Berg", "Will he", "Was he")) for question in asked(parse_text, text))


def test_a_penalty_keeps_its_condition_even_one_the_line_checker_will_refuse(parse_text: Parse) -> None:
    text = "If that is the case, the security forces could face more such assaults in the coming months."
    question = "Will the security forces face more such assaults in the coming months if that is the case?"
    assert asked(parse_text, text) == [question]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("If elected, the party would cap the number of new permits.",
         "Will the party cap the number of new permits if elected?"),
        ("If the talks fail, the union could strike next month.",
         "Will the union strike next month if the talks fail?"),
    ],
)
def test_a_condition_that_opens_the_sentence_is_kept_at_the_end_of_its_question(
    parse_text: Parse, sentence: str, question: str
) -> None:
    assert question in asked(parse_text, sentence)


def test_a_wh_word_that_an_infinitive_takes_as_its_subject_is_not_given_the_main_subject(parse_text: Parse) -> None:
    span = parse_text("The key is what the central bank expects to happen to the housing market.").spans[0]
    happen = next(token for token in span if token.lower_ == "happen")
    subject = find_subject(happen)
    assert subject is not None and subject.lower_ == "what"
