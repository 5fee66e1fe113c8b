"""One actor across spellings (accents, a hyphen for a space, two letters swapped in one word of a full name), and
no group for a plural noun that only says what named actors are: invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of
from generator.stages.actors.forms import folded, hyphen_spaced, same_name

Parse = Callable[..., Document]


def test_a_name_is_folded_without_case_accents_or_curly_apostrophes() -> None:
    assert folded("Erik Näslund") == folded("erik naslund")
    assert folded("Ron O’Brien") == "ron o'brien"


def test_a_hyphen_for_a_space_is_the_same_name() -> None:
    assert hyphen_spaced("al-qaeda", "al qaeda")
    assert not hyphen_spaced("al qaeda", "al qaeda")


def test_two_letters_swapped_in_one_word_of_a_full_name_is_a_slip() -> None:
    assert same_name("makrus asberg", "markus asberg")
    assert not same_name("mark asberg", "makr asberg")  # too short to call a slip
    assert not same_name("markus asberg", "markus bergas")


def test_a_name_written_with_and_without_its_accents_is_one_actor(parse_text: Parse) -> None:
    names = [actor.name for actor in actors_of(parse_text(
        "Four Swedish police officers stopped an attack on a New York subway train on Tuesday.\n"
        "Erik Näslund, 26, held the attacker down until police arrived.\n"
        "Erik Naslund said they had only done what anyone would do."
    ))]
    assert len([name for name in names if "slund" in name]) == 1


def test_a_plural_noun_that_one_of_picks_from_is_no_group(parse_text: Parse) -> None:
    names = [actor.name for actor in actors_of(parse_text(
        "Veltrix is one of the key players in the Russian energy market, analysts said.\n"
        "Veltrix said on Monday it would merge with Ostrava Oil."
    ))]
    assert "key players" not in names


def test_a_plural_noun_set_before_the_names_it_stands_for_is_no_group(parse_text: Parse) -> None:
    names = [actor.name for actor in actors_of(parse_text(
        "Manager Ruud Vessel decided not to start star players Duncan Ferris and Alan Shearman.\n"
        "Vessel resigned a week later after the defeat."
    ))]
    assert "star players" not in names


def test_a_persons_full_name_taken_for_a_product_is_the_person_named_by_surname(parse_text: Parse) -> None:
    text = (
        "The film's star won best female performance at the awards on Sunday.\n"
        "Other winners included Bradley Cooper, who won best male performance for his role in American Sniper.\n"
        "\"Chris, this is for you,\" said Cooper."
    )
    names = [actor.name for actor in actors_of(parse_text(text))]
    assert "Bradley Cooper" in names
    assert "Cooper" not in names
