"""End to end: a project folder built with ``mkdocs build --strict``."""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path

import pytest

from .conftest import TEST_SEEDS
from .helpers import searched_pages

pytestmark = pytest.mark.site


def test_site_has_a_page_per_briefing_and_the_cross_pages(built_site: Path):
    pages = sorted(p.parent.name for p in (built_site / "briefings").glob("*/index.html"))
    assert pages == ["2023-11-20-library-vote", "2024-03-08-harbour-strike", "2024-03-15-harbour-deal",
                     "2025-01-19-000-4ad2aa86603d796c"]
    for page in ("actors/index.html", "archive/index.html", "archive/2025-01/index.html", "timeline/index.html",
                 "topics/index.html"):
        assert (built_site / page).exists(), page


def _title_of(site: Path, name: str) -> str:
    """The title in a briefing's front matter, as the plugin wrote it in the project built."""
    import yaml

    text = (site.parent / "briefings" / f"{name}.md").read_text(encoding="utf-8")
    return str(yaml.safe_load(text.split("---")[1])["title"])


def test_the_search_index_finds_the_seed_by_an_actors_name_and_labels_it_a_briefing_of_its_year(built_site: Path):
    page = searched_pages(built_site)["/briefings/2025-01-19-000-4ad2aa86603d796c/"]
    assert "Xi Jinping" in page["content"]
    assert page["filters"] == {"kind": ["briefing"], "year": ["2025"]}
    assert page["meta"]["kind"] == "briefing" and page["meta"]["date"] == "2025-01-19"
    assert page["meta"]["title"] == _title_of(built_site, "2025-01-19-000-4ad2aa86603d796c")


def test_the_search_indexes_what_a_briefing_says_and_leaves_out_what_repeats(built_site: Path):
    pages = searched_pages(built_site)
    page = "/briefings/2025-01-19-000-4ad2aa86603d796c/"
    anchors = {anchor["id"] for anchor in pages[page]["anchors"] if anchor["element"] == "h2"}
    assert anchors == {"summary", "key-actors", "open-questions", "background"}
    text = pages[page]["content"]
    assert "Xi Jinping" in text and "mentions" not in text  # the actors' table, not the chart
    assert "¶" not in text and "Seed:" not in text  # no permalinks, no source article
    assert pages["/actors/xi-jinping/"]["content"] == "Xi Jinping. person."  # a dossier: its name and kind
    assert pages["/actors/xi-jinping/"]["filters"] == {"kind": ["actor"]}
    assert pages["/topics/branch-library/"]["filters"] == {"kind": ["topic"]}
    assert not any(url.startswith(("/timeline/20", "/archive/20")) for url in pages)  # pages that repeat others
    assert not (built_site / "search").exists()  # Material's search is off: no lunr index
    # The page itself still has every section, with its anchor.
    html = (built_site / page.strip("/") / "index.html").read_text(encoding="utf-8")
    for anchor in ("in-their-words", "timeline", "related-briefings", "readability"):
        assert f'id="{anchor}"' in html, anchor


def test_home_lists_briefings_newest_first(built_site: Path):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    order = [html.index(f"briefings/{name}/") for name in
             ("2025-01-19-000-4ad2aa86603d796c", "2024-03-08-harbour-strike", "2023-11-20-library-vote")]
    assert order == sorted(order)


def test_pages_load_nothing_from_another_host(built_site: Path):
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html):
            if 'rel="canonical"' in tag:  # the page's own address (site_url), which nothing loads
                continue
            assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", tag), (page, tag)


def test_headings_never_skip_a_level_and_pictures_have_text_alternatives(built_site: Path):
    for page in built_site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        article = html[html.find("<article") : html.find("</article>")]
        levels = [int(level) for level in re.findall(r"<h([1-6])\b", article)]
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, f"{page}: h{before} followed by h{after}"
        for svg in re.findall(r"<svg\b[^>]*>.*?</svg>", article, re.S):
            if 'role="img"' in svg:  # our charts; Material's icons are decorative
                assert re.search(r"<title[^>]*>[^<]+</title>", svg) and re.search(r"<desc[^>]*>[^<]+</desc>", svg)
    charts = (built_site / "briefings" / "2025-01-19-000-4ad2aa86603d796c" / "index.html").read_text(encoding="utf-8")
    assert charts.count('role="img"') == 2


def test_the_build_inside_mkdocs_logs_its_progress(built_site: Path):
    logged = (built_site.parent / "build.log").read_text(encoding="utf-8")
    seeds = 1 + len(list(TEST_SEEDS.iterdir()))
    progress = [line.split("briefings: ")[1] for line in logged.splitlines() if line.endswith(" briefed")]
    assert progress == [f"{done}/{seeds} briefed" for done in range(1, seeds + 1)]  # under ten: each one


def test_a_strict_build_passes_with_materials_end_of_life_notice_shown(built_site: Path):
    # The notice is printed, not logged: --strict does not count it, and nothing hides it.
    assert "Material for MkDocs reaches end of life" in (built_site.parent / "build.log").read_text(encoding="utf-8")


def test_the_briefings_markdown_builds_without_the_plugin_or_material(tmp_path: Path):
    import shutil
    import subprocess
    import sys

    from .conftest import ROOT

    (tmp_path / "docs").mkdir()
    for golden in (ROOT / "tests" / "golden").glob("*.md"):
        shutil.copy(golden, tmp_path / "docs" / golden.name)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Plain\ntheme:\n  name: mkdocs\n"
        "markdown_extensions: [admonition, attr_list, md_in_html, tables, pymdownx.escapeall]\n"
        "validation:\n  links:\n    not_found: info  # the actors' dossiers are the plugin's pages\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    page = (tmp_path / "site" / "library-vote" / "index.html").read_text(encoding="utf-8")
    assert '<div class="admonition abstract">' in page and "<table>" in page and "<svg" in page
    assert 'id="s-0"' in page


def test_the_sitemap_lists_every_briefing_at_the_sites_address(built_site: Path):
    import xml.etree.ElementTree as ET

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    listed = {loc.text for loc in ET.parse(built_site / "sitemap.xml").getroot().findall("s:url/s:loc", ns)}
    site_url = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")  # mkdocs.yml: from the environment, or local
    briefings = {f"{site_url}briefings/{p.parent.name}/" for p in (built_site / "briefings").glob("*/index.html")}
    assert len(briefings) == 4 and briefings <= listed
