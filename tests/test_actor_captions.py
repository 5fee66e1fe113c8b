"""A name met only in a picture's caption glued into the text is no actor; a name the story itself gives, a fixture
line and the story's last sentence that only lost its full stop are not captions: invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of

Parse = Callable[..., Document]

_STORY = (
    "Harlow Town beat Dunmore Rovers 2-0 on Saturday to reach the final.\n"
    "Harlow manager Peter Voss said his players had been superb.\n"
)
_END = "Voss will name his side for the final on Friday.\n"


def _names(document: Document) -> set[str]:
    return {actor.name for actor in actors_of(document)}


def test_a_name_only_in_a_caption_in_the_present_is_no_actor(parse_text: Parse) -> None:
    names = _names(parse_text(_STORY + "Striker Tomas Brell celebrates with Ollie Kemp after the second goal\n" + _END))
    assert "Peter Voss" in names
    assert not {"Tomas Brell", "Ollie Kemp"} & names


def test_a_name_only_in_a_caption_pointing_into_the_picture_is_no_actor(parse_text: Parse) -> None:
    names = _names(parse_text(_STORY + "From left: Dan Morrow, Kit Jessop and Lee Fanning\n" + _END))
    assert not {"Dan Morrow", "Kit Jessop", "Lee Fanning"} & names


def test_a_name_the_story_also_gives_outside_the_caption_stays(parse_text: Parse) -> None:
    names = _names(parse_text(
        _STORY + "Tomas Brell scored both goals for Harlow.\n"
        "Striker Tomas Brell celebrates after the second goal\n" + _END
    ))
    assert "Tomas Brell" in names


def test_a_last_sentence_that_only_lost_its_full_stop_is_no_caption(parse_text: Parse) -> None:
    names = _names(parse_text(_STORY + "After the final, coach Ray Dunbar takes the squad to a tournament in Spain"))
    assert "Ray Dunbar" in names
