"""Background and statements: what someone says of the news, or how they meet it, is the news of the day; what they
tell of an earlier time, or of what stands, is background.  Invented paragraphs dated Sunday 2025-01-19."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import BackgroundItem, Briefing, Document
from generator.pipeline import brief, stages_for
from generator.stages.background import find_background
from generator.stages.background.statements import is_statement, judges, speaks_for_itself

Parse = Callable[..., Document]

LEAD = "The council will close three libraries in the north of the city next month.\n"


def background_of(document: Document) -> tuple[BackgroundItem, ...]:
    briefing: Briefing = brief(document, stages_for("headline"))
    return find_background(document, briefing).background


@pytest.mark.parametrize(
    "reaction",
    [
        "The opposition leader argued the service was badly run.",
        "The head of the readers' group, Tom Wells, disagreed with the council.",
        "The mayor ruled out any further closures in the south.",
        "Unions criticised the plan, which was drawn up by officials.",
        "The minister for culture, Ann Lowe, was quick to give her backing to the council's decision.",
        "The city's largest bookshop also tweeted its support for the readers' group.",
        "The readers' group raised concerns about the cost of the closures.",
        "The city's largest bookshop declined to comment on the decision.",
        "Local writers lined up to criticise the mayor over the plan.",
        "The head librarian was keen to pay tribute to the staff.",
        "The opposition blamed the cuts for the closures.",
    ],
)
def test_a_statement_or_a_reaction_made_as_the_news_came_is_not_background(parse_text: Parse, reaction: str) -> None:
    assert background_of(parse_text(LEAD + reaction)) == ()


@pytest.mark.parametrize(
    "context",
    [
        "The opposition leader argued in 2019 that the service was badly underfunded.",
        "The mayor said the libraries had lost half their readers since 2010.",
        "Unions have already condemned the plan.",
        "In 2019, the readers' group raised concerns about the cost of the libraries.",
    ],
)
def test_a_statement_of_an_earlier_time_is_still_background(parse_text: Parse, context: str) -> None:
    assert [item.sources for item in background_of(parse_text(LEAD + context))] == [(1,)]


def test_a_speech_verb_with_no_reported_clause_tells_no_statement(parse_text: Parse) -> None:
    told = parse_text(
        "The festival continues to grow.\nThe coach recalled the veteran striker.\nThe mayor said it was late."
    )
    roots = [span.root for span in told.spans]
    assert [is_statement(root) for root in roots] == [False, False, True]


@pytest.mark.parametrize(
    "report",
    [
        "Police said the crowd had broken through a fence before the meeting began.",
        "The union confirmed that a new offer had been made to the staff.",
    ],
)
def test_a_past_perfect_a_source_reports_of_others_as_the_news_came_is_the_news(
    parse_text: Parse, report: str
) -> None:
    assert background_of(parse_text(LEAD + report)) == ()


@pytest.mark.parametrize(
    "account",
    [
        "The mayor said she had fought the closures for two years.",
        "The lawyers for the readers' group insisted the council had broken its own rules.",
    ],
)
def test_a_past_perfect_of_the_speakers_own_past_or_of_a_claim_argued_is_still_background(
    parse_text: Parse, account: str
) -> None:
    assert [item.sources for item in background_of(parse_text(LEAD + account))] == [(1,)]


@pytest.mark.parametrize(
    ("sentence", "opinion"),
    [
        ("Frankly, the whole point of a holiday is that it is a rest.", True),
        ("Personally, the new timetable suits nobody in the valley.", True),
        ("Honestly spoken men were rare in the old council.", False),
        ("The ferry has run every summer since 1952.", False),
    ],
)
def test_a_sentence_opened_by_its_speakers_stance_is_an_opinion(
    parse_text: Parse, sentence: str, opinion: bool
) -> None:
    assert speaks_for_itself(parse_text(sentence).spans[0]) is opinion


def test_a_verdict_with_no_speaker_is_not_background(parse_text: Parse) -> None:
    document = parse_text(
        "The city council cut its arts budget on Monday.\n"
        "The plan was just too broad and nothing was done.\n"
        "The funding model needs to change.\n"
        "The two pilots were too modest to speak of the war.\n"
        "The council was founded in 1890."
    )
    assert [judges(span) for span in document.spans[1:]] == [True, True, False, False]
