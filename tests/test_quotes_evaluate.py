"""The quotations scorer: shown quotations matched to annotated ones by offset or sentence, speakers by name."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.evaluate.__main__ import main
from generator.evaluate.quotes import QuoteTally, annotated_quotes, report, score_article
from generator.model import Actor, Document, Quote

Parse = Callable[..., Document]

TEXT = (
    "Northwind Airlines will cut 2,000 jobs, the company said on Monday.\n\n"
    "“The cuts are painful but needed,” said chief executive Sara Lund.\n\n"
    "Union leader Tom Berg said: “We will fight every one of these job cuts.”\n\n"
    "Berg added: “Nobody asked us.”\n\n"
    "“This is a sad day for the town,” read a sign at the gate."
)
ACTORS = [
    {"name": "Northwind Airlines", "kind": "organization", "role": None, "aliases": ["Northwind"], "key": True},
    {"name": "Sara Lund", "kind": "person", "role": "chief executive", "aliases": [], "key": True},
    {"name": "Tom Berg", "kind": "person", "role": "union leader", "aliases": ["Berg"], "key": True},
]


def _reference() -> dict[str, Any]:
    quotes = [
        {"at": TEXT.index("“The cuts"), "speaker": "Sara Lund"},
        {"at": TEXT.index("“We will"), "speaker": "Tom Berg"},
        {"at": TEXT.index("“Nobody"), "speaker": "Tom Berg"},
        {"at": TEXT.index("“This is"), "speaker": None},
    ]
    return {"id": "test-1", "actors": ACTORS, "quotes": quotes}


def _score(document: Document, actors: list[Actor], text: str = TEXT) -> QuoteTally:
    tally = QuoteTally()
    score_article(tally, document, text, _reference(), actors, "test")
    return tally


def test_annotated_offsets_are_mapped_to_the_sentences_of_the_mark_and_first_word(parse_text: Parse) -> None:
    document = parse_text(TEXT)
    refs = annotated_quotes(document, TEXT, _reference())
    assert [ref.sentences for ref in refs] == [frozenset({1}), frozenset({2}), frozenset({3}), frozenset({4})]
    assert [ref.speaker for ref in refs] == ["Sara Lund", "Tom Berg", "Tom Berg", None]


def test_one_right_speaker_one_wrong_and_one_narration_give_a_third_each(parse_text: Parse) -> None:
    document = parse_text(TEXT)
    actors = [
        Actor(name="Lund", kind="person", quotes=(Quote(text="The cuts are painful but needed", sentence=1),)),
        Actor(name="Northwind Airlines", kind="organization", quotes=(
            Quote(text="We will fight every one of these job cuts.", sentence=2),
            Quote(text="Northwind Airlines will cut 2,000 jobs", sentence=0),
        )),
    ]
    tally = _score(document, actors)
    assert (tally.annotated, tally.with_speaker, tally.given) == (4, 3, 1)
    assert (tally.shown, tally.matched, tally.right, len(tally.narration)) == (3, 2, 1, 1)
    assert tally.given_share == pytest.approx(1 / 3)
    assert tally.precision == pytest.approx(1 / 3)
    assert tally.wrong == [
        "test: “We will fight every one of these job cuts.” under Northwind Airlines, said by Tom Berg"
    ]
    assert tally.narration == ["test: “Northwind Airlines will cut 2,000 jobs” under Northwind Airlines"]
    assert [line.split(" at ")[0] for line in tally.missed] == ["test: Tom Berg", "test: Tom Berg"]


def test_a_quotation_shown_under_an_alias_of_its_speaker_is_given_to_them(parse_text: Parse) -> None:
    document = parse_text(TEXT)
    berg = Actor(name="Berg", kind="person", quotes=(
        Quote(text="We will fight every one of these job cuts.", sentence=2),
        Quote(text="Nobody asked us.", sentence=3),
    ))
    tally = _score(document, [berg])
    assert (tally.given, tally.right, tally.precision) == (2, 2, 1.0)


def test_a_quotation_the_article_gives_nobody_is_wrong_under_any_actor(parse_text: Parse) -> None:
    document = parse_text(TEXT)
    lund = Actor(name="Sara Lund", kind="person", quotes=(Quote(text="This is a sad day for the town", sentence=4),))
    tally = _score(document, [lund])
    assert (tally.matched, tally.right) == (1, 0)
    assert tally.wrong[0].endswith("said by nobody named")


def test_a_quotation_whose_text_is_not_found_as_shown_is_matched_by_its_sentence(parse_text: Parse) -> None:
    document = parse_text(TEXT)
    shown = Quote(text="The cuts are  painful,  but needed", sentence=1)
    lund = Actor(name="Sara Lund", kind="person", quotes=(shown,))
    assert _score(document, [lund]).right == 1


def test_of_two_quotations_in_one_sentence_the_one_at_the_shown_text_is_matched(parse_text: Parse) -> None:
    text = "“We are ready to talk,” Lund said, but Berg replied: “We have heard that before.”"
    document = parse_text(text)
    reference = {"id": "test-2", "actors": ACTORS, "quotes": [
        {"at": text.index("“We are"), "speaker": "Sara Lund"}, {"at": text.index("“We have"), "speaker": "Tom Berg"},
    ]}
    lund = Actor(name="Sara Lund", kind="person", quotes=(Quote(text="We have heard that before.", sentence=0),))
    tally = QuoteTally()
    score_article(tally, document, text, reference, [lund], "test")
    assert (tally.matched, tally.right, tally.given) == (1, 0, 0)


def test_the_report_prints_counts_and_both_measures() -> None:
    tally = QuoteTally(annotated=4, with_speaker=3, given=1, shown=3, matched=2, right=1, narration=["x"])
    lines = report(tally, 1, "new")
    assert lines[0] == "quotations against 1 annotated articles (set new)"
    assert lines[-1].split()[-1] == "0.33"
    assert any(line.split()[:3] == ["not", "a", "quotation"] and line.split()[-1] == "1" for line in lines)


def test_the_command_scores_the_articles_of_the_set_asked(tmp_path: Path) -> None:
    row = {"id": "test-1", "source": "test", "title": None, "text": TEXT, "summary": [], "entities": []}
    (tmp_path / "test-dev.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (tmp_path / "annotated").mkdir()
    (tmp_path / "annotated" / "test-1.yaml").write_text(yaml.safe_dump(_reference()), encoding="utf-8")
    result = CliRunner().invoke(main, ["quotes", "--data", str(tmp_path), "--set", "new"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "quotations against 1 annotated articles (set new)"
    assert lines[1].split() == ["annotated", "quotations", "4"]
    tuned = CliRunner().invoke(main, ["quotes", "--data", str(tmp_path), "--set", "tuned"])
    assert tuned.output.splitlines()[0] == "quotations against 0 annotated articles (set tuned)"
