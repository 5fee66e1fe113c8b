"""Sentences that scraping ran together without a space are parsed apart (generator.glued)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from generator.language.glue import glue_points, glued_clause, glued_word
from generator.model import Document

Parse = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The ferry made its first crossing in 2009.It was retired last year.",
         ["The ferry made its first crossing in 2009.", "It was retired last year."]),
        ("The ferry sank at 11:00 GMT.Forty people were rescued from the water.",
         ["The ferry sank at 11:00 GMT.", "Forty people were rescued from the water."]),
        ("The crew was praised by the mayor in 2013.\"It is an honour to serve the island,\" said the captain.",
         ["The crew was praised by the mayor in 2013.", "\"It is an honour to serve the island,\" said the captain."]),
    ],
)
def test_a_full_stop_glued_to_a_capital_ends_a_sentence(parse_text: Parse, text: str, sentences: list[str]) -> None:
    document = parse_text(text)
    assert [sentence.text for sentence in document.sentences] == sentences
    assert all(document.article.body[s.start : s.end] == s.text for s in document.sentences)


def test_titles_initials_and_brand_names_stay_whole(parse_text: Parse) -> None:
    document = parse_text("Mr.Holm bought an iPhone and a PlayStation on eBay at the U.S.Army shop.")
    words = [token.text for span in document.spans for token in span]
    assert {"Mr.", "iPhone", "PlayStation", "eBay", "U.S.Army"} <= set(words)
    assert len(document.sentences) == 1


def test_handles_and_hashtags_stay_in_their_sentence(parse_text: Parse) -> None:
    document = parse_text("The mayor wrote on @harbourMayor that the #saveTheFerry march was the largest yet.")
    assert len(document.sentences) == 1
    assert "@harbourMayor" in [token.text for token in document.spans[0]]


def test_a_button_glued_to_the_next_word_is_a_token_of_its_own(parse_text: Parse) -> None:
    document = parse_text("Copy this linkThe ferry sailed at noon with 300 passengers on board.")
    words = [token.text for span in document.spans for token in span]
    assert words[:4] == ["Copy", "this", "link", "The"]


def test_a_pronoun_or_a_determiner_before_an_age_after_a_lower_case_word_opens_a_second_sentence(nlp: Any) -> None:
    doc = nlp("The decision ended 14 years of service She later appeared on the cover of a magazine.")
    assert [t.text for t in doc if glued_word(t)] == ["She"]
    doc = nlp("Police said the boy was asleep when the car was stolen An eight-year-old boy slept through it.")
    assert [t.text for t in doc if glued_word(t)] == ["An"]
    doc = nlp("The story was first reported in The Times on Monday, and I said so.")
    assert not [t.text for t in doc if glued_word(t)]


def test_a_stop_after_a_figure_glued_to_a_word_in_capitals_ends_a_sentence() -> None:
    assert glue_points("An attack killed more than 30.IS also claimed a second attack.") == [30]
    assert glue_points("He joined the U.S.Army in 2009.") == []


def test_a_capital_adverb_set_off_by_a_comma_after_a_lower_case_word_opens_a_second_sentence(nlp: Any) -> None:
    doc = nlp("She had screws put into her spine Slowly , she began to repair herself.")
    assert [t.text for t in doc if glued_word(t)] == ["Slowly"]


def _glued_clauses(nlp: Any, text: str) -> list[str]:
    doc = nlp(text)
    return [t.text for t in doc if glued_clause(t, list(doc))]


def test_a_name_that_opens_a_second_clause_run_into_the_first_with_nothing_between_is_glued(nlp: Any) -> None:
    text = "The dancers went on until late on any other day Harbour Street is a quiet place for shoppers."
    assert _glued_clauses(nlp, text) == ["Harbour"]


@pytest.mark.parametrize(
    "text",
    [
        "In court Mr Jones said the car had been stolen.",
        "The new mill saw Northern Textiles' profits soar to record levels.",
        "The festival has a long history, and this year Anna Bell is the favourite to win.",
        "The mayor said he hoped Westfield's plan would bring new jobs.",
        "She was asleep at the time Mr Grant was shouting in the street.",
    ],
)
def test_an_ordinary_sentence_with_a_name_inside_has_no_glued_clause(nlp: Any, text: str) -> None:
    assert _glued_clauses(nlp, text) == []
