"""Background and the days of the news: what a main clause tells on those days is the news, whatever it tells.
Invented paragraphs dated Sunday 2025-01-19."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from generator.model import BackgroundItem, Briefing, Document
from generator.pipeline import brief, stages_for
from generator.stages.background import find_background
from generator.stages.background.days import told_on_the_day

Parse = Callable[..., Document]

LEAD = "The city's new ferry service will carry its first passengers in the spring.\n"
SUNDAY = dt.date(2025, 1, 19)


def background_of(document: Document) -> tuple[BackgroundItem, ...]:
    briefing: Briefing = brief(document, stages_for("headline"))
    return find_background(document, briefing).background


@pytest.mark.parametrize(
    "told",
    [
        "The timetable was drawn up at a meeting in the harbour office on Tuesday.",
        "Residents last night angrily questioned why the old pier was left to rot.",
        "The operator bought two second-hand boats yesterday from a Norwegian firm.",
        "As the fog began to lift on Saturday morning, the harbour master led a convoy of boats out of the bay.",
        "The mayor cut the ribbon and rode the first bus as the new terminal opened on Friday.",
        "A brass band marched along the quay at the weekend to mark the launch.",
    ],
)
def test_what_a_main_clause_tells_on_the_days_of_the_news_is_not_background(parse_text: Parse, told: str) -> None:
    document = parse_text(LEAD + told)
    assert told_on_the_day(document.spans[1], SUNDAY)
    assert background_of(document) == ()


def test_a_day_of_the_news_told_with_an_earlier_time_or_a_standing_fact_is_still_background(parse_text: Parse) -> None:
    earlier = parse_text(LEAD + "The operator bought two boats on Tuesday, ten years after the last ferry had sailed.")
    assert [item.sources for item in background_of(earlier)] == [(1,)]
    standing = parse_text(LEAD + "Even today, the crossing is the shortest route to the island.")
    assert not told_on_the_day(standing.spans[1], SUNDAY)


def test_a_day_that_dates_a_noun_does_not_date_the_clause(parse_text: Parse) -> None:
    document = parse_text(LEAD + "The mayor missed last Sunday's launch of the rival bus line.")
    assert not told_on_the_day(document.spans[1], SUNDAY)


@pytest.mark.parametrize(
    "told",
    [
        "Footage from the quay showed the boat leaving twenty minutes late.",
        "The mayor sailed across the bay with the harbour master on the first crossing.",
    ],
)
def test_what_happened_told_right_after_the_lead_in_the_simple_past_is_its_news(parse_text: Parse, told: str) -> None:
    lead = "The city's new ferry service carried its first passengers on Saturday.\n"
    assert background_of(parse_text(lead + told)) == ()


def test_an_earlier_year_or_the_deed_a_court_judged_told_right_after_the_lead_is_still_background(
    parse_text: Parse,
) -> None:
    lead = "The city's new ferry service carried its first passengers on Saturday.\n"
    for earlier in (
        "The old ferry won the Euro 2004 prize for the best crossing in the country.",
        "The old ferry company finished its 2013-14 season with a loss of two million pounds.",
    ):
        assert [item.sources for item in background_of(parse_text(lead + earlier))] == [(1,)]
    court = "A ferry captain was jailed for two years on Friday for sailing while drunk.\n"
    deed = "Peter Lund, 52, steered the ferry into the harbour wall with forty passengers on board."
    assert [item.sources for item in background_of(parse_text(court + deed))] == [(1,)]


def test_a_year_that_only_dates_a_noun_does_not_make_the_news_of_the_days_earlier(parse_text: Parse) -> None:
    lead = "A ferry captain was charged on Friday over the loss of the harbour ferry.\n"
    told = "New details of the events surrounding the ferry's 2019 sinking were revealed on Thursday as the captain "
    told += "was granted bail."
    assert background_of(parse_text(lead + told)) == ()



EVENT = (
    "Four off-duty firefighters stopped a runaway lorry on the coast road on Saturday.\n"
    "The harbour has had a ferry service since 1952 and its pier was rebuilt in 2004.\n"
    "The coast road is the only route to the harbour and carries 3,000 lorries a week.\n"
    "The firefighters had been fishing off the pier since dawn.\n"
    "As the lorry rolled towards the harbour, the firefighters climbed into its cab.\n"
    "In 2009-10 the coast road saw 40 crashes.\n"
    "One of them pulled the handbrake and steered the lorry into a hedge.\n"
    "The driver was taken to hospital with a broken arm."
)


def test_what_happened_on_the_day_told_further_in_the_simple_past_is_not_background(parse_text: Parse) -> None:
    sources = {source for item in background_of(parse_text(EVENT)) for source in item.sources}
    assert 4 not in sources  # "As the lorry rolled ..., the firefighters climbed ...": the lead's event
    assert {1, 5} <= sources  # a year before the article's, even one the parser takes for no date


def test_a_month_without_its_year_takes_the_year_the_article_gives_it_elsewhere(parse_text: Parse) -> None:
    items = background_of(parse_text(
        LEAD
        + "The operator was founded in August 2013 by two local fishermen.\n"
        "The harbour has been dredged twice since 1990 and its pier was rebuilt in 2004.\n"
        "On 9 August, the operator had launched its first boat from the old slipway."
    ))
    assert [item.date for item in items if item.sources == (3,)] == ["2013-08-09"]  # not 2024, the year before
