"""The timeline stage on small invented news paragraphs dated Sunday 2025-01-19."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from generator.model import Briefing, Document, TimelineEvent
from generator.stages.timeline import build_timeline

Parse = Callable[..., Document]


def timeline_of(document: Document) -> tuple[TimelineEvent, ...]:
    return build_timeline(document, Briefing()).timeline


def test_relative_dates_resolve_against_the_article_date_and_events_are_sorted(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Trump and Xi spoke by phone on Friday.\n"
        "Trump will attend his inauguration on Monday.\n"
        "The two leaders last met in 2017."
    ))
    assert [(e.date, e.sources, e.future) for e in events] == [
        ("2017", (2,), False),
        ("2025-01-17", (0,), False),
        ("2025-01-20", (1,), True),
    ]


def test_a_month_without_a_year_is_the_last_one_in_a_past_sentence(parse_text: Parse) -> None:
    events = timeline_of(parse_text("The previous mayor, Sam Greer, resigned in November after a spending scandal."))
    assert [e.date for e in events] == ["2024-11"]
    assert events[0].event == "The previous mayor, Sam Greer, resigned in November after a spending scandal."


def test_planned_events_are_marked_future(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Unions plan to hold a strike vote next month."))
    assert [(e.date, e.future) for e in events] == [("2025-02", True)]


def test_the_event_keeps_the_attribution_the_line_checker_requires(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The bridge was closed on Thursday after inspectors found cracks, according to the city council."
    ))
    assert [(e.date, e.event) for e in events] == [
        ("2025-01-16", "The bridge was closed on Thursday after inspectors found cracks, according to the city "
         "council.")
    ]


def test_a_date_on_a_noun_of_the_main_clause_is_told_by_the_sentence(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Friday's attack on the embassy killed 12 people.\n"
        "The council missed Wednesday's deadline to publish its budget.\n"
        "Tom Reid was a replacement in last Saturday's defeat to Wales.\n"
        "Twelve miners were hurt in the 1984 pit collapse."
    ))
    assert [(e.date, e.sources, e.future) for e in events] == [
        ("1984", (3,), False), ("2025-01-15", (1,), False), ("2025-01-17", (0,), False), ("2025-01-18", (2,), False)
    ]


def test_a_date_on_a_noun_the_clause_does_not_take_place_at_dates_no_sentence(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The champion has denied reports that she has pulled out of January's tournament because of a knee injury.\n"
        "The boy was last seen in his father's silver 1999 Ford Fiesta.\n"
        "The bank bought its stake in the wake of the 2008 crash.\n"
        "The two leaders have not spoken since the November election."
    ))
    assert [(e.date, e.event) for e in events] == []


def test_the_time_before_a_date_is_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text("There were online shops before 1995, just as there were other ways to pay."))
    assert [e.date for e in events] == []


def test_since_a_month_is_the_last_one_and_never_to_come(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Ben Hart is accused of taking bribes from three players since September.", date=dt.date(2025, 4, 19)
    ))
    assert [(e.date, e.future) for e in events] == [("2024-09", False)]


def test_since_a_year_dates_the_stretch_it_opens_but_not_reported_words_or_a_noun(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Since 2001, the firm has been restructured into a retail lender.\n"
        "A union official said 900 jobs had gone since 2001.\n"
        "The party was left with 40 seats, its worst result since 1906."
    ))
    assert [(e.date, e.sources) for e in events] == [("2001", (0,))]


def test_an_event_told_in_the_past_is_never_marked_to_come(parse_text: Parse) -> None:
    events = timeline_of(parse_text("In 2026, the company opened a second factory near the port."))
    assert [(e.date, e.future) for e in events] == [("2026", False)]


def test_what_footage_shows_on_a_weekday_is_the_last_one(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Video footage of the protest, on Friday, shows the mayor arguing with officers."))
    assert [(e.date, e.future) for e in events] == [("2025-01-17", False)]


def test_a_present_be_that_links_to_a_dated_event_dates_it_back(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The latest arrest is in connection with a robbery at a petrol station on 26 February, police said."
    ))
    assert [(e.date, e.future) for e in events] == [("2024-02-26", False)]


def test_a_date_in_a_clause_the_sentence_leaves_open_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The agency is working with the police to find out whether the family fell ill after a fumigation at the "
        "villa on March 18."
    ))
    assert events == ()


def test_events_of_one_day_that_share_words_become_one_event_with_all_sources(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The two presidents spoke by phone on Friday.\n"
        "Officials said Friday's phone call lasted an hour.\n"
        "The museum reopened in 2019."
    ))
    friday = [e for e in events if e.date == "2025-01-17"]
    assert len(friday) == 1
    assert friday[0].sources == (0, 1)


def test_durations_and_names_give_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The inquiry could take five years.\n"
        "She told BBC Radio 4's Today programme that the plan was sound."
    ))
    assert events == ()


def test_a_stretch_of_years_gives_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Between 2011 and 2051, the population of the region will rise to nine million.\n"
        "The study covers paintings from the years 1800-2000 held in public collections."
    ))
    assert events == ()


def test_an_infinitive_takes_the_time_of_the_verb_it_completes(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Dan Cole returned in time to defend his title at the open in March."))
    assert [(e.date, e.future) for e in events] == [("2024-03", False)]


def test_a_weekday_in_a_future_clause_is_the_next_one(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Tom Reid is expected to miss his side's trip to face Mainz on Saturday."))
    assert [(e.date, e.future) for e in events] == [("2025-01-25", True)]


def test_a_present_that_speaks_of_what_is_to_come_dates_forward(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The festival itself runs until 24 March.\n"
        "The band are playing a gig at a London venue on Tuesday evening.\n"
        "Lou Grant is to present an award at the ceremony on Saturday."
    ))
    assert sorted((e.date, e.sources) for e in events) == [
        ("2025-01-21", (1,)), ("2025-01-25", (2,)), ("2025-03-24", (0,))
    ]


def test_a_clause_told_in_the_past_keeps_its_time_beside_a_future_one(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The voters had until Tuesday afternoon to return their ballots - late ones will not be counted."
    ))
    assert [(e.date, e.future) for e in events] == [("2025-01-14", False)]


def test_a_participle_that_tells_a_done_thing_dates_back(parse_text: Parse) -> None:
    events = timeline_of(parse_text("All of the threats made on Monday turned out to be hoaxes."))
    assert [(e.date, e.future) for e in events] == [("2025-01-13", False)]


def test_an_untensed_verb_takes_the_time_of_the_clause_it_hangs_on(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Dan Cole returned from injury in time to defend his title on Wednesday."))
    assert [(e.date, e.future) for e in events] == [("2025-01-15", False)]


def test_a_date_in_a_clause_set_apart_from_the_main_one_does_not_date_the_sentence(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The defender could face a ban after footage emerged showing him fighting and aiming a headbutt at "
        "stewards after a defeat on Wednesday night.\n"
        "Despite making a record profit last year, the airline has argued that it needs to make savings.\n"
        "The local MP condemned the closure, saying there had been a hospital in the town since 1890.\n"
        "The council says 30 per cent of pupils will speak Welsh by 2050, compared with 12 per cent during the "
        "2021 census."
    ))
    assert [(e.date, e.sources) for e in events] == [("2050", (3,))]  # not 2021


def test_a_dated_clause_set_by_when_dates_its_sentence_and_a_purpose_shares_its_time(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "When the flat was searched in 2021, detectives found piles of cash in the kitchen.\n"
        "The club will travel to Leeds to meet the champions in March."
    ))
    assert [(e.date, e.sources, e.future) for e in events] == [("2021", (0,), False), ("2025-03", (1,), True)]


def test_a_present_progressive_or_a_present_with_a_date_tells_what_is_to_come(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The band are playing what has been billed as the first ever concert broadcast by phone on Tuesday evening "
        "from a venue in Leeds.\n"
        "Several clubs face difficult away games in November."
    ))
    assert [(e.date, e.future) for e in events] == [("2025-01-21", True), ("2025-11", True)]


def test_a_newspaper_named_for_its_day_dates_nothing(parse_text: Parse) -> None:
    events = timeline_of(parse_text("The owner has denied that the Mail and the Mail on Sunday are up for sale."))
    assert events == ()


def test_a_month_in_a_list_of_people_s_names_is_a_name(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The two pupils most likely to win the prize were Sarah, June and Tom, and the least likely were Paul and Ben."
    ))
    assert events == ()


def test_an_event_told_twice_in_one_month_is_one_line(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "This week in Leeds, a driver tried and failed to break into a passenger's home.\n"
        "This week in Leeds a taxi driver was arrested after he dropped a passenger off at the station before "
        "driving back to her home, and trying to break in."
    ))
    assert [(e.date, e.sources) for e in events] == [("2025-01", (0, 1))]


def test_a_date_in_a_relative_clause_dates_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Exeter City, who knocked out Doncaster on Saturday, will travel to Old Trafford to meet Manchester United "
        "in March."
    ))
    assert [(e.date, e.future) for e in events] == [("2025-03", True)]


def test_the_two_ends_of_a_change_are_not_events(parse_text: Parse) -> None:
    events = timeline_of(parse_text("The share of renters will fall from 40 per cent in 2011 to 35 per cent in 2030."))
    assert events == ()


def test_a_quotation_dates_nothing_with_its_speaker_or_without(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "\"The firm made a record profit last year, so the cuts are totally unnecessary.\"\n"
        "\"2024 has proven to be an important year for the group,\" said chief executive Jane Roe.\n"
        "The union said: \"We were told last week that nothing would change.\"\n"
        "On Friday, Ms Jones said: \"It is not fair, as some people claim, to blame the nurses for this.\""
    ))
    assert [(e.date, e.sources) for e in events] == []


def test_a_year_in_quotation_marks_that_only_name_a_plan_dates_its_sentence(parse_text: Parse) -> None:
    events = timeline_of(parse_text("The council adopted its 'Vision 2030' plan in March 2023."))
    assert [e.date for e in events] == ["2023-03"]


def test_a_sentence_dated_twice_keeps_the_date_of_its_verb(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The threats made on Monday, like the previous incidents in November, turned out to be hoaxes."
    ))
    assert [e.date for e in events] == ["2025-01-13"]


def test_a_listing_without_a_tensed_verb_is_no_event(parse_text: Parse) -> None:
    assert timeline_of(parse_text("Matches to be played on the weekend of 8/9 February.")) == ()


def test_a_sentence_that_asks_dates_no_event_though_it_ends_with_a_stop(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "But can anyone doubt that an announcement in the week beginning 4 April is where the money is."
    ))
    assert events == ()


def test_a_main_verb_read_as_a_participle_still_tells_an_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text("A similar dispute in 2019 ended after nine days with a 5% raise."))
    assert [e.date for e in events] == ["2019"]


def test_from_a_year_dates_what_a_verb_starts_but_not_a_stretch_of_years(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The retailer expects the merger to boost its earnings from 2027.\n"
        "The archive holds letters written from 1800 by the family.\n"
        "Sales rose from 2011 to 2015 in every region."
    ))
    assert [(e.date, e.future, e.sources) for e in events] == [("2027", True, (0,))]


def test_a_sentence_told_whole_is_one_line_dated_by_its_main_clause(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The northern barracks, whose closure was announced long ago, will now shut in 2027, while a storage depot"
        " near the coast will go in 2029."
    ))
    assert len({e.event for e in events}) == len(events)
    assert [e.date for e in events][:1] == ["2027"]


def test_a_contact_clause_a_pronoun_subject_and_a_broken_sentence_tell_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The council published the letter the mayor signed on March 9.\n"
        "Late last year, the retailer warned that some of its shops would have to close.\n"
        "But on Thursday, it announced that a sharp turnaround had lifted its profits.\n"
        "Jo Rowe, 50, who teaches law at the college, reportedly sent the message on March 31 baring the subject "
        "line: 'Great article on spring plans' Following a number of complaints, the college issued an apology.\n"
        "Mr Dale was a student when, on February 3, 1971, he heard that the singers A.J."
    ))
    assert [(e.date, e.sources) for e in events] == [("2024", (1,))]


def test_last_may_is_the_may_before_and_a_season_across_two_years_dates_nothing(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The rules came into force last May.\n"
        "A wet summer killed off many wasps, and 2023-24 saw a boom in their numbers.\n"
        "The firm surveyed 2,000 of its customers between March and April 2023."
    ))
    assert [(e.date, e.sources) for e in events] == [("2024-05", (0,))]


def test_a_lone_quotation_mark_closing_a_sentence_is_left_off_its_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Tom Reid took to social media on Thursday to share pictures of his recovery as he was put through "
        "exercises to strengthen the injury. '"
    ))
    assert [e.event for e in events] == [
        "Tom Reid took to social media on Thursday to share pictures of his recovery as he was put through "
        "exercises to strengthen the injury."
    ]


def test_a_line_that_opens_by_pointing_back_is_no_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "The club signed the striker Ortiz in 2019.\n"
        "Since then, however, Ortiz has not scored since the defeat to Leeds in October."
    ))
    assert [e.sources for e in events] == [(0,)]


def test_a_leaving_reported_in_the_past_progressive_is_the_next_weekday(parse_text: Parse) -> None:
    events = timeline_of(parse_text("The council said its chief was leaving on Friday at the end of his contract."))
    assert [(e.date, e.future) for e in events] == [("2025-01-24", True)]


def test_a_weekday_in_a_prospect_a_chance_or_what_might_be_is_the_next_one(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "At the film awards on Saturday night, there is the prospect that a home-grown movie could win.\n"
        "The council's plan has a good chance of passing on Thursday, officials said.\n"
        "A critic felt that there might well be a sweep of prizes for the director on Tuesday."
    ))
    assert sorted((e.date, e.future) for e in events) == [
        ("2025-01-21", True), ("2025-01-23", True), ("2025-01-25", True)
    ]


def test_a_lone_quotation_mark_before_the_stop_is_not_shown(parse_text: Parse) -> None:
    events = timeline_of(parse_text("Ann Cole is congratulated by her rival Sam Lee on Sunday '."))
    assert [e.event for e in events] == ["Ann Cole is congratulated by her rival Sam Lee on Sunday."]


def test_a_verb_in_the_present_joined_to_a_dated_earlier_clause_is_left_out_of_its_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Veteran defender Tom Ashby, 41, has been coach at the Harbour Lions since 2016 and succeeds Carl Penn at the "
        "club."
    ))
    assert [(e.date, e.event) for e in events] == [
        ("2016", "Veteran defender Tom Ashby, 41, has been coach at the Harbour Lions since 2016."),
    ]


def test_verbs_joined_in_the_past_stay_one_event(parse_text: Parse) -> None:
    events = timeline_of(parse_text("The mayor, Sam Greer, resigned in November and left the city."))
    assert [e.event for e in events] == ["The mayor, Sam Greer, resigned in November and left the city."]


def test_a_caption_or_a_paragraph_cut_off_dates_no_event(parse_text: Parse) -> None:
    document = parse_text(
        "The club was relegated on Saturday after a 2-0 defeat.\n"
        "The club first reached the league in 2007, but it now returns to the regional league under John\n"
        "Fans protested outside the ground."
    )
    assert [e.sources for e in timeline_of(document)] == [(0,)]


def test_the_end_of_a_stretch_told_in_the_present_perfect_is_the_nearest(parse_text: Parse) -> None:
    document = parse_text("Ed Marsh has been remanded on bail until February 12 for a report.", dt.date(2025, 1, 19))
    assert [(e.date, e.future) for e in timeline_of(document)] == [("2025-02-12", True)]


def test_a_day_and_month_are_in_the_year_the_article_gives_that_month(parse_text: Parse) -> None:
    document = parse_text(
        "The farm worker died in August 2013.\n"
        "Inspectors found the tractor had reversed into him at about 09:15 on 9 August."
    )
    assert "2013-08-09" in [e.date for e in timeline_of(document)]


def test_today_set_apart_before_a_verb_in_the_simple_present_means_these_days_and_dates_nothing(
    parse_text: Parse,
) -> None:
    events = timeline_of(parse_text(
        "The toy maker opened a second factory in March.\n"
        "Today, most children own a tablet and play on it for hours."
    ))
    assert [event.sources for event in events] == [(0,)]


def test_today_with_a_past_or_a_verb_of_saying_is_the_day_of_the_news(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Today, the toy maker opened a second factory in the north.\n"
        "Today, the toy maker says the factory will employ 400 people."
    ))
    assert {source for event in events for source in event.sources} == {0, 1}


def test_a_participle_joined_to_one_that_tells_a_done_thing_dates_back(parse_text: Parse) -> None:
    document = parse_text(
        "But Prof Ann Dale said the new study, based on 50 hours of footage and published on Friday in the journal "
        "Nature, provided a novel view of fish behaviour.",
        dt.date(2025, 1, 22),
    )
    assert [(e.date, e.future) for e in timeline_of(document)] == [("2025-01-17", False)]


def test_a_past_the_tagger_took_for_a_participle_dates_back(parse_text: Parse) -> None:
    document = parse_text(
        "Presumably the explanation is that the country's near-death experience in July - the closure of banks - "
        "turned the party into believers.",
        dt.date(2025, 6, 10),
    )
    assert [(e.date, e.future) for e in timeline_of(document)] == [("2024-07", False)]


def test_a_line_that_runs_two_sentences_together_is_not_shown(parse_text: Parse) -> None:
    events = timeline_of(parse_text(
        "Tom Lane was last seen leaving a party in December 2000.A search of a field started on Saturday."
    ))
    assert [e.event for e in events if e.date == "2000-12"] == []
