"""Background and a lead that tells an event in the simple past and gives it no date: what happened is the news,
and a later sentence in the simple past with no earlier time tells it further.  Invented paragraphs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from generator.model import BackgroundItem, Briefing, Document
from generator.pipeline import brief, stages_for
from generator.stages.background import find_background
from generator.stages.background.cues import score

Parse = Callable[..., Document]

OPENING = (
    "The harbour town of Westmere won the regional regatta for the second time in its history.\n"
    "Its crew of eight rowed the course in record time.\n"
    "The town's sailing club is one of the oldest in the county.\n"
    "Thousands of people lined the quay to watch the final races.\n"
)
TOLD = "The rival crew from Eastwick capsized near the finish line and lost its lead.\n"
EARLIER = "The town's only other regatta title came in 1998, when it beat Eastwick by a length.\n"


def background_of(document: Document) -> tuple[BackgroundItem, ...]:
    briefing: Briefing = brief(document, stages_for("headline"))
    return find_background(document, briefing).background


def sources_of(document: Document) -> list[int]:
    return [index for item in background_of(document) for index in item.sources]


def test_a_later_sentence_in_the_simple_past_tells_an_undated_past_lead_further(parse_text: Parse) -> None:
    document = parse_text(OPENING + TOLD + EARLIER)
    shown = sources_of(document)
    assert 4 not in shown  # the race told further
    assert 5 in shown  # an earlier year is what came before


def test_a_lead_that_tells_a_time_long_gone_is_no_event(parse_text: Parse) -> None:
    once = parse_text(OPENING.replace("won the regional regatta", "once won the regional regatta") + TOLD)
    assert 4 in sources_of(once)
    habit = parse_text(OPENING.replace("won the regional regatta", "used to win the regional regatta") + TOLD)
    assert 4 in sources_of(habit)


QUOTED = (
    "The county has named its rowing squad for the summer.\n"
    'Three newcomers are in the squad, and the coach said the choice was hard. "The squad is picked on form alone. '
    'Many rowers put their hands up," coach Anna Berg told the local radio station. "Tom Hale was one of them. '
    '"There is strong competition in some seats and less in others. There were two or three rowers who were '
    'unlucky to miss out." Two veterans are left out of the squad.\n'
)


def test_a_sentence_whose_stop_a_closing_mark_follows_is_someones_words(parse_text: Parse) -> None:
    document = parse_text(QUOTED)
    last = next(i for i, span in enumerate(document.spans) if span.text.startswith("There were two or three"))
    assert document.spans[last + 1].text.strip() == '"'  # the parser gives the closing mark to the next sentence
    assert last not in sources_of(document)


def test_a_named_persons_act_in_the_present_simple_is_a_scene_not_a_habit(parse_text: Parse) -> None:
    day = dt.date(2025, 1, 19)
    scene = parse_text("Maria Lopez opens the gate and waves to the crowd.").spans[0]
    habit = parse_text("Maria Lopez largely plays a ceremonial role as the club's president.").spans[0]
    state = parse_text("Maria Lopez wants to rebuild the old pier.").spans[0]
    fact = parse_text("Ferry companies pay the council for every berth.").spans[0]
    assert score(scene, day)[0] < score(habit, day)[0]
    assert score(scene, day)[0] < score(state, day)[0]
    assert score(scene, day)[0] < score(fact, day)[0]


def test_a_matter_not_yet_known_is_open_not_background(parse_text: Parse) -> None:
    day = dt.date(2025, 1, 19)
    open_matter = parse_text("It is not clear what caused the ferry to run aground.").spans[0]
    told = parse_text("It is clear that the ferry ran aground in thick fog.").spans[0]
    assert score(open_matter, day)[0] < score(told, day)[0]


def test_a_pictures_caption_before_the_lead_does_not_hide_the_lead(parse_text: Parse) -> None:
    document = parse_text(
        "Shooter:\n"
        "John Reed, 40, pictured in this 2010 photo, shot his neighbour after a row over a fence\n"
        "A man shot his neighbour after a row over a garden fence in Dunmore.\n"
        "The neighbour was taken to hospital by ambulance but died a few hours later.\n"
        "Court records showed that there was a history of violence between the two men.\n"
        "The town's police station was closed in 1998."
    )
    texts = [item.text for item in find_background(document, brief(document, stages_for("headline"))).background]
    assert not any(text.startswith("The neighbour") for text in texts)
    assert any(text.startswith("Court records") for text in texts)


def test_what_goes_on_as_the_news_is_told_is_no_standing_fact(parse_text: Parse) -> None:
    document = parse_text(
        "The film awards are being presented at the Odeon in Dunmore.\n"
        "The film awards are presented at the Odeon in Dunmore."
    )
    today = dt.date(2025, 1, 19)
    going_on, standing = (score(span, today)[0] for span in document.spans)
    assert going_on < standing
