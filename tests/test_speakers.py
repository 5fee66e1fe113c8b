"""Who said each quotation, on small invented news paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of

Parse = Callable[..., Document]


def _quotes(actors: list[Actor]) -> dict[str, list[str]]:
    return {actor.name: [quote.text for quote in actor.quotes] for actor in actors if actor.quotes}


def test_a_speaker_named_in_apposition_to_a_title_gets_the_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The harbour festival went ahead despite the storm.\n"
        "\"We never thought of cancelling the opening night,\" said the festival's director, Tomas Varga.\n"
        "The festival's treasurer, Ilse Brandt, said ticket sales were strong."
    )))
    assert quotes == {"Tomas Varga": ["We never thought of cancelling the opening night"]}


def test_she_is_never_a_man_that_an_honorific_or_an_earlier_he_names(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Mr Varga's view was shared by Ilse Brandt, who runs the sister market.\n"
        "\"We have been careful to respect the families of the victims,\" she said.\n"
    )))
    assert quotes == {"Ilse Brandt": ["We have been careful to respect the families of the victims"]}


def test_she_stands_for_the_subject_of_the_main_clause_not_of_a_clause_inside_it(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Marta Keller is also angry and says that Anna Rossi and herself are the real victims.\n"
        "\"You have no idea what I have been through this week,\" she said.\n"
    )))
    assert quotes == {"Marta Keller": ["You have no idea what I have been through this week"]}


def test_an_attribution_broken_off_into_a_sentence_of_its_own_names_the_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Anna Rossi is fuming that she has been named in the row.\n"
        "\"How can anyone be happy to see their face on the cover of a paper?\n"
        "\"\n"
        "Rossi said.\n"
        "The federation declined to comment."
    )))
    assert quotes == {"Anna Rossi": ["How can anyone be happy to see their face on the cover of a paper?"]}


def test_an_opening_mark_left_at_the_end_of_the_paragraph_before_opens_the_next(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The graph shows a clear trend towards bluer paintings over two centuries. '\n"
        "I made a picture of how the colours of paintings changed over time,' said Martin Holm, a student.\n"
    )))
    assert quotes == {"Martin Holm": ["I made a picture of how the colours of paintings changed over time"]}


def test_a_quotation_without_attribution_is_the_words_of_whom_the_sentence_before_is_about(
    parse_text: Parse,
) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The council met on Monday to discuss the new library.\n"
        "Martin Holm used freely available plans for the design.\n"
        "\"There are many places where you can find the plans of old libraries.\"\n"
    )))
    assert quotes == {"Martin Holm": ["There are many places where you can find the plans of old libraries."]}


def test_a_quotation_whose_speaker_cannot_be_told_is_given_to_nobody(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Martin Holm and Anna Rossi both spoke at the meeting of the council on Monday.\n"
        "The meeting ended late.\n"
        "Later, a statement was read out.\n"
        "\"The plans for the library will be published before the end of the month,\" it said.\n"
    )))
    assert quotes == {}


def test_he_stands_for_whom_it_last_stood_for_when_no_name_is_near(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Professor Kevin Marsh from the University of Leeds said the test still had to be checked.\n"
        "But he added that the markers they had found looked very promising.\n"
        "\"Our findings are exciting because they show that a blood test can work.\n"
        "The test could help patients in several ways, he said.\n"
        "It could also guide future treatments.\n"
        "Doctors would know sooner which patients needed care.\n"
        "Trials would start next year.\n"
        "Costs were not yet known.\n"
        "\"The way we see it working is that you can test people at their doctor's,\" he said.\n"
    )))
    assert quotes == {"Kevin Marsh": [
        "Our findings are exciting because they show that a blood test can work.",
        "The way we see it working is that you can test people at their doctor's",
    ]}


def test_the_reporters_words_inside_quote_marks_are_no_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Anna Rossi, who leads the research team, spoke after the results were published.\n"
        "\"He said there were several ways the test could help patients.\n"
        "\"Mr Holm said:\n"
        "\"We will publish everything before the end of the year,\" Rossi said.\n"
    )))
    assert quotes == {"Anna Rossi": ["We will publish everything before the end of the year"]}
