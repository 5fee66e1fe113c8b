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


def test_a_professors_short_title_before_the_name_goes_with_where_he_is_from(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Prof Jane Lee from the University of Kent said the test was promising.\nLee said more work was needed."
    ))
    assert _role(actors, "Jane Lee") == "Prof from the University of Kent"


def test_a_professors_title_before_the_name_goes_with_the_university_after_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Professor Jane Lee of Leeds University, who led the study, said the test was promising.\n"
        "Lee said more work was needed."
    ))
    assert _role(actors, "Jane Lee") == "Professor of Leeds University; led the study"


def test_a_bare_professor_is_of_the_one_university_named_just_before(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Scientists at Kent University predicted a rise in numbers, The Times reported.\n"
        "In the same study they also predicted a fall in costs.\n"
        "Professor Jane Lee, who led the study, said the test was promising.\nLee said more work was needed."
    ))
    assert _role(actors, "Jane Lee") == "Professor of Kent University; led the study"


def test_a_bare_professor_is_of_no_body_that_is_not_a_university(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The study was reported by The Times on Monday.\n"
        "Professor Jane Lee, who led the study, said the test was promising.\nLee said more work was needed."
    ))
    assert _role(actors, "Jane Lee") == "Professor; led the study"


def test_a_title_before_a_name_goes_first_with_the_appositive_after_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Responding for Labour, Shadow Health Secretary Ann Dale, MP for Ely, said the plan was wrong.\n"
        "Dale said more money was needed."
    ))
    assert _role(actors, "Ann Dale") == "Shadow Health Secretary; MP for Ely"


def test_what_follows_a_possessive_name_is_not_its_appositive(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Wales rugby head coach Tom Willis’ considerable good fortune at surviving such a humiliation extends to "
        "the board meeting next Thursday.\nWillis will be preparing for the first Test."
    ))
    assert "fortune" not in (_role(actors, "Tom Willis") or "")


def test_a_name_in_a_list_that_a_counted_group_announces_is_one_of_that_group_unless_its_own_place_is_said(
    parse_text: Parse,
) -> None:
    actors = actors_of(parse_text(
        "Dale said he spoke to protect the other three players that took part in the event, Belgian Ann Pels, "
        "Marie Roux of France and Russia's Olga Petrova.\nRoux is angry.\nPetrova is angry too."
    ))
    assert _role(actors, "Marie Roux") == "of France"  # who she is, not "one of the other three players ..."
    assert _role(actors, "Olga Petrova") == "of Russia"


def test_a_list_of_more_names_than_a_group_counts_is_not_that_group(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Dale said he spoke to protect the other two players that took part in the event, Belgian Ann Pels, "
        "Marie Roux of France and Russia's Olga Petrova.\nRoux is angry.\nPetrova is angry too."
    ))
    assert "players" not in (_role(actors, "Marie Roux") or "")


def test_where_a_photograph_shows_a_person_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Manager Tom Hale (right) will soon begin a review of the season.\nHale said little."
    ))
    assert _role(actors, "Tom Hale") == "Manager"


def test_a_bare_word_for_whom_one_is_with_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The actor will join other hopefuls such as co-star Ann Dale and Kate Lowe as presenters.\n"
        "Dale said she was pleased."
    ))
    assert _role(actors, "Ann Dale") is None


def test_a_plural_title_before_a_persons_name_is_not_that_persons_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "President Tom Hale, his wife Ann and their daughters Mary Hale (3rd L) and Kate Hale return from a hike in "
        "Virginia.\nMary Hale smiled."
    ))
    assert _role(actors, "Mary Hale") is None


def test_a_plural_set_off_by_commas_after_one_name_alone_is_no_set_it_is_one_of(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Voters backed the Greens, good people with reasonable ideas, in the vote on Monday.\nThe Greens won the seat."
    ))
    assert _role(actors, "Greens") is None


def test_a_job_of_sport_or_the_arts_before_a_name_is_a_persons_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "\"We think this year's books will sell even better,\" said Morning Show executive producer Helen Ward.\n"
        "Other stories on the website come from world champion hurdler Tom Grieve and Ghana international "
        "Kwame Boateng."
    ))
    kinds = {actor.name: actor.kind for actor in actors}
    assert (kinds["Helen Ward"], _role(actors, "Helen Ward")) == ("person", "Morning Show executive producer")
    assert (kinds["Tom Grieve"], _role(actors, "Tom Grieve")) == ("person", "world champion hurdler")
    assert _role(actors, "Kwame Boateng") == "Ghana international"


def test_international_alone_before_a_name_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The club also signed international Kofi Mensah on Friday.\nMensah said he was delighted."
    ))
    assert _role(actors, "Kofi Mensah") is None


def test_a_title_set_off_before_a_name_is_the_role_whatever_name_ends_its_phrase(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The head of the Norland Red Cross, Marit Solberg, told reporters that the wounded would go first.\n"
        "Solberg said more buses were coming."
    ))
    assert _role(actors, "Marit Solberg") == "head of the Norland Red Cross"


def test_an_appositive_of_two_titles_joined_by_and_is_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "On Monday, Pieter Smit, vice president of the Norland Commission and also Commissioner for Energy, said "
        "that the rules were needed.\nSmit spoke in Brussels."
    ))
    assert _role(actors, "Pieter Smit") == "vice president of the Norland Commission and also Commissioner for Energy"


def test_a_job_told_by_its_ending_before_a_name_and_its_honorific_is_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Families expect quick answers from laboratories, a conference heard.\n"
        "Forensic pathologist Dr Ann Velde said families were more dissatisfied than before.\n"
        "Dr Velde said results could take months."
    ))
    assert _role(actors, "Ann Velde") == "Forensic pathologist"


def test_a_thing_ending_like_a_job_before_a_name_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "A new playlist Tom Reed made for the radio station was played on Monday.\nTom Reed said he was proud."
    ))
    assert _role(actors, "Tom Reed") is None
