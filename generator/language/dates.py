"""Resolving date expressions against the article's date.

Returns full or partial ISO dates: ``2025-01-17``, ``2024-11``, ``2017``,
or None when the expression names no point in time ("five years", "the
next few weeks", "the 1990s", "over the last year"); "last night" is yesterday.
A bare weekday or month is placed by the *direction* of the sentence: ``past`` (the last one), ``future`` (the next
one) or ``nearest`` (whichever is closer, the past on a tie), which suits a
date hanging on a noun ("his inauguration on Monday"); a day and month with no year are counted to the day
(told on 1 January, "bought it on 13 January" was last year's 13th).  A month with "last
year", "next year" or "this year" takes that year, and one the article names elsewhere with a single year
("in August 2013" ... "on 9 August") takes that one (:func:`years_of_months`); ISO and numeric dates are
read as written (a numeric date whose day and month could swap gives its year).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Literal

Direction = Literal["past", "future", "nearest"]

DAYS_FROM_TODAY = frozenset({"yesterday", "today", "tonight", "tomorrow"})  # told from the day of writing
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
SEASONS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
YEAR = re.compile(r"(?<![\d,.])(1[5-9]\d\d|20\d\d)(?![\d,]|s\b|'s\b)")
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
_AGO = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (year|month|week|day)s? ago\b")
_BOUND = re.compile(r"\b(?:more than|over|at least|upwards of)\b")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_SPAN = re.compile(r"\b(?:days|weeks|months|years|decades)\b")
_MONTH_WORDS = [re.compile(rf"\b{m[:3]}(?:{m[3:]}|\.)?\b") for m in MONTHS]
_SEPT = re.compile(r"\bsept\b")  # the one month cut to four letters ("Sept. 12")
_ISO = re.compile(r"\b(1[5-9]\d\d|20\d\d)-([01]\d)-([0-3]\d)\b")
_NUMERIC = re.compile(r"\b([0-3]?\d)/([0-3]?\d)/((?:19|20)\d\d)\b")
_SEASON = re.compile(r"\b(1[5-9]\d\d|20\d\d)[-/–](\d\d)\b")
_STRETCH = re.compile(r"\bthe (?:last|next|coming) (?:year|month|week)\b")  # the twelve months before (or after)
_YEAR_SHIFT = re.compile(r"\b(last|next|this) year\b")


def resolve(
    expression: str, today: dt.date, direction: Direction = "past", years: Mapping[int, int] | None = None
) -> str | None:
    """An absolute ISO date for ``expression``, or None when it names none; ``years``: the one year the article
    gives each month it names with a year (see :func:`years_of_months`)."""
    text = _SEPT.sub("sep", expression.lower().strip())
    written = _written_date(text)
    if written is not None:
        return written
    season = _SEASON.search(text)
    if season and int(season.group(2)) == (int(season.group(1)) + 1) % 100:
        return None  # "2013-14": a season across two years
    year_match = YEAR.search(text)
    month = _month(text)
    if month is not None:
        shift = _YEAR_SHIFT.search(text)
        if year_match:
            year = int(year_match.group(1))
        elif shift:  # "in January last year", "March next year"
            year = today.year + {"last": -1, "next": 1, "this": 0}[shift.group(1)]
        elif years and month in years and not re.match(r"(last|next|this)\b", text):
            year = years[month]  # "in August 2013" elsewhere: "on 9 August" is that August
        else:  # "last May" is the May before, "next May" the one after, whatever the verb says
            pointed = re.match(r"(last|next)\b", text)
            way: Direction = direction if pointed is None else "past" if pointed.group(1) == "last" else "future"
            year = _year_of_month(month, today, way, _day_of(text))
        day = _DAY.search(YEAR.sub("", text))
        if day and 1 <= int(day.group(1)) <= 31:
            try:
                return dt.date(year, month, int(day.group(1))).isoformat()
            except ValueError:
                pass
        return f"{year:04d}-{month:02d}"
    if year_match:
        return year_match.group(1)
    return _relative(text, today, direction)


def names_point(expression: str) -> bool:
    """Whether a date expression names a point in time ("in 1997", "three years ago"), not a stretch ("six months")."""
    return resolve(expression, dt.date(2000, 1, 1)) is not None


def years_of_months(expressions: Iterable[str]) -> dict[int, int]:
    """Each month that date expressions name with a year ("August 2013"), and that year, when they give it one."""
    found: dict[int, set[int]] = {}
    for expression in expressions:
        text = _SEPT.sub("sep", expression.lower())
        month, year = _month(text), YEAR.search(text)
        if month is not None and year is not None and _written_date(text) is None:
            found.setdefault(month, set()).add(int(year.group(1)))
    return {month: years.pop() for month, years in found.items() if len(years) == 1}


def _written_date(text: str) -> str | None:
    """An ISO date ("2024-03-12"), or a numeric one ("25/12/2023"): day first or month first where the
    numbers tell which; where both could be the month, only the year is sure."""
    iso = _ISO.search(text)
    if iso:
        return _checked(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    numeric = _NUMERIC.search(text)
    if numeric is None:
        return None
    first, second, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
    if first > 12:
        return _checked(year, second, first)
    if second > 12:
        return _checked(year, first, second)
    return str(year) if first != second else _checked(year, first, second)


def _checked(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(text: str) -> int | None:
    for number, pattern in enumerate(_MONTH_WORDS, start=1):
        if pattern.search(text) and not (number == 5 and text == "may"):
            return number
    return None


def _day_of(text: str) -> int:
    """The day of the month a date names ("13 January"), or 0 when it names none ("January")."""
    day = _DAY.search(YEAR.sub("", text))
    return int(day.group(1)) if day and 1 <= int(day.group(1)) <= 31 else 0


def _on(year: int, month: int, day: int) -> dt.date:
    """The date, a day past the month's end taken as its last ("30 February")."""
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1


def _year_of_month(month: int, today: dt.date, direction: Direction, day: int = 0) -> int:
    """The year of a month (and day, when one is named) with no year: the nearest one in ``direction``, counted to the
    day ("bought a stake on 13 January", told on 20 January, is this January's 13th; told on 1 January, last
    year's), and the same month as the article's when no day is named."""
    if direction == "nearest" and day:  # the closest of last year's, this year's and next year's, the past on a tie
        years = (today.year - 1, today.year, today.year + 1)
        return min(years, key=lambda year: (abs((_on(year, month, day) - today).days), year))
    if direction == "nearest":
        back = (today.month - month) % 12
        direction = "past" if back <= 6 else "future"
    told, then = (today.month, today.day if day else 0), (month, day)
    if direction == "past" and then > told:
        return today.year - 1
    if direction == "future" and then < told:
        return today.year + 1
    return today.year


def _relative(text: str, today: dt.date, direction: Direction) -> str | None:
    """Weekdays, yesterday, last month, two years ago, last autumn…"""
    for number, weekday in enumerate(WEEKDAYS):
        if weekday in text:
            return _weekday(number, text, today, direction).isoformat()
    if "today" in text or text in ("this morning", "tonight", "this evening", "this afternoon"):
        return today.isoformat()
    if "yesterday" in text or text == "last night":
        return (today - dt.timedelta(days=1)).isoformat()
    if "tomorrow" in text:
        return (today + dt.timedelta(days=1)).isoformat()
    ago = _AGO.search(text)
    if ago and _BOUND.search(text):
        return None  # "more than two weeks ago": before a point, not at it
    if ago:
        count, unit = _NUMBERS.get(ago.group(1)) or int(ago.group(1)), ago.group(2)
        if unit == "year":
            return str(today.year - count)
        then = today - dt.timedelta(days={"month": 30, "week": 7, "day": 1}[unit] * count)
        return then.isoformat() if unit == "day" else _month_of(then)
    if _SPAN.search(text) or _STRETCH.search(text):
        return None  # "the next few weeks", "recent months", "over the last year": a stretch, not a point
    for word, shift in (("last", -1), ("next", 1), ("this", 0), ("coming", 1), ("later", 0), ("earlier", 0)):
        if word not in text:
            continue
        if "year" in text:
            return str(today.year + shift)
        if "month" in text:
            moved = today.replace(day=1) + dt.timedelta(days=32 * shift) if shift > 0 else today.replace(day=1)
            if shift < 0:
                moved = today.replace(day=1) - dt.timedelta(days=1)
            return _month_of(moved)
        if "week" in text:
            return _month_of(_midweek(today, shift, text))
        for season, start in SEASONS.items():
            if season in text:
                return str(_season_year(start, today, shift))
    return None


def _weekday(number: int, text: str, today: dt.date, direction: Direction) -> dt.date:
    back = (today.weekday() - number) % 7
    ahead = (number - today.weekday()) % 7
    if "last" in text:
        return today - dt.timedelta(days=back or 7)
    if "next" in text:
        return today + dt.timedelta(days=ahead or 7)
    if direction == "future" or (direction == "nearest" and ahead < back):
        return today + dt.timedelta(days=ahead)
    return today - dt.timedelta(days=back)


def _midweek(today: dt.date, shift: int, text: str) -> dt.date:
    """The middle day of the week ``shift`` weeks from the article's (weeks from Monday), or of the part of this week
    before or after the article's day ("earlier this week", "later this week"): the month most of it lies in ("last
    week", told on Monday 7 March, ran from 28 February to 6 March: March)."""
    start = today - dt.timedelta(days=today.weekday() - 7 * shift)
    end = start + dt.timedelta(days=6)
    if shift == 0 and "earlier" in text:
        end = today
    elif shift == 0 and "later" in text:
        start = today
    return start + (end - start) / 2


def _season_year(start: int, today: dt.date, shift: int) -> int:
    if shift < 0:
        return today.year if start + 2 < today.month else today.year - 1
    if shift > 0:
        return today.year if start > today.month else today.year + 1
    return today.year


def _month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"
