"""Resolving date expressions against the article's date.

Returns full or partial ISO dates: ``2025-01-17``, ``2024-11``, ``2017``.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def resolve(expression: str, today: dt.date, *, past: bool = True) -> str | None:
    """An absolute ISO date for ``expression``, or None when it names none.

    ``past`` says whether the sentence speaks of the past (a bare weekday or
    month then means the last one) or of the future (the next one).
    """
    text = expression.lower().strip()
    year_match = _YEAR.search(text)
    for number, month in enumerate(MONTHS, start=1):
        if re.search(rf"\b{month[:3]}(?:{month[3:]})?\.?\b", text) and not (month == "may" and "may" == text):
            day = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b", _YEAR.sub("", text))
            if year_match:
                year = int(year_match.group(1))
            else:
                year = today.year
                if past and number > today.month:
                    year -= 1
                if not past and number < today.month:
                    year += 1
            if day and 1 <= int(day.group(1)) <= 31:
                try:
                    return dt.date(year, number, int(day.group(1))).isoformat()
                except ValueError:
                    return f"{year:04d}-{number:02d}"
            return f"{year:04d}-{number:02d}"
    if year_match:
        return year_match.group(1)
    for number, weekday in enumerate(WEEKDAYS):
        if weekday in text:
            delta = (today.weekday() - number) % 7
            if past:
                return (today - dt.timedelta(days=delta or 7 if "last" in text else delta)).isoformat()
            ahead = (number - today.weekday()) % 7 or 7
            return (today + dt.timedelta(days=ahead)).isoformat()
    if text in ("today", "this morning", "tonight", "this evening"):
        return today.isoformat()
    if text == "yesterday":
        return (today - dt.timedelta(days=1)).isoformat()
    if text == "tomorrow":
        return (today + dt.timedelta(days=1)).isoformat()
    if "last year" in text:
        return str(today.year - 1)
    if "next year" in text:
        return str(today.year + 1)
    if "this year" in text:
        return str(today.year)
    if "last month" in text:
        first = today.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if "this month" in text:
        return f"{today.year:04d}-{today.month:02d}"
    return None
