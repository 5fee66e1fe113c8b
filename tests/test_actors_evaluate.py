"""The actors scorer: one-to-one matching by name, duplicates, non-actors, kinds, keys and roles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.evaluate.__main__ import main
from generator.evaluate.actors import Tally, norm, score_article, word_f1
from generator.model import Actor

REFERENCE: dict[str, Any] = {
    "actors": [
        {"name": "Maria Lindqvist", "kind": "person", "role": "Swedish prime minister", "aliases": [], "key": True},
        {"name": "Northwind Airlines", "kind": "organization", "role": None, "aliases": ["Northwind"], "key": True},
        {"name": "Sweden", "kind": "place", "role": None, "aliases": ["Stockholm"], "key": False},
        {"name": "union leaders", "kind": "group", "role": None, "aliases": [], "key": False},
    ],
    "not_actors": [{"name": "Peter Sands", "why": "reporter credit line"}],
}


def _score(actors: list[Actor]) -> Tally:
    tally = Tally()
    score_article(tally, REFERENCE, actors, "test")
    return tally


def test_names_are_compared_without_case_possessive_or_leading_article() -> None:
    assert norm("The Northwind Airlines’s") == norm("northwind airlines") == "northwind airlines"


def test_a_bare_surname_matches_the_person_with_that_surname() -> None:
    tally = _score([Actor(name="Lindqvist", kind="person", key=True, role="prime minister")])
    assert tally.found == {"person": 1}
    assert tally.key_found == 1


def test_a_second_actor_for_the_same_one_is_a_duplicate_against_precision() -> None:
    tally = _score([
        Actor(name="Northwind Airlines", kind="organization"), Actor(name="Northwind", kind="organization")
    ])
    assert len(tally.duplicates) == 1
    assert tally.f1("organization")[0] == pytest.approx(0.5)
    assert tally.f1("organization")[1] == pytest.approx(1.0)


def test_an_alias_matches_and_kind_accuracy_counts_matched_actors() -> None:
    tally = _score([Actor(name="Stockholm", kind="organization")])
    assert tally.found == {"place": 1}
    assert tally.matched == 1 and tally.kind_right == 0


def test_a_listed_non_actor_is_counted_and_groups_are_not_spurious() -> None:
    tally = _score([Actor(name="Peter Sands", kind="person"), Actor(name="Chinese exporters", kind="group")])
    assert tally.non_actors == ["test: Peter Sands (person)"]
    assert tally.spurious == []
    assert tally.f1("person")[0] == 0.0


def test_role_agreement_is_the_f1_of_content_words_over_key_actors() -> None:
    assert word_f1("Sweden's prime minister", "Swedish prime minister") == pytest.approx(2 / 3)
    assert word_f1(None, "prime minister") == 0.0
    tally = _score([Actor(name="Maria Lindqvist", kind="person", key=True, role="the prime minister")])
    assert tally.role_count == 1
    assert tally.role_sum == pytest.approx(0.8)


def _write_data(folder: Path) -> None:
    text = (
        "Northwind Airlines will cut 2,000 jobs, chief executive Sara Lund said on Monday.\n\n"
        "Lund said the cuts were needed. The Daily Courier first reported the plan."
    )
    row = {"id": "test-1", "source": "test", "title": None, "text": text, "summary": [], "entities": [
        {"text": "Northwind Airlines", "label": "ORG", "count": 1}, {"text": "Sara Lund", "label": "PER", "count": 1},
    ]}
    (folder / "test-dev.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (folder / "conll2003-dev.jsonl").write_text(json.dumps({**row, "id": "conll-1"}) + "\n", encoding="utf-8")
    (folder / "annotated").mkdir()
    reference = {"id": "test-1", "date": None, "actors": [
        {"name": "Northwind Airlines", "kind": "organization", "role": None, "aliases": [], "key": True},
        {"name": "Sara Lund", "kind": "person", "role": "chief executive", "aliases": ["Lund"], "key": True},
    ], "not_actors": [{"name": "Daily Courier", "why": "source only"}]}
    (folder / "annotated" / "test-1.yaml").write_text(yaml.safe_dump(reference), encoding="utf-8")


def test_the_command_prints_ours_beside_raw_spacy_and_the_conll_sets(tmp_path: Path) -> None:
    _write_data(tmp_path)
    result = CliRunner().invoke(main, ["actors", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "annotated articles (1): precision / recall / F1 per kind"
    assert lines[1].split() == ["measure", "ours", "spacy"]
    assert "person P/R/F1                     1.00 1.00 1.00" in result.output
    assert any(line.split()[:3] == ["key-actor", "recall", "1.00"] for line in lines)
    assert any(line.split()[:2] == ["non-actors", "listed"] and line.split()[2] == "0" for line in lines)
    assert "CoNLL-2003 document-level entity sets: precision / recall per label" in result.output


def test_the_command_refuses_a_folder_without_annotations(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["actors", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "no annotated articles in" in result.output


def test_the_set_option_picks_the_articles_scored(tmp_path: Path) -> None:
    _write_data(tmp_path)
    new = CliRunner().invoke(main, ["actors", "--data", str(tmp_path), "--set", "new", "--skip-conll"])
    assert new.output.splitlines()[0] == "annotated articles (1, set new): precision / recall / F1 per kind"
    tuned = CliRunner().invoke(main, ["sections", "--data", str(tmp_path), "--set", "tuned"])
    assert tuned.exit_code == 0, tuned.output
    assert tuned.output.splitlines()[0] == "sections against 0 annotated articles (set tuned)"
