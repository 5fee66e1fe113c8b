"""A build killed mid-way (a real process, SIGKILL) leaves every file whole,
and the next build repairs the rest to exactly what a clean build gives."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from generator.build import build
from generator.store import JOURNAL, MANIFEST, Store

from .conftest import ROOT
from .helpers import snapshot

pytestmark = pytest.mark.slow
SECTIONS = ("## Summary", "## Key actors", "## Open questions", "## Background", "## Timeline", "## Readability",
            "<summary>Source article</summary>")
PEOPLE = ("Ann Lee", "Omar Haddad", "Maria Gomez", "Tom Brown", "Priya Nair", "Jan Smit", "Lena Vogel", "Ken Sato")
PLACES = ("Rotterdam", "Lima", "Nairobi", "Oslo", "Perth", "Quito", "Dakar", "Hanoi")
THINGS = ("bridge", "tram line", "harbour wall", "school", "hospital wing", "water plant", "ferry port", "library")


def invented_seed(n: int) -> str:
    """A small invented news article, different for each ``n``."""
    person, place, thing = PEOPLE[n % 8], PLACES[(n // 8) % 8], THINGS[(n * 3) % 8]
    other = PEOPLE[(n + 3) % 8]
    return (
        f" date 2024-{1 + n % 12:02d}-{1 + n % 27:02d} {place.upper()} — The city council of {place} voted on "
        f"Monday to build a new {thing}, Mayor {person} said, after a debate of {n + 2} hours.\n"
        f'"This {thing} will serve the city for fifty years," {person} told reporters outside the town hall.\n'
        f"The project will cost {n + 10} million dollars and should open in {2026 + n % 4}, officials said.\n"
        f"Opposition leader {other} said the plan was rushed and may challenge the vote in court next month.\n"
        f"Residents of {place} had waited since {1990 + n % 30} for the {thing}, which was first proposed "
        f"by a former mayor.\n"
    )


def make_seeds(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"story-{n:03d}.txt").write_text(invented_seed(n), encoding="utf-8")


def assert_whole(out: Path) -> None:
    """Every page has its front matter and all sections; every record and the manifest parse."""
    for page in out.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert text.startswith("---\n"), page
        front = yaml.safe_load(text.split("---\n")[1])
        assert front["seed"] and front["seed_sha256"], page
        positions = [text.index(section) for section in SECTIONS]
        assert positions == sorted(positions), page
        source_view = text.split("<summary>Source article</summary>")[1]
        assert f"sha256 {front['seed_sha256'][:12]}" in source_view, page  # the last line
    for record in (out / ".data").glob("*.json"):
        assert json.loads(record.read_text(encoding="utf-8"))["title"], record
    Store(out).manifest()  # raises if unreadable


def start_build(seeds: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out), "--jobs", "1"]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_after(process: subprocess.Popen[bytes], out: Path, pages: int) -> None:
    """SIGKILL ``process`` once ``out`` holds at least ``pages`` pages."""
    deadline = time.monotonic() + 120
    while len(list(out.glob("*.md"))) < pages:
        assert process.poll() is None, "the build ended before it could be killed"
        assert time.monotonic() < deadline, "the build wrote nothing in two minutes"
        time.sleep(0.01)
    kill_and_check_workers_end(process)


def children(pid: int) -> list[int]:
    found = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(word) for word in found.split()]


def running(pid: int) -> bool:
    """Whether ``pid`` is a live process (an unreaped zombie is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


def kill_and_check_workers_end(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL the build, then check that its worker processes end on their own (none is left holding memory)."""
    workers = children(process.pid)
    assert workers, "the build had no worker process"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in workers):
        assert time.monotonic() < deadline, f"worker processes outlived their killed build: {workers}"
        time.sleep(0.1)


@pytest.mark.parametrize("pages", [1, 17])
def test_a_killed_build_leaves_whole_files_and_the_next_build_repairs_the_rest(tmp_path, pages):
    seeds, out, clean = tmp_path / "seeds", tmp_path / "out", tmp_path / "clean"
    make_seeds(seeds, 40)
    process = start_build(seeds, out)
    kill_after(process, out, pages)
    assert process.returncode == -signal.SIGKILL
    written = len(list(out.glob("*.md")))
    assert pages <= written < 40, "killed too late to test anything"
    assert_whole(out)
    # The next build (a real process again) finishes the job.
    again = start_build(seeds, out)
    _, errors = again.communicate(timeout=600)
    assert again.returncode == 0, errors.decode()
    assert_whole(out)
    assert not (out / JOURNAL).exists()
    assert not [p for p in out.rglob("*.tmp")]
    # ... and gives exactly what a build from scratch gives.
    report = build(seeds, clean, jobs=1)
    assert report.ok and len(report.written) == 40
    assert snapshot(out) == snapshot(clean)


def test_a_killed_rebuild_of_changed_seeds_is_not_taken_for_hand_edits(tmp_path):
    seeds, out, clean = tmp_path / "seeds", tmp_path / "out", tmp_path / "clean"
    make_seeds(seeds, 30)
    assert build(seeds, out, jobs=1).ok
    for seed in seeds.iterdir():
        seed.write_text(seed.read_text(encoding="utf-8") + "The council meets again on Friday.\n", encoding="utf-8")
    process = start_build(seeds, out)
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.md")}
    deadline = time.monotonic() + 120
    while sum(p.stat().st_mtime_ns != before.get(p.name) for p in out.glob("*.md")) < 3:
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    kill_and_check_workers_end(process)
    assert_whole(out)
    report = build(seeds, out, jobs=1)
    assert report.ok, report.errors  # no page "edited by hand": the journal knows the killed build wrote them
    build(seeds, clean, jobs=1)
    assert snapshot(out).keys() == snapshot(clean).keys()
    for name, data in snapshot(clean).items():
        if name != MANIFEST:  # the manifest records each seed's mtime, which differs
            assert snapshot(out)[name] == data, name


def test_a_second_build_while_one_runs_fails_fast_with_the_lock_message(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    make_seeds(seeds, 30)
    first = start_build(seeds, out)
    deadline = time.monotonic() + 120
    while not list(out.glob("*.md")):
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    started = time.monotonic()
    second = start_build(seeds, out)
    _, errors = second.communicate(timeout=120)
    assert second.returncode == 1 and time.monotonic() - started < 30
    message = errors.decode().strip()
    assert message.endswith("another build of these briefings is running; wait for it to finish"), message
    assert "\n" not in message and "Traceback" not in message
    _, errors = first.communicate(timeout=600)
    assert first.returncode == 0, errors.decode()
    assert_whole(out)
    assert len(Store(out).manifest()) == 30
