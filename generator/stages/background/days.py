"""A sentence whose main verb is dated on the days of the news: a date in the week before the article's date, or
"this afternoon", "last night", "yesterday", that the verb governs itself or through a clause at its time.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...language.dates import resolve
from ...language.lexicon import AT_ONCE, TIME_NOUNS
from ...language.tense import direction_of, governing_verb, names_stretch
from .news import present_simple

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DAYS = 7  # days before the article's date that are still its news
# Words that alone name the day of the news or the days before: "this afternoon", "last night", "the weekend".
_THE_DAY = frozenset(
    {"today", "tonight", "yesterday", "this morning", "this afternoon", "this evening", "last night", "the weekend",
     "this weekend", "last weekend"}
)


def told_on_the_day(span: Span, today: dt.date) -> bool:
    """Whether a sentence's main verb, in a tense other than the present simple, is dated on the days of the news: a
    date it governs (itself, or through a clause at its time, :func:`_timed`), not through a noun ("at last Sunday's
    ceremony" dates the ceremony), in the week before the article's date, or "this afternoon", "last night",
    "yesterday"."""
    root = span.root
    if present_simple(root):
        return False  # "Even today, 'pelotero' is the term used": a standing fact
    week_ago = (today - dt.timedelta(days=DAYS)).isoformat()
    for entity in span.ents:
        if entity.label_ not in ("DATE", "TIME") or names_stretch(entity):
            continue
        day = entity.root
        if day.dep_ == "compound" and day.head.lemma_.lower() in TIME_NOUNS:
            day = day.head  # "on Saturday afternoon": the day names its part, no noun of the event
        verb, through_noun = governing_verb(day)
        if verb is None or _timed(verb).i != root.i or through_noun:
            continue
        if entity.text.lower() in _THE_DAY:
            return True
        date = resolve(entity.text, today, direction_of(entity.root))
        if date is not None and len(date) == len(week_ago) and week_ago <= date <= today.isoformat():
            return True
    return False


def _timed(verb: Token) -> Token:
    """The clause whose time a clause's date tells: its own, or, for a verb with no tense of its own, one joined to
    another, or a clause opened by "as", "when" or "while", the clause it hangs on ("As the rain began to fall on
    Saturday afternoon, the band led ...", "took four catches and claimed a wicket as the side were bowled out on
    Monday")."""
    while verb.dep_ in ("xcomp", "conj") or (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in AT_ONCE for c in verb.children)
    ):
        verb = verb.head
    return verb
