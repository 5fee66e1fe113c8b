"""The dates that tell whether a sentence is background: those before the week of the article's date (and
whether each dates the sentence's main clause), and those after it, still to come.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ...language.belonging import belongs, dates_noun, names_title, since_untold
from ...language.dates import resolve
from ...language.tense import direction_of, governing_verb, names_stretch

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

WEEK = 7  # days before the article's date that are still its news
EARLIER_THIS = re.compile(r"(?:earlier|early) this (?:year|month|season)", re.IGNORECASE)  # before the news, its year


def past_dates(span: Span, today: dt.date, years: Mapping[int, int] | None = None) -> list[tuple[str, bool]]:
    """Dates of the sentence before the week of the article's date, those of its verbs first, then by age: "on
    Tuesday" is the days of the news, not before them, and a stretch ("between 2011 and 2051") dates nothing; each
    with whether it dates the sentence's main clause ("Despite a profit last year, Qantas has argued", "drove a 1999
    Ford", "a first appearance since March": not)."""
    found = []
    for entity in span.ents:
        date = _before_week(entity, today, years)
        if date is not None:
            own = belongs(entity.root, span.root) and not (dates_noun(entity.root) or since_untold(entity.root))
            found.append((governing_verb(entity.root)[1], date, own))
    return [(date, own) for _on_noun, date, own in sorted(found)]


def dated_before(span: Span, today: dt.date) -> bool:
    """Whether a sentence dates something it tells before the week of the news; a date that only qualifies a noun
    ("the three-year-old's 2013 death", "a 1999 Ford") dates the noun, not what the sentence tells."""
    return any(_before_week(e, today) is not None and not dates_noun(e.root) for e in span.ents)


def is_earlier_report(span: Span, reported: Token, today: dt.date) -> bool:
    """Whether a sentence reports what was said before the week of the article, the date outside what it reports
    ("Late last year, the firm warned that it would ...", "In a study published in July 2010, professors predicted
    ...", not "She said spending would rise, though slower than in 2004")."""
    if reported.i == span.root.i:
        return False
    inside = {t.i for t in reported.subtree}
    return any(
        _before_week(entity, today) is not None and entity.root.i not in inside for entity in span.ents
    )


def _before_week(entity: Span, today: dt.date, years: Mapping[int, int] | None = None) -> str | None:
    """The date a date entity names when it is before the week of the article's date, a month's year the one the
    article gives it elsewhere (``years``); a stretch ("between 2011 and 2051") names none."""
    if entity.label_ != "DATE" or names_stretch(entity):
        return None
    date = resolve(entity.text, today, direction_of(entity.root), years)
    week_ago = (today - dt.timedelta(days=WEEK)).isoformat()
    if date is not None and EARLIER_THIS.fullmatch(entity.text) and date <= today.isoformat()[: len(date)]:
        return date  # "earlier this year": before the news, though in its year
    if date is None or date >= today.isoformat()[: len(date)] or (len(date) == len(week_ago) and date >= week_ago):
        return None
    return date


def to_come(entity: Span, today: dt.date) -> bool:
    """Whether a date names a time after the article's, read in the direction of its verb ("on Sunday" after "is to
    present"); a month's name standing for a person ("May") or "annual" names none."""
    if entity.label_ != "DATE" or names_title(entity):
        return False
    date = resolve(entity.text, today, direction_of(entity.root))
    return date is not None and date > today.isoformat()[: len(date)]
