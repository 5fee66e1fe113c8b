"""The benchmark's in-process probes, on the small test seeds: their counts are those of the seeds given,
and each step's time is its own stretch of the run, counted once per article."""

from __future__ import annotations

import itertools
import time
from types import SimpleNamespace

from generator.bench import probes
from generator.nlp import load_model
from generator.pipeline import STAGES
from generator.seeds import read_seed

from .conftest import TEST_SEEDS

FIRST_TWO = ("harbour-deal.md", "harbour-strike.txt")  # the first two of the three test seeds, by name


def words_of(*names: str) -> int:
    return sum(len(read_seed(TEST_SEEDS / name).body.split()) for name in names)


def test_the_component_probe_times_the_tokenizer_and_every_component_of_the_pipeline() -> None:
    names = ["tokenizer", *load_model().pipe_names]  # loaded now, outside the whole call timed below
    started = time.perf_counter()
    figures = probes.components(TEST_SEEDS, limit=2)
    whole = time.perf_counter() - started
    assert figures["words"] == words_of(*FIRST_TWO)
    seconds = figures["seconds"]
    assert list(seconds) == names
    # Each figure is one stretch of the run, apart from the others: together they fit in the whole call.
    assert all(spent > 0 for spent in seconds.values()) and sum(seconds.values()) <= whole


def test_the_stage_probe_counts_each_step_once_per_article_of_the_seeds_given(monkeypatch) -> None:
    # A clock that moves one tick per reading: each step timed from one reading to the next costs one tick.
    monkeypatch.setattr(probes, "time", SimpleNamespace(perf_counter=itertools.count().__next__))
    figures = probes.stages(TEST_SEEDS, limit=2)
    assert (figures["articles"], figures["words"]) == (2, words_of(*FIRST_TWO))
    each_article = ["read seed", "parse (spaCy)", *(f"stage {stage.name}" for stage in STAGES),
                    "render markdown", "render json", "write (atomic, fsync)"]
    assert figures["seconds"] == {
        "load model": 1, "first briefing's one-time costs": 1,
        **{step: 2 for step in each_article}, "stage checks": 2 * len(STAGES),
    }
