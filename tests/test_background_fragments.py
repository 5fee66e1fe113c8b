"""A background line is one whole sentence, and a study's figures are its news (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Document
from generator.stages.background.findings import reports_a_study, tells_a_share
from generator.stages.background.fragments import not_whole

Parse = Callable[..., Document]


@pytest.mark.parametrize(
    "text",
    [
        "the hall was also a stage for the town's new bands.",
        "The port is busy: ferries sail every hour (home of the fleet).Maybe tourists came for the views.",
        "As well as prizes like best song and best dance (Holt won it - again).",
        "HOLT ON THE HARBOUR Dean Holt's first sailing came in 1998 off the old pier.",
    ],
)
def test_a_piece_of_a_sentence_or_two_glued_together_is_not_whole(parse_text: Parse, text: str) -> None:
    assert not_whole(parse_text(text).spans[0])


@pytest.mark.parametrize(
    "text",
    [
        "The hall was built in 1902 and rebuilt after a fire in 1950.",
        "iPhone sales in the region have doubled since 2019.",
        "The council (which met on Monday) approved the plan.",
        "The U.S. team won the title in 1998.",
        "The NHS and the BBC signed the deal in 2004.",
    ],
)
def test_a_whole_sentence_is_whole(parse_text: Parse, text: str) -> None:
    assert not not_whole(parse_text(text).spans[0])


def test_an_article_that_reports_a_study_tells_its_shares_as_news(parse_text: Parse) -> None:
    document = parse_text(
        "Nurses in the region earn less than teachers, according to a study published on Friday.\n"
        "Only 12% of nurses earn more than £40,000, compared with 25% of teachers.\n"
        "According to government figures 40% of nurses work night shifts."
    )
    assert reports_a_study(document.spans)
    assert tells_a_share(document.spans[1])
    assert not tells_a_share(document.spans[2])


def test_an_article_from_newspaper_reports_is_no_study(parse_text: Parse) -> None:
    document = parse_text(
        "The airline could move 2,000 jobs abroad, according to newspaper reports.\n"
        "More than 80% of its staff are based at home."
    )
    assert not reports_a_study(document.spans)
