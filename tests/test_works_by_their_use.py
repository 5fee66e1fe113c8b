"""A work named by how it is used (the premiere of it, starring in it, a film set before its name) is no actor; a
name that speaks is one, even when a programme carries it."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import cast_of

Parse = Callable[..., Document]


def _names(document: Document) -> set[str]:
    actors, places, _ = cast_of(document)
    found: list[Actor] = [*actors, *places]
    return {actor.name for actor in found}


def test_the_film_at_a_premiere_is_no_actor(parse_text: Parse) -> None:
    names = _names(parse_text(
        "Actor Sam Holt was in London for the premiere of Winter Lanterns on Sunday.\n"
        "Winter Lanterns is based on a story by his grandmother, Holt said.\n"
        "Winter Lanterns opens in cinemas next week."
    ))
    assert "Sam Holt" in names
    assert "Winter Lanterns" not in names


def test_a_film_someone_starred_in_is_no_actor(parse_text: Parse) -> None:
    names = _names(parse_text(
        "Jane Orme starred in Copper Road before she turned twenty, her agent said.\n"
        "Copper Road made $50m at the box office, Orme said."
    ))
    assert "Jane Orme" in names
    assert "Copper Road" not in names


def test_a_host_who_speaks_is_a_person_though_the_show_bears_his_name(parse_text: Parse) -> None:
    names = _names(parse_text(
        "The couple told their story on an episode of Dr Ray Bolt on Monday.\n"
        "'Why did you leave?' Ray Bolt asked the father.\n"
        "Ray Bolt said the family needed help."
    ))
    assert "Ray Bolt" in names
