"""A line read alone says whom it speaks of and shows no mark whose partner it lost: the line checker and the trimming
of bottom lines and summary points, on small invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.language.faithful import statement_problems
from generator.language.trim import trim
from generator.model import Briefing, Document
from generator.stages.headline import write_headline

Parse = Callable[..., Document]


def problems(parse_text: Parse, sentence: str, line: str | None = None) -> list[str]:
    return statement_problems(line or sentence, parse_text(sentence).spans[0])


@pytest.mark.parametrize("sentence", [
    "The Home Secretary will visit the flooded towns of Yorkshire on Friday, it has been announced.",
    "The bank lent the builder £2m to buy the old mill in Halifax, it has emerged.",
    "The club will appoint a new manager before the end of the month, it is understood.",
])
def test_an_it_that_stands_for_the_reported_clause_before_it_names_no_one_unnamed(
        parse_text: Parse, sentence: str) -> None:
    assert problems(parse_text, sentence) == []


def test_an_it_that_said_the_clause_before_it_is_someone_the_line_does_not_name(parse_text: Parse) -> None:
    assert problems(parse_text, "Prices at the shops in the town centre will rise next year, it said.")


@pytest.mark.parametrize("sentence", [
    "The Canadian, 29, looked certain to start but pulled out before the race.",
    "On Sunday, the 44-year-old conservative senator from Ohio posted a video of himself fishing.",
    "The 23-year-old was arrested at his home in Leeds on Monday.",
    "The 8-year-old grey horse fell at the last fence at Aintree.",
])
def test_a_subject_called_only_by_age_or_nationality_is_someone_the_line_does_not_name(
        parse_text: Parse, sentence: str) -> None:
    assert "its subject is a pronoun for something the line does not name" in problems(parse_text, sentence)


@pytest.mark.parametrize("sentence", [
    "The 27-year-old striker Tom Oakes scored twice for Rovers on Saturday.",
    "A 32-year-old man was arrested at his home in Leeds on Monday.",
])
def test_a_subject_with_its_name_or_brought_in_as_a_stranger_is_named(parse_text: Parse, sentence: str) -> None:
    assert problems(parse_text, sentence) == []


def test_a_line_that_keeps_a_closing_bracket_whose_opening_it_cut_is_refused(parse_text: Parse) -> None:
    sentence = "The film took $30m (£16m) in the US, while its rival took $19m (£10m)."
    assert "unbalanced quotes or brackets" in problems(parse_text, sentence, "The film took $30m (£16m) in the US ).")


def test_a_trailing_clause_is_cut_with_the_closing_marks_it_opened(parse_text: Parse) -> None:
    document = parse_text("The film took $30m (£16m) in the US, while its rival took $19m (£10m) in Canada and "
                          "Mexico (£10m).\n"
                          "The city's rating is now one notch below the top grade, which starts at 'AAA-'.")
    assert trim(document.spans[0]) == "The film took $30m (£16m) in the US."
    assert trim(document.spans[1]) == "The city's rating is now one notch below the top grade."


def test_a_fronted_phrase_is_cut_only_when_the_subject_follows_it(parse_text: Parse) -> None:
    document = parse_text("By playing games, like hide-and-seek, a team at Leeds University is finding out how "
                          "robots should behave.\n"
                          "In a statement, the company said it would close its factory in Derby.")
    assert trim(document.spans[0]).startswith("By playing games, like hide-and-seek,")
    assert trim(document.spans[1]).startswith("The company said")


def test_a_lead_that_it_has_been_announced_is_the_bottom_line(parse_text: Parse) -> None:
    document = parse_text("The Home Secretary will visit the flooded towns of Yorkshire on Friday, it has been "
                          "announced.\n"
                          "The Duke of Kent will also join the visit to the region.\n"
                          "More than 300 homes were flooded last week.")
    briefing = write_headline(document, Briefing())
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (0,)
