"""The benchmark's in-process probes, on the small test seeds."""

from __future__ import annotations

from pathlib import Path

from generator.bench.probes import components
from generator.nlp import load_model

SEEDS = Path(__file__).parent / "seeds"


def test_the_component_probe_times_the_tokenizer_and_every_component_of_the_pipeline() -> None:
    figures = components(SEEDS, limit=2)
    assert figures["words"] > 0
    assert list(figures["seconds"]) == ["tokenizer", *load_model().pipe_names]
    assert all(seconds >= 0 for seconds in figures["seconds"].values())
