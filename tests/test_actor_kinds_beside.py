"""Kinds told by the words next to a name (a noun of a kind beside it, a title inside it, staff it has, the place
it is written after) and by the sides of a match: invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of, cast_of
from generator.stages.actors.neighbours import address, titled_inside

Parse = Callable[..., Document]


def _kinds(document: Document) -> dict[str, str]:
    return {actor.name: actor.kind for actor in actors_of(document)}


def test_a_formal_title_inside_a_name_makes_it_a_persons() -> None:
    assert titled_inside(["Liberal", "MP", "Ivor", "Penhale"])
    assert not titled_inside(["General", "Motors"])
    assert not titled_inside(["General", "Dynamics", "Corp"])


def test_a_network_named_beside_its_kind_noun_is_an_organization(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "The file-sharing network Zapstream was forced to close by a court last year.\n"
        "Zapstream said it would appeal."
    ))
    assert kinds.get("Zapstream") == "organization"


def test_a_city_named_beside_the_word_capital_is_a_place_not_an_actor(parse_text: Parse) -> None:
    document = parse_text(
        "Thousands of farmers marched through the capital Drevnik on Friday.\n"
        "Marko Velev, who led the march, said prices were too low."
    )
    assert "Drevnik" not in _kinds(document)
    assert "Drevnik" in {place.name for place in cast_of(document)[1]}


def test_a_name_before_a_boss_and_a_persons_name_is_the_club(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "Porto Vell boss Tomas Arrieta has signed a new contract.\n"
        "Porto Vell are unbeaten in nine games."
    ))
    assert kinds.get("Porto Vell") == "organization"


def test_a_name_written_after_a_place_and_a_comma_is_a_place(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "A baker who runs a shop in Brockhollow, Wexmoor has won a national prize for her bread.\n"
        "Nell Tarrant said she would keep baking."
    ))
    assert "Wexmoor" not in kinds


def test_a_country_called_champions_is_its_team(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "Scotland lost 20-13 to two-time champions Argentina on a wet night.\n"
        "Argentina will meet France in the semi-final on Saturday."
    ))
    assert kinds.get("Argentina") == "organization"


def test_a_name_never_given_a_first_name_that_a_side_beats_is_a_side(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "Dunmore's cup win over Rapid Koltz came at a cost: two players were hurt.\n"
        "Dunmore will now wait for the draw."
    ))
    assert kinds.get("Rapid Koltz") != "person"


def test_a_name_that_they_will_play_is_a_side(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "Hollow Rovers won 3-2 on Sunday.\n"
        "After that result they will play Asanga Moro next month."
    ))
    assert kinds.get("Asanga Moro") != "person"


def test_a_name_after_somewhere_based_is_an_organization(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "A games maker wants to grow by buying smaller firms.\n"
        "Leeds-based Zentrovic has turned down an offer of $40m."
    ))
    assert kinds.get("Zentrovic") == "organization"


def test_a_name_always_written_after_the_is_no_persons_for_its_given_name(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "Porto Vell travel to the Abel Moreno for the first leg on Tuesday.\n"
        "Porto Vell boss Tomas Arrieta said his players were ready."
    ))
    assert kinds.get("Abel Moreno") != "person"


def test_a_street_after_an_age_and_of_is_an_address_not_a_person(parse_text: Parse) -> None:
    document = parse_text(
        "Dale Brack, 41, of Pear Close, admitted assault at Westmoor Crown Court on Monday.\n"
        "Brack will be sentenced next month, the judge said."
    )
    assert "Pear Close" not in _kinds(document)
    assert address_of(document, "Pear Close")


def test_an_actress_called_close_after_of_is_no_address(parse_text: Parse) -> None:
    document = parse_text("The new film of Glenn Close opens on Friday, and Glenn Close said she was proud of it.")
    assert not address_of(document, "Glenn Close")


def address_of(document: Document, name: str) -> bool:
    doc = document.spans[0].doc
    start = next(token.i for token in doc if doc[token.i : token.i + 2].text == name)
    return address(doc[start : start + 2])
