"""A group named only in passing is no actor: in a clause of time or condition, in a relative clause about a thing,
or as what something is compared with, unless the lead names it; a group in a clause that says what people did
stays."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import cast_of

Parse = Callable[..., Document]


def _groups(document: Document) -> set[str]:
    actors, _, _ = cast_of(document)
    return {actor.name.casefold() for actor in actors if actor.kind == "group"}


def test_a_group_named_only_in_a_clause_of_time_is_no_actor(parse_text: Parse) -> None:
    groups = _groups(parse_text(
        "Tom Hale, the camp's director, said more tents were needed.\n"
        "Local officials counted 900 refugees in the camp in May, two months after French troops withdrew."
    ))
    assert "french troops" not in groups


def test_a_group_named_only_in_a_relative_clause_about_a_thing_is_no_actor(parse_text: Parse) -> None:
    groups = _groups(parse_text(
        "Senator Ann Reyes shared a video of herself with the singer Tom Hale on Friday.\n"
        "The pair were playing Crown Dice, a game where players bet coins on each throw.\n"
        "Reyes said the video was a joke."
    ))
    assert "players" not in groups


def test_a_group_in_a_clause_that_says_what_people_did_stays(parse_text: Parse) -> None:
    groups = _groups(parse_text(
        "Ministers have pushed Beijing to close chemical firms that sell the ingredients to Mexican cartels.\n"
        "Tom Hale, a trade official, said the talks would go on."
    ))
    assert "mexican cartels" in groups
