"""Which groups without a name are key, which plural nouns are no group of their own, and names that are no actor
(a body only talked of in quoted words, a horse): invented paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of

Parse = Callable[..., Document]


def _named(actors: list[Actor]) -> dict[str, Actor]:
    return {actor.name.casefold(): actor for actor in actors}


def test_a_group_that_only_voices_the_story_is_not_key(parse_text: Parse) -> None:
    actors = _named(actors_of(parse_text(
        "The Dorvian krona fell to a record low on Friday, analysts said.\n"
        "Pell Bank cut its forecast for the krona on Thursday.\n"
        "Analysts said the currency would stay weak for months.\n"
        "Pell Bank said it would review the forecast in June."
    )))
    assert "analysts" in actors
    assert not actors["analysts"].key


def test_a_group_the_lead_is_about_stays_key(parse_text: Parse) -> None:
    actors = _named(actors_of(parse_text(
        "Dock workers walked off the job at the port of Halvik on Monday.\n"
        "Olsen Shipping said its ships were waiting offshore.\n"
        "Olsen Shipping said it would go to court."
    )))
    assert actors["dock workers"].key


def test_a_group_that_acts_in_two_sentences_stays_key(parse_text: Parse) -> None:
    actors = _named(actors_of(parse_text(
        "Marlo Air plans to cut 400 jobs, its chief executive Ann Berg said on Monday.\n"
        "Ann Berg said the airline had to save money.\n"
        "Unions criticised the plan.\n"
        "Unions walked out of talks with the airline on Tuesday."
    )))
    assert actors["unions"].key


def test_the_firms_after_two_named_firms_are_no_group_of_their_own(parse_text: Parse) -> None:
    actors = _named(actors_of(parse_text(
        "The regulator wrote to Tellco and Vantel on Monday.\n"
        "The regulator said the firms were charging too much.\n"
        "Tellco said it would answer the letter."
    )))
    assert "firms" not in actors


def test_a_body_named_once_only_inside_quoted_words_is_no_actor(parse_text: Parse) -> None:
    actors = _named(actors_of(parse_text(
        "Ann Velde, the MP for Dunmore, will stand down at the election.\n"
        "\"It has been an honour to be a member of Parliament since 2015,\" Ms Velde said.\n"
        "Ms Velde said she would now work for a charity."
    )))
    assert "ann velde" in actors
    assert "parliament" not in actors


def test_a_name_said_to_be_a_horse_is_no_actor(parse_text: Parse) -> None:
    actors = _named(actors_of(parse_text(
        "Jo Hale said he could not be happier with Shutter Speed, the favourite for the Dunmore Cup.\n"
        "Shutter Speed is a lovely horse and loves racing.\n"
        "Hale trains Shutter Speed for his patron Ann Lee."
    )))
    assert "jo hale" in actors
    assert "shutter speed" not in actors
