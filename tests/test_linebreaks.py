"""Paragraph breaks inside a sentence: which ones continue it, and the parse that reads across them."""

from __future__ import annotations

import textwrap

import pytest

from generator.evaluate.data import raw_span, sentence_at
from generator.nlp.linebreaks import continues, runs, wrap_width


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Council leaders in Northbridge and", "Eastfield agreed on Monday to share a bus depot."),
        ("If the money comes through then", "the depot will open in spring, the council said."),
        ('"The', 'depot will be ready by May," said the engineer.'),
        ("Work began on Tuesday,", "two weeks later than planned."),
        ("The engineer, Mr", "Okafor, said the roof was finished."),
        ("The plan was drawn up by the", "Regional Transport Board."),
    ],
)
def test_a_break_that_cannot_end_a_sentence_continues_it(before: str, after: str) -> None:
    assert continues(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The depot opened on Monday.", "and buses ran from it on Tuesday."),
        ('"It is finished," she said. \'', "However, the road is still closed."),
        ("Bus depot plans", "Council leaders agreed on Monday to share a depot."),
        ("Pictured: the new depot", "Council leaders agreed on Monday to share a depot."),
        ("Results", "1. Northbridge 3 Eastfield 1"),
        ("Saturday, 4 May", "1500 GMT"),
        ("The app maker", "iPhone sales rose in May."),
    ],
)
def test_a_heading_caption_or_finished_sentence_stays_its_own_paragraph(before: str, after: str) -> None:
    assert not continues(before, after)


STORY = (
    "Officials in the coastal town of Northbridge said on Tuesday that the new sea wall would be finished in May, "
    "two years later than planned and at twice the cost the council first gave. The delay, they said, came from a "
    "long dispute with the builder over the foundations.\n\n"
    "Mayor Ana Ruiz told reporters that the town had already paid for the extra work and would not pay again. "
    "She said the builder, Harbour Works, had agreed to cover any further costs from its own insurance.\n\n"
    "Residents whose homes flooded in the winter storms asked the council to publish the engineers' reports in full."
)


def test_a_text_wrapped_at_a_fixed_width_is_recognised_and_read_as_its_paragraphs() -> None:
    wrapped = [textwrap.wrap(paragraph, 64) for paragraph in STORY.split("\n\n")]
    lines = [line for paragraph in wrapped for line in paragraph]
    assert wrap_width(lines) == 64
    ends = [last for _, last in runs(lines)]
    assert all(lines[last].endswith(".") for last in ends)  # no run ends inside a sentence
    paragraph_ends = [sum(len(p) for p in wrapped[: index + 1]) - 1 for index in range(len(wrapped))]
    assert set(paragraph_ends) <= set(ends)  # and every paragraph ends a run
    assert len(ends) < len(lines)
    assert wrap_width(STORY.split("\n\n")) is None


def test_short_lines_of_a_table_are_not_taken_for_a_wrapped_text() -> None:
    rows = ["Northbridge 3 Eastfield 1", "Westport 0 Southfield 2", "Harbour 1 Millbrook 1", "Ashby 2 Kings 2",
            "Lowton 4 Hale 0", "Moss 1 Marsh 3"]
    assert runs(rows) == [(index, index) for index in range(len(rows))]


def test_a_sentence_broken_across_paragraphs_is_parsed_whole_and_traced_to_both(parse_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Council leaders in Northbridge and\n\n"
        "Eastfield agreed on Monday to share a bus depot.\n\n"
        "The depot will open in spring."
    )
    document = parse_text(text)
    first = document.sentences[0]
    assert first.text == "Council leaders in Northbridge and Eastfield agreed on Monday to share a bus depot."
    assert first.paragraph == 0
    assert document.sentences[1].paragraph == 2
    start, end = raw_span(document, 0)
    assert text[start:end] == text[: text.index("depot.") + len("depot.")]
    assert sentence_at(document, text.index("Eastfield")) == 0


def test_a_hard_wrapped_plain_seed_gives_whole_sentences(parse_text) -> None:  # type: ignore[no-untyped-def]
    paragraphs = STORY.split("\n\n")
    # As in a plain seed, whose first paragraph shares the header's line: one line longer than the rest.
    text = "\n".join([paragraphs[0], *(line for paragraph in paragraphs[1:] for line in textwrap.wrap(paragraph, 64))])
    document = parse_text(text)
    assert all(sentence.text.endswith(".") for sentence in document.sentences)
    assert len(document.sentences) == 5


@pytest.mark.parametrize(
    ("before", "after"),
    [("The race on 27", "May drew 3,000 riders."), ("The race opens on May", "27, the organisers said.")],
)
def test_a_date_cut_in_two_by_a_break_is_read_whole(before: str, after: str) -> None:
    assert continues(before, after)


def test_a_long_line_is_judged_by_its_last_word() -> None:
    line = "word " * 2_000
    assert continues(line + "of the", "Regional Transport Board.")
    assert not continues(line + "x" * 9_000 + "1", "The next paragraph starts here.")


def test_a_quotation_broken_across_lines_is_quoted_whole_and_given_to_its_speaker(parse_text) -> None:  # type: ignore[no-untyped-def]
    from generator.pipeline import brief, stages_for

    document = parse_text(
        "Mayor Peter Jones opened the new bridge in Northbridge on Monday.\n\n\"The\n\n"
        "bridge will serve the town for a hundred years,\" Jones told reporters at the opening."
    )
    actors = brief(document, stages_for("actors")).actors
    quotes = {actor.name: [quote.text for quote in actor.quotes] for actor in actors}
    assert quotes["Peter Jones"] == ["The bridge will serve the town for a hundred years"]


def test_a_quotation_broken_line_by_line_is_read_as_one_run() -> None:
    lines = ['"The', "40 laps", "I've driven today", "were all a little different,\" said the driver.", "Rain is due."]
    assert runs(lines) == [(0, 3), (4, 4)]


def test_a_long_paragraph_after_an_unclosed_quote_mark_still_ends_at_its_break() -> None:
    before = 'Readers wrote in. This gadget changed my life, and you cannot use a laptop to "get busy with the fizzy'
    assert not continues(before, "How about the pocket calculator?", quoting=True)
