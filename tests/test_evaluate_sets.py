"""The sets of annotated articles: tuned, new, and two fixed halves mixing both."""

from __future__ import annotations

import pytest

from generator.evaluate.sets import SETS, TUNED, chosen

NEW = [f"{source}-{n:03d}" for source in ("bbc-tech", "cnndm", "xsum") for n in range(8)]
EVERY = [*NEW, *TUNED]


def test_tuned_and_new_part_the_articles() -> None:
    assert set(chosen(EVERY, "tuned")) == TUNED
    assert chosen(EVERY, "new") == sorted(NEW)
    assert chosen(EVERY, "all") == sorted(EVERY)


def test_the_halves_part_the_articles_each_with_half_the_tuned_and_half_the_new() -> None:
    half_a, half_b = chosen(EVERY, "half-a"), chosen(EVERY, "half-b")
    assert sorted(half_a + half_b) == sorted(EVERY)
    assert not set(half_a) & set(half_b)
    assert len(TUNED & set(half_a)) == len(TUNED & set(half_b)) == 5
    assert len(set(NEW) & set(half_a)) == len(set(NEW) & set(half_b)) == 12


def test_the_halves_deal_sorted_ids_alternately_so_each_has_every_source() -> None:
    half_a = chosen(NEW, "half-a")
    assert half_a[:2] == ["bbc-tech-000", "bbc-tech-002"]
    assert {article.split("-")[0] for article in half_a} == {"bbc", "cnndm", "xsum"}


def test_the_sets_do_not_depend_on_the_order_the_ids_come_in() -> None:
    for name in SETS:
        assert chosen(reversed(EVERY), name) == chosen(EVERY, name)


def test_an_unknown_set_is_refused() -> None:
    with pytest.raises(ValueError, match="no set named 'half-c'"):
        chosen(EVERY, "half-c")
