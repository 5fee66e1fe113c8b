"""Who said a quotation, and whether it is a quote line, where scraping or the reporter's sentence blurs its edges;
on small invented news paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of

Parse = Callable[..., Document]


def _quotes(actors: list[Actor]) -> dict[str, list[tuple[str, bool]]]:
    return {actor.name: [(quote.text, quote.shown) for quote in actor.quotes] for actor in actors if actor.quotes}


def test_a_name_inside_quoted_words_is_never_their_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The home side's display is showered with praise, with Lena Marsh singled out as the star.\n"
        "\"Lena Marsh did things on Sunday which were worthy of a champion,\" the paper beams, adding, "
        "\"What a work-rate, what vision, what leadership!\"\n"
    )))
    assert "Lena Marsh" not in quotes


def test_a_verb_of_saying_after_a_quotation_that_ended_its_sentence_reports_words_of_its_own(
    parse_text: Parse,
) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Councillor Tom Baker said he hoped the vote would encourage other towns.\n"
        "\"I hope the plan passes this time,\" he said.\n"
        "\"It is now the job of the council to act [on the plan].\"And Nora Quist said she was optimistic that the "
        "vote would pass.\n"
    )))
    assert quotes.get("Tom Baker") == [("I hope the plan passes this time", True),
                                       ("It is now the job of the council to act [on the plan].", True)]
    assert "Nora Quist" not in quotes


def test_quoted_words_that_finish_the_reporters_sentence_are_the_speakers_but_no_quote_line(
    parse_text: Parse,
) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Prosecutor Mara Lind said that detectives could find no case "
        "\"where anyone complained to the police of conduct that would be a crime.\"\n"
    )))
    clause = "where anyone complained to the police of conduct that would be a crime."
    assert quotes == {"Mara Lind": [(clause, False)]}


def test_a_quotation_cut_off_at_the_end_of_its_paragraph_is_no_quote_line(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "\"Reaching the finals is everyone's aim,\" said forward Jana Holt.\n"
        "\"It's been my aim since I joined the squad, and [the goalkeeper]\n"
        "Eva Lund has been aiming for it for years.\n"
    )))
    cut = "It's been my aim since I joined the squad, and [the goalkeeper]"
    assert quotes.get("Jana Holt", [])[1:] == [(cut, False)]


def test_a_description_by_age_is_the_person_the_story_gave_that_age_not_the_last_named(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Doctors had treated Sam Ortega, 15, for months.\n"
        "On Saturday he went to his school prom for ten minutes.\n"
        "Sam was greeted by former Rovers captain Neil Brodie at the event.\n"
        "The teenager wrote on his page: \"I would just like to thank everyone who came along.\"\n"
    )))
    assert quotes == {"Sam Ortega": [("I would just like to thank everyone who came along.", True)]}


def test_a_quotation_according_to_someone_is_theirs(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The council approved the budget on Monday.\n"
        "\"The roads will be fixed by spring,\" according to Mayor Lena Holt.\n"
        "Many residents doubt it.\n"
    )))
    assert quotes == {"Lena Holt": [("The roads will be fixed by spring", True)]}


def test_an_opening_mark_never_closed_before_the_reporters_words_makes_no_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Taxi driver Omar Reid photographed 90 of his passengers last summer.\n"
        "He said: \"Everyone was so friendly.\n"
        "\"I had a judge in the back one night and we talked about cricket.\n"
        "\"The photographs go on show at the Corn Exchange from 3 June.\n"
    )))
    texts = [text for text, _ in quotes.get("Omar Reid", [])]
    assert "I had a judge in the back one night and we talked about cricket." in texts
    assert not any(text.startswith("The photographs") for text in texts)


def test_a_quotation_left_open_goes_on_in_the_next_paragraph_that_only_closes_it(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Rovers beat City 2-0 on Saturday to go top of the league.\n"
        "Manager Tom Reyes told reporters: \"The players were brilliant today.\n"
        "We deserved the win.\"\n"
        "City manager Ian Holt said his side had been unlucky.\n"
    )))
    assert quotes == {"Tom Reyes": [("The players were brilliant today.", True), ("We deserved the win.", True)]}
