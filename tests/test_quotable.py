"""Which quotations may be shown under their speaker: each parsed alone, as a reader reads it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from generator.language.quotable import alone_problems, context_problems, quote_problems
from generator.language.standalone import unmarked
from generator.model import Actor, Point, Quote
from generator.pipeline import brief
from generator.stages.actors.quotes import reads_alone
from generator.stages.vetting import vet_lines


@pytest.mark.parametrize(
    "quotation",
    [
        "We will appeal against the ruling.",
        "It's grown awfully fast in three years - maybe too fast.",
        "a failing organisation",  # a phrase the speaker used: slight, not wrong
        "This decision shows a blatant lack of respect for that history.",
        "all-Australian",  # one capitalised word: a phrase, not a title
        "Yes, Sir",
    ],
)
def test_a_quotation_that_reads_as_said_is_kept_under_its_speaker(nlp: Any, quotation: str) -> None:
    assert quote_problems(nlp(quotation)) == []


@pytest.mark.parametrize(
    ("quotation", "problem"),
    [
        ("He is one of the best players in the tournament.", "opens with a pronoun"),
        ("They will not be back next year.", "opens with a pronoun"),
        ("do show that the chemical was in the flat", "opens inside a clause"),
        ("committed to performing all work ...", "cut off"),
        ("3", "no words"),
        ("Not Easy Being Green", "a title in quote marks"),
    ],
)
def test_a_quotation_that_does_not_read_alone_is_refused(nlp: Any, quotation: str, problem: str) -> None:
    assert any(found.startswith(problem) for found in quote_problems(nlp(quotation)))


def test_the_briefing_leaves_out_a_quotation_that_opens_with_an_unnamed_he(parse_text: Any) -> None:
    text = (
        'Coach Ann Lee praised the striker. "He is one of the best players in the league," Lee said.\n'
        '"We will win the cup this year," Lee said.'
    )
    actors: tuple[Actor, ...] = brief(parse_text(text)).actors
    quotes: list[Quote] = [quote for actor in actors for quote in actor.quotes]
    assert [quote.text for quote in quotes] == ["We will win the cup this year"]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ('It warned that it could be five years before the agency was "fit for purpose".', "fit for purpose"),
        ('Mr Howard said the deal laid to rest any suggestion the union was "anti-Islamic".', "anti-Islamic"),
        ('She said the duchess does not have a "single opinion" of her own.', "single opinion"),
    ],
)
def test_a_phrase_its_sentence_denies_or_puts_off_is_not_shown(parse_text: Any, sentence: str, quote: str) -> None:
    assert context_problems(quote, parse_text(sentence).spans[0])


def test_a_phrase_its_sentence_states_may_be_shown(parse_text: Any) -> None:
    sentence = 'The committee described the agency as "a failing organisation" on Monday.'
    assert context_problems("a failing organisation", parse_text(sentence).spans[0]) == []


@pytest.mark.parametrize(
    "quotation",
    [
        "We will appeal against the ruling.",
        "Stop the war now.",
        "Those who break the law will be punished.",
        "The second thing that matters is the price of fuel.",
        "I think the voters will forgive him in the end.",
        "It has not been a bad season for the club.",
        "However, it is not only the price that rises but the rent.",
        "But it would be wrong to blame the players for the defeat.",
        "The players' union said 'no' and we're fine with that.",
    ],
)
def test_a_sentence_that_names_what_it_speaks_of_is_a_quote_line(nlp: Any, quotation: str) -> None:
    assert reads_alone(nlp(quotation))


@pytest.mark.parametrize(
    ("quotation", "problem"),
    [
        ("red line", "a phrase"),
        ("a cheap and easy test for farmers", "a phrase"),
        ("The bigger the better", "a phrase"),
        ("One of these could of course be a change in the weather.", "a pronoun standing for"),
        ("For many of those there is also a date on the label.", "a pronoun standing for"),
        ("That is not the case at all.", "a pronoun standing for"),
        ("If they are late, they can be sent home before the match.", "its subject a pronoun"),
        ("You should always wash them before you eat.", "an object pronoun"),
        ("But it has not been a bad season for the club.", "its subject a pronoun"),
        ("It feels like 'go", "a quote mark inside it opens"),
        ("The mayor&#191;s plan is all talk and no action.", "a character reference"),
    ],
)
def test_a_phrase_or_words_standing_for_what_was_said_before_are_no_quote_line(
    nlp: Any, quotation: str, problem: str
) -> None:
    parsed = nlp(quotation)
    assert any(found.startswith(problem) for found in alone_problems(parsed))
    assert not reads_alone(parsed)


def test_a_quotation_that_opens_by_pointing_back_is_no_quote_line_unless_it_says_what_it_means(nlp: Any) -> None:
    assert not reads_alone(nlp("These rules must be withdrawn before the summer."))
    assert not reads_alone(nlp("This will change the way people shop."))
    assert reads_alone(nlp("This is a plan that will change the way people shop."))
    assert reads_alone(nlp("When used with other tests, a scan like this could save lives."))


def _quotes(parse_text: Any, text: str) -> dict[str, bool]:
    actors: tuple[Actor, ...] = brief(parse_text(text)).actors
    return {quote.text: quote.shown for actor in actors for quote in actor.quotes}


def test_a_phrase_stays_its_speakers_quotation_but_is_no_quote_line(parse_text: Any) -> None:
    text = (
        'Mayor Ann Lee attacked the "chaotic" bus system on Monday.\n'
        '"We will build three new depots by the end of the year," Lee said at the town hall.\n'
        'Lee said the council would vote on the plan in March.'
    )
    depots = "We will build three new depots by the end of the year"
    assert _quotes(parse_text, text) == {"chaotic": False, depots: True}


def test_the_same_quotation_twice_is_one_quote_line(parse_text: Any) -> None:
    text = (
        'Mayor Ann Lee wrote to the council on Monday. "We will build three new depots by the end of the year," '
        'Lee wrote.\nThe council met on Tuesday. "We will build three new depots by the end of the year." Lee said '
        "again at the town hall."
    )
    document = parse_text(text)
    briefing = brief(document)
    actors = [replace(a, quotes=tuple(replace(q, shown=True) for q in a.quotes)) for a in briefing.actors]
    vetted = vet_lines(document, replace(briefing, bottom_line=None, summary=(), actors=tuple(actors)))
    assert [quote.shown for actor in vetted.actors for quote in actor.quotes] == [True, False]


def test_a_quotation_the_summary_tells_is_no_quote_line_again(parse_text: Any) -> None:
    text = (
        "Mayor Ann Lee opened a new bus depot in the city on Monday.\n"
        '"We will build three new depots by the end of the year," Lee said at the town hall.\n'
        "The council will vote on the plan in March."
    )
    document = parse_text(text)
    briefing = brief(document)
    said = next(quote for actor in briefing.actors for quote in actor.quotes)
    point = Point(text=unmarked(document, said.sentence).text.strip(), sources=(said.sentence,))
    vetted = vet_lines(document, replace(briefing, summary=(point,)))
    assert [quote.shown for actor in vetted.actors for quote in actor.quotes] == [False]


def test_a_quotation_that_runs_on_from_a_players_notice_is_no_quote_line(nlp: Any) -> None:
    parsed = nlp("Media playback is not supported on this deviceThe visitors batted for only 60 overs in the match.")
    assert alone_problems(parsed)
