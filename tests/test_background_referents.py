"""A background line may not lean on what the reader has not been shown (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Document
from generator.pipeline import brief, stages_for
from generator.stages.background.referents import points_back

Parse = Callable[..., Document]


@pytest.mark.parametrize(
    "sentence",
    [
        "For example, the chemical is sprayed on some orchards, the inspector said.",
        "On a more positive note, the visiting stars have drawn huge crowds to the city.",
        "Some 20,000 fans are expected to descend on this small harbour town for the final.",
        "For all these improvements, the trains are still often late.",
        "The chart above is based on 5,000 readings taken between 1900 and 2000.",
        "The same week, a passenger in Leeds said she was offered a refund after a complaint.",
        "The costs have something to do with it.",
        "Through its trade body, it has pursued a campaign in the courts against file sharers.",
        "The mayor claims this is the clearest sign that the council is wasting money.",
        "Victims included two nurses, a teacher and a retired farmer.",
        'Watch the video: "Fast Eddie" Carl Burns was curt with the reporter from the local radio station.',
        "Read more: The council has cut bus routes in the valley twice since 2019.",
        "The settlement means she keeps her pension but loses the bonus promised in 2021.",
        "Prices have risen there every year since the mine closed.",
        "One was caused by a faulty signal, another by a fallen tree.",
        "Another 12% came from fines for late payment.",
        "Starting in Leeds, he toured the depots promising to keep every one of them open.",
        "As well as winning last year's final by two goals, she reached the semi-final of the cup.",
        "Therefore, the council pays more for each flat than the landlord receives.",
        "In fact, the players returning from the tour are just as tired.",
        "Worse still, the neighbour began to shout at the tenants every morning.",
    ],
)
def test_a_sentence_that_points_back_or_beside_it_is_not_read_alone(parse_text: Parse, sentence: str) -> None:
    assert points_back(parse_text(sentence).spans[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "The festival was founded in 1978 by a group of critics.",
        "Compare the two budgets line by line and one thing is plain: the council spends more on roads.",
        "Since he first coached in the league in 2009, Dean Holt has seen the standard rise every year.",
        "The former nurse says she was never told about the plan.",
        "This week the company opened a plant in Leeds.",
        "The striker ruptured a ligament in his left ankle in July.",
        "The university says the law requires it to investigate every complaint.",
        "For the first time this season the team had both cars in the race.",
        "It emerged on Monday that the plant would close.",
        "It's not the first time the singer has appeared in court.",
        "The firm that made the engines said it would appeal.",
        "Those who bought tickets will get a refund.",
        "Its customers included two banks and a hospital.",
        "The singer moved to Lisbon in 2010 and has lived there ever since.",
        "There are now three ferries a day to the island.",
        "One of the two ferries was built in Norway in 1998.",
        "No one on the quay noticed the smoke until the alarm sounded.",
        "Another possible site for the depot is Dunmore, which the council bought in 2010.",
        "Whilst many of Mr Holt's team-mates left the club in 2009, he stayed for another six seasons.",
    ],
)
def test_a_sentence_that_names_what_it_speaks_of_is_read_alone(parse_text: Parse, sentence: str) -> None:
    assert not points_back(parse_text(sentence).spans[0])


def test_a_name_put_for_an_opening_it_starts_the_line_with_a_capital(parse_text: Parse) -> None:
    document = parse_text(
        "Museums across Europe are banning selfie sticks, officials said on Friday.\n"
        "Some people love them and others hate them.\n"
        "Last month the National Gallery in London became the latest major museum to ban the devices.\n"
        "It follows bans in galleries in France and America, including the Palace of Versailles.\n"
        "The National Gallery was founded in 1824 and holds more than 2,300 paintings.\n"
        "Selfie sticks were first sold in 2014.\n"
    )
    texts = [item.text for item in brief(document, stages_for("background")).background]
    assert any(text.startswith("The National Gallery follows bans") for text in texts)
    assert all(text[:1].isupper() for text in texts)
