"""The incremental build: what is redone, what is kept, what is removed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import build, check
from generator.errors import BuildLockedError
from generator.store import MANIFEST, Store

from .conftest import TEST_SEEDS
from .helpers import TODAY, snapshot


@pytest.fixture()
def folders(tmp_path: Path) -> tuple[Path, Path]:
    seeds = tmp_path / "seeds"
    shutil.copytree(TEST_SEEDS, seeds)
    return seeds, tmp_path / "briefings"


def test_a_second_build_changes_nothing(folders):
    seeds, out = folders
    first = build(seeds, out, today=TODAY)
    count = len(list(seeds.iterdir()))
    assert first.ok and len(first.written) == count
    before = snapshot(out)
    second = build(seeds, out, today=TODAY)
    assert second.written == [] and second.unchanged == count
    assert snapshot(out) == before


def test_only_a_changed_seed_is_redone_and_a_removed_seed_loses_its_briefing(folders):
    seeds, out = folders
    build(seeds, out, today=TODAY)
    strike = seeds / "harbour-strike.txt"
    strike.write_text(strike.read_text(encoding="utf-8").replace("eleven months", "ten months"), encoding="utf-8")
    report = build(seeds, out, today=TODAY)
    assert report.written == ["2024-03-08-harbour-strike.md"]
    (seeds / "library-vote.md").unlink()
    report = build(seeds, out, today=TODAY)
    assert report.removed == ["library-vote.md"]
    assert not (out / "2023-11-20-library-vote.md").exists()


def test_a_bad_seed_is_reported_and_keeps_its_previous_briefing(folders):
    seeds, out = folders
    build(seeds, out, today=TODAY)
    page = out / "2024-03-08-harbour-strike.md"
    old = page.read_bytes()
    (seeds / "harbour-strike.txt").write_text(" date 2024-13-45 broken\n", encoding="utf-8")
    (seeds / "empty.txt").write_text("", encoding="utf-8")
    report = build(seeds, out, today=TODAY)
    assert not report.ok
    assert any(e.startswith("harbour-strike.txt: date 2024-13-45 does not exist") for e in report.errors)
    assert any(e.startswith("empty.txt: the file is empty") for e in report.errors)
    assert page.read_bytes() == old


def test_hand_written_files_are_never_touched_and_hand_edits_are_not_overwritten(folders):
    seeds, out = folders
    build(seeds, out, today=TODAY)
    notes = out / "notes.md"
    notes.write_text("# My notes\n", encoding="utf-8")
    page = out / "2024-03-08-harbour-strike.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    strike = seeds / "harbour-strike.txt"
    added = "Talks resume on Friday, the union said.\n"
    strike.write_text(strike.read_text(encoding="utf-8") + added, encoding="utf-8")
    report = build(seeds, out, today=TODAY)
    assert any("edited by hand" in e and "--force" in e for e in report.errors)
    assert page.read_text(encoding="utf-8").endswith("Edited.\n")
    forced = build(seeds, out, today=TODAY, force=True)
    assert forced.ok and not page.read_text(encoding="utf-8").endswith("Edited.\n")
    assert notes.read_text(encoding="utf-8") == "# My notes\n"


def test_check_reports_stale_and_unusable_seeds_without_writing(folders):
    seeds, out = folders
    report = check(seeds, out, today=TODAY)
    assert sorted(report.stale) == sorted(p.name for p in seeds.iterdir())
    assert not out.exists() or not (out / MANIFEST).exists()
    build(seeds, out, today=TODAY)
    (seeds / "bad.txt").write_text("no header here\n", encoding="utf-8")
    report = check(seeds, out, today=TODAY)
    assert report.errors == ["bad.txt: missing ' date YYYY-MM-DD ' header at the start of the file"]


def test_a_second_build_while_one_holds_the_lock_is_refused_clearly(folders):
    seeds, out = folders
    with Store(out).locked(), pytest.raises(BuildLockedError, match="another build"):
        build(seeds, out, today=TODAY)


def test_two_jobs_give_byte_identical_output_to_one(folders, tmp_path):
    seeds, out = folders
    build(seeds, out, today=TODAY, jobs=1)
    other = tmp_path / "other"
    build(seeds, other, today=TODAY, jobs=2)
    assert snapshot(out).keys() == snapshot(other).keys()
    for name, data in snapshot(out).items():
        if name != MANIFEST:  # the manifest records each seed's mtime; pages and records must match
            assert snapshot(other)[name] == data, name
