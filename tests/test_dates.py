"""Resolving date expressions against the article's date (Sunday 2025-01-19)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.language.dates import Direction, resolve, years_of_months

SUNDAY = dt.date(2025, 1, 19)


@pytest.mark.parametrize(
    ("expression", "direction", "expected"),
    [
        ("Friday", "past", "2025-01-17"),
        ("Friday", "nearest", "2025-01-17"),
        ("Monday", "nearest", "2025-01-20"),
        ("Monday", "past", "2025-01-13"),
        ("Tuesday", "future", "2025-01-21"),
        ("last Friday", "nearest", "2025-01-17"),
        ("next Monday", "past", "2025-01-20"),
        ("November", "past", "2024-11"),
        ("the November election", "nearest", "2024-11"),
        ("March", "future", "2025-03"),
        ("late 2017", "past", "2017"),
        ("March 18", "past", "2024-03-18"),
        ("22 January", "past", "2024-01-22"),
        ("12 January", "past", "2025-01-12"),
        ("12 January", "future", "2026-01-12"),
        ("22 January", "future", "2025-01-22"),
        ("January", "past", "2025-01"),
        ("25 January", "nearest", "2025-01-25"),
        ("25 July", "nearest", "2024-07-25"),
        ("31 December", "nearest", "2024-12-31"),
        ("January 17, 2025", "past", "2025-01-17"),
        ("April 2005", "future", "2005-04"),
        ("yesterday", "past", "2025-01-18"),
        ("last year", "past", "2024"),
        ("next year", "future", "2026"),
        ("two years ago", "past", "2023"),
        ("last month", "past", "2024-12"),
        ("early this month", "past", "2025-01"),
        ("later in the week", "future", "2025-01"),
        ("last autumn", "past", "2024"),
        ("in January last year", "past", "2024-01"),
        ("December last year", "future", "2024-12"),
        ("March next year", "past", "2026-03"),
        ("Sept. 12", "past", "2024-09-12"),
        ("Sept 12, 2023", "future", "2023-09-12"),
        ("2024-03-12", "past", "2024-03-12"),
        ("25/12/2023", "past", "2023-12-25"),
        ("03/25/2023", "past", "2023-03-25"),
        ("12/03/2024", "past", "2024"),
    ],
)
def test_expressions_resolve_to_full_or_partial_iso_dates(expression: str, direction: Direction, expected: str) -> None:
    assert resolve(expression, SUNDAY, direction) == expected


@pytest.mark.parametrize(
    "expression",
    [
        "five years", "the next few weeks", "the 1990s", "recent weeks", "this season", "more than two weeks ago",
        "over a year ago",
    ],
)
def test_durations_vague_spans_and_open_bounds_name_no_date(expression: str) -> None:
    assert resolve(expression, SUNDAY, "past") is None


def test_may_alone_is_not_the_month() -> None:
    assert resolve("may", SUNDAY, "past") is None


def test_a_day_of_the_article_month_is_counted_to_the_day_in_the_direction_of_the_tense() -> None:
    new_year = dt.date(2005, 1, 1)
    assert resolve("13 January", new_year, "past") == "2004-01-13"  # "Foster's bought a stake on 13 January"
    assert resolve("13 January", new_year, "future") == "2005-01-13"
    assert resolve("January", new_year, "past") == "2005-01"


@pytest.mark.parametrize(
    ("expression", "today", "expected"),
    [
        ("last week", dt.date(2005, 3, 7), "2005-03"),  # a Monday: last week ran from 28 February to 6 March
        ("this week", dt.date(2005, 3, 1), "2005-03"),
        ("earlier this week", dt.date(2005, 3, 1), "2005-02"),  # Monday 28 February
        ("next week", dt.date(2005, 1, 26), "2005-02"),  # 31 January to 6 February
    ],
)
def test_a_week_across_two_months_is_dated_by_the_month_most_of_it_lies_in(
    expression: str, today: dt.date, expected: str
) -> None:
    assert resolve(expression, today, "past") == expected


def test_a_day_and_month_take_the_year_the_article_gives_that_month_elsewhere() -> None:
    years = years_of_months(["August 2013", "Monday", "9 August", "2015-03-02", "May 2010", "May 2011"])
    assert years == {8: 2013}
    assert resolve("9 August", dt.date(2017, 6, 1), "past", years) == "2013-08-09"
    assert resolve("last August", dt.date(2017, 6, 1), "past", years) == "2016-08"
    assert resolve("9 May", dt.date(2017, 6, 1), "past", years) == "2017-05-09"
