"""A name met once whose kind nothing but the recogniser's guess bears out is left out of the actors; one that acts,
is given an age, or whose own words or neighbours tell its kind stays: invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of

Parse = Callable[..., Document]

_STORY = "Lisa Marr founded Quenta Records in 1995.\nQuenta Records said on Monday that its sales had doubled.\n"


def _names(document: Document) -> set[str]:
    return {actor.name for actor in actors_of(document)}


def test_a_name_listed_once_after_a_verb_of_state_is_left_out(parse_text: Parse) -> None:
    names = _names(parse_text(_STORY + "The label's artists include Zorvo, Blint and KLX."))
    assert {"Lisa Marr", "Quenta Records"} <= names
    assert not {"Zorvo", "Blint", "KLX"} & names


def test_a_name_met_once_that_acts_stays(parse_text: Parse) -> None:
    names = _names(parse_text(_STORY + "Later the singer Brannic sued the label over unpaid royalties."))
    assert "Brannic" in names


def test_a_persons_full_name_or_an_age_tells_the_kind_of_a_name_met_once(parse_text: Parse) -> None:
    names = _names(parse_text(
        _STORY + "The winners of the prize were Jennifer Dorsey and Mark Telbin.\n"
        "A fan ran into the room of 18-year-old Tarvi before the show."
    ))
    assert {"Jennifer Dorsey", "Mark Telbin", "Tarvi"} <= names


def test_a_body_whose_own_words_tell_its_kind_stays(parse_text: Parse) -> None:
    names = _names(parse_text(_STORY + "Its first album was recorded at the studios of Halbrook University."))
    assert "Halbrook University" in names


def test_a_body_met_once_as_a_party_to_a_deal_or_a_rival_in_a_table_stays(parse_text: Parse) -> None:
    names = _names(parse_text(
        "Quenta Records said on Monday that its sales had doubled.\n"
        "Last year Quenta Records sought a tie-up with Brisk Marlow Music, but regulators objected.\n"
        "Harbour Town are fourth in the table, two points behind Corvallo Rovers in the race for promotion."
    ))
    assert {"Brisk Marlow Music", "Corvallo Rovers"} <= names
