"""Measuring the site of a benchmark project: ``mkdocs build``, ``mkdocs serve``, search in Chromium.

A project is a folder laid out as our repository is: a copy of
``mkdocs.yml`` and ``docs/``, a ``seeds/`` folder and the ``briefings/``
folder the plugin keeps up to date.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import measure

ROOT = Path(__file__).resolve().parents[2]
SERVE_TIMEOUT = 900.0


@dataclass(frozen=True)
class SiteSize:
    """How big a built site is."""

    total_mb: float
    files: int
    search_index_mb: float
    median_briefing_kb: float
    largest_page_kb: float


def lay_out(project: Path, *, generate: bool = True) -> None:
    """Copy ``mkdocs.yml`` and ``docs/`` of the repository into ``project``; without ``generate``, the
    site is built from the briefings there (no seeds, none regenerated)."""
    project.mkdir(parents=True, exist_ok=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if not generate:
        config = config.replace("\n  - briefings\n", "\n  - briefings:\n      generate: false\n", 1)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    if not (project / "docs").exists():
        shutil.copytree(ROOT / "docs", project / "docs")


def environment() -> dict[str, str]:
    """The environment of a measured run: Material's end-of-life notice, printed at each start, left out
    of the timings' output (`make site` and `make serve` show it)."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_command() -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]


def build(project: Path) -> measure.Run:
    """``mkdocs build --strict`` in ``project`` (its briefings already current)."""
    return measure.run(build_command(), cwd=project, env=environment())


def size(site: Path) -> SiteSize:
    total = files = 0
    largest = 0
    for directory, _, names in os.walk(site):
        for name in names:
            bytes_ = (Path(directory) / name).stat().st_size
            total, files = total + bytes_, files + 1
            if name.endswith(".html"):
                largest = max(largest, bytes_)
    briefings = [p.stat().st_size for p in (site / "briefings").glob("*/index.html")]
    return SiteSize(
        total_mb=total / 1e6,
        files=files,
        search_index_mb=index_mb(site),
        median_briefing_kb=statistics.median(briefings) / 1e3 if briefings else 0.0,
        largest_page_kb=largest / 1e3,
    )


def index_mb(site: Path) -> float:
    """The search index on disk: lunr's JSON, or Pagefind's whole bundle."""
    lunr = site / "search" / "search_index.json"
    if lunr.exists():
        return lunr.stat().st_size / 1e6
    bundle = site / "_pagefind"
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file()) / 1e6 if bundle.exists() else 0.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8", "replace"))
    except (urllib.error.URLError, OSError):
        return None


def wait_for(url: str, needle: str, since: float, timeout: float = SERVE_TIMEOUT) -> float:
    """Seconds from ``since`` until ``url`` answers with a page containing ``needle``."""
    while time.perf_counter() - since < timeout:
        page = fetch(url)
        if page is not None and needle in page:
            return time.perf_counter() - since
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not show {needle!r} within {timeout:.0f} s")


@contextmanager
def serving(project: Path) -> Iterator[str]:
    """Run ``mkdocs serve`` in ``project`` on a free loopback port; yield its base URL, stop it on leaving."""
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "--no-strict", "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        command, cwd=project, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def serve(
    project: Path, changed_seed: Path, changed_page: str, change: object, timeout: float = SERVE_TIMEOUT
) -> tuple[float, float]:
    """Seconds until ``mkdocs serve`` answers its home page, and until a changed seed shows.

    ``change`` is called with no argument to change ``changed_seed``; it
    returns a word the new page must contain.
    """
    started = time.perf_counter()
    with serving(project) as base:
        first = wait_for(base, "</html>", started, timeout)
        time.sleep(1.0)  # let the watcher settle before the change
        assert callable(change)
        changed = time.perf_counter()
        marker = change()
        shown = wait_for(f"{base}briefings/{Path(changed_page).stem}/", str(marker), changed, timeout)
    return first, shown
