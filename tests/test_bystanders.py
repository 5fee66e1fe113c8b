"""Which names are listed as actors at all: a group must act or be acted on, an outlet only reports, a work is a
thing."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of, cast_of

Parse = Callable[..., Document]


def test_a_group_only_talked_of_is_no_actor(parse_text: Parse) -> None:
    names = {actor.name for actor in actors_of(parse_text(
        "Marta Lindqvist, the chief executive of Norvale, said the firm would cut prices on Monday.\n"
        "The plan aims to improve the competitiveness of small retailers across the region.\n"
        "Lindqvist sat at a desk with scale models in her hands."
    ))}
    assert "Marta Lindqvist" in names
    assert "small retailers" not in names


def test_a_group_that_acts_through_a_part_or_a_reaction_stays(parse_text: Parse) -> None:
    names = {actor.name for actor in actors_of(parse_text(
        "The council closed three branches of the Dunmore library on Friday.\n"
        "A number of local teachers had warned of the closures in a letter.\n"
        "The decision drew the anger of rural parents, council leader Oskar Brandt said."
    ))}
    assert "local teachers" in names
    assert "rural parents" in names


def test_a_news_agency_that_reports_the_verdict_is_listed_apart(parse_text: Parse) -> None:
    actors, _, reporting = cast_of(parse_text(
        "Hedda Voss, the head of the Grenmark Trust, was arrested at her home in Oslo on Tuesday.\n"
        "Voss wept as the verdict was read, the Associated Press news agency reported.\n"
        "AP said she would appeal. Judge Arne Kolb said the case was closed."
    ))
    assert "Hedda Voss" in {actor.name for actor in actors}
    assert not {"Associated Press news agency", "AP"} & {actor.name for actor in actors}
    assert "Associated Press news agency" in {teller.name for teller in reporting}


def test_names_listed_after_a_noun_of_works_are_titles(parse_text: Parse) -> None:
    names = {actor.name for actor in actors_of(parse_text(
        "The band Velvet Harbour released two singles, Glass Town and Yellow Kite, before their album.\n"
        "Singer Petra Lund said the band would tour in the spring."
    ))}
    assert "Petra Lund" in names
    assert not {"Glass Town", "Yellow Kite"} & names


def test_a_newspaper_named_by_its_kind_after_it_only_reports_even_when_taken_for_a_person(parse_text: Parse) -> None:
    actors, _, reporting = cast_of(parse_text(
        "Economy minister Anna Berg told the Kommersant newspaper that state control of oil was unjustified.\n"
        "Ms Berg told Kommersant.\n"
        "Prime Minister Ivan Sokolov said the plan would go ahead."
    ))
    assert "Kommersant" not in {actor.name for actor in actors}
    assert "Kommersant" in {teller.name for teller in reporting}
