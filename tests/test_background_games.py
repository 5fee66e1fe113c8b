"""Background and a game the article reports: its account, timed by the game's clock or told in the simple past,
is the news, not what came before it. Invented match reports dated Sunday 2025-01-19."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import BackgroundItem, Briefing, Document
from generator.pipeline import brief, stages_for
from generator.stages.background import find_background
from generator.stages.background.clock import on_the_clock, tells_a_score

Parse = Callable[..., Document]

LEAD = "Harbour Town reached the county cup final with a 2-1 win over Millbrook Rovers on Saturday.\n"


def background_of(document: Document) -> tuple[BackgroundItem, ...]:
    briefing: Briefing = brief(document, stages_for("headline"))
    return find_background(document, briefing).background


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reade scored in the 89th minute to settle the tie.",
        "Rovers pulled a goal back on 63 minutes through their captain.",
        "The visitors levelled five minutes into the second half.",
        "Reade had a shot cleared off the line just before half-time.",
        "The winger was booked in injury time for wasting time.",
        "Rovers scored their consolation with three minutes left.",
    ],
)
def test_a_sentence_timed_by_a_game_s_clock_is_on_the_clock(parse_text: Parse, sentence: str) -> None:
    assert on_the_clock(parse_text(sentence).spans[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ticket sales fell in the first half of the year.",
        "The meeting lasted 45 minutes.",
        "The manager arrived twenty minutes later than planned.",
    ],
)
def test_a_half_of_something_else_or_a_length_of_time_is_no_game_s_clock(parse_text: Parse, sentence: str) -> None:
    assert not on_the_clock(parse_text(sentence).spans[0])


def test_the_account_of_the_game_the_article_reports_is_not_background(parse_text: Parse) -> None:
    account = (
        "Tom Reade scored in the 89th minute to settle the tie.\n"
        "Millbrook had an early chance when their striker hit the post from close range.\n"
    )
    assert background_of(parse_text(LEAD + account)) == ()


def test_an_earlier_game_or_a_dated_past_in_a_game_s_report_is_still_background(parse_text: Parse) -> None:
    report = (
        "Tom Reade scored in the 89th minute to settle the tie.\n"
        "The two sides had last met in the final in 2011, when Rovers won on penalties.\n"
        "The cup was first played for in 1921 by six village sides.\n"
    )
    items = background_of(parse_text(LEAD + report))
    assert [item.sources for item in items] == [(2,), (3,)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Moll defeated Lind 6-4 6-2 in the opening rubber.",
        "The hosts won 2-1 after extra time.",
        "Blake levelled the tie with a 6-3 6-4 win over Smith.",
    ],
)
def test_a_match_s_score_is_told_by_two_small_numbers_and_a_dash(parse_text: Parse, sentence: str) -> None:
    assert tells_a_score(parse_text(sentence).spans[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "Workers aged 16-24 were the most likely to lose their jobs.",
        "The club won the title in the 2013-14 season.",
        "The board voted 5-4 to approve the plan.",
    ],
)
def test_a_range_a_season_or_a_vote_is_no_match_s_score(parse_text: Parse, sentence: str) -> None:
    assert not tells_a_score(parse_text(sentence).spans[0])


def test_a_game_told_by_its_score_right_after_the_lead_is_the_news_not_background(parse_text: Parse) -> None:
    report = (
        "Slovakia will play Argentina in the final of the Hopman Cup.\n"
        "Daniela Moll defeated Anna Smith 6-4 6-2 in the opening rubber.\n"
        "Piet Mol retired injured in the second rubber against Jan Kral.\n"
        "In the other group match, the United States defeated Australia.\n"
        "Slovakia first won the cup in 2005.\n"
    )
    items = background_of(parse_text(report))
    assert [item.sources for item in items] == [(4,)]
