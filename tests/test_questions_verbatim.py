"""Where no well-formed question can be made of an open matter, its sentence is shown as it is, marked as such."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator import __version__
from generator.model import Briefing, Document, Question, Result
from generator.pipeline import brief
from generator.render import jsonform
from generator.render.markdown import render

Parse = Callable[..., Document]


def shown(parse_text: Parse, text: str) -> list[tuple[str, bool]]:
    return [(q.question, q.verbatim) for q in brief(parse_text(text)).open_questions]


def test_a_matter_whose_subject_is_too_long_to_ask_shows_its_sentence_as_it_is(parse_text: Parse) -> None:
    text = ("Anna Berg, Tom Reyes, Lila Chen, Omar Haddad, Priya Nair, Jonas Weber, Mei Tanaka and members of the "
            "Harbour Singers, the Dale Band and the Northfield Choir are expected to sing at the concert.")
    assert shown(parse_text, text) == [(text, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The rescue crew could have reached the boat sooner.",  # a chance missed: no matter
        "What makes the bridge unusual is its copper roof.",  # a thing described, not a question
        "As the ferry company prepares to restore the crossing, its rivals have cut their fares to the islands.",
    ],
)
def test_a_sentence_that_leaves_nothing_open_in_its_main_clause_is_not_shown(parse_text: Parse, text: str) -> None:
    assert [q for q, verbatim in shown(parse_text, text) if verbatim] == []


def test_a_question_made_of_the_matter_is_shown_not_its_sentence(parse_text: Parse) -> None:
    assert shown(parse_text, "A recent survey suggests tea may protect the heart from damage.") == [
        ("Will tea protect the heart from damage?", False)
    ]


def test_the_sentence_shown_as_it_is_is_quoted_escaped_and_attributed_and_the_json_says_so(parse_text: Parse) -> None:
    document = parse_text("Dr Ruiz said the <b>dam</b> may not hold.\n")
    said = Question(question=document.sentences[0].text, sources=(0,), verbatim=True, speaker="Dr <i>Ruiz</i>")
    result = Result(article=document.article, sentences=document.sentences,
                    briefing=Briefing(open_questions=(said,)), generator_version=__version__)
    page = render(result)
    line = next(line for line in page.splitlines() if line.startswith("1. "))
    assert line.startswith("1. Left open, in the article's words: “Dr Ruiz said the ") and "<b>" not in line
    assert "— Dr" in line and "<i>" not in line
    item = jsonform.to_dict(result)["open_questions"][0]
    assert item == {"question": said.question, "sources": [0], "verbatim": True, "speaker": "Dr <i>Ruiz</i>"}


def test_a_question_the_checker_refuses_gives_way_to_the_sentence_its_stage_offered(parse_text: Parse) -> None:
    from generator.stages.vetting import vet

    document = parse_text("Analysts said it is unclear whether the airline will recruit staff overseas.\n")
    stand_in = Question(question=document.sentences[0].text, sources=(0,), verbatim=True)
    made = Briefing(open_questions=(Question(question="Will it recruit overseas?", sources=(0,), fallback=stand_in),))
    vetted, verdicts = vet(document, made)
    assert vetted.open_questions == (stand_in,)
    assert [verdict.outcome for verdict in verdicts] == ["replaced"]


def test_a_reason_the_article_calls_plain_to_see_is_not_shown_as_open(parse_text: Parse) -> None:
    text = "After the striker posted a video of himself dancing a jig in Paris, it is not hard to see why."
    assert [q for q, verbatim in shown(parse_text, text) if verbatim] == []
