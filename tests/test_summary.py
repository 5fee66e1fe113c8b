"""The summary stage, its trimming and its sentence filters, on invented news paragraphs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from generator.language.faithful import line_problems
from generator.language.pieces import clean_caption, unstopped
from generator.language.standalone import is_speech, stands_alone, unmarked, whole_sentence, word_count
from generator.language.trim import shorten, trim
from generator.model import Briefing, Document, Point
from generator.pipeline import brief, stages_for
from generator.stages.summary import MAX_POINTS, MAX_SHARE, MIN_POINTS, repeats, summarise
from generator.stages.summary.centrality import centrality, inverse_frequencies, similarities

Parse = Callable[..., Document]

STORY = "\n".join(
    [
        "The harbour authority of Port Elling approved a plan on Tuesday to build a second container terminal.",
        "The terminal will cost 400 million euros and is expected to open in 2029.",
        "Shipping firms have complained for years that the port is too small for modern container ships.",
        "\"We have waited a long time for this,\" said Mara Ostend, who runs a freight company in the town.",
        "But environmental groups said the building work would damage the wetlands north of the harbour.",
        "The authority said the terminal would create about 1,200 jobs during construction.",
        "The harbour handled 2.1 million containers last year, a record.",
        "A public inquiry into the wetlands is due to report in the spring.",
        "The town council voted in favour of the plan last month.",
        "He added that the weather had been unusually mild this winter.",
        "The container terminal plan now goes to the national transport ministry for final approval.",
        "Local fishermen fear the new terminal will close part of the fishing grounds.",
    ]
)


def summary_of(document: Document) -> Briefing:
    return brief(document, stages_for("summary"))


@pytest.fixture(scope="module")
def story(parse_text: Parse) -> Document:
    return parse_text(STORY)


def test_summary_gives_three_to_five_points_in_article_order(story: Document) -> None:
    points = summary_of(story).summary
    assert MIN_POINTS <= len(points) <= MAX_POINTS
    sources = [point.sources[0] for point in points]
    assert sources == sorted(sources)


def test_no_point_repeats_the_bottom_line(story: Document) -> None:
    briefing = summary_of(story)
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (0,)
    assert all(point.sources[0] not in briefing.bottom_line.sources for point in briefing.summary)
    assert all(point.text != briefing.bottom_line.text for point in briefing.summary)


def test_summary_and_bottom_line_stay_within_thirty_percent_of_the_article(story: Document) -> None:
    article = sum(word_count(span) for span in story.spans)
    briefing = summary_of(story)
    assert briefing.bottom_line is not None
    used = len(briefing.bottom_line.text.split()) + sum(len(point.text.split()) for point in briefing.summary)
    assert used <= MAX_SHARE * article


def test_summary_leaves_out_quotes_and_sentences_about_an_unnamed_he(story: Document) -> None:
    chosen = {point.sources[0] for point in summary_of(story).summary}
    assert 3 not in chosen  # a quotation
    assert 9 not in chosen  # "He added ...": whose words, the reader cannot tell


def test_each_point_is_its_source_sentence_or_a_trimmed_form_of_it(story: Document) -> None:
    for point in summary_of(story).summary:
        source = story.sentences[point.sources[0]].text
        words = point.text.rstrip(".").split()
        assert all(word in source for word in words)


def test_an_article_of_one_sentence_has_it_as_its_bottom_line_and_no_point(parse_text: Parse) -> None:
    document = parse_text("The city council closed the old bridge on Friday after engineers found cracks in it.")
    briefing = summary_of(document)
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (0,)
    assert briefing.summary == ()


def test_article_of_one_long_sentence_gets_it_as_its_bottom_line_only(parse_text: Parse) -> None:
    sentence = (
        "The regional council decided on Friday to close the old harbour bridge to all traffic for at least "
        "six months after engineers found deep cracks in two of its pillars during an inspection ordered "
        "last year by the national transport ministry and its safety inspectors."
    )
    briefing = summary_of(parse_text(sentence))
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (0,)
    assert briefing.summary == ()


def test_document_without_sentences_gets_no_summary(parse_text: Parse) -> None:
    document = parse_text("The council met on Monday.")
    empty = replace(document, sentences=(), spans=())
    assert summary_of(empty).summary == ()


def test_summary_is_the_same_on_every_run(parse_text: Parse) -> None:
    assert summary_of(parse_text(STORY)) == summary_of(parse_text(STORY))


@pytest.mark.parametrize(
    ("sentence", "trimmed"),
    [
        ("Prices rose 5% in March, the company said on Friday.", "Prices rose 5% in March."),
        ("But the firm said it would cut 300 jobs, according to a statement.", "The firm said it would cut 300 jobs."),
        ("However, the minister insisted the plan was safe, adding that costs would fall.",
         "The minister insisted the plan was safe."),
        ("In a statement, the club confirmed the sale of its stadium.", "The club confirmed the sale of its stadium."),
        ("The bank raised rates to 5%, which surprised markets.", "The bank raised rates to 5%."),
        ("The mayor (pictured) opened the new bridge on Monday.", "The mayor opened the new bridge on Monday."),
        ("Ana Ruiz, pictured at the opening in May, said the bridge was safe.", "Ana Ruiz said the bridge was safe."),
        ("Tom Brown, 48, pictured in 2012, shot his neighbour after a row.",
         "Tom Brown, 48, shot his neighbour after a row."),
        ("Ana Ruiz (left) and Tom Brown (right) opened the bridge.", "Ana Ruiz and Tom Brown opened the bridge."),
    ],
)
def test_trim_drops_connectives_attributions_comments_and_photo_pointers(
    parse_text: Parse, sentence: str, trimmed: str
) -> None:
    assert trim(parse_text(sentence).spans[0]) == trimmed


@pytest.mark.parametrize(
    "sentence",
    [
        "\"We will win the final,\" the coach said.",  # a quote keeps its speaker
        "On Monday, police arrested three men in the harbour district.",  # a time phrase stays
        "Police said the driver, 45, was arrested at the scene.",  # the attribution leads: nothing trails
        "The council (which met on Monday) approved the plan.",  # an aside that is not about a photograph
        "Senator Tom Brown (R) voted against the bill on Monday.",  # a party, not a place in a photograph
        "The mayor was pictured with the winners of the race.",  # "pictured" as the sentence's own verb
    ],
)
def test_trim_keeps_what_the_sentence_needs(parse_text: Parse, sentence: str) -> None:
    assert trim(parse_text(sentence).spans[0]) == sentence


def test_shorten_drops_trailing_phrases_until_the_sentence_fits(parse_text: Parse) -> None:
    span = parse_text(
        "The storm flooded hundreds of homes along the northern coast on Sunday night, "
        "leaving thousands of people without power in the middle of the coldest week of the year."
    ).spans[0]
    short = shorten(span, 15)
    assert len(short.split()) <= 15
    assert short.startswith("The storm flooded hundreds of homes")
    assert short.endswith(".")


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("The minister resigned on Friday after weeks of pressure.", True),
        ("The new container terminal at dawn", False),  # no verb: a caption
        ("The report was published by the", False),  # cut short by a broken paragraph
        ("What happens next for the club?", False),  # a question
        ("Follow @harbournews for updates on the terminal plan.", False),  # a handle
        ("She said: \"It was the best day of my life.", False),  # a quote left open
        ("As well as prizes for the best song (the band won it again).", False),  # the verb is in an aside
        ("See more stories from across the harbour towns on our news page.", False),  # a command to the reader
        ("Watch the video of the launch of the new ferry.", False),  # a command to the reader
        ("The match against the harbour team was called off.", True),  # a particle ends it
        ("The council said the new terminal would cost more than the old one did.", True),  # an ellipsis
        ("The harbour master said the work would start in the", False),  # cut short
    ],
)
def test_stands_alone_accepts_only_complete_declarative_sentences(
    parse_text: Parse, sentence: str, alone: bool
) -> None:
    assert stands_alone(parse_text(sentence).spans[0]) is alone


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The ferry sailed at noon with 300 passengers on board.",
         "The ferry sailed at noon with 300 passengers on board."),
        ("Watch the video on this pageThe ferry sailed at noon with 300 passengers on board.",
         "The ferry sailed at noon with 300 passengers on board."),
        ("The ferry sailed at noon with 300 passengers on board.It docked late.",
         "The ferry sailed at noon with 300 passengers on board."),
        ("It sank in 2009.The ferry sailed at noon with 300 passengers on board.",
         "The ferry sailed at noon with 300 passengers on board."),
        ("Tickets went on sale at 09:00 GMT.Hundreds queued outside the harbour office.",
         "Tickets went on sale at 09:00 GMT."),
        ("Mr.Holm said the iPhone and PlayStation sold out in the U.S.Army shops.",
         "Mr.Holm said the iPhone and PlayStation sold out in the U.S.Army shops."),
        ("Watch the video on this pageThe crew.", None),
    ],
)
def test_whole_sentence_cuts_pieces_run_together_by_a_lost_line_break(text: str, whole: str | None) -> None:
    assert whole_sentence(text) == whole


def test_a_point_leaves_out_a_caption_glued_to_its_sentence(parse_text: Parse) -> None:
    document = parse_text(STORY.replace("The harbour authority", "Share this storyThe harbour authority", 1))
    briefing = summary_of(document)
    assert briefing.bottom_line is not None
    texts = [briefing.bottom_line.text, *(point.text for point in briefing.summary)]
    assert all("Share" not in text for text in texts)
    assert texts[0].startswith("The harbour authority of Port Elling approved")


def test_a_button_glued_to_a_sentence_does_not_stand_alone_but_the_sentence_does(parse_text: Parse) -> None:
    text = ("The storm closed the harbour for two days. Media playback is not supported on this device"
            "The ferry sailed at noon with 300 passengers.")
    document = parse_text(text)
    assert [stands_alone(span) for span in document.spans] == [True, False, True]


def test_a_photograph_caption_does_not_stand_alone(parse_text: Parse) -> None:
    assert not stands_alone(parse_text("Pictured is the mayor of Port Elling at the opening of the bridge.").spans[0])


def test_a_sentence_inside_an_open_quotation_is_speech(parse_text: Parse) -> None:
    document = parse_text("The mayor spoke to reporters. \"The bridge is safe. We checked it twice,\" she said.")
    assert [is_speech(document, index) for index in range(len(document.sentences))] == [False, True, True]


def test_the_sentence_sharing_most_terms_is_the_most_central(parse_text: Parse) -> None:
    from collections import Counter

    from generator.language.tokens import content_words

    document = parse_text(
        "The river flooded the town.\nRain fell on the hills.\nThe flooded river closed the town bridge."
    )
    bags = [Counter(content_words(span)) for span in document.spans]
    scores = centrality(similarities(bags, inverse_frequencies(bags)))
    assert scores.index(max(scores)) in (0, 2)
    assert scores[1] < min(scores[0], scores[2])


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("He said the terminal would open in 2029.", True),
        ("But the ministry has not yet approved the terminal plan.", True),
        ("However, the ministry has not yet approved the terminal plan.", True),
        ("The ministry has not yet approved the terminal plan.", False),
        ("It is not clear when the ministry will approve the plan.", False),
    ],
)
def test_a_sentence_that_needs_the_one_before_it_is_told_apart(parse_text: Parse, sentence: str, leans: bool) -> None:
    from generator.stages.summary import _leans_on_previous

    assert _leans_on_previous(parse_text(sentence).spans[0]) is leans


def test_a_point_that_answers_an_earlier_sentence_gives_way_to_one_that_stands_alone(parse_text: Parse) -> None:
    contrast = "But the plan to build the container terminal was opposed by environmental groups at the port."
    plain = "Environmental groups at the port opposed the plan to build the container terminal for years."
    body = STORY.split("\n")  # sentence 2 with a named speaker: a key actor, as a group named once is not
    body[2] = (
        "Shipping firms have complained for years that the port is too small for modern container ships, Nordlink said."
    )
    first = parse_text("\n".join([*body[:3], contrast, *body[4:]]))
    second = parse_text("\n".join([*body[:3], plain, *body[4:]]))
    assert 3 not in {point.sources[0] for point in summary_of(first).summary}
    assert 3 in {point.sources[0] for point in summary_of(second).summary}


# A letter quoted over two paragraphs, its closing mark moved by scraping to
# the start of the reporter's next sentence.
SHIFTED_MARK = "\n".join(
    [
        "The harbour authority wrote to the ferry company on Monday.",
        "\"The safety of passengers comes before the timetable.",
        "\"The ferry company has not replied to the letter.",
        "The authority meets again next week.",
    ]
)


def test_a_closing_mark_moved_to_the_next_sentence_is_a_stray(parse_text: Parse) -> None:
    document = parse_text(SHIFTED_MARK)
    assert document.stray_marks == frozenset({2})
    assert not is_speech(document, 2)
    assert unmarked(document, 2).text == "The ferry company has not replied to the letter."
    assert stands_alone(unmarked(document, 2))


def test_a_moved_closing_mark_before_a_new_attributed_quotation_is_a_stray(parse_text: Parse) -> None:
    text = SHIFTED_MARK.replace(
        "The authority meets again next week.", "\"Sailings must be on time,\" the harbour master said."
    )
    assert parse_text(text).stray_marks == frozenset({2})


def test_a_moved_closing_mark_before_narration_that_names_many_things_is_a_stray(parse_text: Parse) -> None:
    text = "\n".join(
        [
            "The harbour authority wrote to the ferry company on Monday.",
            "\"The safety of passengers comes first.",
            "\"Delays are not acceptable.",
            "\"Captain John Smith sailed from Dover to Calais on 5 June with 300 passengers.",
            "The authority meets again next week.",
        ]
    )
    assert parse_text(text).stray_marks == frozenset({3})


@pytest.mark.parametrize(
    "text",
    [
        # The quotation runs on: the next paragraph opens with a quote mark.
        SHIFTED_MARK.replace("The authority meets", "\"The authority meets"),
        # The sentence speaks in the first person: a speaker's words.
        SHIFTED_MARK.replace("The ferry company has not replied", "We have not had a reply"),
        # No quotation before it was left open.
        SHIFTED_MARK.replace("comes before the timetable.", "comes before the timetable,\" it said."),
        # The quotation closes later in its paragraph.
        SHIFTED_MARK.replace("replied to the letter.", "replied to the letter. We wait,\" it said."),
        # The next sentence is an attributed quotation, but no quotation before was left open.
        SHIFTED_MARK.replace("comes before the timetable.", "comes before the timetable,\" it said.").replace(
            "The authority meets again next week.", "\"Sailings must be on time,\" the harbour master said."
        ),
    ],
)
def test_a_quote_mark_that_may_open_a_quotation_is_not_a_stray(parse_text: Parse, text: str) -> None:
    assert parse_text(text).stray_marks == frozenset()


def test_a_sentence_after_a_stray_mark_can_be_a_point_without_the_mark(parse_text: Parse) -> None:
    document = parse_text(
        "\n".join(
            [
                "The harbour authority wrote to the ferry company on Monday to complain about late sailings.",
                "\"The safety of passengers comes before the timetable.",
                "\"The ferry company has not replied to the letter, which asks for a new winter timetable.",
                "The authority meets again next week.",
                "A new bakery opened on the quay in the spring and sells bread to the fishing crews.",
                "The island school has forty pupils and two teachers.",
                "Rain is expected across the region for most of the coming fortnight.",
                "The lighthouse on the northern point was painted white in the autumn by volunteers.",
            ]
        )
    )
    points = {point.sources[0]: point.text for point in summary_of(document).summary}
    # The trimmed sentence drops "which asks ...": a verb of speech in a clause of its own attributes nothing kept.
    assert points.get(2) == "The ferry company has not replied to the letter."


def test_a_sentence_opening_with_a_pronoun_from_elsewhere_does_not_stand_alone(parse_text: Parse) -> None:
    document = parse_text(
        "The union rejected the offer of the port employers on Monday morning.\n"
        "It did not say whether it would strike again next week.\n"
        "They have walked out twice since the start of the year.\n"
        "It is unclear whether the employers will improve their offer this month."
    )
    assert [stands_alone(span) for span in document.spans] == [True, False, False, True]


@pytest.mark.parametrize(
    ("point", "bottom", "repeated"),
    [
        ("The mayor resigned on Monday.", "The mayor resigned on Monday.", True),
        ("The mayor resigned.", "The mayor resigned on Monday after a row over housing.", True),
        ("The mayor resigned on Monday after a row over housing, her office said.", "The mayor resigned on Monday",
         True),
        ("The council will choose a new mayor in May.", "The mayor resigned on Monday.", False),
        ("The mayor", "The mayoral race", False),
    ],
)
def test_a_point_repeats_the_bottom_line_when_one_holds_the_other_word_for_word(
    point: str, bottom: str, repeated: bool
) -> None:
    assert repeats(point, bottom) is repeated


def test_no_point_repeats_the_bottom_line_and_every_point_passes_the_line_checker(parse_text: Parse) -> None:
    document = parse_text(STORY)
    briefing = brief(document, stages_for("headline", "summary"))
    assert briefing.bottom_line is not None and briefing.summary
    for point in briefing.summary:
        assert not repeats(point.text, briefing.bottom_line.text)
        assert line_problems(point.text, [document.spans[i] for i in point.sources]) == []


def test_a_point_the_bottom_line_already_holds_is_not_given_again(parse_text: Parse) -> None:
    document = parse_text(STORY)
    lead = replace(brief(document, stages_for("headline")), bottom_line=None)
    first = summary_of(document).summary[0]
    bottom = Point(text=first.text, sources=(len(document.spans) - 1,))  # the same words, another source sentence
    summary = summarise(document, replace(lead, bottom_line=bottom)).summary
    assert all(point.text != first.text for point in summary)


def test_a_claim_that_the_next_sentence_attributes_is_neither_bottom_line_nor_summary_point(parse_text: Parse) -> None:
    text = (
        "The duchess is the greatest style icon of her generation.\n"
        "Or so says actress Jane Hollis, who has written a column for Vogue magazine this week.\n"
        "Hollis said the duchess had inspired her own wardrobe for many years.\n"
        "The magazine will publish the column in full on Sunday, its editor said."
    )
    briefing = brief(parse_text(text))
    shown = [briefing.bottom_line.sources[0], *(p.sources[0] for p in briefing.summary)] if briefing.bottom_line else []
    assert 0 not in shown and 1 not in shown
    assert briefing.bottom_line is not None


def test_a_short_point_that_says_the_bottom_line_again_in_other_words_is_not_given(parse_text: Parse) -> None:
    text = "\n".join([
        "Over the past year, big banks such as Halden and Mervik have sought to win a share of the mortgage market.",
        "Halden is just one of the big banks moving into mortgages.",
        "Small lenders say they cannot match the rates the banks offer to first-time buyers.",
        "The regulator will review the market in the autumn, officials said on Friday.",
        "House prices rose by four per cent in the year to March.",
    ])
    document = parse_text(text)
    lead = brief(document, stages_for("headline"))
    bottom = Point(text=document.spans[0].text.strip(), sources=(0,))
    summary = summarise(document, replace(lead, bottom_line=bottom)).summary
    assert summary and all(point.sources != (1,) for point in summary)


def test_a_longer_point_most_of_whose_words_the_bottom_line_holds_is_not_given(parse_text: Parse) -> None:
    text = "\n".join([
        "Rovers striker Dan Oakes, who joined the club from United in a record deal last summer, has cast his vote "
        "for the Player of the Year award at the national dinner and has picked City defender Sam Reid.",
        "The Rovers forward has chosen Reid for the top award while Leon Hart is his young player.",
        "City defender Sam Reid was picked by Dan Oakes for the award on Wednesday night in the vote.",
        "Oakes also picked five City players in his team of the year, including goalkeeper Tom Pryce.",
        "The awards will be handed out at a dinner in London on April 26.",
    ])
    document = parse_text(text)
    lead = brief(document, stages_for("headline"))
    bottom = Point(text=document.spans[0].text.strip(), sources=(0,))
    summary = summarise(document, replace(lead, bottom_line=bottom)).summary
    assert summary and all(point.sources != (2,) for point in summary)


def test_a_paragraph_that_ends_with_no_stop_is_a_caption_and_no_point(parse_text: Parse) -> None:
    document = parse_text(
        "The harbour authority of Port Elling approved a new ferry terminal on Monday.\n"
        "The terminal will cost £40m and open in 2027, the authority said.\n"
        "The mayor welcomed the plan near her office Mrs Dale said the port was thriving again\n"
        "Work on the terminal starts in the spring after a final survey of the seabed.\n"
        "Local fishermen said they had been promised a new quay as part of the plan."
    )
    texts = [point.text for point in summary_of(document).summary]
    assert texts and not any("Mrs Dale" in text for text in texts)


def test_a_sentence_inside_a_quotation_the_sentence_before_opened_is_no_point(parse_text: Parse) -> None:
    document = parse_text(
        "Coach Lena Varga praised her rival Tomas Brede before the cup semi-final against Brede's side on Sunday.\n"
        "Varga's side face Brede's side in the cup semi-final at the Riverside ground, and Varga admits the match is "
        "both an honour and a problem.\n"
        "Speaking on Friday, Varga said: 'What can I say about Tomas?\n"
        "Tomas is a great coach, I like him a lot. '\n"
        "The Riverside ground has been a hard place for visiting sides in the cup semi-final.\n"
        "Every match has its idea.'\n"
        "Brede's side won the cup two years ago after a semi-final against the same opponents at the Riverside "
        "ground.\n"
        "Varga has a fully fit squad to choose from for the semi-final on Sunday, with striker Ana Moll back from "
        "injury.\n"
        "Tickets for the semi-final at the Riverside ground sold out within an hour on Monday.\n"
        "The winner of the semi-final will play the holders in the cup final in May.\n"
    )
    chosen = {point.sources[0] for point in summary_of(document).summary}
    assert chosen and 4 not in chosen  # Varga's words, their opening mark left at the end of the sentence before


@pytest.mark.parametrize(
    ("caption", "clean"),
    [
        ("Harbour master Jane Dale chose a builder from Glasgow to lay the terminal's foundations in the spring", True),
        ("Harbour master Jane Dale chose a builder in Glasgow Mr Dale said it was a good day", False),
        ("Jane Dale (left) chose a builder from Glasgow to lay the foundations in the spring", False),
        ("Jane Dale pictured at the harbour as the builder lays the foundations", False),
        ("Skilful: Jane Dale chose a builder from Glasgow to lay the foundations", False),
        ("Jane Dale chose a builder from Glasgow to lay what she described as", False),
        ("The club now returned to the regional league under John", False),
        ("Jane Dale looks on as the builder lays the foundations of the terminal", False),
        ("Jane Dale chose this builder from Glasgow to lay the foundations in the spring", False),
    ],
)
def test_a_caption_is_a_point_only_when_it_is_one_clean_sentence(parse_text: Parse, caption: str, clean: bool) -> None:
    document = parse_text(f"The harbour authority of Port Elling approved a new ferry terminal on Monday.\n{caption}")
    assert unstopped(document, 1) and clean_caption(document.spans[1]) is clean
