"""What a role says of a person beyond that they are one: a count before a title is left off ("One nurse, ..."),
a count run into a name is no title, "man" or "woman" with a home town or a clause is no role, and a bare "Judge"
sits at the one court the story names."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of

from .test_actor_roles import _role

Parse = Callable[..., Document]


def test_a_count_before_a_title_set_off_before_a_name_is_left_off(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Six nurses at the clinic were suspended on Monday.\n"
        "Another nurse, Dana Whitcombe, posted the pictures online.\nWhitcombe declined to comment."
    ))
    assert _role(actors, "Dana Whitcombe") == "nurse"


def test_a_man_with_what_he_claims_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "It was another fine drive from Pel Varrick, a man who says he never sleeps before a race.\n"
        "Varrick won by four seconds."
    ))
    assert _role(actors, "Pel Varrick") is None


def test_a_man_named_by_his_home_town_has_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Ormsby man Colin Tarrant was fined for speeding on Tuesday.\nTarrant said he was sorry."
    ))
    assert _role(actors, "Colin Tarrant") is None


def test_a_bare_judge_sits_at_the_one_court_the_story_names(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Gary Holm was jailed for two years at Dunmore Crown Court on Friday.\n"
        "Judge Ellen Fisk told him the attack was cowardly.\nHolm said nothing."
    ))
    assert _role(actors, "Ellen Fisk") == "Judge at Dunmore Crown Court"


def test_a_judge_with_two_courts_in_the_story_stays_bare(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Gary Holm appeared at Dunmore Magistrates Court and was sent to Kelby Crown Court.\n"
        "Judge Ellen Fisk told him the attack was cowardly.\nHolm said nothing."
    ))
    assert _role(actors, "Ellen Fisk") == "Judge"


def test_a_barrister_set_off_as_prosecuting_speaks_for_the_prosecution(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Gary Holm was jailed for two years on Friday.\n"
        "Colin Breyer, prosecuting, told the court the attack was planned.\nHolm said nothing."
    ))
    assert _role(actors, "Colin Breyer") == "for the prosecution"


def test_a_doer_right_before_a_name_opening_a_sentence_is_a_title(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Asylum seeker Jafar Dasti, who is from Kabul, was arrested at a bus station in Leicester.\n"
        "Dasti was jailed for two years."
    ))
    assert _role(actors, "Jafar Dasti") == "Asylum seeker"


def test_a_home_town_after_of_is_no_role_but_a_country_is_a_side(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Corey Blanes of Harlingen won the lottery, and Anna Petit of France won the final.\n"
        "Blanes said he was happy. Petit said she was tired."
    ))
    assert _role(actors, "Corey Blanes") is None
    assert _role(actors, "Anna Petit") == "of France"
