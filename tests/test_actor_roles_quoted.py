"""What a speaker says a name is (an opinion), what the reporter says it is (a role), a position on the field before
a name (a role; not a person on its own: "the stage prop"), an adverb before a title ("only captain": "captain")."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of

from .test_actor_roles import _role

Parse = Callable[..., Document]


def test_what_a_speaker_says_a_name_is_in_quoted_words_is_an_opinion_not_a_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Tom Ashby won the race in Bahrain on Sunday.\n"
        "\"For years people said Rob Kell was a wizard of engines,\" Ashby said.\n"
        "Kell finished second."
    ))
    assert _role(actors, "Rob Kell") is None


def test_what_the_reporter_says_a_name_is_stays_a_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Rob Kell is the chief engineer of the Avon team.\n"
        "\"We lost too much time,\" Kell said."
    ))
    assert _role(actors, "Rob Kell") == "chief engineer of the Avon team"


def test_a_position_on_the_field_before_a_name_is_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Ireland lock Paul Brennan was sent off after a late tackle in Dublin.\n"
        "Brennan apologised to the referee."
    ))
    assert _role(actors, "Paul Brennan") == "Ireland lock"



def test_a_position_that_also_names_a_thing_is_no_description_of_a_person(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Joan Smith opened the show at the Grand Theatre on Friday.\n"
        "The stage prop fell during the second act.\n"
        "Smith was unhurt."
    ))
    assert _role(actors, "Joan Smith") is None


def test_a_focusing_adverb_before_a_title_is_no_word_of_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Of the visitors, only captain Rashid Malik and Omar Khan have scored a century on this tour.\n"
        "Malik said the team would fight back."
    ))
    assert _role(actors, "Rashid Malik") == "captain"
