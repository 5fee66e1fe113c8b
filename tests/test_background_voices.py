"""Readers' comments and unmarked first-person paragraphs are not background: someone's opinion is not a fact."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.pipeline import brief, stages_for
from generator.stages.background import find_background
from generator.stages.background.voices import other_voices

Parse = Callable[..., Document]

REPORT = (
    "Singer Tom Vale has called for more public money for new bands.\n"
    '"Young bands need help to start," he said at the lecture in Dunmore.\n'
    "The lecture series was founded in 1990 and has hosted two former prime ministers.\n"
    "Vale's band had been nominated for three prizes last year.\n"
)
COMMENTS = (
    "I think the council should fund small venues instead.\n"
    "Why should taxpayers pay for pop stars? Most of them are rich already.\n"
    "The council has enough problems paying for schools and roads.\n"
    "We already fund opera, so I see no reason not to fund pop music.\n"
)


def test_a_part_of_readers_comments_gives_no_background(parse_text: Parse) -> None:
    document = parse_text(REPORT + COMMENTS)
    voices = other_voices(document)
    first = next(s.id for s in document.sentences if s.text.startswith("I think"))
    assert {s.id for s in document.sentences if s.id >= first} <= voices
    assert not voices & {s.id for s in document.sentences if s.id < first}
    background = find_background(document, brief(document, stages_for("headline"))).background
    assert all(source < first for item in background for source in item.sources)


def test_a_report_with_one_quotation_has_no_other_voices(parse_text: Parse) -> None:
    assert not other_voices(parse_text(REPORT))


def test_an_unmarked_first_person_paragraph_is_someone_elses_words(parse_text: Parse) -> None:
    document = parse_text(REPORT + "I have always believed that music needs the state.\n" + REPORT)
    assert {s.id for s in document.sentences if s.text.startswith("I have")} == other_voices(document)
