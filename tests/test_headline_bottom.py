"""The bottom line tells the news in a line a reader can trust: the lead when it passes the line checker, not a
photograph's caption before it, not a sentence that leans on one the article does not show, and never a sentence
shortened at a misparse."""

from __future__ import annotations

from collections.abc import Callable

from generator.language.trim import shorten
from generator.model import Briefing, Document
from generator.stages.headline import write_headline

Parse = Callable[..., Document]


def test_a_figure_measured_against_the_year_before_is_the_news_not_a_dated_past(parse_text: Parse) -> None:
    document = parse_text("Quarterly profits at carmaker Brixton Motors jumped 40% to $2.1bn for the three months to "
                          "December, from $1.5bn year-earlier.\n"
                          "Brixton Motors said its sales rose 3% to $9bn.")
    briefing = write_headline(document, Briefing())
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (0,)


def test_a_caption_before_the_lead_gives_way_to_the_lead(parse_text: Parse) -> None:
    document = parse_text("Tom Reed, 51, pictured in a 2010 photograph, hit his neighbour Sam Cole with a spade\n"
                          "A man who won a garden prize hit his neighbour with a spade after a row about the hedge.\n"
                          "Police said the neighbour was taken to hospital on Sunday.")
    briefing = write_headline(document, Briefing())
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (1,)


def test_a_lead_that_lost_its_stop_is_still_the_lead(parse_text: Parse) -> None:
    document = parse_text("Mary Stone was once the country's fastest runner, but she now sells cakes for a living\n"
                          "She won three national titles in the 1990s.\n"
                          "Mary Stone, of Leeds, has opened a bakery on the high street.")
    briefing = write_headline(document, Briefing())
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (0,)


def test_a_subject_called_only_by_nationality_and_age_gives_way_to_one_that_is_named(parse_text: Parse) -> None:
    document = parse_text("The Canadian, 29, looked certain to start but pulled out before the race.\n"
                          "Ottawa cyclist Anne Lowe withdrew from the Tour of Flanders with a knee injury on Sunday.\n"
                          "Her team said she would rest for a month.")
    briefing = write_headline(document, Briefing())
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (1,)


def test_a_sentence_that_also_adds_to_what_was_told_gives_way_to_one_that_does_not(parse_text: Parse) -> None:
    document = parse_text("The band's drummer also won a prize for his solo album.\n"
                          "The rock band Ashgrove won best group at the Northern Music Awards on Thursday.\n"
                          "The awards were held in Manchester.")
    briefing = write_headline(document, Briefing())
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (1,)


def test_shortening_keeps_both_halves_of_not_only_but_also(parse_text: Parse) -> None:
    document = parse_text("A retired teacher from the small village of Ashby has written a long and detailed history "
                          "of the old railway line, which has not only pleased local historians in the county but has "
                          "also drawn visitors from across the whole country to the station.")
    shorter = shorten(document.spans[0], 20)
    assert "not only" not in shorter or "but" in shorter
