"""Descriptions that stand for a person named near them ("the prime minister said"), and those that do not."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of

from .test_actor_roles import _role

Parse = Callable[..., Document]


def test_an_indefinite_description_after_a_dateline_is_the_role_of_the_person_named_next(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "(CNN)\n\nA Vermont father is in stable condition after falling ill on holiday.\n"
        "Peter Lund, his sons and their mother fell ill two weeks ago.\nLund is improving, his lawyer said."
    ))
    assert _role(actors, "Peter Lund") == "Vermont father"


def test_a_description_in_the_relative_clause_of_a_name_is_not_that_name(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Mr Hale joined his rival Alan Moss - who the prime minister put in charge of the campaign - at a launch.\n"
        "Moss said the campaign was going well."
    ))
    assert "prime minister" not in (_role(actors, "Alan Moss") or "")  # "Hale's rival", as "his rival" says


def test_a_description_owned_by_a_name_is_not_that_name(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Robert Dane's new book has prompted more talk of the rift with its claims that the prime minister broke a "
        "promise.\nDane said little."
    ))
    assert _role(actors, "Robert Dane") is None


def test_a_description_after_a_pronoun_for_the_subject_before_is_someone_else(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Peter Hale has no doubt the new rules are wrong.\n"
        "He did not say so, but his party believes the prime minister is playing politics.\n"
        "Hale spoke in the Commons on Monday."
    ))
    assert _role(actors, "Peter Hale") is None


def test_a_description_in_a_speakers_quoted_words_stands_for_no_one(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Boris Dane said Mr Hale should keep out of the row.\n"
        '"I do not see why the prime minister has to get involved in this," Dane told the BBC.'
    ))
    assert _role(actors, "Boris Dane") is None


def test_a_description_after_a_sentence_with_two_named_subjects_stands_for_no_one(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Ken Dane has said he would not apologise even if Mr Hale asked.\n"
        "Later the prime minister said the remarks were wrong.\nDane spoke to reporters."
    ))
    assert _role(actors, "Ken Dane") is None
    assert _role(actors, "Hale") is None


def test_a_description_found_first_for_one_person_stays_theirs_when_later_read_for_another(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Opposition leader Tom Hale attacked the new security law on Monday.\n"
        "Anna Berg defended the law in parliament.\n"
        "The prime minister said the law would keep the country safe.\n"
        "Later Peter Lund asked about money for schools.\n"
        "The prime minister smiled."
    ))
    assert _role(actors, "Anna Berg") == "prime minister"
    assert _role(actors, "Peter Lund") is None


def test_a_description_read_for_two_people_in_the_same_sentence_stands_for_neither() -> None:
    from generator.stages.actors import _claimed
    from generator.stages.actors.roles import Role

    minister = Role("prime minister", "minister", 4)
    descriptions = {"anna berg": minister, "peter lund": Role("prime minister", "minister", 4)}
    assert _claimed(minister, "anna berg", descriptions, [])
