"""A folder with bad and hostile seeds: one clear line per bad seed, every good
seed briefed, nothing live in the pages."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from generator import pipeline
from generator.__main__ import main
from generator.build import build, check
from generator.generate import generate
from generator.seeds import MAX_SEED_BYTES
from generator.stages import timeline
from generator.textclean import MAX_UNBROKEN_CHARS

from .helpers import TODAY
from .hostile_markup import hostile_markdown_seed, hostile_plain_seed, live_markup, render_like_the_site

GOOD = " date 2024-01-05 The council voted on Monday to build a new bridge over the river, the mayor said.\n"
BAD = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t\n",
    "header-only.txt": b" date 2024-01-05 ",
    "no-date.txt": b"The council voted on Monday to build a bridge, the mayor said.\n",
    "bad-date.txt": b" date 2024-02-30 The council voted on Monday to build a bridge, the mayor said.\n",
    "nul.txt": b" date 2024-01-05 \x00\x00\x00 binary",
    "foreign.txt": " date 2024-01-05 Le conseil a voté lundi la construction d'un pont, a dit le maire.\n".encode(),
    "cjk.txt": " date 2024-01-05 北京市政府周一宣布将修建新桥。\n".encode(),
    "yaml.md": b"---\ndate: [2024\n---\nThe council voted on Monday to build a bridge, the mayor said.\n",
    "python.md": b"---\ndate: !!python/object/apply:os.system ['touch /tmp/hacked']\n---\nThe council voted.\n",
    "huge.txt": b" date 2024-01-05 " + b"a" * (MAX_SEED_BYTES + 1),
}
PROBLEMS = {
    "empty.txt": "the file is empty",
    "blank.txt": "the file is empty",
    "header-only.txt": "the seed has no article text",
    "no-date.txt": "missing ' date YYYY-MM-DD ' header",
    "bad-date.txt": "date 2024-02-30 does not exist",
    "nul.txt": "contains NUL bytes",
    "foreign.txt": "does not look like English",
    "cjk.txt": "does not look like English",
    "yaml.md": "invalid YAML front matter at line 2",
    "python.md": "invalid YAML front matter",
    "huge.txt": "the limit is",
    "dangling.txt": "dangling symbolic link",
}


def bad_folder(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, data in BAD.items():
        (seeds / name).write_bytes(data)
    (seeds / "dangling.txt").symlink_to(seeds / "nowhere.txt")
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "future.txt").write_text(GOOD.replace("2024-01-05", "2099-01-01"), encoding="utf-8")
    (seeds / "hostile.txt").write_text(hostile_plain_seed(), encoding="utf-8")
    (seeds / "hostile.md").write_text(hostile_markdown_seed(), encoding="utf-8")
    return seeds


def test_build_names_each_bad_seed_in_one_line_builds_the_rest_and_exits_1(tmp_path):
    seeds, out = bad_folder(tmp_path), tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 1
    lines = result.stderr.strip().split("\n")
    errors = sorted(line for line in lines if line.startswith("error: "))
    assert len(errors) == len(PROBLEMS)
    for line, (name, problem) in zip(errors, sorted(PROBLEMS.items()), strict=True):
        assert line.startswith(f"error: {name}: ") and problem in line, line
    assert "future.txt: warning: date 2099-01-01 is in the future" in lines
    assert lines[-1] == f"4 written, 0 unchanged, 0 removed, {len(PROBLEMS)} failed"
    assert "Traceback" not in result.stderr
    pages = sorted(p.name for p in out.glob("*.md"))
    assert pages == ["2024-01-05-good.md", "2024-05-01-hostile.md", "2024-05-02-hostile.md", "2099-01-01-future.md"]
    assert not Path("/tmp/hacked").exists()


def test_check_reports_every_problem_at_once_and_writes_nothing(tmp_path):
    seeds, out = bad_folder(tmp_path), tmp_path / "out"
    result = CliRunner().invoke(main, ["check", "--seeds", str(seeds), "--out", str(out)])
    assert result.exit_code == 1
    errors = sorted(line for line in result.stderr.split("\n") if line.startswith("error: "))
    assert [line.split(":")[1].strip() for line in errors] == sorted(PROBLEMS)
    assert "briefings are not current" in result.stderr
    assert not out.exists()


def test_a_seed_that_turns_bad_keeps_its_previous_briefing(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    (seeds / "bridge.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "other.txt").write_text(GOOD.replace("bridge", "tunnel"), encoding="utf-8")
    build(seeds, out, today=TODAY)
    page = out / "2024-01-05-bridge.md"
    before = page.read_bytes()
    for data in (b"", b"\x00\x01binary", b" date 2024-13-01 x", "中文文本。".encode()):
        (seeds / "bridge.txt").write_bytes(data)
        report = build(seeds, out, today=TODAY)
        assert len(report.errors) == 1 and report.errors[0].startswith("bridge.txt: ")
        assert page.read_bytes() == before
        assert (out / "2024-01-05-other.md").exists()


def test_a_failing_stage_is_one_line_naming_the_stage_and_the_seed(tmp_path, monkeypatch):
    def broken(document, briefing):
        raise ValueError("line one\nline two\n  line three")

    stages = tuple(replace(s, run=broken) if s.run is timeline.build_timeline else s for s in pipeline.STAGES)
    monkeypatch.setattr(pipeline.brief, "__defaults__", (stages,))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bridge.txt").write_text(GOOD, encoding="utf-8")
    report = build(seeds, tmp_path / "out", today=TODAY)
    assert report.errors == ["bridge.txt: stage 'timeline' failed: ValueError: line one line two line three"]


def test_hostile_text_renders_as_the_text_it_is_with_no_live_markup(tmp_path):
    for name, text in (("hostile.txt", hostile_plain_seed()), ("hostile.md", hostile_markdown_seed())):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        outcome = generate(path, name, TODAY)
        assert outcome.error is None and outcome.page is not None
        body = outcome.page.split("\n---\n", 1)[1]
        html = render_like_the_site(body)
        assert live_markup(html) == [], name
        assert re.search(r"<(?:script|img|iframe|xss|style)\b|<svg onload|<details open ontoggle", html) is None
        assert "<h1" in html and html.count("<h1") == 1  # the "#" line of the article made no heading
        visible = re.sub(r"<[^>]+>", "", html)
        assert "&lt;script&gt;xss()&lt;/script&gt;" in visible
        assert "{{ xss }}" in visible


def test_a_hand_edited_briefing_is_reported_by_check_with_how_to_force(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    shutil.copy(Path(__file__).parent / "seeds" / "harbour-strike.txt", seeds)
    build(seeds, out, today=TODAY)
    page = next(out.glob("*.md"))
    page.write_text(page.read_text(encoding="utf-8") + "\nMy note.\n", encoding="utf-8")
    report = check(seeds, out, today=TODAY)
    assert report.errors == [
        f"harbour-strike.txt: briefing {page.name} was edited by hand "
        "(a build keeps it until the seed changes, then refuses; --force overwrites it)"
    ]
    assert build(seeds, out, today=TODAY).ok  # the seed did not change: nothing to redo, the edit stays
    assert page.read_text(encoding="utf-8").endswith("My note.\n")
    forced = build(seeds, out, today=TODAY, force=True)
    assert forced.warnings == [f"harbour-strike.txt: warning: overwrote the hand edits of {page.name} (--force)"]
    assert not page.read_text(encoding="utf-8").endswith("My note.\n")


def test_the_longest_unbroken_stretch_allowed_is_briefed_in_bounded_time(tmp_path):
    words = "the council said the bridge over the river was a plan of the city and the people "
    path = tmp_path / "stretch.txt"
    path.write_text(" date 2024-01-05 " + (words * 200)[: MAX_UNBROKEN_CHARS - 100] + "\n", encoding="utf-8")
    outcome = generate(path, "stretch.txt", TODAY)
    assert outcome.error is None and outcome.page is not None
    # Bounded work, not timed: the stretch reaches spaCy in pieces of bounded length.
    from generator.nlp import MAX_PIECE_CHARS, pieces
    from generator.seeds import read_seed

    parts = pieces(read_seed(path))
    assert len(parts) >= 2 and all(len(text) <= MAX_PIECE_CHARS for _, text in parts)


def die(path, display, today):  # stands for a worker killed by the system (out of memory, a native crash)
    os._exit(1)


def test_a_worker_that_dies_costs_its_seeds_a_clear_error_not_the_build(tmp_path, monkeypatch):
    monkeypatch.setattr("generator.generate.generate", die)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (seeds / name).write_text(GOOD, encoding="utf-8")
    report = build(seeds, tmp_path / "out", today=TODAY, jobs=2)
    assert report.errors == [f"{name}: a worker process died while briefing it" for name in ("a.txt", "b.txt", "c.txt")]
    assert report.written == []


def test_a_mistyped_seeds_folder_is_an_error_and_removes_no_briefing(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    (seeds / "bridge.txt").write_text(GOOD, encoding="utf-8")
    build(seeds, out, today=TODAY)
    runner = CliRunner()
    for command in ("build", "check"):
        result = runner.invoke(main, [command, "--seeds", str(tmp_path / "seedz"), "--out", str(out)])
        assert result.exit_code == 1
        assert result.stderr == f"Error: {tmp_path / 'seedz'}: no such folder of seeds" + (
            "; nothing built, no briefing removed\n" if command == "build" else "\n"
        )
    assert (out / "2024-01-05-bridge.md").exists()


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bridge.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "file" / "out")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'file' / 'out'}: cannot write the briefings: Not a directory\n"


def test_an_unreadable_manifest_is_one_line_saying_what_to_do(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    out.mkdir()
    (out / ".manifest.json").write_text("{half", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out)])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "unreadable manifest" in result.stderr and "delete it and build with --force" in result.stderr
