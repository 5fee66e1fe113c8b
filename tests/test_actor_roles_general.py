"""Roles read the same way whatever the article: a country the recogniser missed, a speaker after a quotation,
a job the title list knows, a list of titled names."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors import actors_of

from .test_actor_roles import _role

Parse = Callable[..., Document]


def test_a_country_after_a_titled_name_adds_to_the_title_though_the_recogniser_missed_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Sweden's Lund carded a 68 to draw level with overnight leader Van Wyk of South Africa.\n"
        "Van Wyk said he was pleased."
    ))
    assert _role(actors, "Van Wyk") == "overnight leader, of South Africa"


def test_a_description_after_a_quotation_is_the_speaker_named_before(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Last week, novelist Jane Ferris revealed that she thinks Mary Cole is a 'dull speaker'.\n"
        "'I think she is tired,' continued the 61-year-old writer."
    ))
    assert _role(actors, "Jane Ferris") == "novelist; 61-year-old writer"


def test_a_seed_before_a_players_name_is_the_players_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Spanish ninth seed Carlos Ruiz will play Tom Hale in the third round.\nRuiz said he was fit."
    ))
    assert _role(actors, "Carlos Ruiz") == "Spanish ninth seed"


def test_a_title_before_another_name_in_a_list_is_not_this_names(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "There were easy wins for 10th seed Tomas Novak and 12th seed Pierre Laurent.\nLaurent said he was happy."
    ))
    assert _role(actors, "Pierre Laurent") == "12th seed"


def test_either_before_a_title_is_not_part_of_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Ruiz, who is in the same half of the draw, will next play either France's 14th seed Jules Marchand or "
        "Tom Reed.\nMarchand said he was ready."
    ))
    assert _role(actors, "Jules Marchand") == "France's 14th seed"


def test_a_verb_form_that_qualifies_a_title_is_part_of_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "'He trains hard every day,' said goalkeeping coach Tom Barnes.\nBarnes said he was pleased."
    ))
    assert _role(actors, "Tom Barnes") == "goalkeeping coach"


def test_a_title_before_a_name_starts_after_a_closing_quotation_mark(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "She said the leaflets were 'cheap propaganda' City schools chief Tom Barnes says the rules have changed.\n"
        "Barnes said he was pleased."
    ))
    assert _role(actors, "Tom Barnes") == "City schools chief"


def test_a_participle_that_qualifies_a_title_is_part_of_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Former team-mate and retired defender Jonas Keller, who played with him in 2008, wrote: \"Well done.\"\n"
        "Keller said he was proud."
    ))
    assert _role(actors, "Jonas Keller") == "retired defender"


def test_an_article_before_a_word_misread_as_an_adjective_makes_it_a_title(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The habit is widespread,\" according to Ruth Dalton, an obstetrician and gynecologist who believes it is "
        "a crisis.\n"
        "Dalton said doctors must act."
    ))
    assert (_role(actors, "Ruth Dalton") or "").startswith("obstetrician and gynecologist")


def test_words_in_quotation_marks_after_a_name_are_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Gamers are, said Ikea's Anna Berg, \"not a typical Ikea customer\" but the firm was pleased.\n"
        "Berg said sales rose."
    ))
    assert _role(actors, "Anna Berg") == "of Ikea"


def test_a_title_before_a_name_keeps_the_body_the_name_is_of(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Prices will rise, said economist Tom Hale of the Brindle Institute, which has studied the market.\n"
        "Hale said demand was strong."
    ))
    assert _role(actors, "Tom Hale") == "economist of the Brindle Institute"


def test_a_town_after_a_titled_name_is_no_body_to_add(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Prices will rise, said economist Tom Hale of Leeds, who has studied the market.\nHale said demand was strong."
    ))
    assert _role(actors, "Tom Hale") == "economist"


def test_a_hyphened_title_the_parse_split_keeps_its_first_half(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Labour co-chairman Tom Hale said the plan would fail.\nHale said voters would see through it."
    ))
    assert _role(actors, "Tom Hale") == "Labour co-chairman"


def test_a_role_shows_no_bracket_it_does_not_close(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Bea Lund, founder of the Harbour Fund (HF), one of the groups through which the money goes, said it was a"
        " start.\nLund said more was needed."
    ))
    assert _role(actors, "Bea Lund") == "founder of the Harbour Fund"


def test_a_role_shows_no_bracket_it_does_not_open(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        'The coach was brilliant, and Dutch football federation (KNVB) spokesman Tom Hale said: "He was the best."\n'
        "Hale said the team would miss him."
    ))
    assert _role(actors, "Tom Hale") == "KNVB spokesman"
