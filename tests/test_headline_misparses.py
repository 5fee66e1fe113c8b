"""Headlines of sentences the parser misread: no headline rather than a broken one, and a clause of its own left out
whole."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.headline.compress import headline

Parse = Callable[..., Document]


def test_headline_is_none_when_the_verb_has_two_subjects(parse_text: Parse) -> None:
    span = parse_text("Tom Baxter, landlord of the Red Lion pub in Elmford, Kent had been drinking with a friend.")
    title = headline(span.spans[0], 12)
    assert title is None or "Kent drinking" not in title


def test_headline_leaves_out_a_second_clause_with_its_negation(parse_text: Parse) -> None:
    span = parse_text("A porter in Leeds fell asleep on the job and it appears there's no end to the story.")
    assert headline(span.spans[0], 12) == "Porter in Leeds falls asleep on job"


def test_headline_is_none_when_a_phrase_it_keeps_took_the_subject_of_a_verb_left_out(parse_text: Parse) -> None:
    span = parse_text("Harry died after Tom Baxter, 51, of Mill Road, Elmford, reversed the tractor into him.")
    assert headline(span.spans[0], 12) is None


def test_headline_keeps_no_to_of_a_range_without_its_from(parse_text: Parse) -> None:
    span = parse_text("The film has been lauded with prizes, from the Elmford festival to five awards on Friday.")
    title = headline(span.spans[0], 12)
    assert title is None or "to five awards" not in title or "from" in title
