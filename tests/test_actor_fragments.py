"""Names that are no actor's as written, and two forms of one name: invented sentences for a name run into the next
sentence over a lost full stop, a name only a picture's caption gives, a link's words glued to a name, a joining word
left at a name's end; and one name written with and without a space, its middle words or its particle."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of
from generator.stages.actors.forms import same_name, without_particle

Parse = Callable[..., Document]


def _names(actors: list[Actor]) -> set[str]:
    return {actor.name for actor in actors}


def test_two_names_run_together_over_a_lost_full_stop_are_neither(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "Dunmore Town lost 3-1 to the Harriers at Elland Grove on Sunday.\n"
        "Marcus Tilby scored twice for the Harriers.\n"
        "Dunmore defender Joe Pask is tackled during a tense game at Elland Grove Tilby stayed on the pitch "
        "throughout the second half."
    )))
    assert not any("Elland Grove Tilby" in name for name in names)
    assert "Marcus Tilby" in names


def test_a_name_only_a_pictures_caption_gives_is_no_actor(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "Harriers manager Sam Wenley said his side had earned the win.\n"
        "Striker Dario Flume celebrates his goal by saluting Wenley (right).\n"
        "Wenley said the club would fight on."
    )))
    assert "Dario Flume" not in names
    assert "Sam Wenley" in names


def test_a_name_glued_to_the_question_of_a_link_is_no_actor(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "Aid workers said the evacuation of Korvel would take days.\n"
        "Global support for KorvelHow Dresden's survivors view KorvelWhat's happening in Korvel?\n"
        "Nadia Orlov, who leads the aid mission, said the roads were open."
    )))
    assert not any("How" in name or "What" in name for name in names)


def test_a_joining_word_left_at_a_names_end_is_no_part_of_it(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "Of the Rovers players, only captain Tariq-ul-Hasan and Imran Dar have passed 50 in the series.\n"
        "Imran Dar said the pitch was slow."
    )))
    assert not any(name.endswith(" and") for name in names)


def test_forms_of_one_name_are_told_apart_from_other_names() -> None:
    assert same_name("magistrate rinaudo", "magistrate ray rinaudo")
    assert same_name("powergrid", "power grid")
    assert not same_name("john smith", "jane smith")
    assert not same_name("ray rinaudo", "magistrate ray rinaudo")  # another word first: left to the surname rule
    assert without_particle("al-hadad") == "hadad"
    assert without_particle("janner-klausner") == "janner-klausner"
