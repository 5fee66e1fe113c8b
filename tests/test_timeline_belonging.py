"""Which dates tell an event's time, on small invented news paragraphs dated Sunday 2025-01-19."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Briefing, Document, TimelineEvent
from generator.stages.timeline import build_timeline

Parse = Callable[..., Document]


def timeline_of(document: Document) -> tuple[TimelineEvent, ...]:
    return build_timeline(document, Briefing()).timeline


def test_the_base_a_figure_is_measured_against_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The jobless rate for the whole of 2024 was 8.5%, down from 9.1% in 2023, the agency said.\n"
        "The harbour handled 4.2 million tonnes of cargo, up 12% on 2023.\n"
        "There are 12,400 people waiting for a home, down from 12,900 last month."
    ))
    assert [e.date for e in events] == ["2024"]


def test_a_change_on_a_day_is_dated_by_that_day(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Shares in the brewer were up 4% on Friday after a strong Christmas."))
    assert [e.date for e in events] == ["2025-01-17"]


def test_a_month_the_article_uses_as_a_name_is_no_date(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Aunt June opened the bakery on Harbour Street in 1998.\n"
        "June's youngest son now runs the ovens.\n"
        "The bakery will close in June."
    ))
    assert [(e.date, e.future) for e in events] == [("1998", False), ("2025-06", True)]


def test_a_time_on_the_24_hour_clock_is_no_year(parse_text: Parse) -> None:
    events = timeline_of(parse_text("The mayor is scheduled to open the new bridge at 1830 GMT on Tuesday."))
    assert [e.date for e in events] == ["2025-01-21"]


def test_a_clause_whose_subject_is_a_relative_is_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The claims include the allegation that, in relation to two patients - one of whom died in March 2019 - "
        "the nurse failed to call a doctor."
    ))
    assert all("one of whom" not in e.event for e in events)


def test_what_is_likely_or_should_happen_on_a_weekday_is_ahead(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Ben Hart is likely to bring Silva into the starting line-up on Saturday.\n"
        "Moreno should be fit for the return game at the stadium on Wednesday."
    ))
    assert [(e.date, e.future) for e in events] == [("2025-01-22", True), ("2025-01-25", True)]


def test_a_dated_record_that_a_present_verb_reads_is_past(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Friday's figures represent the first time that the jobless rate has fallen below 5% since 2008."
    ))
    assert [(e.date, e.future) for e in events] == [("2025-01-17", False)]


def test_a_date_still_to_come_does_not_date_a_sentence_told_in_the_past(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The last golfer due to play the Open next week told reporters of his relief that he kept his place."
    ))
    assert events == ()


def test_a_month_that_names_what_is_bought_dates_nothing(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Crude prices rebounded in Asia, rising to $42.30 a barrel for March delivery."))
    assert events == ()


def test_a_date_that_only_names_an_issue_or_a_report_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Old photographs from the magazine's March 2009 issue show the mayor in uniform.\n"
        "The council worked hard to repair the roads after a June 2018 survey found that half were unsafe."
    ))
    assert events == ()


def test_the_end_of_a_stretch_a_past_clause_began_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Two men were arrested on suspicion of theft and bailed until mid-March."))
    assert events == ()


def test_the_last_year_is_a_stretch_not_last_year(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Over the last year more than 2,000 families have left the valley.\n"
        "The mill closed last year."
    ))
    assert [(e.date, e.sources) for e in events] == [("2024", (1,))]


def test_a_caption_whose_quote_mark_opens_the_next_paragraph_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The driver said the car had improved over the winter.\n"
        "Moreau is congratulated by his team-mate Rossi on Sunday '\n"
        "That is what a leader has to do, and I am trying to guide the team.'"
    ))
    assert events == ()


def test_last_night_is_the_day_before_the_article(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Police arrested a man on a crowded Glasgow bus last night."))
    assert [(e.date, e.future) for e in events] == [("2025-01-18", False)]


def test_a_clause_told_in_the_present_is_not_dated_by_the_start_of_a_stretch_or_a_nouns_participle(
    parse_text: Parse,
) -> None:
    events = timeline_of(parse_text(
        "The veteran striker is playing in his first final since the World Cup in 2019.\n"
        "The harbour club are out of their first cup since 1998.\n"
        "The ruling ends a long dispute dating back to 2011."
    ))
    assert events == ()


def test_a_present_clause_keeps_the_date_of_its_telling_or_of_a_verb_it_completes(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The family is hopeful of a full recovery, according to a statement released Monday by its lawyer.\n"
        "The brewer saw its sales rise 4% to 12bn euros in 2024."
    ))
    assert [e.date for e in events] == ["2024", "2025-01-13"]


def test_a_line_leaves_out_a_clause_joined_to_its_own_that_is_dated_otherwise(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "A prototype of the tablet is due to be shown in May 2025 but a full launch is not expected to start until "
        "2026.\n"
        "Dan Moss toured Japan with the national side in 2019 but was sent home early with an injury from the trip "
        "to Chile two years ago.\n"
        "The hosts refused to stage the tournament in January 2024 and asked for a delay of six months."
    ))
    assert [(e.date, e.event) for e in events] == [
        ("2019", "Dan Moss toured Japan with the national side in 2019."),
        ("2024-01", "The hosts refused to stage the tournament in January 2024 and asked for a delay of six months."),
        ("2025-05", "A prototype of the tablet is due to be shown in May 2025."),
        ("2026", "A full launch is not expected to start until 2026."),
    ]


def test_a_forecast_keeps_who_forecast_it(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The report forecast that there will be two million electric cars on the island's roads by 2030."
    ))
    assert [e.event for e in events] == [
        "The report forecast that there will be two million electric cars on the island's roads by 2030."
    ]


def test_a_captions_pointer_set_off_by_commas_is_no_part_of_an_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Scroll down for video Impressive results: Jo Smith, 22, first started running in August 2023, left; as of "
        "January 2025, right, she has lost nearly 20lbs and gained a six-pack Jo wasn't always a fan of running."
    ))
    assert not any(e.event.endswith(", left.") for e in events)


def test_a_clause_told_again_inside_its_whole_sentence_under_the_same_date_is_one_line(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Smart speakers were the hot gadget of Christmas 2024 and worldwide sales of the speakers totalled $9bn last "
        "year."
    ))
    assert [e.date for e in events] == ["2024"]


def test_a_date_after_beyond_or_ending_the_term_a_noun_holds_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Coach Ben Hart has signed a new deal to stay at the club until June 2027.\n"
        "The chairman, Al Ross, wants Hart to stay beyond 2027.\n"
        "Lee Dunn is in talks over a contract extension beyond 2026 with the club.\n"
        "The festival is not expected to start until 2026."
    ))
    assert [(e.date, e.sources) for e in events] == [("2026", (3,))]


def test_a_weekday_run_into_a_newspapers_name_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The Sunday Telegraph said the council's plan showed it wanted to keep control of the harbour.\n"
        "However, the Sunday Post report added that the ferry company was becoming impatient with the council.\n"
        "The ferry company held talks with the council last week."
    ))
    assert [e.date for e in events] == ["2025-01"]


def test_a_date_its_clause_only_describes_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Tuesday was only the beginning for the striking nurses.\n"
        "Analysts say 2025 is going to be a difficult year for the town's shops.\n"
        "2025 is the first year the town's fair is being held in the park."
    ))
    assert [e.event for e in events] == ["2025 is the first year the town's fair is being held in the park."]


def test_a_past_clause_dated_after_the_article_by_a_relative_date_is_left_out(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The central bank has raised interest rates three times since June this year, taking them to 4%.\n"
        "The bank first raised rates in March 2026, the governor said."
    ))
    assert [e.date for e in events] == ["2026-03"]


def test_a_date_in_a_later_clause_of_reported_words_does_not_date_the_whole_sentence(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Earlier, Mr Hart had said that the mayor has decided to step in and an order of some kind could be signed "
        "this week."
    ))
    assert not any(e.event.startswith("Earlier, Mr Hart had said") for e in events)


def test_a_participle_dates_the_noun_it_qualifies_not_its_clause(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Local critic Sam Dale says it took the band's second album, released in 2019, to win him over.\n"
        "All of the warnings issued on Monday turned out to be false."
    ))
    assert [e.date for e in events] == ["2025-01-13"]


def test_a_past_date_on_a_noun_of_a_clause_told_now_dates_only_that_noun(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The footage of his arrest on 10 December has been posted online and viewed 5,000 times.\n"
        "The board has been criticised since its creation in 2011 to run the harbour."
    ))
    assert [e.date for e in events] == ["2011"]


def test_a_number_after_a_month_that_counts_the_subject_is_no_day(parse_text: Parse) -> None:
    events = timeline_of(parse_text("In March 12 soldiers were killed in an ambush near the border."))
    assert [e.date for e in events] == ["2024-03"]


def test_a_date_of_the_occasion_a_clause_happens_at_beats_a_date_in_its_subject(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The council's first decision on Monday was overturned in a second vote on Friday."
    ))
    assert [e.date for e in events] == ["2025-01-17"]


def test_a_date_whose_own_words_compare_it_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text("This year's deficit was significantly less than last year's £2bn total."))
    assert events == ()
