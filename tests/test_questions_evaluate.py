"""The sections evaluation: matching by shared source sentences, and its baselines."""

from __future__ import annotations

from collections.abc import Callable

from generator.evaluate.sections import Reference, Score, dated_baseline, hedge_baseline, tally
from generator.model import Document

Parse = Callable[..., Document]


def test_an_item_counts_when_it_shares_a_source_sentence_with_a_reference() -> None:
    score = Score()
    references = [Reference(frozenset({1, 2}), "first"), Reference(frozenset({5}), "second")]
    tally(score, [frozenset({2}), frozenset({3}), frozenset({5, 6})], references)
    assert (score.generated, score.correct, score.references, score.found) == (3, 2, 2, 2)
    assert score.precision == 2 / 3
    assert score.recall == 1.0
    assert score.misses == []


def test_a_reference_no_item_touches_is_a_miss_named_by_its_label() -> None:
    score = Score()
    tally(score, [frozenset({0})], [Reference(frozenset({4}), "Will the mill close?")])
    assert score.recall == 0.0
    assert score.misses == ["Will the mill close?"]


def test_the_hedge_baseline_adds_a_question_mark_to_each_hedged_sentence(parse_text: Parse) -> None:
    document = parse_text(
        "The mill may close in March. Workers met on Friday. It is unclear whether talks will resume."
    )
    assert hedge_baseline(document) == [
        ("The mill may close in March?", frozenset({0})),
        ("It is unclear whether talks will resume?", frozenset({2})),
    ]


def test_the_background_baseline_takes_years_and_past_perfects_but_not_the_lead(parse_text: Parse) -> None:
    document = parse_text(
        "The mill closed in 1990 after a fire.\n"
        "It had employed 300 people.\n"
        "The site was sold in 2004.\n"
        "Workers met on Friday."
    )
    assert dated_baseline(document) == [frozenset({1}), frozenset({2})]
