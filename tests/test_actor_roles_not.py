"""What is no role, and where a role set off after a name ends: an age alone, a clause of what may not happen, a
phrase the parse hung on a name with no comma before it, a possessive with nothing it owns, what a person did."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of

from .test_actor_roles import _role

Parse = Callable[..., Document]


def test_a_body_after_a_comma_at_the_end_of_the_sentence_is_where_a_person_works(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        '"People share more than ever," said Tomas Brenner, from Microsoft.\nBrenner said sharing would grow.'
    ))
    assert _role(actors, "Tomas Brenner") == "from Microsoft"


def test_an_age_alone_told_by_a_description_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Dean Harker photographed 90 passengers in his cab last summer.\n"
        "The 44-year-old said only two people refused."
    ))
    assert _role(actors, "Dean Harker") is None


def test_a_clause_of_what_will_not_happen_to_a_person_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Lord Harwick, who will not face trial because he is ill, was not in court.\n"
        "Harwick said nothing."
    ))
    assert _role(actors, "Lord Harwick") is None


def test_a_phrase_after_a_name_with_no_comma_before_it_is_no_appositive(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Leeds were outstanding, with winger Tom Brady and second rower Sam Kerr the pick of an impressive bunch.\n"
        "Kerr scored twice."
    ))
    assert _role(actors, "Sam Kerr") != "pick of an impressive bunch"


def test_a_title_before_a_name_may_be_a_position_on_the_field(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Madrid will welcome back Welsh attacker Gareth Bale on Tuesday.\nBale is fine, the coach said."
    ))
    assert _role(actors, "Gareth Bale") == "Welsh attacker"


def test_a_relation_before_a_name_parsed_as_its_head_is_the_role_with_whose_it_is(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Her uncle Tom Ward Baker and his neighbour Colin Peter Hale are each charged with theft.\n"
        "Hale was granted bail on Wednesday."
    ))
    assert _role(actors, "Colin Peter Hale") == "Tom Ward Baker's neighbour"


def test_what_the_police_believe_a_suspect_was_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Police believe Omar Salik was the man who robbed the bank.\nOmar Salik was arrested on Monday."
    ))
    assert _role(actors, "Omar Salik") is None


def test_what_a_person_did_in_a_relative_clause_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Tom Hardwick, who scored twice in the second half, was named man of the match.\n"
        "Hardwick said the team had played well."
    ))
    assert _role(actors, "Tom Hardwick") is None


def test_a_relative_clause_of_the_post_a_person_holds_is_a_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Ann Pelling, who chairs the transport committee, said the plan was flawed.\n"
        "Pelling said the costs were too high."
    ))
    assert _role(actors, "Ann Pelling") == "chairs the transport committee"


def test_a_relative_clause_on_another_name_inside_a_role_is_left_out(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Rob Keller was the assistant manager to Dan Morrow, who lost five games in a row.\n"
        "Keller said the players were ready."
    ))
    assert _role(actors, "Rob Keller") == "assistant manager to Dan Morrow"


def test_an_honorific_before_a_name_is_not_part_of_the_title_before_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Nurses union leader Dr Helen Marsh said staff were exhausted.\n"
        "Marsh said more nurses were needed."
    ))
    assert _role(actors, "Helen Marsh") == "Nurses union leader"


def test_a_hyphenated_adjective_in_a_title_before_a_name_is_no_verb(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "London-based lawyer Sam Pryce said the ruling was wrong.\n"
        "Pryce said he would appeal."
    ))
    assert _role(actors, "Sam Pryce") == "London-based lawyer"


def test_a_conjunction_before_a_title_is_not_part_of_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Leeds signed a new striker, while Burnley winger Tom Askew joined Hull on loan.\n"
        "Askew said he was delighted."
    ))
    assert _role(actors, "Tom Askew") == "Burnley winger"


def test_a_name_with_its_possessive_mark_and_nothing_it_owns_is_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from generator.stages.actors.roles import _role as role_of_words

    doc = nlp("The page of President Ann Lowry's campaign and the owner of Lowry's posted it.")
    mention = SimpleNamespace(label="PERSON", sentence=0)
    assert role_of_words(list(doc[3:7]), mention) is None  # type: ignore[arg-type]
    assert role_of_words(list(doc[10:14]), mention).text == "owner of Lowry's"  # type: ignore[arg-type, union-attr]
