"""Which dated lines a timeline leaves out as saying nothing a reader can place, on small invented news paragraphs
dated Sunday 2025-01-19."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Briefing, Document, TimelineEvent
from generator.stages.timeline import build_timeline
from generator.stages.timeline.events import clause_text_of

Parse = Callable[..., Document]


def timeline_of(document: Document) -> tuple[TimelineEvent, ...]:
    return build_timeline(document, Briefing()).timeline


def test_a_past_shooting_told_through_a_participle_on_a_noun_is_never_to_come(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Court papers say the gunman shot at shoppers walking past the bakery on Friday night in the town centre."
    ))
    assert [(e.date, e.future) for e in events] == [("2025-01-17", False)]


def test_a_line_whose_subject_is_both_or_some_says_nothing_alone(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Both will race in the sprint on Friday ahead of the national championships.\n"
        "Some are hoping for a win on Saturday, while others fear the weather."
    ))
    assert events == ()


def test_a_subject_named_by_its_age_alone_stands_for_a_name_told_elsewhere(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The 64-year-old former club chairman signed the papers on Friday.\n"
        "A 70-year-old farmer was injured in a fall on Thursday."
    ))
    assert [e.event for e in events] == ["A 70-year-old farmer was injured in a fall on Thursday."]


def test_it_that_a_verb_goes_on_from_is_a_pronoun_with_nothing_to_stand_for(parse_text: Parse) -> None:
    unnamed = timeline_of(parse_text("It is likely to set the terms of the debate ahead of the vote on 5 March."))
    named = timeline_of(parse_text("The report is likely to set the terms of the debate ahead of the vote on 5 March."))
    assert (unnamed, [(e.date, e.future) for e in named]) == ((), [("2025-03-05", True)])


def test_a_date_that_points_back_to_one_told_before_is_not_resolved_against_the_article(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The council will meet on 12 February. The budget vote will be at 1400 GMT on that Wednesday, after a debate."
    ))
    assert [e.date for e in events] == ["2025-02-12"]


def test_a_year_set_against_the_news_with_unlike_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Unlike 2019, there should be no queues at the polling stations this time."))
    assert events == ()


def test_a_date_of_a_noun_inside_another_nouns_phrase_dates_no_clause(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The charity's figures clash with the findings of a government survey published last month.\n"
        "In a letter published on Wednesday, the mayor explained her decision to resign."
    ))
    assert [e.date for e in events] == ["2025-01-15"]


def test_a_date_that_ends_a_stretch_opened_by_between_or_left_open_by_and_beyond_names_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    from generator.language.tense import names_stretch

    texts = {
        "Membership rose by 40 per cent between the close of 2023 and March 2024.": "2024",
        "The firm is set to lead the market to 2029 and beyond, analysts have predicted.": "2029",
        "The firm led the market in 2019, analysts said.": "2019",
    }
    found = {}
    for text, year in texts.items():
        doc = nlp(text)
        found[year] = next(names_stretch(e) for e in doc.ents if year in e.text)
    assert found == {"2024": True, "2029": True, "2019": False}


def test_a_line_its_sentence_still_dates_twice_keeps_the_date_told_first() -> None:
    from generator.stages.timeline import _EventDraft, _one_date_a_line

    line = "There were 900 entries this year - a third more than last year."
    drafts = [
        _EventDraft("2024", line, [3], {"entry"}, False, at=12), _EventDraft("2025", line, [3], {"entry"}, False, at=7)
    ]
    assert [d.date for d in _one_date_a_line(drafts)] == ["2025"]


def test_a_person_told_only_by_a_description_stands_for_a_name_told_elsewhere(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The Rovers manager fell on the stairs and hurt his back on Wednesday.\n"
        "The late singer Jane Morrow will top the charts on Sunday, early figures suggest.\n"
        "The winners of the nine prizes are crowned on 2 March."
    ))
    assert [e.sources for e in events] == [(1,), (2,)]


def test_a_clause_that_only_tells_a_report_of_what_another_clause_holds_is_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Exports of British cheese rose sharply in 2024, with 90,000 tonnes shipped to France and Spain in 12 "
        "months, the Dairy Council reported last month.\n"
        "The new rules were announced by the minister on Tuesday."
    ))
    assert [(e.date, e.sources) for e in events] == [("2024", (0,)), ("2025-01-14", (1,))]


def test_a_participle_set_off_after_the_subject_dates_only_itself_when_the_clause_tells_an_event(
    parse_text: Parse,
) -> None:
    events = timeline_of(parse_text(
        "The stadium, built in 1998 and seating thousands, was evacuated until about 10pm as police searched it.\n"
        "Hals, named coach of the decade by the league in 2019, also won three caps for the Netherlands.\n"
        "The Zeta 80, launched in 1985, was one of the first cheap home computers."
    ))
    assert [(e.date, e.sources) for e in events] == [("1985", (2,))]


def test_a_present_passive_or_progressive_with_a_weekday_tells_what_is_to_come(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Gravel is tipped to do well at the Cannon awards on Saturday, with four nominations.\n"
        "The opera is being staged at a small theatre in Leeds, opening on Friday.\n"
        "Tom Reed is believed to have fled on Friday."
    ))
    assert [(e.date, e.future, e.sources) for e in events] == [
        ("2025-01-17", False, (2,)),
        ("2025-01-24", True, (1,)),
        ("2025-01-25", True, (0,)),
    ]


def test_a_person_told_only_by_where_they_are_from_stands_for_a_name_told_elsewhere(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The Norwegian, who has fallen to tenth in the rankings after an injury, faces a title defence next month.\n"
        "The Norwegian Ole Berg faces a hard title defence in March."
    ))
    assert [e.sources for e in events] == [(1,)]


def test_a_days_line_that_shows_its_whole_sentence_is_one_event_with_another_telling_of_that_day(
    parse_text: Parse,
) -> None:
    events = timeline_of(parse_text(
        "Mia Holt lost to Vera Lind in an exhibition match in Ghent on Friday.\n"
        "Holt was speaking after her straight-sets defeat by the world number four at the indoor arena on Friday."
    ))
    assert [(e.date, e.sources) for e in events] == [("2025-01-17", (0, 1))]


def test_a_noun_phrase_line_that_already_ends_with_a_stop_gets_no_second_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert clause_text_of(list(nlp("the opening of the new bridge over the 'river'."))) == (
        "The opening of the new bridge over the 'river'."
    )
    assert clause_text_of(list(nlp("Friday's phone call between the two leaders"))) == (
        "Friday's phone call between the two leaders."
    )
