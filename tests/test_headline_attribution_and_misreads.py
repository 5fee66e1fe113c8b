"""An attribution by telling keeps whom the speaker told; a participle clause the parser read as the subject makes
no headline; a verb that says what its object is keeps its "as" phrase; a forecast keeps its "by" date; with no
headline at all, a coded file name is not shown as the title."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from generator.model import Document
from generator.nlp.parse import load_model, parse
from generator.seeds import article_from_text
from generator.stages.headline import _named_title
from generator.stages.headline.compress import headline

Parse = Callable[..., Document]


def test_an_attribution_by_telling_keeps_whom_the_speaker_told(parse_text: Parse) -> None:
    sentence = "The mayor knew about the secret payments to the builder, his former aide has told a city court."
    title = headline(parse_text(sentence).spans[0], 12, aim=10, lead=True)
    assert title is not None and title.endswith(", aide tells city court")


def test_a_participle_clause_read_as_the_subject_makes_no_headline(parse_text: Parse) -> None:
    sentence = ("Giving evidence at the inquiry of Mr Jones, retired detective Peter Hall accused his former boss "
                "of lying.")
    title = headline(parse_text(sentence).spans[0], 12, aim=10, lead=True)
    assert title is None or not title.startswith("Giving")


def test_a_participle_clause_read_as_such_leaves_the_real_subject(parse_text: Parse) -> None:
    sentence = "Speaking after the match, the veteran striker criticised the referee for his late decision."
    assert headline(parse_text(sentence).spans[0], 12, aim=10, lead=True) == (
        "Veteran striker criticises referee for late decision")


def test_a_verb_that_says_what_its_object_is_keeps_its_as_phrase(parse_text: Parse) -> None:
    sentence = ("The tiny museum has used the old railway station in the middle of the village as a gallery for "
                "local painters.")
    title = headline(parse_text(sentence).spans[0], 12, aim=10, lead=True)
    assert title is not None and " as gallery" in title


def test_a_forecast_keeps_the_date_it_will_come_true_by(parse_text: Parse) -> None:
    sentence = "One in five workers in the country will be over 60 by 2035, a report says."
    title = headline(parse_text(sentence).spans[0], 12, aim=10, lead=True)
    assert title is not None and "by 2035" in title


def test_an_event_keeps_no_date(parse_text: Parse) -> None:
    sentence = "The old stone bridge in the town centre was closed to traffic on Monday."
    title = headline(parse_text(sentence).spans[0], 12, aim=10, lead=True)
    assert title is not None and "Monday" not in title


def test_with_no_headline_a_coded_file_name_gives_way_to_the_articles_date() -> None:
    text = "Wow, oh dear, oh dear me, oh my."
    coded = parse(article_from_text(text, path="seeds/000_4ad2aa86.txt", date=dt.date(2005, 3, 1)), load_model())
    named = parse(article_from_text(text, path="seeds/fed-raises-rates.txt", date=dt.date(2005, 3, 1)), load_model())
    assert _named_title(coded) == "Article of 1 March 2005"
    assert _named_title(named) == "Fed raises rates"
