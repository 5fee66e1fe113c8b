"""Which quotations may be shown under their speaker: each parsed alone, as a reader reads it."""

from __future__ import annotations

from typing import Any

import pytest

from generator.language.quotable import context_problems, quote_problems
from generator.model import Actor, Quote
from generator.pipeline import brief


@pytest.mark.parametrize(
    "quotation",
    [
        "We will appeal against the ruling.",
        "It's grown awfully fast in three years - maybe too fast.",
        "a failing organisation",  # a phrase the speaker used: slight, not wrong
        "This decision shows a blatant lack of respect for that history.",
        "all-Australian",  # one capitalised word: a phrase, not a title
        "Yes, Sir",
    ],
)
def test_a_quotation_that_reads_alone_may_be_shown(nlp: Any, quotation: str) -> None:
    assert quote_problems(nlp(quotation)) == []


@pytest.mark.parametrize(
    ("quotation", "problem"),
    [
        ("He is one of the best players in the tournament.", "opens with a pronoun"),
        ("They will not be back next year.", "opens with a pronoun"),
        ("do show that the chemical was in the flat", "opens inside a clause"),
        ("committed to performing all work ...", "cut off"),
        ("3", "no words"),
        ("Not Easy Being Green", "a title in quote marks"),
    ],
)
def test_a_quotation_that_does_not_read_alone_is_refused(nlp: Any, quotation: str, problem: str) -> None:
    assert any(found.startswith(problem) for found in quote_problems(nlp(quotation)))


def test_the_briefing_leaves_out_a_quotation_that_opens_with_an_unnamed_he(parse_text: Any) -> None:
    text = (
        'Coach Ann Lee praised the striker. "He is one of the best players in the league," Lee said.\n'
        '"We will win the cup this year," Lee said.'
    )
    actors: tuple[Actor, ...] = brief(parse_text(text)).actors
    quotes: list[Quote] = [quote for actor in actors for quote in actor.quotes]
    assert [quote.text for quote in quotes] == ["We will win the cup this year"]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ('It warned that it could be five years before the agency was "fit for purpose".', "fit for purpose"),
        ('Mr Howard said the deal laid to rest any suggestion the union was "anti-Islamic".', "anti-Islamic"),
        ('She said the duchess does not have a "single opinion" of her own.', "single opinion"),
    ],
)
def test_a_phrase_its_sentence_denies_or_puts_off_is_not_shown(parse_text: Any, sentence: str, quote: str) -> None:
    assert context_problems(quote, parse_text(sentence).spans[0])


def test_a_phrase_its_sentence_states_may_be_shown(parse_text: Any) -> None:
    sentence = 'The committee described the agency as "a failing organisation" on Monday.'
    assert context_problems("a failing organisation", parse_text(sentence).spans[0]) == []
