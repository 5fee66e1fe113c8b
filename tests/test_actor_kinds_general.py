"""Kinds and merges told by rules of English and of news, not by one article: given names written with accents, the
last words of a firm's name, a body's branch in a country, the side a player
scores for, and a name shortened by its last word: invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from generator.language.lexicon import is_given_name
from generator.model import Document
from generator.stages.actors import actors_of
from generator.stages.actors.shapes import national_branch

Parse = Callable[..., Document]


def _kinds(document: Document) -> dict[str, str]:
    return {actor.name: actor.kind for actor in actors_of(document)}


def test_a_given_name_written_with_its_accents_is_still_a_given_name() -> None:
    assert is_given_name("Jörg")
    assert is_given_name("José")
    assert is_given_name("Sébastien")
    assert not is_given_name("Zürich")


def test_a_name_ending_in_a_firms_word_is_an_organization(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "Brackwell Solutions received the payments over two years.\n"
        "Brackwell Solutions was set up in 2002 and houses 400 tenants.\n"
        "The tenants said Brackwell Solutions had ignored their complaints."
    ))
    assert kinds.get("Brackwell Solutions") == "organization"


def test_a_name_ending_in_a_country_that_is_no_country_is_a_bodys_branch() -> None:
    assert national_branch(["pollwise", "scotland"])
    assert national_branch(["cancer", "research", "uk"])
    assert not national_branch(["scotland"])
    assert not national_branch(["northern", "ireland"])
    assert not national_branch(["south", "korea"])


def test_the_name_a_player_scores_for_is_a_side(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "Tomas Arrieta scored twice for Valdora as they beat Osterby 3-0 on Sunday.\n"
        "Arrieta has now scored 12 goals for Valdora this season.\n"
        "The striker said the win was the best of his career."
    ))
    assert kinds.get("Valdora") == "organization"


def test_a_name_and_the_same_name_with_one_more_word_are_one_actor(parse_text: Parse) -> None:
    names = [actor.name for actor in actors_of(parse_text(
        "Krimson Kettle Bakeries has closed 40 shops, the company said on Monday.\n"
        "Krimson Kettle said sales had fallen by a third in a year.\n"
        "Shares in Krimson Kettle fell 12% after the announcement."
    ))]
    assert "Krimson Kettle Bakeries" in names
    assert "Krimson Kettle" not in names



def test_a_country_named_alone_is_not_the_last_word_of_a_bodys_name(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "A poll by Pollwise Scotland found that most voters want a higher minimum wage.\n"
        "Voters in Scotland ranked another referendum 19th of 23 policies.\n"
        "Scotland has seen support for the policy rise every year since 2010."
    ))
    assert kinds.get("Pollwise Scotland") != "place"
    assert kinds.get("Scotland") != "organization"


def test_a_name_and_its_trust_are_two_actors(parse_text: Parse) -> None:
    names = [actor.name for actor in actors_of(parse_text(
        "Brindle Academy was rated inadequate by inspectors on Monday.\n"
        "The chair of Brindle Academy Trust said the school would appeal.\n"
        "Brindle Academy declined to comment, and Brindle Academy Trust said it would respond."
    ))]
    assert "Brindle Academy Trust" not in names or "Brindle Academy" in names
