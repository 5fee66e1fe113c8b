"""Whose words a few words quoted inside the reporter's sentence are: the subject of the verb of saying nearest
above them, or of a clause that labels them or stands near them; else nobody's (a scare quote); on small invented
news paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of

Parse = Callable[..., Document]


def _quotes(actors: list[Actor]) -> dict[str, list[str]]:
    return {actor.name: [quote.text for quote in actor.quotes] for actor in actors if actor.quotes}


def test_words_quoted_far_down_a_clause_of_another_verb_are_a_scare_quote(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Senator Mara Quell is in Dunmore on Tuesday for the first stop on her nascent 'listening' tour.\n"
        "The Ferncliff Trust is planning to review the scheme, with the aim of extending it to hundreds of "
        "residents in its care 'villages'.\n"
    )))
    assert quotes == {}


def test_words_quoted_in_a_persons_speech_act_are_not_the_clause_subjects(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Opposition leader Tobias Wren broke from his text to deliver a rebuff to Ivo Hale's description of him "
        "as an \"attack dog\", drawing cheers.\n"
    )))
    assert "Tobias Wren" not in quotes


def test_the_verb_of_saying_nearest_above_quoted_words_gives_their_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Carl Dorsey was jailed last year.\n"
        "In a radio interview on Monday, Carl Dorsey says his wife Anna Dorsey agrees that the fall was "
        "'an accident', not abuse.\n"
    )))
    assert quotes.get("Anna Dorsey") == ["an accident"]
    assert "Carl Dorsey" not in quotes


def test_words_a_clause_labels_are_its_subjects_however_far_down(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Novelist Greta Lind has described the singer as being like a 'shop window dummy'.\n"
        "Mr Odell Finch launched an attack on the cost of the country's \"chaotic\" rail system.\n"
    )))
    assert quotes.get("Greta Lind") == ["shop window dummy"]
    assert quotes.get("Odell Finch") == ["chaotic"]


def test_words_quoted_in_the_subject_of_a_parenthetical_attribution_are_not_its_speakers(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Minister Oren Vale met party members in Leeds.\n"
        "The Ivo Hale \"mongrel\" jibe, he says, is just the latest sign of a party in trouble.\n"
    )))
    assert "Oren Vale" not in quotes
