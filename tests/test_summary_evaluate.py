"""The summary evaluation: baselines, scoring and the command, on invented rows."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.evaluate.baselines import first_sentence_title, lead, split_sentences, sumy_summary
from generator.evaluate.summary import command, interval, story

ARTICLE = (
    "The harbour authority approved a second container terminal on Tuesday. It will cost 400 million euros.\n\n"
    "Shipping firms say the port is too small. Environmental groups fear for the wetlands north of the town.\n\n"
    "The terminal is expected to open in 2029. A public inquiry will report in the spring."
)


def test_sentences_are_split_by_paragraph_then_by_pysbd() -> None:
    sentences = split_sentences(ARTICLE)
    assert len(sentences) == 6
    assert sentences[2] == "Shipping firms say the port is too small."


def test_lead_three_is_the_first_three_sentences() -> None:
    assert lead(ARTICLE) == split_sentences(ARTICLE)[:3]


def test_first_sentence_title_is_cut_to_twelve_words() -> None:
    long = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen."
    assert first_sentence_title(long).split() == long.split()[:12]


def test_sumy_summarisers_run_offline_and_keep_article_order() -> None:
    sentences = split_sentences(ARTICLE)
    for name in ("lexrank", "textrank"):
        chosen = sumy_summary(ARTICLE, name)
        assert len(chosen) == 3
        assert [sentences.index(s) for s in chosen] == sorted(sentences.index(s) for s in chosen)


def test_command_prints_our_row_beside_the_baselines_and_the_titles(tmp_path: Path) -> None:
    row = {
        "id": "bbc-test-001",
        "title": "Harbour gets second terminal",
        "text": ARTICLE,
        "summary": ["The harbour authority approved a second container terminal on Tuesday."],
        "entities": [],
    }
    (tmp_path / "bbc-dev.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = CliRunner().invoke(command, ["--set", "bbc", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "bbc (1 articles)"
    assert [line.split()[0] for line in lines[2:6]] == ["ours", "lead-3", "lexrank", "textrank"]
    assert "titles (1): R-1 ours" in result.output
    assert "titles over 12 words: 0" in result.output


def test_command_names_a_missing_data_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(command, ["--set", "xsum", "--data", str(tmp_path)])
    assert result.exit_code != 0
    assert "no xsum-dev.jsonl" in result.output


def test_interval_of_equal_systems_is_zero() -> None:
    assert interval([0.2, 0.4, 0.3], [0.2, 0.4, 0.3]) == (0.0, 0.0, 0.0)


def test_interval_lies_above_zero_when_ours_is_better_on_every_article() -> None:
    ours = [0.30, 0.42, 0.25, 0.51, 0.38, 0.29]
    baseline = [0.20, 0.40, 0.21, 0.45, 0.30, 0.28]
    mean, low, high = interval(ours, baseline)
    assert 0 < low <= mean <= high
    assert round(mean, 6) == round(100 * (sum(ours) - sum(baseline)) / len(ours), 6)


def test_interval_is_the_same_on_every_run() -> None:
    ours, baseline = [0.1, 0.5, 0.3, 0.2], [0.3, 0.1, 0.2, 0.25]
    assert interval(ours, baseline) == interval(ours, baseline)


def test_the_baselines_read_the_story_without_the_pages_furniture(parse_text) -> None:  # type: ignore[no-untyped-def]
    text = "Share this withEmailFacebookCopy\nthis linkThe harbour authority approved a terminal.\nIt will cost more."
    told = story(parse_text(text))
    assert told == "The harbour authority approved a terminal.\n\nIt will cost more."
    assert lead(told)[0] == "The harbour authority approved a terminal."
