"""Names that are no actor's as written, and two forms of one name: invented sentences for a name run into the next
sentence over a lost full stop, a name only a picture's caption gives, a link's words glued to a name, an office with
its country, two names a possessive joins, a word that opens the sentence, examples of a kind of thing, a birth
name, an election, the initials of a post; and one name written with and without a space, its middle words or its
particle."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of, cast_of
from generator.stages.actors.forms import same_name, without_particle
from generator.stages.actors.mentions import find_mentions

Parse = Callable[..., Document]


def _names(actors: list[Actor]) -> set[str]:
    return {actor.name for actor in actors}


def test_two_names_run_together_over_a_lost_full_stop_are_neither(parse_text: Parse) -> None:
    listed = cast_of(parse_text(
        "Rovers spoiled Jamie Carragher's 500th appearance for Liverpool as they won at Anfield.\n"
        "Liverpool forward Ben Pask is tackled by Stevie Marr during a frantic contest at Anfield Carragher stayed "
        "on the bench throughout the first half."
    ))
    names = {actor.name for actors in listed for actor in actors}
    assert "Anfield Carragher" not in names
    assert "Jamie Carragher" in names


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


def test_forms_of_one_name_are_told_apart_from_other_names() -> None:
    assert same_name("magistrate rinaudo", "magistrate ray rinaudo")
    assert same_name("powergrid", "power grid")
    assert not same_name("john smith", "jane smith")
    assert not same_name("ray rinaudo", "magistrate ray rinaudo")  # another word first: left to the surname rule
    assert without_particle("al-hadad") == "hadad"
    assert without_particle("janner-klausner") == "janner-klausner"


def test_an_office_with_its_country_is_no_actor(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "US Secretary of State Jane Holm accused the rebels of a massacre in Korvel.\n"
        "Holm urged both sides to return to talks in Geneva."
    )))
    assert "US Secretary" not in names
    assert "Jane Holm" in names


def test_two_names_a_possessive_joins_are_no_persons_name(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "Meanwhile, Atletico’s Croatia forward Ivo Perak, who has scored five goals in eight Champions League "
        "appearances, has recovered from an ankle problem."
    )))
    assert not any("’s" in name or "'s" in name for name in names)


def test_a_word_that_opens_the_sentence_is_no_part_of_the_name_after_it(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "New EU rules set compensation at between 250 euros and 600 euros.\n"
        "The new rules will apply to all flights, the EU said.\n"
        "Airlines said the EU had ignored them."
    )))
    assert "New EU" not in names


def test_names_given_as_examples_of_a_kind_of_thing_are_no_actors(parse_text: Parse) -> None:
    listed = cast_of(parse_text(
        "Retro fans are snapping up consoles. The days of arcade classics such as Space Raiders, Pac-Land and "
        "Donkey Kong are long gone, said analyst Ken Dorr."
    ))
    names = {actor.name for actors in listed for actor in actors}
    assert names == {"Ken Dorr"}


def test_a_birth_name_is_no_other_person(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "Singer Jess Vane won two awards on Tuesday. Born Jessica Hale, the Devon singer started her career in a BBC "
        "talent programme."
    )))
    assert names == {"Jess Vane"}


def test_an_election_is_no_actor(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "The loss is a blow to taxpayers and comes at an awkward time for Chancellor Tom Harker, six days before the "
        "General Election."
    )))
    assert names == {"Tom Harker"}


def test_the_initials_of_a_post_are_no_body(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "Director of Public Prosecutions Alma Reyes said the peer would not be charged.\n"
        "A spokesman said: 'It is the DPP's job to make these difficult decisions, and that is what the DPP has done.'"
    )))
    assert "DPP" not in names



def test_a_bodys_name_keeps_the_hyphenated_words_before_it_and_the_words_after_a_participle(parse_text: Parse) -> None:
    texts = {m.text for m in find_mentions(parse_text(
        "The ruling is challenged by the Northern Short-haul Ferries Association and by the Rail Union.\n"
        "Tom Reed, chief executive of the National Association for Workers Injured in Mines, added: the fund is small."
    ))}
    assert "Northern Short-haul Ferries Association" in texts
    assert "Ferries Association" not in texts
    assert "National Association for Workers Injured in Mines" in texts
    assert "National Association for Workers Injured" not in texts


def test_the_place_a_body_is_based_in_is_no_part_of_its_name(parse_text: Parse) -> None:
    texts = {m.text for m in find_mentions(parse_text(
        "The ruling was overturned by the Boston-based US Court of Appeals on Monday."
    ))}
    assert "Boston-based US Court of Appeals" not in texts


def test_a_person_run_into_the_noun_of_a_disease_is_still_a_person(parse_text: Parse) -> None:
    names = _names(actors_of(parse_text(
        "Ms Holt faced criticism after saying that Janner would escape trial because he has Alzheimer’s disease "
        "Ben Carter, chief executive of the Victims Trust, added: ‘He could not have signed this letter.’"
    )))
    assert "Ben Carter" in names
