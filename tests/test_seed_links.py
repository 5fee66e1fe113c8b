"""Nothing outside the seeds folder is read as a seed: a link that leaves it is
refused without being opened; links inside it keep working; hidden files
skipped are counted in one line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator import generate, seeds
from generator.__main__ import main
from generator.build import build, check
from generator.catalog import find_seeds

TODAY = dt.date(2026, 1, 1)
BODY = " date 2024-01-05 The council voted on Monday to build a new bridge over the river, the mayor said.\n"
SECRET = " date 2024-02-02 The secret plan was approved on Monday by the board, the chairman said.\n"
OUTSIDE = "is a link to a file outside seeds/ (not followed)"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository: seeds/ with one seed, and a file that looks like a seed elsewhere."""
    (tmp_path / "seeds" / "sub").mkdir(parents=True)
    (tmp_path / "seeds" / "real.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "secret.txt").write_text(SECRET, encoding="utf-8")
    return tmp_path


def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record every path the build and the check give to read_seed (one good seed: no worker process)."""
    seen: list[Path] = []
    real = seeds.read_seed

    def spy(path: Path, **options: Any) -> Any:
        seen.append(path)
        return real(path, **options)

    monkeypatch.setattr(generate, "read_seed", spy)
    monkeypatch.setattr(seeds, "read_seed", spy)
    return seen


def test_links_inside_the_seeds_folder_are_followed_direct_chained_and_through_a_subfolder(repo):
    folder = repo / "seeds"
    (folder / "sub" / "deep.txt").write_text(BODY.replace("bridge", "tunnel"), encoding="utf-8")
    (folder / "direct.txt").symlink_to("real.txt")
    (folder / "chained.txt").symlink_to("direct.txt")
    (folder / "into-sub.txt").symlink_to(folder / "sub" / "deep.txt")
    (folder / "up-and-back.txt").symlink_to(Path("..") / "seeds" / "sub" / "deep.txt")
    names = ["chained.txt", "direct.txt", "into-sub.txt", "real.txt", "sub/deep.txt", "up-and-back.txt"]
    assert {seed.name: seed.problem for seed in find_seeds(folder)} == dict.fromkeys(names)
    report = check(folder, repo / "out", today=TODAY)
    assert report.ok and len(report.stale) == 6  # each read as a seed


def test_a_seeds_folder_reached_through_a_link_keeps_its_inside_links(repo):
    (repo / "seeds" / "direct.txt").symlink_to("real.txt")
    (repo / "articles").symlink_to(repo / "seeds", target_is_directory=True)
    assert {seed.name: seed.problem for seed in find_seeds(repo / "articles")} == {"direct.txt": None, "real.txt": None}


TARGETS: dict[str, Callable[[Path], Path | str]] = {
    "a file in another folder of the repository": lambda repo: Path("..") / "docs" / "secret.txt",
    "a file outside the repository, by absolute path": lambda repo: repo.parent / "elsewhere.txt",
    "a chain of links inside that ends outside": lambda repo: "hop.txt",
    "a chain of links outside": lambda repo: repo / "docs" / "hop-out.txt",
    "a folder outside": lambda repo: repo / "docs",
    "the folder above": lambda repo: "..",
    "a missing file outside": lambda repo: repo / "docs" / "missing.txt",
    "a loop of links outside": lambda repo: repo / "docs" / "loop-a",
}


def outside_links(repo: Path) -> None:
    """The hops that the chains and loops of TARGETS go through."""
    (repo.parent / "elsewhere.txt").write_text(SECRET, encoding="utf-8")
    (repo / "seeds" / "hop.txt").symlink_to(repo / "docs" / "secret.txt")
    (repo / "docs" / "hop-out.txt").symlink_to("secret.txt")
    (repo / "docs" / "loop-a").symlink_to("loop-b")
    (repo / "docs" / "loop-b").symlink_to("loop-a")


@pytest.mark.parametrize("target", TARGETS)
def test_a_link_that_leaves_the_seeds_folder_is_refused_without_being_opened(repo, monkeypatch, target):
    outside_links(repo)
    folder = repo / "seeds"
    (folder / "leak.txt").symlink_to(TARGETS[target](repo))
    found = {seed.name: seed.problem for seed in find_seeds(folder)}
    assert found["leak.txt"] == OUTSIDE
    seen = reads(monkeypatch)
    report = build(folder, repo / "out", today=TODAY)
    assert "leak.txt: " + OUTSIDE in report.errors
    assert not any(page.startswith("2024-02-02") for page in report.written)  # the secret was never briefed
    assert check(folder, repo / "out", today=TODAY).errors.count("leak.txt: " + OUTSIDE) == 1
    assert folder / "leak.txt" not in seen and seen  # the good seeds were read, the link was not


def test_a_link_out_is_refused_in_the_same_words_whatever_is_there(repo):
    outside_links(repo)
    for number, target in enumerate(TARGETS.values()):
        (repo / "seeds" / f"probe-{number}").symlink_to(target(repo))  # seed-named or not
    problems = {seed.problem for seed in find_seeds(repo / "seeds") if seed.name.startswith("probe-")}
    assert problems == {OUTSIDE}


def test_loops_of_links_inside_are_refused_and_folder_loops_are_not_followed(repo):
    folder = repo / "seeds"
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "ping.txt").symlink_to("pong.txt")
    (folder / "pong.txt").symlink_to("ping.txt")
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)
    skipped: list = []
    found = {seed.name: seed.problem for seed in find_seeds(folder, skipped)}
    loop = "dangling symbolic link (or a loop of links)"
    assert found == {"ping.txt": loop, "pong.txt": loop, "real.txt": None, "self.txt": loop}
    assert [str(item) for item in skipped] == ["sub/up: symbolic link to a folder; not followed"]


def test_the_folder_given_with_seeds_is_the_boundary_and_is_named_in_the_refusal(repo):
    articles = repo / "articles"
    articles.mkdir()
    (articles / "mine.txt").write_text(BODY, encoding="utf-8")
    (articles / "theirs.txt").symlink_to(repo / "seeds" / "real.txt")
    result = CliRunner().invoke(main, ["check", "--seeds", str(articles), "--out", str(repo / "out")])
    assert "error: theirs.txt: is a link to a file outside articles/ (not followed)" in result.stderr.split("\n")
    assert result.exit_code == 1


def test_the_build_says_in_one_line_how_many_hidden_files_it_skipped(repo):
    folder = repo / "seeds"
    (folder / ".draft.txt").write_text(BODY, encoding="utf-8")
    (folder / "sub" / ".notes.md").write_text(BODY, encoding="utf-8")
    (folder / "sub" / "deep.txt").write_text(BODY.replace("bridge", "tunnel"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(folder), "--out", str(repo / "out"), "--jobs", "1"])
    hidden = [line for line in result.stderr.split("\n") if "hidden" in line]
    assert hidden == [
        "seeds/: skipped 2 hidden files (.draft.txt, sub/.notes.md): hidden files are not seeds; "
        "rename without the leading dot to brief one"
    ]
    assert result.exit_code == 0 and sorted(p.name for p in (repo / "out").glob("*.md")) == [
        "2024-01-05-real.md", "2024-01-05-sub-deep.md"
    ]
    assert check(folder, repo / "out", today=TODAY).warnings == hidden


def test_without_hidden_files_nothing_is_said_about_them(repo):
    assert build(repo / "seeds", repo / "out", today=TODAY).warnings == []
