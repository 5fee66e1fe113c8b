"""What tells a time before the news, and what restates the lead, on small invented sentences dated 2025-01-19."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from generator.model import BackgroundItem, Briefing, Document
from generator.pipeline import brief, stages_for
from generator.stages.background import find_background
from generator.stages.background.cues import tells_before
from generator.stages.background.dates import past_dates

Parse = Callable[..., Document]
TODAY = dt.date(2025, 1, 19)


def background_of(document: Document) -> tuple[BackgroundItem, ...]:
    briefing: Briefing = brief(document, stages_for("headline"))
    return find_background(document, briefing).background


def _once(document: Document) -> bool:
    return any(tells_before(token) for token in document.spans[0] if token.lower_ == "once")


def test_once_that_counts_or_opens_a_condition_tells_no_earlier_time(parse_text: Parse) -> None:
    assert not _once(parse_text("The gunman fired at the officer at least once."))
    assert not _once(parse_text("The council meets once a month."))
    assert not _once(parse_text("Once the sale is complete, the shop will close."))
    assert _once(parse_text("The old mill was once the town's biggest employer."))


def test_earlier_this_year_is_a_date_before_the_news(parse_text: Parse) -> None:
    span = parse_text("The singer was fined for speeding earlier this year.").spans[0]
    assert past_dates(span, TODAY) == [("2025", True)]
    assert not past_dates(parse_text("The firm expects sales to rise this year.").spans[0], TODAY)


def test_a_standing_fact_that_names_the_lead_firm_does_not_restate_the_lead(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "Copperline Bank is to cut 900 jobs as its profits fall.\n"
        "The cuts will cost the bank 50m euros this year.\n"
        "Copperline Bank currently has more than 40,000 staff.\n"
        "Analysts expect other lenders to follow."
    ))
    assert (2,) in [item.sources for item in items]


def test_a_sentence_about_the_deal_the_lead_tells_is_news_not_background(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "Brewer Hopfield has agreed to buy a stake in rival Maltby for 40m euros.\n"
        "The deal gives Hopfield, the region's biggest brewer, control of Maltby.\n"
        "Maltby owns breweries in six cities.\n"
        "Hopfield was formed in 1998 when two family firms merged."
    ))
    sources = [item.sources for item in items]
    assert (1,) not in sources
    assert (3,) in sources


def test_a_reaction_to_the_news_is_not_background_though_it_says_who_reacts(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "A shopper is suing Inkwell, saying its cartridges are made to fail early.\n"
        "Inkwell, the country's biggest printer firm, declined to comment on the lawsuit.\n"
        "The minister expressed outrage at the firm's conduct.\n"
        "Inkwell was founded in 1984 and has been sued twice before."
    ))
    sources = [item.sources for item in items]
    assert (1,) not in sources and (2,) not in sources
    assert (3,) in sources
