"""When leaving constituents out in turn makes no headline of the lead (the outer phrase goes first and takes with
it what the verb needs), the lead's clause less one or two constituents is tried: an inner phrase alone goes."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.headline.compress import headline

Parse = Callable[..., Document]

SENTENCE = ("A surgeon has today accepted his failings 'contributed' to the deaths of two patients at a "
            "scandal-hit cancer unit.")


def test_the_lead_keeps_what_its_verb_needs_and_leaves_the_inner_place_out(parse_text: Parse) -> None:
    title = headline(parse_text(SENTENCE).spans[0], 12, aim=10, lead=True)
    assert title is not None and len(title.split()) <= 12
    assert title == "Surgeon accepts failings contributed to deaths of two patients"


def test_a_later_sentence_makes_no_headline_of_the_inner_cut(parse_text: Parse) -> None:
    assert headline(parse_text(SENTENCE).spans[0], 12, aim=10) is None


def test_the_inner_cut_never_ends_on_a_word_that_needs_what_follows(parse_text: Parse) -> None:
    sentence = ("Belgian brewing firm Brabo has seen its profits soar thanks to its purchase of Chile's biggest "
                "wine maker Andes last year.")
    title = headline(parse_text(sentence).spans[0], 12, aim=10, lead=True)
    assert title is None or (len(title.split()) <= 12 and not title.endswith(("of", "to", "thanks")))
