"""A site of 100 generated briefings builds with --strict, and no page lists them all."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from generator.bench.corpus import seed_name, seed_text

from .conftest import build_site

pytestmark = pytest.mark.site
COUNT = 100


def test_a_site_of_100_generated_briefings_builds_strictly_with_small_pages(tmp_path: Path):
    made = tmp_path / "made"
    made.mkdir()
    seeds = []
    for index in range(COUNT):
        path = made / seed_name(index)
        path.write_text(seed_text(index), encoding="utf-8")
        seeds.append(path)
    project = tmp_path / "project"
    project.mkdir()
    done = build_site(project, seeds)
    assert done.returncode == 0, done.stderr[-3000:]
    site = project / "site"
    briefings = sorted((site / "briefings").glob("*/index.html"))
    assert len(briefings) == COUNT
    sizes = [page.stat().st_size for page in briefings]
    assert statistics.median(sizes) <= 100_000
    home = (site / "index.html").read_text(encoding="utf-8")
    assert home.count('href="briefings/') < COUNT // 2  # the home page lists the newest, not all
    for page in [*briefings[:3], site / "timeline" / "index.html", site / "archive" / "index.html"]:
        links = page.read_text(encoding="utf-8").count('/briefings/')
        assert links < COUNT // 2, f"{page} links to {links} briefings"
