"""Who said a quotation when the reporter names no one beside it: only the reporter's own naming counts (not a
caption's, nor a name inside quoted words), on small invented news paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of

Parse = Callable[..., Document]


def _quotes(actors: list[Actor]) -> dict[str, list[str]]:
    return {actor.name: [quote.text for quote in actor.quotes] for actor in actors if actor.quotes}


def test_he_after_a_picture_caption_stands_for_the_person_the_story_named_not_the_one_pictured(
    parse_text: Parse,
) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Harbour City manager Pavel Norberg underlined the size of the game ahead of the derby.\n"
        "Winger Oskar Lindqvist celebrates his goal by saluting the fans (right) '\n"
        "This is the biggest game many of these players have ever played for the club,' he said.\n"
    )))
    assert quotes == {"Pavel Norberg": ["This is the biggest game many of these players have ever played for the club"]}


def test_a_quotation_with_no_attribution_after_a_picture_caption_is_given_to_nobody(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The Harbour City players trained in a relaxed mood on Monday.\n"
        "Oskar Lindqvist shares a joke with his team-mate during training '\n"
        "It is not that interesting, but we have studied the draw and now we have another tie.'\n"
    )))
    assert quotes == {}


def test_the_reporters_sentence_of_saying_between_two_quotations_gives_the_second_to_whom_it_names(
    parse_text: Parse,
) -> None:
    quotes = _quotes(actors_of(parse_text(
        "\"The extra cost will be passed on to every passenger,\" Mr Daly said.\n"
        "\"That is a transfer of money from one traveller to another.\"\n"
        "On Wednesday, Greta Lund, the transport commissioner, said the rules were necessary.\n"
        "\"The growth in air travel must come with proper protection for passengers.\"\n"
    )))
    assert quotes["Greta Lund"] == ["The growth in air travel must come with proper protection for passengers."]
    assert len(quotes["Daly"]) == 2


def test_he_is_never_the_person_the_quotation_itself_speaks_of(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The coach said winger Oskar Lindqvist would return to the team on Tuesday.\n"
        "\"Lindqvist had a fantastic season last time and scored in both finals,\" he added.\n"
    )))
    assert "Oskar Lindqvist" not in quotes


def test_a_name_set_off_after_the_phrase_that_completes_an_office_is_the_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The buses left the city through the road towards the towns of Karl Ostby and Jan Velden.\n"
        "\"Some 3,000 civilians and more than 40 wounded were brought out,\" the head of the ICRC in Norland, "
        "Marit Solberg, said after two convoys left.\n"
    )))
    assert quotes == {"Marit Solberg": ["Some 3,000 civilians and more than 40 wounded were brought out"]}


def test_an_office_of_something_with_no_name_beside_it_is_not_the_person_named_last(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The ferries left the port through the towns of Velden and Karl Ostby.\n"
        "The chief of the harbour police told a news briefing: \"A safe corridor has been opened for the ferries.\"\n"
    )))
    assert quotes == {}


def test_he_stands_for_a_subject_named_in_apposition_to_its_title(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "President Tomas Varga said his country would take in the most vulnerable families.\n"
        "UN envoy Henrik Aalto said about 50,000 people were still trapped in the city.\n"
        "\"If there is no agreement, the next city will fall too,\" he told reporters in Paris.\n"
    )))
    assert quotes == {"Henrik Aalto": ["If there is no agreement, the next city will fall too"]}


def test_a_button_glued_to_the_reporters_sentence_after_a_quote_mark_is_no_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "\"It was as good a match as you could wish for,\" Vaughan told the radio.\n"
        "\"Media playback is not supported on this deviceNorland batted for only 63 overs on a flat pitch.\n"
    )))
    assert quotes == {"Vaughan": ["It was as good a match as you could wish for"]}



def test_said_the_german_is_the_person_the_reporter_named_last(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Lena Vogt lost the final to Maria Costa in three sets on Sunday.\n"
        "Vogt served well but could not match her opponent's accuracy. \"It was a hard match for me,\" said the German."
    )))
    assert quotes.get("Lena Vogt") == ["It was a hard match for me"]


def test_he_after_a_sentence_about_someone_described_is_not_the_last_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Pavel Ostrov will miss the Open with a knee injury.\n"
        "\"He needs at least four weeks of rest,\" said team doctor Karl Weiss.\n"
        "The Russian has had many injuries in his career but still hopes to play. "
        "\"I will try everything to be ready,\" he said."
    )))
    assert "I will try everything to be ready" not in quotes.get("Karl Weiss", [])


def test_a_single_mark_after_a_colon_left_open_by_its_paragraph_opens_a_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The charity's figures were published on Monday.\n\n"
        "Its director Ruth Marlow said: \u2018Demand for help has risen in every region this winter.\n\n"
        "We need more volunteers to keep the centres open.\u2019\n\n"
        "Ministers questioned the figures."
    )))
    assert quotes.get("Ruth Marlow") == ["Demand for help has risen in every region this winter."]


def test_a_single_mark_after_a_colon_closed_in_its_paragraph_is_one_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The charity's figures were published on Monday.\n\n"
        "Its director Ruth Marlow said: 'Demand for help has risen in every region this winter. '\n\n"
        "Ministers questioned the figures."
    )))
    assert quotes.get("Ruth Marlow") == ["Demand for help has risen in every region this winter."]
