"""Generating briefings a few seeds at a time, as a worker does."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from generator import generate as generating
from generator.generate import generate, generate_batch

from .conftest import TEST_SEEDS, USER_SEED

TODAY = dt.date(2026, 1, 1)


def _seeds(folder: Path) -> list[tuple[Path, str]]:
    found = []
    for source in (USER_SEED, TEST_SEEDS / "harbour-strike.txt", TEST_SEEDS / "library-vote.md"):
        shutil.copy(source, folder / source.name)
        found.append((folder / source.name, source.name))
    return found


def test_seeds_parsed_in_one_batch_come_out_as_each_alone(tmp_path):
    seeds = _seeds(tmp_path)
    together = generate_batch(seeds, TODAY)
    alone = [generate(path, name, TODAY) for path, name in seeds]
    assert [outcome.error for outcome in together] == [None, None, None]
    assert together == alone


def test_a_bad_seed_in_a_batch_costs_only_itself(tmp_path):
    seeds = _seeds(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_text("no header here\n", encoding="utf-8")
    outcomes = generate_batch([seeds[0], (bad, "bad.txt"), seeds[1]], TODAY)
    assert outcomes[1].error == "bad.txt: missing ' date YYYY-MM-DD ' header at the start of the file"
    assert outcomes[0].page is not None and outcomes[2].page is not None


def test_an_article_that_breaks_the_batch_parse_fails_alone(tmp_path, monkeypatch):
    seeds = _seeds(tmp_path)
    real = generating.parse_many

    def breaks_on_the_library(articles, nlp=None, *, together=1):  # type: ignore[no-untyped-def]
        articles = list(articles)
        if any("librar" in article.body for article in articles):
            raise RuntimeError("the parser crashed")
        return real(articles, nlp, together=together)

    monkeypatch.setattr(generating, "parse_many", breaks_on_the_library)
    outcomes = generate_batch(seeds, TODAY)
    assert outcomes[2].error == "library-vote.md: unexpected RuntimeError: the parser crashed"
    assert [outcome.error for outcome in outcomes[:2]] == [None, None]
