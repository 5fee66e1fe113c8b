"""Matters a sentence shows settled, or only seems to leave open: not asked (invented paragraphs, the real model)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.language.asking import question_problems

from .questioning import Parse, asked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a doubt told as before the event that settled it
        ("After weeks of speculation about whether the mayor would resign, Ana Ruiz announced that she will stay.",
         "resign"),
        # one writer's "I did not see how": their view, not the article's matter
        ("The rides were slow, and I did not see how the park could attract families.", "attract"),
        ("I don't know what the secret of the recipe is, the chef said.", "secret"),
        # an example of what can be done
        ("So, for example, a bank's name could now be copied using a mixture of two alphabets.", "copied"),
        # what a kind of thing does on an occasion
        ("Conversely, lizards may change colour after losing a fight or when trying to avoid a rival.", "colour"),
        ("Conversely, lizards may change colour after losing a fight or when trying to avoid a rival.", "avoid"),
        # the article gives the reason
        ("Add the rise of a younger striker and it is easy to see why some fans have written Jones off.", "written"),
        # a call to gather, and a crowd gathered the next sentence
        ("The opposition leader urged supporters to gather in the capital. A crowd later gathered outside the court.",
         "gather"),
        # a plan the article tells as settled, or as a speaker's own
        ("The new ferry service is set to begin in the spring.", "begin"),
        ("The city is preparing to receive hundreds of families from the flooded valley.", "receive"),
        ("The vote had been due to take place in the spring, but the talks collapsed.", "place"),
        ("The mayor made clear she would continue her campaign for a new bridge.", "campaign"),
        ("In a speech, she said the town would open its schools to the families.", "schools"),
        ("The head of the relief agency, Sara Olsen, told reporters that the children would be the first to leave.",
         "children"),
        # a clause granted before the point
        ("Officials said that while the drivers would accept the new timetable, they wanted more pay.", "accept"),
        # a deduction about the past, not a demand
        ("The jury was told the driver must have fallen asleep at the wheel.", "asleep"),
        # what the article reports is so; a thing granted before a "but"
        ("The old bridge is said to have more arches than any other in the county.", "arches"),
        ("Electric scooters may be a novelty in the town, but they are not new.", "novelty"),
        # what a plan holds, told with a time and no condition
        ("The new terminal would be closed three days after the airline moved out.", "terminal"),
        # "Looking into" as a turn of phrase, no one's review
        ("Looking into the town's future, tourism is only the beginning for the valley.", "review"),
        # what an example shows, what a speaker says is known
        ('"This is a clear example of how the scheme helps small farms," the minister added.', "farms"),
        ('"Then you know where you stand and you know what the minimum payment is," she said.', "minimum"),
        # what a noun's "of" tells: an account, a reality, not a question of who or how
        ("The film is the story of how a farmer rebuilt the village school after the flood.", "rebuild"),
        ("The book gives an account of how the crew survived the storm.", "survive"),
        ("The survey reflects the reality of how families shop in the town.", "shop"),
        # a named speaker's plan told in a second clause of what they said, or a plan confirmed in one
        ("In response, Ana Ruiz said the Greens would make cuts, such as closing offices, but would hire more nurses.",
         "nurses"),
        ("A spokeswoman confirmed Mr Berg was still in post and that he would stay until a replacement was found.",
         "replacement"),
        # a thing named by "what" after an adjective's "of": no question asked
        ("The club has offered the midfielder a new contract.\nHis brother and agent Leo Sanz has said that the offer"
         " was well short of what he was seeking.", "seeking"),
        # what anyone of a kind can do, told with no time: a possibility described
        ("The shop has opened a virtual reality room for kitchen designs.\nUsers could change the colours of the"
         " cupboards and walk around the room.", "colours"),
        # a firm's or a council's plan told in the passive: "it said X would be done" is its own stated plan
        ("The brewer bought a small winery on Monday.\nIt said the winery would be merged into its wine business.",
         "merged"),
        ("The council will close the car park next month.\nIt added that new cycle racks would be built at the larger"
         " stations to help visitors.", "racks"),
        # a confirmed plan, whoever confirms it
        ("The organisers revealed that the festival would move to the harbour next summer.", "harbour"),
        # what a thing already made was for; what one can do, or could do
        ("In one scheme designed to cut queues, patients who arrived early were sent home.", "queues"),
        ("Last year the council launched a new scheme, designed to cut waiting times at the clinic.", "waiting"),
        ("In 2015 the firm launched Trips, a program designed to take pupils on virtual visits.", "visits"),
        ("Like many young riders, Lopez has the gift of being able to surprise defenders.", "surprise"),
        ("Lopez has been able to spend time with his family in Lyon.", "family"),
        ("The ferry will be able to carry 400 cars a day.", "cars"),
        # a clause after "but" whose subject the parser misread: not the first clause's subject
        ("Some clubs are fighting for promotion and some relegation, but this Saturday could see a number of upsets.",
         "upsets"),
        # a "that" the parser read as a mark on the main clause: the subject still points back
        ("However, that access may come at a cost.", "cost"),
        # a hypothetical: "would" with an "if" in the past, told by no one
        ("She had a clear sense of how the team would play if it really tried to attack.", "attack"),
        # a question put to someone at a past moment, or about what had happened by then: its answer is told
        ("The hearing went on for a third day.\nDuring cross examination, the lawyer asked Ms Berg if she ever saw"
         " Mr Hale sign a contract.", "sign"),
        ("The hearing went on for a third day.\nOn that day's morning programme Mr Lund was asked why Mr Hale had been"
         " allowed to retire rather than be sacked.", "retire"),
        ("The hearing went on for a third day.\nThe trip came after the palace had sent reporters home, sending the"
         " press into a panic about where the prince and his family had gone.", "gone"),
    ],
)
def test_a_matter_the_sentence_settles_or_only_seems_to_open_is_not_asked(
    parse_text: Parse, text: str, word: str
) -> None:
    assert not [question for question in asked(parse_text, text) if word in question.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "The new phone is due to go on sale in March.",  # "as planned": the annotators ask it
        "No one knows how many people are left in the city.",
        "Police want to know why the driver left the road.",
        "The firm is said to be preparing a bid for its rival.",  # a rumour of what is being done
        "The minister is believed to own shares in the company.",
        "Police were investigating whether the driver had been drinking before the crash.",  # an inquiry
        "The shop has opened a new design room.\nShoppers could soon be paying the shop to design their kitchens.",
        "The shop has opened a new design room.\nSmall shops may struggle to afford the hardware for the rooms.",
    ],
)
def test_a_date_still_to_keep_and_what_no_one_knows_are_still_asked(parse_text: Parse, text: str) -> None:
    assert asked(parse_text, text)


def test_an_expectation_in_the_first_person_is_still_asked(parse_text: Parse) -> None:
    assert asked(parse_text, "The visitors are weak away from home, so I fully expect them to lose on Sunday.")


def test_a_subject_that_points_back_with_another_is_refused(nlp: Any) -> None:
    question = "Will another solution be a case of wasted effort?"
    found = question_problems(question, nlp(question), [nlp("Another solution could be a case of wasted effort.")])
    assert any("points back" in problem for problem in found)


def test_a_modal_parsed_with_an_infinitive_to_on_its_verb_asks_nothing(parse_text: Parse) -> None:
    text = "But the code would be different, and the shop it would lead buyers to could be a fake."
    assert not [question for question in asked(parse_text, text) if "fake" in question]


def test_a_person_the_parser_missed_as_a_name_still_stands_between_a_he_and_another_name(parse_text: Parse) -> None:
    text = (
        "Emmanuel Adebayor has lost his place to a teenager. Adebayor sees a shot saved by keeper Brad Jones (left)"
        " during the match in November Adebayor recently insisted that he was prepared to fight for his place in the"
        " team."
    )
    assert not [question for question in asked(parse_text, text) if "Jones" in question]


def test_a_bare_plural_with_no_occasion_is_still_asked(parse_text: Parse) -> None:
    assert asked(parse_text, "Taxpayers may have to bail out the agency that protects pensions, economists warned.")


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("The chief executive said he expected further departures in the coming months.",
         "Will there be further departures in the coming months?"),
        ("Police fear a backlash from fans.", "Will there be a backlash from fans?"),
    ],
)
def test_a_new_thing_foreseen_is_asked_whether_it_comes(parse_text: Parse, text: str, question: str) -> None:
    assert asked(parse_text, text) == [question]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expected a rate cut in May.",  # told in the past
        "The company expected the results to improve.",  # a thing already named, and an infinitive
        "The firm has forecast a net loss in its current financial year.",  # whose year?
        "Viewers, who expect good pictures at low prices, are hard to please.",  # who they are
        "The council set out to predict future patterns of traffic.",  # what it aimed at
    ],
)
def test_a_thing_foreseen_in_the_past_named_before_or_only_described_is_not_asked(parse_text: Parse, text: str) -> None:
    assert not [question for question in asked(parse_text, text) if question.startswith("Will there be")]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("If convicted, the minister could face ten years in prison.", "Will the minister be convicted?"),
        ("The coach could lose his job if found guilty of misconduct.",
         "Will the coach be found guilty of misconduct?"),
        # not a penalty: the plan is asked, with its condition
        ("If elected, his party would institute an annual limit on asylum.",
         "Will his party institute an annual limit on asylum if elected?"),
    ],
)
def test_a_condition_cut_to_its_participle_before_a_penalty_is_asked(
    parse_text: Parse, text: str, question: str
) -> None:
    assert asked(parse_text, text) == [question]


def test_a_side_drawn_against_either_of_two_asks_which_it_will_face(parse_text: Parse) -> None:
    text = "Lewis beat Adam Brook 13-6 in the second round to set up a meeting with either Tom Hale or Sam Reid."
    assert asked(parse_text, text) == ["Will Lewis face Tom Hale or Sam Reid?"]


def test_either_of_two_firms_outside_a_contest_asks_nothing(parse_text: Parse) -> None:
    assert not asked(parse_text, "The airline is to buy fifty new aircraft from either Boeing or Airbus.")
