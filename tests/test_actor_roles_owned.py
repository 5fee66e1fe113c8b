"""Roles tied to their name for certain, with whose they are: a title right before a name, an "of" phrase between
commas, a possessive pronoun's owner (or no role when the reader cannot tell whose)."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of

from .test_actor_roles import _role

Parse = Callable[..., Document]


def test_a_title_with_its_of_phrase_right_before_a_name_is_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Norway's minister of culture Anders Lunde was quick to back the decision.\nLunde spoke on Monday."
    ))
    assert _role(actors, "Anders Lunde") == "Norway's minister of culture"


def test_an_of_phrase_between_commas_after_a_name_is_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Peter Walsh, of the Consumers' Association, said: 'These prices are far too high for families.'\n"
        "Walsh called for an inquiry."
    ))
    assert _role(actors, "Peter Walsh") == "of the Consumers' Association"


def test_an_appositive_of_two_jobs_joined_by_and_is_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The mural is the work of Hanna Berg, a 35-year-old painter and sculptor from Oslo.\nBerg spent a month on it."
    ))
    assert _role(actors, "Hanna Berg") == "35-year-old painter and sculptor from Oslo"


def test_its_after_a_body_that_is_no_name_is_that_body_named_in_the_story(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Norway's Chess Federation has suspended coach Olav Berg over his remarks.\n"
        "The federation had first declined to act against Berg.\n"
        "But its president Kari Dahl changed her mind after a request by the ministry."
    ))
    assert _role(actors, "Kari Dahl") == "Chess Federation's president"


def test_a_title_whose_owner_the_reader_cannot_tell_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Ann Cole won the director prize for Two Small Boats while its star Mia Lund was praised.\n"
        "Lund thanked the crew."
    ))
    assert _role(actors, "Mia Lund") is None


def test_an_adjective_that_is_also_a_title_makes_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The clip on Okafor's official Vimeo account appeared on Sunday.\nVimeo said nothing.\nOkafor laughed."
    ))
    assert all(actor.role is None or "official" not in actor.role for actor in actors)


def test_a_noun_that_names_no_one_before_a_name_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "There are two nominations for the vacant seat - Ian Rowe and former director Sam Hill.\n"
        "Rowe said he was pleased."
    ))
    assert _role(actors, "Ian Rowe") is None


def test_a_relation_whose_owner_the_reader_cannot_tell_stays_a_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The teenager had been ill for a year.\n"
        "His mother Jane Hill broke the news on Facebook."
    ))
    assert _role(actors, "Jane Hill") == "mother"


def test_a_critic_before_a_name_is_a_title(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The Herald's film critic Ann Dale said the film would win.\nDale has seen every film in the race."
    ))
    assert _role(actors, "Ann Dale") == "Herald's film critic"


def test_a_bare_title_takes_the_one_company_the_story_is_about(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Halden Media cut 200 jobs on Monday. Halden Media said sales had fallen.\n"
        "Halden Media shares fell.\n"
        "The cuts were approved by the board, said a spokesman for chief executive Ruth Okafor."
    ))
    assert _role(actors, "Ruth Okafor") == "chief executive of Halden Media"


def test_a_bare_title_takes_no_company_when_the_story_is_about_two(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Halden Media cut 200 jobs on Monday. Halden Media and Orvik Press said sales had fallen.\n"
        "Orvik Press shares fell.\n"
        "The cuts were approved by the board, said a spokesman for chief executive Ruth Okafor."
    ))
    assert _role(actors, "Ruth Okafor") == "chief executive"


def test_a_bare_office_of_state_takes_the_country_the_article_gives_that_office(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Files about the Ruritanian president's visit to London were found in a street.\n"
        "A spokesman said President Anton Varga's safety had not been compromised."
    ))
    assert _role(actors, "Anton Varga") == "President"  # Ruritania is no country of the lexicon: left bare
    actors = actors_of(parse_text(
        "Files about the Pakistani president's visit to London were found in a street.\n"
        "A spokesman said President Anton Varga's safety had not been compromised."
    ))
    assert _role(actors, "Anton Varga") == "Pakistani President"


def test_a_bare_office_takes_no_country_when_its_sentence_names_another(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Files about the Pakistani president's visit to London were found in a street.\n"
        "He flew in from the United States, where he met President Anton Varga."
    ))
    assert _role(actors, "Anton Varga") == "President"


def test_a_national_coach_is_of_the_one_country_owning_something_in_the_sentence(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Spain's Football Federation has charged national coach Ivo Marek over his remarks.\n"
        "Marek could lose his job."
    ))
    assert _role(actors, "Ivo Marek") == "Spain's national coach"


def test_a_national_coach_takes_no_country_his_side_only_played(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "After losing to Spain on Friday, national coach Ivo Marek was charged over his remarks.\n"
        "Marek could lose his job."
    ))
    assert _role(actors, "Ivo Marek") == "national coach"


def test_a_title_described_before_the_name_as_an_object_is_of_the_story_company(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Halden Media cut 200 jobs on Monday. Halden Media is to pay $1m to the ex-finance chief who quit in May.\n"
        "Ruth Okafor left the firm in June. Halden Media said the payment was in line with her contract."
    ))
    assert _role(actors, "Ruth Okafor") == "ex-finance chief of Halden Media"


def test_a_bare_office_of_state_takes_the_one_country_its_sentence_names_as_a_subject(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Floods have cut off three towns in the south.\n"
        "Greece, which has sent troops, will take in the most vulnerable families, President Anton Varga said."
    ))
    assert _role(actors, "Anton Varga") == "Greek President"


def test_a_bare_office_of_state_takes_the_one_country_of_the_article_subject_of_the_sentence_before(
    parse_text: Parse,
) -> None:
    actors = actors_of(parse_text(
        "Critics condemned the decision on Tuesday.\n"
        "Macedonia has been in turmoil since the tapes were released.\n"
        "In a televised address, President Anton Varga said he acted to protect the state.\n"
        "Varga gave no names."
    ))
    assert _role(actors, "Anton Varga") == "Macedonian President"


def test_a_phrase_from_a_group_named_after_it_is_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Ministers rejected the plan on Monday.\n"
        'Jo Ames, from the pressure group Families For Fairness, said: "It is very disappointing."\n'
        "Ames wants a review."
    ))
    assert _role(actors, "Jo Ames") == "from the pressure group Families For Fairness"
