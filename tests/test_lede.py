"""Sentences that cannot tell the news on their own (generator.language.pointing, generator.stages.headline.lede),
and what the bottom line, the title and the summary do with them, on invented news sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.language.pointing import addresses_reader, points_back
from generator.language.slips import stutters
from generator.model import Document
from generator.pipeline import brief, stages_for

Parse = Callable[..., Document]


@pytest.mark.parametrize(
    ("sentence", "points"),
    [
        ("The unions want the government to withdraw these regulations before the summer.", True),
        ("The minister claims this is the clearest sign that the opposition is playing politics.", True),
        ("The rise marks an increase on predictions from the same university five years ago.", True),
        ("Other public sector unions have pledged to follow within weeks.", True),
        ("The festival will be held in the harbour this year for the first time.", False),
        ("The only other non-League side in the draw are Harbour Town, who beat Elling.", False),
        ("The new bridge cost the same as the old one did in its day.", False),
    ],
)
def test_a_sentence_points_back_when_it_names_something_only_by_this_these_the_same_or_other(
        parse_text: Parse, sentence: str, points: bool) -> None:
    assert points_back(parse_text(sentence).spans[0]) is points


@pytest.mark.parametrize(
    ("sentence", "addresses"),
    [
        ("The odds are that when you open your browser, you go straight to a search engine.", True),
        ('"You have to keep going," the coach told the players after the defeat.', False),
        ("The council closed the library on Monday after a leak in the roof.", False),
    ],
)
def test_a_sentence_addresses_the_reader_when_the_reporter_says_you(
        parse_text: Parse, sentence: str, addresses: bool) -> None:
    assert addresses_reader(parse_text(sentence).spans[0]) is addresses


def test_a_word_beside_a_misspelt_copy_of_itself_is_a_stutter_a_doubled_word_of_grammar_is_not(
        parse_text: Parse) -> None:
    assert stutters(parse_text("The law profesor professor sent a link to her students.").spans[0])
    assert not stutters(parse_text("The law professor said that that link had had no virus.").spans[0])
    assert not stutters(parse_text("The team won the match and then the cup in May.").spans[0])


def test_the_bottom_line_is_not_a_feature_opening_that_speaks_to_the_reader(parse_text: Parse) -> None:
    document = parse_text(
        "The odds are that when you open your browser, you go straight to your favourite search engine.\n"
        "Over the past year, the largest technology firms have spent billions on their own search engines.\n"
        "The firms say that searching has become the main way people use the web."
    )
    briefing = brief(document, stages_for("headline"))
    assert briefing.bottom_line is not None and briefing.bottom_line.sources == (1,)


def test_a_dateline_glued_to_the_lead_is_not_part_of_its_first_sentence(parse_text: Parse) -> None:
    document = parse_text("(AP)A ferry carrying 300 passengers ran aground off Port Elling on Monday, officials said.")
    assert [sentence.text for sentence in document.sentences][-1].startswith("A ferry carrying 300 passengers")
    briefing = brief(document, stages_for("headline"))
    assert briefing.bottom_line is not None and briefing.bottom_line.text.startswith("A ferry")


def test_an_attribution_between_dashes_is_the_asides_not_the_headlines(parse_text: Parse) -> None:
    document = parse_text(
        "A harbour pilot is in stable condition after he fell ill -- perhaps from fumes, officials say -- "
        "during a night shift at Port Elling.")
    title = brief(document, stages_for("headline")).title
    assert title.startswith("Harbour pilot is in stable condition") and "say" not in title


def test_a_summary_point_that_points_back_is_shown_only_after_the_sentence_it_points_to(parse_text: Parse) -> None:
    document = parse_text("\n".join([
        "Talks aimed at averting a series of strikes over pension reforms will take place this weekend.",
        "The unions object to new rules that raise the pension age of council workers from 60 to 65.",
        "Ministers have said the pension reforms are needed because people are living longer.",
        "The five unions at the pension talks want the government to withdraw these regulations on pension age.",
    ]))
    briefing = brief(document, stages_for("summary"))
    shown = [index for point in briefing.summary for index in point.sources]
    assert shown and (3 not in shown or 2 in shown)
