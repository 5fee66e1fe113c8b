"""Roles that add to a first one, or that a later sentence gives: age and home town, a group a name belongs to."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of

from .test_actor_roles import _role

Parse = Callable[..., Document]


def test_an_age_and_a_home_town_after_a_title_add_to_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "A second defendant, Martin Coyle, 41, of Ipswich, Suffolk, was ordered to pay back £8,000.\n"
        "Coyle said nothing."
    ))
    assert _role(actors, "Martin Coyle") == "second defendant, 41, of Ipswich, Suffolk"


def test_an_age_alone_after_a_name_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text("Martin Coyle, 41, was ordered to pay back £8,000.\nCoyle said nothing."))
    assert _role(actors, "Martin Coyle") is None


def test_a_second_description_of_a_person_adds_to_the_first(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Dean Harker beat Tom Ling 13-6 in the second round on Monday.\n"
        "The Leeds man, who beat Ian Rees in the first round, told reporters he felt fine.\n"
        "Harker said he was relaxed.\n"
        "The 31-year-old said he was not worried about the final."
    ))
    assert _role(actors, "Dean Harker") == "Leeds man; 31-year-old"


def test_a_company_given_as_an_example_of_a_group_is_one_of_that_group(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "This year, giants of the retail world such as Tesco and Walmart have sought a share of online sales.\n"
        "Tesco said sales rose. Walmart said nothing."
    ))
    assert _role(actors, "Walmart") == "one of the giants of the retail world"


def test_a_name_given_as_an_example_of_a_bare_kind_has_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Companies such as Tesco and Walmart have sought a share of online sales.\n"
        "Tesco said sales rose. Walmart said nothing."
    ))
    assert _role(actors, "Walmart") is None
