"""The bottom line and the title tell the news: not a state held since an earlier year ("has been in turmoil since
2015"), nor, when no lead sentence makes a headline, someone's words ("Harry was my youngest son") or a detail past the
second sentence that shares no word with the lead."""

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



def test_title_is_no_detail_from_past_the_second_sentence_that_shares_nothing_with_the_lead(parse_text: Parse) -> None:
    document = parse_text("Elmford's Tom Hale admits Kenton could be considered slight favourites for the cup clash, "
                          "but insists his side can still win.\n\"We are on the up,\" he said.\n"
                          "\"It is a game we believe we can win,\" he told the Evening Post.\n"
                          "Bill Ash's men have now lost nine of their last 14 matches since the 2019 final.")
    assert "nine" not in write_headline(document, Briefing()).title
