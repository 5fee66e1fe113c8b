"""Seed file names: safe, stable briefing names; links and folders handled on purpose."""

from __future__ import annotations

import os
import re

import pytest

from generator.build import build, check
from generator.catalog import find_seeds, label, page_name

from .helpers import TODAY

SAFE = re.compile(r"\A\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md\Z")
BODY = " date 2024-01-05 The council voted on Monday to build a new bridge over the river, the mayor said.\n"


@pytest.mark.parametrize(
    ("seed", "page"),
    [
        ("harbour strike.txt", "2024-01-05-harbour-strike.md"),
        ("Zoë Ørsted in São Paulo.md", "2024-01-05-zoe-orsted-in-sao-paulo.md"),
        ("v1.2.final.draft.txt", "2024-01-05-v1-2-final-draft.md"),
        ("-rf --force.txt", "2024-01-05-rf-force.md"),
        ("..\\..\\etc\\passwd.txt", "2024-01-05-etc-passwd.md"),
        ("sub/folder/story.txt", "2024-01-05-sub-folder-story.md"),
        ("北京.txt", "2024-01-05-bei-jing.md"),
        ("🎉.md", "2024-01-05-seed.md"),
        ("<script>x</script>.txt", "2024-01-05-script-x-script.md"),
    ],
)
def test_a_seed_name_becomes_a_safe_briefing_name(seed, page):
    assert page_name(seed, "2024-01-05", []) == page


def test_a_very_long_name_is_cut_at_a_word_within_the_file_name_limit():
    name = page_name("word " * 200 + ".txt", "2024-01-05", [])
    assert SAFE.match(name) and len(name.encode()) <= 100
    taken = page_name("word " * 200 + "x.txt", "2024-01-05", [name])
    assert taken != name and len(taken.encode()) <= 120


def test_two_seeds_with_the_same_slug_get_distinct_names_that_do_not_depend_on_the_run():
    first = page_name("harbour strike.txt", "2024-01-05", [])
    second = page_name("Harbour-Strike.md", "2024-01-05", [first])
    assert first == "2024-01-05-harbour-strike.md"
    assert re.fullmatch(r"2024-01-05-harbour-strike-[0-9a-f]{8}\.md", second)
    assert page_name("Harbour-Strike.md", "2024-01-05", [first]) == second
    third = page_name("harbour_strike.txt", "2024-01-05", [first, second])
    assert len({first, second, third}) == 3


def test_a_name_taken_even_with_its_hash_still_gets_a_free_name():
    first = page_name("a b.txt", "2024-01-05", [])
    second = page_name("a b.txt", "2024-01-05", [first])
    third = page_name("a b.txt", "2024-01-05", [first, second])
    assert len({first, second, third}) == 3


def test_labels_escape_what_could_forge_or_break_a_message_line():
    assert label("plain name.txt") == "plain name.txt"
    assert label("two\nlines.txt") == "two\\nlines.txt"
    assert label("colour\x1b[31m.txt") == "colour\\x1b[31m.txt"
    assert label("evil\u202etxt.exe.txt") == "evil\\u202etxt.exe.txt"
    assert label(b"caf\xe9.txt".decode("utf-8", "surrogateescape")) == "caf\\xe9.txt"


def test_find_seeds_follows_links_inside_reports_dangling_ones_and_skips_folder_links(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "sub" / "deeper").mkdir(parents=True)
    (seeds / ".hidden").mkdir()
    for name in ("a.txt", "sub/b.md", "sub/deeper/c.markdown", ".hidden/d.txt", ".e.txt", "README.md", "notes.json"):
        (seeds / name).write_text(BODY, encoding="utf-8")
    (seeds / "link.txt").symlink_to(seeds / "sub" / "b.md")
    (seeds / "dangling.txt").symlink_to(seeds / "missing.txt")
    (seeds / "loop.txt").symlink_to(seeds / "loop.txt")
    (seeds / "folder-link").symlink_to(seeds / "sub", target_is_directory=True)
    (seeds / "sub" / "up").symlink_to(seeds, target_is_directory=True)  # a loop, if it were followed
    skipped: list = []
    found = {seed.name: seed.problem for seed in find_seeds(seeds, skipped)}
    assert found == {
        "a.txt": None,
        "dangling.txt": "dangling symbolic link (or a loop of links)",
        "link.txt": None,
        "loop.txt": "dangling symbolic link (or a loop of links)",
        "sub/b.md": None,
        "sub/deeper/c.markdown": None,
    }
    assert [str(item) for item in skipped] == [
        "folder-link: symbolic link to a folder; not followed",
        "sub/up: symbolic link to a folder; not followed",
        "seeds/: skipped 1 hidden file and 1 hidden folder (.hidden/, .e.txt): hidden files are not seeds; "
        "rename without the leading dot to brief one",
    ]


def test_a_pipe_named_like_a_seed_is_reported_without_being_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (seed,) = find_seeds(tmp_path)
    assert seed.problem == "not a regular file (a device, socket or pipe)"


def test_odd_names_build_to_distinct_stable_briefings_and_links_are_reported(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    (seeds / "sub").mkdir(parents=True)
    names = ["harbour strike.txt", "Harbour-Strike.txt", "sub/harbour strike.txt", "-x.txt", "a.b.c.txt",
             "Zoë.txt", "line\nbreak.txt"]
    for name in names:
        (seeds / name).write_text(BODY, encoding="utf-8")
    (seeds / "gone.txt").symlink_to(seeds / "nowhere.txt")
    (seeds / "folder").symlink_to(seeds / "sub", target_is_directory=True)
    report = build(seeds, out, today=TODAY)
    assert report.errors == ["gone.txt: dangling symbolic link (or a loop of links)"]
    assert report.warnings == ["folder: symbolic link to a folder; not followed"]
    assert len(set(report.written)) == len(names)
    assert all(SAFE.match(page) or re.fullmatch(r"[\w.-]+-[0-9a-f]{8}\.md", page) for page in report.written)
    pages = sorted(p.name for p in out.glob("*.md"))
    assert "2024-01-05-harbour-strike.md" in pages and "2024-01-05-line-break.md" in pages
    # Stable: a forced rebuild, and a build from scratch, give the same names.
    again = build(seeds, out, today=TODAY, force=True)
    assert sorted(again.written) == sorted(report.written)
    fresh = build(seeds, tmp_path / "fresh", today=TODAY)
    assert sorted(fresh.written) == sorted(report.written)
    # The page of the name with a line break shows it escaped, in one line.
    page = (out / "2024-01-05-line-break.md").read_text(encoding="utf-8")
    assert "seed: line\\nbreak.txt" in page
    assert check(seeds, out, today=TODAY).errors == ["gone.txt: dangling symbolic link (or a loop of links)"]


def test_a_file_name_that_is_not_utf8_is_briefed_and_shown_escaped(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    raw = os.fsencode(seeds) + b"/caf\xe9.txt"
    with open(raw, "wb") as handle:
        handle.write(BODY.encode("utf-8"))
    report = build(seeds, tmp_path / "out", today=TODAY)
    assert report.ok and report.written == ["2024-01-05-caf.md"]
    assert "seed: caf\\xe9.txt" in (tmp_path / "out" / "2024-01-05-caf.md").read_text(encoding="utf-8")


def test_a_page_written_by_hand_keeps_its_name_and_the_briefing_takes_another(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    out.mkdir()
    (seeds / "bridge.txt").write_text(BODY, encoding="utf-8")
    mine = out / "2024-01-05-bridge.md"
    mine.write_text("# My own page\n", encoding="utf-8")
    report = build(seeds, out, today=TODAY)
    assert report.ok and re.fullmatch(r"2024-01-05-bridge-[0-9a-f]{8}\.md", report.written[0])
    assert mine.read_text(encoding="utf-8") == "# My own page\n"
    build(seeds, out, today=TODAY, force=True)
    assert mine.read_text(encoding="utf-8") == "# My own page\n"


def test_moving_a_seed_to_another_date_renames_its_briefing(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    seed = seeds / "bridge.txt"
    seed.write_text(BODY, encoding="utf-8")
    build(seeds, out, today=TODAY)
    seed.write_text(BODY.replace("2024-01-05", "2024-02-01"), encoding="utf-8")
    report = build(seeds, out, today=TODAY)
    assert report.written == ["2024-02-01-bridge.md"]
    assert sorted(p.name for p in out.glob("*.md")) == ["2024-02-01-bridge.md"]
