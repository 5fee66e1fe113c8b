"""The background stage on small invented news paragraphs dated Sunday 2025-01-19."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import BackgroundItem, Briefing, Document
from generator.pipeline import brief, stages_for
from generator.stages.background import find_background

Parse = Callable[..., Document]

STORY = (
    "Harbour Rail announced on Friday that it will cut 400 jobs at its Dunmore depot.\n"
    "The company was founded in 1952 and had been profitable until last year.\n"
    "Harbour Rail employs 3,000 people across the region.\n"
    "Chief executive Lena Ortiz said the cuts were painful but necessary.\n"
    "Unions plan to hold a strike vote next month.\n"
    "It is unclear whether the depot will close entirely."
)


def background_of(document: Document) -> tuple[BackgroundItem, ...]:
    """The background of a story read before any summary is chosen: what the cues find, none taken by a point."""
    briefing: Briefing = brief(document, stages_for("headline"))
    return find_background(document, briefing).background


def test_a_sentence_the_summary_shows_is_not_background_too(parse_text: Parse) -> None:
    document = parse_text(STORY)
    briefing = brief(document, stages_for("background"))
    shown = {source for point in briefing.summary for source in point.sources}
    assert shown & {source for item in background_of(document) for source in item.sources}
    assert not shown & {source for item in briefing.background for source in item.sources}


def test_earlier_events_and_standing_facts_are_background(parse_text: Parse) -> None:
    items = background_of(parse_text(STORY))
    assert [item.sources for item in items] == [(1,), (2,)]
    assert items[0].text == "The company was founded in 1952 and had been profitable until last year."
    assert items[0].date == "1952"
    assert items[1].date is None


def test_the_lead_plans_and_open_matters_are_not_background(parse_text: Parse) -> None:
    sources = {source for item in background_of(parse_text(STORY)) for source in item.sources}
    assert not sources & {0, 4, 5}


def test_a_reputation_and_an_earlier_step_are_background(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The city closed the Marsh Bridge on Thursday after inspectors found cracks.\n"
        "Engineers have long warned that its cables are corroding.\n"
        "Mayor Ana Ruiz, who opened the bridge in 1998, is seen as a cautious manager.\n"
        "\"We will reopen it as soon as it is safe,\" Ruiz said.\n"
        "Drivers may face detours for weeks."
    ))
    assert [item.sources for item in items] == [(1,), (2,)]
    assert items[1].text.startswith("Mayor Ana Ruiz")


def test_a_quote_is_not_background(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The council approved the budget on Monday.\n"
        "\"This budget protects the services people rely on every single day,\" the leader said.\n"
        "The council has run a deficit since 2019."
    ))
    assert [item.sources for item in items] == [(2,)]
    assert items[0].date == "2019"


def test_a_sentence_the_reader_could_not_follow_is_passed_over_for_the_next_best(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The council approved the budget on Monday.\n"
        "In 2015, she had led a campaign against the cuts.\n"
        "The council has run a deficit since 2019.\n"
        "The city sold its bus company in 2012."
    ))
    assert [item.sources for item in items] == [(2,), (3,)]


def test_an_earlier_event_told_in_the_simple_past_is_background(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The airline will cut 300 jobs at its main hub, its chief executive said on Monday.\n"
        "The airline sought a tie-up with a regional rival, but a court threw the deal out.\n"
        "Chief executive Jo Lane said the cuts were painful but necessary."
    ))
    assert [item.sources for item in items] == [(1,)]


def test_a_background_line_is_dated_by_its_main_clause_not_by_a_clause_set_apart(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The airline will cut 300 jobs at its main hub, its chief executive said on Monday.\n"
        "Despite making a record profit in 2023, the airline had argued for years that it needed to make savings.\n"
        "The airline had sought a tie-up with a regional rival in 2022, but a court threw the deal out."
    ))
    assert [(item.sources, item.date) for item in items] == [((1,), None), ((2,), "2022")]


def test_a_year_that_names_a_thing_does_not_date_a_background_line(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The boy was found safe on Saturday, police said.\n"
        "Police said a thief had stolen the family's 1999 Ford after his father left it running outside the house."
    ))
    assert [(item.sources, item.date) for item in items] == [((1,), None)]


def test_a_since_date_a_noun_measures_does_not_date_a_background_line(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The club named its side for the cup tie on Friday.\n"
        "The veteran winger, who had been injured, makes a first appearance since March alongside two new signings."
    ))
    assert [(item.sources, item.date) for item in items] == [((1,), None)]


def test_a_stretch_of_years_dates_no_background(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The museum will reopen in the spring.\n"
        "A local merchant family gathered its collection over the years 1890-1950."
    ))
    assert [item.date for item in items] == [None]


def test_a_quotation_without_its_speaker_and_a_repeated_paragraph_are_not_background(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The airline will cut 300 jobs, its chief executive said on Monday.\n"
        "\"The airline made a record profit in 2023, so the cuts are totally unnecessary.\n"
        "The airline also sold its catering arm for £40m in 2021 when it needed cash.\n"
        "The airline sold its catering arm for £40m in 2021 when it needed cash."
    ))
    assert [item.sources for item in items] == [(2,)]


def test_what_is_arranged_to_come_is_news_not_background(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The film festival opened in the capital on Thursday.\n"
        "The actor is to present an award at the closing ceremony on Saturday.\n"
        "The festival was founded in 2003 by a group of local critics."
    ))
    assert [item.sources for item in items] == [(2,)]


def test_fixtures_set_for_a_coming_month_are_news_but_a_paper_named_for_its_day_is_no_date(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The draw for the third round of the cup was made on Sunday.\n"
        "Several top clubs face difficult away games against lower-league sides on the weekend of 8/9 November.\n"
        "The owner has denied that the Mail and the Mail on Sunday are up for sale.\n"
        "The cup was first contested in 1871 by fifteen teams."
    ))
    assert [item.sources for item in items] == [(2,), (3,)]


def test_a_sentence_that_gives_someone_s_words_is_not_background_but_a_label_in_quotation_marks_may_be(
    parse_text: Parse,
) -> None:
    items = background_of(parse_text(
        "The council approved the budget on Monday.\n"
        "The council, which was formed in 1974, long ago promised"
        " \"a budget that every family in the city can afford\".\n"
        "The council has run a \"structural\" deficit since 2019."
    ))
    assert [item.sources for item in items] == [(2,)]


def test_a_line_keeps_every_quotation_mark_of_its_sentence(parse_text: Parse) -> None:
    line = "Critics have called the council a ‘closed shop’ since it was formed in 1974."
    items = background_of(parse_text("The council approved the budget on Monday.\n" + line))
    assert [item.text for item in items] == [line]


def test_a_report_that_tells_how_it_was_made_is_a_reaction_to_the_news_not_background(parse_text: Parse) -> None:
    lead = "The airline will cut 300 jobs at its main hub.\n"
    told = "The airline said it was looking to build its operations overseas."
    for reaction in ("In a statement, t" + told[1:], "Speaking on Monday, t" + told[1:]):
        assert background_of(parse_text(lead + reaction)) == ()


def test_what_is_likely_is_still_open_not_background(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The council approved the budget on Monday.\n"
        "The new rules are likely to remain the strictest in the country.\n"
        "The council has run a deficit since 2019."
    ))
    assert [item.sources for item in items] == [(2,)]


def test_a_later_sentence_of_a_quotation_is_no_background_without_its_speaker(parse_text: Parse) -> None:
    from generator.stages.background import _shown

    text = (
        "The council voted on Monday to close three branch libraries.\n"
        "\"We will fight this decision,\" said Ann Lee of the readers' group. \"If people turn up asking for books "
        "they will be turned away. The council's plan effectively means there is no library in the north. We ask "
        "for a review.\""
    )
    document = parse_text(text)
    index = next(i for i, s in enumerate(document.sentences) if s.text.startswith("The council's plan"))
    assert _shown(document, index) is None
    assert _shown(document, 0) is not None


def test_the_leads_own_event_told_further_is_not_background(parse_text: Parse) -> None:
    story = (
        "The city's auditor is investigating the council's land deals, officials said on Friday.\n"
        "The auditor's investigation into the deals includes sales to two building firms.\n"
        "The council had sold the land in 2019 to pay for a new library.\n"
        "The council owns about 40 plots around the harbour."
    )
    sources = {source for item in background_of(parse_text(story)) for source in item.sources}
    assert 1 not in sources
    assert {2, 3} <= sources


def test_the_lead_speakers_statement_continued_is_not_background(parse_text: Parse) -> None:
    story = (
        "The new treaty is a turning point for the region, Prime Minister Anna Berg has said.\n"
        "The treaty, signed in Oslo last week, also showed that old quarrels were over, Ms Berg said.\n"
        "Ms Berg said the two countries had fought over the border for decades.\n"
        "The border region is home to about 200,000 people."
    )
    sources = {source for item in background_of(parse_text(story)) for source in item.sources}
    assert 1 not in sources
    assert {2, 3} <= sources


def test_what_came_before_a_lead_in_the_present_is_background_though_it_tells_the_same_thing(
    parse_text: Parse,
) -> None:
    story = (
        "Rail passengers can now claim compensation for trains delayed by more than 15 minutes.\n"
        "Only intercity operators were obliged to pay compensation for delays before the change.\n"
        "The regulator is checking how quickly the operators pay compensation to passengers."
    )
    sources = {source for item in background_of(parse_text(story)) for source in item.sources}
    assert 1 in sources
    assert 2 not in sources


def test_what_has_just_happened_to_what_the_lead_names_is_its_news_but_what_led_to_it_is_background(
    parse_text: Parse,
) -> None:
    festival = (
        "Organisers of the city's jazz festival have been determined to carry on with this year's event despite the"
        " floods.\n"
        "The festival has been shortened to two days and the opening parade has been cancelled.\n"
        "The festival was founded in 1978 by a group of local musicians."
    )
    sources = {source for item in background_of(parse_text(festival)) for source in item.sources}
    assert 1 not in sources
    assert 2 in sources
    tax = (
        "Finance ministers are meeting on Thursday in Vienna to discuss a controversial tax on jet fuel.\n"
        "A levy on jet fuel has been suggested as a way to raise funds for flood defences.\n"
        "Airlines had fought a similar tax in 2012."
    )
    sources = {source for item in background_of(parse_text(tax)) for source in item.sources}
    assert 1 in sources


def test_the_lead_subjects_claim_right_after_the_lead_is_its_news_not_background(parse_text: Parse) -> None:
    story = (
        "Senator Maria Lopez has launched an attack on the cost of the state's prisons.\n"
        "The Democratic senator said the state has spent more than $2bn on new prisons since Governor Hall took office"
        " in 2010.\n"
        "The state built its first private prison in 1995."
    )
    sources = {source for item in background_of(parse_text(story)) for source in item.sources}
    assert 1 not in sources
    assert 2 in sources


def test_a_place_held_now_is_the_news_but_a_place_in_a_league_is_background(parse_text: Parse) -> None:
    story = (
        "Rosa Diaz shot a 66 on Saturday to take a two-shot lead at the Lakeside Open.\n"
        "Scottish pair Tom Reed (-9) and Alan Price (-8) who were tied for second overnight are fourth and sixth"
        " respectively.\n"
        "Diaz won the Lakeside Open for the first time in 2019.\n"
        "Diaz's home club is fourth in the national league, two points behind the leaders."
    )
    sources = {source for item in background_of(parse_text(story)) for source in item.sources}
    assert 1 not in sources
    assert {2, 3} <= sources


def test_what_a_study_found_is_its_news_but_an_earlier_study_is_background(parse_text: Parse) -> None:
    story = (
        "A new blood test can spot heart disease years before the first symptoms appear.\n"
        "The researchers also detected other proteins that were linked to strokes.\n"
        "A survey by the Heart Foundation in 2019 found that few adults had ever had their heart checked.\n"
        "Heart disease kills about 160,000 people in Britain every year."
    )
    sources = {source for item in background_of(parse_text(story)) for source in item.sources}
    assert 1 not in sources
    assert 2 in sources


def test_what_was_foreseen_before_the_week_is_background_and_what_is_foreseen_now_is_not(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The city council approved a new housing plan on Thursday.\n"
        "In a report published in March 2019, planners predicted that the city would need 40,000 new homes by 2040.\n"
        "Planners said on Friday that the city would need 50,000 new homes by 2045.\n"
        "The council warned that rents would keep rising, though more slowly than in 2023."
    ))
    assert [(item.sources, item.date) for item in items] == [((1,), "2019-03")]


def test_a_speech_verb_taking_a_to_tells_what_is_done_but_a_passive_one_still_reports(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The jazz festival opened in the old town on Friday with a record crowd.\n"
        "Now in its thirty-second year, the Harbour Fair continues to grow.\n"
        "Many local traders are thought to support a longer season."
    ))
    assert [item.sources for item in items] == [(1,)]


def test_a_line_opening_since_then_a_caption_run_in_or_a_reporters_credit_is_not_background(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "The council approved the budget on Monday.\n"
        "The council sold its bus company in 2012.\n"
        "Since then, the council has run a deficit every year.\n"
        "Voters react to the budget Jane Okafor reported from Dunmore.\n"
        "The mayor was left with a broken arm and had a cast put on it Slowly , the mayor began to recover."
    ))
    assert [item.sources for item in items] == [(1,)]


def test_a_quotation_s_line_set_apart_in_a_paragraph_of_its_own_is_no_background_without_its_speaker(
    parse_text: Parse,
) -> None:
    from generator.stages.background import _shown

    document = parse_text(
        "The council voted on Monday to close three branch libraries.\n"
        "Council leader Ann Lee said: ‘This is going to be another hard year.\n"
        "The council has run a deficit since 2019.\n"
        "We look forward to better times.’\n"
        '"Ms Lee added that the council sold its bus company in 2012.\n'
        "The council sold its depot in 2014."
    )
    at = {s.text[:30]: i for i, s in enumerate(document.sentences)}
    assert _shown(document, at["The council has run a deficit "]) is None  # her words, with no mark of their own
    assert _shown(document, at["The council sold its depot in "]) is not None  # the mark before "Ms Lee" was a stray


def test_a_paragraph_cut_off_with_no_stop_is_no_background(parse_text: Parse) -> None:
    document = parse_text(
        "The club was relegated on Saturday after a 2-0 defeat at home.\n"
        "The club had first reached the league in 2007, but it now returns to the regional league under John\n"
        "The club had been promoted twice in the 1990s under its former owner."
    )
    assert not any("under John" in item.text for item in background_of(document))


def test_a_sentence_a_stray_closing_mark_opens_stands_outside_the_quotation_unless_the_speaker_goes_on(
    parse_text: Parse,
) -> None:
    from generator.stages.background.quoted import inside_quotation

    narration = parse_text(
        "The council voted on Monday to close three branch libraries.\n"
        "Council leader Ann Lee joked: \"Books have been removed from every shelf in the town hall.\n"
        "\"Libraries have been a feature of the town since the council opened the first one in 1905.\n"
        "The Riverside branch will close in March and the Hill Street branch in April."
    )
    assert 2 in narration.stray_marks and not inside_quotation(narration, 2)
    going_on = parse_text(
        "The council voted on Monday to close three branch libraries.\n"
        "A council spokeswoman said: \"We are reforming the service to drive up standards.\n"
        "\"Since 2015 over a thousand people have joined the reading scheme.\n"
        "We have already opened two new reading rooms.\n"
        "The Riverside branch will close in March and the Hill Street branch in April."
    )
    assert inside_quotation(going_on, 2)  # "We have already ...": the spokeswoman's words went on


def test_a_sentence_whose_subject_is_the_news_itself_is_not_background(parse_text: Parse) -> None:
    items = background_of(parse_text(
        "Harbour Rail will cut 400 jobs at its Dunmore depot, the company said on Friday.\n"
        "The company was founded in 1952 and had been profitable until last year.\n"
        "The depot employs 900 people and is the town's biggest employer.\n"
        "The news sent shares in Harbour Rail down more than 6%.\n"
        "The report of a 1998 inquiry had warned that the depot was too small."
    ))
    sources = {source for item in items for source in item.sources}
    assert 3 not in sources  # "The news sent shares ... down": what the news did
    assert {1, 4} <= sources  # an earlier time told with it is background
