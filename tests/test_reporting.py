"""Who only reports the story (a correspondent, a news site, the press): listed apart from the actors."""

from __future__ import annotations

from collections.abc import Callable

from generator import __version__
from generator.model import Document, Result
from generator.pipeline import brief
from generator.render import jsonform
from generator.render.markdown import render
from generator.stages.actors import cast_of

Parse = Callable[..., Document]

STORY = (
    "The union will ballot its members on strikes next month, its leader Ana Ruiz said on Monday.\n"
    "All sides are anxious to avoid a confrontation, said BBC labour affairs correspondent Tom Hale.\n"
    "Spanish newspapers have claimed that the ballot was rushed. Ruiz said the vote would be fair."
)


def test_a_correspondent_and_the_press_report_the_story_and_are_not_its_actors(parse_text: Parse) -> None:
    actors, _, reporting = cast_of(parse_text(STORY))
    names = {actor.name for actor in actors}
    assert "Ana Ruiz" in names
    assert not {"Tom Hale", "Spanish newspapers"} & names
    hale = next(teller for teller in reporting if teller.name == "Tom Hale")
    assert hale.role == "BBC labour affairs correspondent" and hale.kind == "person"
    assert "Spanish newspapers" in {teller.name for teller in reporting}


def test_a_correspondent_given_a_quotation_is_a_voice_in_the_story(parse_text: Parse) -> None:
    actors, _, reporting = cast_of(parse_text(
        "Dr Tom Hale, the channel's chief medical correspondent, said the chemical was banned in many countries.\n"
        "\"It is not something that you would have any warning of,\" Hale said."
    ))
    assert "Tom Hale" in {actor.name for actor in actors}
    assert not reporting


def test_the_page_says_who_reported_and_the_json_lists_them_apart(parse_text: Parse) -> None:
    document = parse_text(STORY)
    result = Result(article=document.article, sentences=document.sentences, briefing=brief(document),
                    generator_version=__version__)
    line = next(line for line in render(result).splitlines() if line.startswith("Reported by: "))
    assert "Tom Hale (BBC labour affairs correspondent)" in line and "../actors/" not in line
    contract = jsonform.to_dict(result)
    assert "Tom Hale" in {teller["name"] for teller in contract["reporting"]}
    assert "Tom Hale" not in {actor["name"] for actor in contract["actors"]}
