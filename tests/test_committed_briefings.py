"""The committed briefings/ are what the generator makes of seeds/ today."""

from __future__ import annotations

from pathlib import Path

from generator.build import build
from generator.store import Store

from .conftest import ROOT


def test_committed_briefings_equal_a_fresh_generation(tmp_path: Path):
    fresh = tmp_path / "briefings"
    report = build(ROOT / "seeds", fresh, jobs=1)
    assert report.ok, report.errors
    committed = ROOT / "briefings"
    for page in report.written:
        assert (committed / page).exists(), f"briefings/{page} is not committed: run make briefings"
        assert (committed / page).read_text(encoding="utf-8") == (fresh / page).read_text(encoding="utf-8"), (
            f"briefings/{page} is stale: run make briefings and commit it"
        )
    listed = {entry.page for entry in Store(committed).manifest().values()}
    assert listed == set(report.written), "briefings/.manifest.json lists other briefings than seeds/ makes"
