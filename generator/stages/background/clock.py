"""A sentence timed by a game's clock: a minute counted ("in the 89th minute", "five minutes into the second half")
or a part of the game ("either side of half time"), which tells the match the article reports (see :mod:`.news`);
and a sentence that gives a match's score ("defeated Lind 6-4 6-2"), which tells it when told right after the
lead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.games import CLOCK_AFTER, GAME_PERIODS
from ...language.lexicon import DEFEAT_VERBS, MATCH_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "the 89th minute"
_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")  # a game's score, "6-4", "2-1" (not a season, "2013-14")
_MATCH_WORDS = (DEFEAT_VERBS | MATCH_NOUNS | {"win", "triumph", "edge", "overcome"}) - {"home"}  # "beat", "a victory"


def on_the_clock(span: Span) -> bool:
    """Whether a sentence times what it tells by a game's clock: a minute counted ("in the 89th minute", "on 63
    minutes", "five minutes into the second half", "three minutes left") or a part of the game ("either side of half
    time", "early in the second half"; not "the first half of the year")."""
    words = [t for t in span if t.text != "-"]
    lowered = [t.lower_ for t in words]
    for start in range(len(words)):
        for period in GAME_PERIODS:
            end = start + len(period)
            if tuple(lowered[start:end]) == period and (end == len(words) or lowered[end] != "of"):
                return True
    return any(_clock_minute(token) for token in span)


def _clock_minute(token: Token) -> bool:
    """A minute on a game's clock: "the 89th minute", "on 63 minutes", "five minutes into ...", "ten minutes left"."""
    if token.lemma_.lower() != "minute":
        return False
    counts = [c for c in token.children if c.like_num or c.ent_type_ == "ORDINAL"]
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    ordinal = any(c.ent_type_ == "ORDINAL" or _ORDINAL.fullmatch(c.lower_) for c in counts)
    return bool(counts) and (ordinal or token.head.lower_ == "on" or after in CLOCK_AFTER)


def tells_a_score(span: Span) -> bool:
    """Whether a sentence gives a match's score ("Lindahl beat Moreau 6-4 6-1 6-2", "a 6-3 6-4 win over Castellane",
    "defeated Australia 2-1"): two small numbers joined by a dash, in a sentence of a match (not "aged 16-24")."""
    if not any(t.lemma_.lower() in _MATCH_WORDS for t in span):
        return False
    words = list(span)
    return any(
        _SCORE.fullmatch(first.text + dash.text + second.text) is not None
        and first.idx + len(first) == dash.idx
        and dash.idx + len(dash) == second.idx
        for first, dash, second in zip(words, words[1:], words[2:], strict=False)
    )
