"""Headlines the lead can make when its parse is read right: a bare "be" completed by its first phrase only, an
"if" that asks whether (no condition), "try and" with the verb it joins, a relative clause with no relative word
left out whole."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.headline.compress import headline

Parse = Callable[..., Document]


def _headline(parse_text: Parse, text: str) -> str | None:
    return headline(parse_text(text).spans[0], 12)


def test_a_second_phrase_after_be_is_adverbial_and_may_go(parse_text: Parse) -> None:
    title = _headline(parse_text, "Ruritania's £2bn farm subsidy is not up for renegotiation at next month's "
                                  "regional trade summit, Anna Holm said.")
    assert title is not None and "renegotiation" in title and "summit" not in title


def test_an_if_that_asks_whether_is_no_condition_to_keep(parse_text: Parse) -> None:
    title = _headline(parse_text, "Ben Carter has said fans will have to wait for the club's annual report to see "
                                  "if the club has plans to sell the ground.")
    assert title is not None and "says fans will have to wait for the club's annual report" in title


def test_try_and_keeps_the_verb_it_joins(parse_text: Parse) -> None:
    title = _headline(parse_text, "Marco Vela has chosen not to help Italy try and defend the Nations Cup crown "
                                  "they won in Turin in May.")
    assert title is None or not title.endswith(("try", "and"))
    assert title is None or "defend" in title
