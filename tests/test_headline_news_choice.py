"""The bottom line and the title tell the news: not a state held since an earlier year ("has been in turmoil since
2015"), nor, when no lead sentence makes a headline, someone's words ("Harry was my youngest son")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from generator.model import Briefing, Document
from generator.stages.headline import write_headline

Parse = Callable[..., Document]


def test_bottom_line_is_not_a_state_held_since_an_earlier_year(parse_text: Parse) -> None:
    document = parse_text("Ruritania has been in turmoil since the tapes were released in 2015.\n"
                          "The president of Ruritania halted an inquiry into the tapes on Tuesday.",
                          date=dt.date(2017, 6, 3))
    briefing = write_headline(document, Briefing())
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (1,)
    assert "turmoil" not in briefing.title


def test_title_of_last_resort_is_no_sentence_in_someone_s_words(parse_text: Parse) -> None:
    document = parse_text("Share this with\nEmail\nHe said it was all over for him.\n\"Harry was my youngest son.\"")
    assert "son" not in write_headline(document, Briefing()).title
