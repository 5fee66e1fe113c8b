"""The article's own slips and pointers to a picture: a line that would show one is not shown (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.language.faithful import statement_problems
from generator.language.pieces import without_stray_mark
from generator.language.slips import slips, stutters
from generator.model import Document

Parse = Callable[..., Document]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council hired a new law profesor professor to teach the course.",
        "Leeds crashed out of the France's biggest cup at the first stage.",
        "The old record is said to set by a 300m-long train built by engineers in Wales last year.",
        "The bank is also the subject of an inquiry the Texas attorney-general into whether lenders rigged the rates.",
        "She sent the memo under the heading: 'Notes on the budget' Following several complaints, the firm apologised.",
        "The chart above is drawn from 5,000 hospital records for the years 1950-2000.",
    ],
)
def test_a_sentence_with_a_slip_or_a_picture_is_not_shown(parse_text: Parse, sentence: str) -> None:
    span = parse_text(sentence).spans[0]
    assert slips(span)
    assert statement_problems(sentence, span)


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm opened an office in Hong Kong and then they hired staff.",
        "The record is expected to be set by a team from Japan next spring.",
        "Auckland won the America's Cup and the Netherlands' team came third.",
        "He gave the man the book and his wife the actress Jane Doe read it.",
        "She called the plan 'madness' and the players' union agreed.",
        "The town lies below the dam, the report said.",
    ],
)
def test_a_sentence_without_a_slip_is_shown(parse_text: Parse, sentence: str) -> None:
    span = parse_text(sentence).spans[0]
    assert slips(span) == []
    assert not stutters(span)


def test_a_slip_in_words_a_line_cuts_away_does_not_keep_the_line_out(parse_text: Parse) -> None:
    span = parse_text("The chart above shows prices, but the council approved the budget on Monday.").spans[0]
    assert slips(span)
    assert not any("picture" in problem for problem in statement_problems("The council approved the budget on Monday.",
                                                                           span))


def test_a_quotation_opened_and_not_closed_in_single_marks_is_not_shown(parse_text: Parse) -> None:
    span = parse_text("A club spokesman said: 'It is clear that there was a fight after the final whistle.").spans[0]
    assert "a quotation opened and not closed" in slips(span)
    closed = parse_text("A club spokesman said: 'It is clear that there was a fight.' The club will appeal.").spans[0]
    assert "a quotation opened and not closed" not in slips(closed)


def test_a_cut_that_ends_on_a_conjunction_is_not_shown(parse_text: Parse) -> None:
    span = parse_text("There would be no refund until 2030, when the loans end, and the town starts to shrink in 2010.")
    problems = statement_problems("There would be no refund until 2030, when the loans end, and.", span.spans[0])
    assert "ends on a word that leads into what was cut" in problems
    whole = "There would be no refund until 2030, when the loans end, and the town starts to shrink in 2010."
    assert "ends on a word that leads into what was cut" not in statement_problems(whole, span.spans[0])


def test_a_cut_that_drops_the_degree_word_of_a_phrase_it_keeps_is_not_shown(parse_text: Parse) -> None:
    span = parse_text("But so far, any new policy appears limited to a small number of nurses.").spans[0]
    assert "splits a phrase it keeps" in statement_problems("Far, any new policy appears limited to a small number of "
                                                            "nurses.", span)
    assert "splits a phrase it keeps" not in statement_problems("So far, any new policy appears limited to a small "
                                                                "number of nurses.", span)


def test_a_line_that_ends_on_the_mark_opening_the_next_quotation_is_refused_and_shown_without_it(
    parse_text: Parse,
) -> None:
    sentence = "Warm weather caused the snow to melt early. '"
    span = parse_text(sentence).spans[0]
    assert "does not end a sentence" in statement_problems(sentence, span)
    assert without_stray_mark(sentence) == "Warm weather caused the snow to melt early."


def test_a_line_that_closes_a_quotation_it_does_not_open_is_refused(parse_text: Parse) -> None:
    span = parse_text("The worst thing is to get hurt in the gym,' the captain explained.").spans[0]
    assert "a quotation closed that it does not open" in slips(span)
    whole = parse_text("'The worst thing is to get hurt in the gym,' the captain explained.").spans[0]
    assert "a quotation closed that it does not open" not in slips(whole)


@pytest.mark.parametrize(
    "sentence",
    [
        "The boy, pictured, was found safe two miles from his home.",
        "Ms Reyes is shown, left, refusing to hand back the flag.",
        "Ms Reyes is shown left holding a copy of the magazine.",
        "Scroll down for video The council voted to close the library.",
        "One example is in the photograph at the top of this article.",
        "The video is at the top of this story.",
        "More on this story and news from the county.",
        "Media playback is not supported on this device.",
    ],
)
def test_a_caption_or_the_web_page_pointed_at_is_a_slip(parse_text: Parse, sentence: str) -> None:
    span = parse_text(f"The ferry sailed at noon. {sentence}").spans[1]  # a notice opening a paragraph is taken off
    assert {"points to a picture the reader does not see", "points to the web page the article was on"} & set(
        slips(span)
    )


def test_a_players_notice_run_into_the_next_sentence_is_the_web_page(parse_text: Parse) -> None:
    text = "It rained all day. Media playback is not supported on this deviceThe hosts won the match by six runs."
    span = parse_text(text).spans[1]
    assert "points to the web page the article was on" in slips(span)


def test_a_story_a_speaker_tells_is_no_web_page(parse_text: Parse) -> None:
    for sentence in ("She said there were only two victims in this story.", "The whole of this story is a lie."):
        assert "points to the web page the article was on" not in slips(parse_text(sentence).spans[0])


def test_the_news_that_someone_was_pictured_is_no_caption(parse_text: Parse) -> None:
    span = parse_text("Eight guards were pictured with a far-right leader at a rally.").spans[0]
    assert "points to a picture the reader does not see" not in slips(span)


def test_a_word_written_twice_is_a_slip_but_had_had_is_english(parse_text: Parse) -> None:
    assert "a word written twice" in slips(parse_text("Ana Ruiz and and her husband say he is innocent.").spans[0])
    assert "a word written twice" not in slips(parse_text("The firm had had three owners by 2004.").spans[0])
    assert "a word written twice" not in slips(parse_text("The band Duran Duran will play in Ohio.").spans[0])
