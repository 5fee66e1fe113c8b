"""The command line through click's runner: output, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from generator import __version__
from generator.__main__ import main

from .conftest import TEST_SEEDS, USER_SEED

CONTRACT = {"title", "date", "dateline", "bottom_line", "summary", "actors", "open_questions", "background",
            "timeline", "readability", "source", "sentences"}


def test_show_json_prints_one_contract_object_per_seed_in_order():
    result = CliRunner().invoke(main, ["show", str(USER_SEED), str(TEST_SEEDS / "library-vote.md"), "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first.keys() >= CONTRACT
    assert first["date"] == "2025-01-19" and second["title"] == "Council delays vote on closing three branch libraries"
    for actor in first["actors"]:
        assert {"name", "kind", "role", "aliases", "key", "salience", "mentions", "quotes"} <= actor.keys()
        assert actor["kind"] in ("person", "organization", "place", "group")


def test_show_reports_a_bad_seed_in_one_line_and_exits_1(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("nothing", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {bad}: missing ' date YYYY-MM-DD ' header at the start of the file"


def test_build_exits_1_on_a_bad_seed_and_check_then_reports_it(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(TEST_SEEDS, seeds)
    (seeds / "bad.txt").write_text(" date 2024-01-01 ", encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 1
    assert "error: bad.txt: the seed has no article text" in result.stderr
    good = len(list(TEST_SEEDS.iterdir()))
    assert f"{good} written, 0 unchanged, 0 removed, 1 failed" in result.stderr
    result = runner.invoke(main, ["check", "--seeds", str(seeds), "--out", str(out)])
    assert result.exit_code == 1 and "briefings are not current" in result.stderr


def test_verbose_names_each_briefing_written_and_quiet_says_only_what_failed(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    shutil.copy(TEST_SEEDS / "library-vote.md", seeds)
    runner = CliRunner()
    where = ["--seeds", str(seeds), "--out", str(out), "--jobs", "1"]
    verbose = runner.invoke(main, ["build", *where, "--verbose"])
    assert verbose.exit_code == 0, verbose.output
    page = next(out.glob("*.md")).name
    assert f"written: {page}\n1 written, 0 unchanged, 0 removed, 0 failed\n" in verbose.stderr
    # A seed that cannot be briefed, and one that is read with a warning (mojibake repaired).
    (seeds / "bad.txt").write_text(" date 2024-01-01 ", encoding="utf-8")
    mojibake = (TEST_SEEDS / "library-vote.md").read_text(encoding="utf-8").replace("said", "said â€™", 1)
    (seeds / "ok.md").write_text(mojibake, encoding="utf-8")
    check = ["check", "--seeds", str(seeds), "--out", str(out)]
    quiet = runner.invoke(main, ["--quiet", *check])
    assert quiet.exit_code == 1
    assert quiet.stderr.splitlines() == ["error: bad.txt: the seed has no article text",
                                         "stale: bad.txt: briefing missing or out of date (run: briefing build)",
                                         "stale: ok.md: briefing missing or out of date (run: briefing build)"]
    normal = runner.invoke(main, check)
    assert "ok.md: warning: mojibake repaired" in normal.stderr
    assert normal.stderr.endswith("\nbriefings are not current\n")
    counted = runner.invoke(main, [*check, "-v"])
    assert counted.stderr.endswith("\n1 current, 2 stale, 0 orphaned\nbriefings are not current\n")


def test_usage_errors_exit_2():
    assert CliRunner().invoke(main, ["build", "--jobs", "0"]).exit_code == 2
    assert CliRunner().invoke(main, ["show"]).exit_code == 2


@pytest.mark.slow
def test_the_console_command_exits_with_the_commands_status_and_all_its_output(tmp_path):
    def run(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "generator", *arguments], capture_output=True, text=True,
                              cwd=tmp_path, timeout=120)

    version = run("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"briefing, version {__version__}")
    missing = run("build", "--seeds", "nowhere")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "Error: nowhere: no such folder of seeds; nothing built, no briefing removed"
    assert run("no-such-command").returncode == 2
