"""End to end: a project folder built with ``mkdocs build --strict``."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from .helpers import searched_pages

pytestmark = pytest.mark.site


def test_site_has_a_page_per_briefing_and_the_cross_pages(built_site: Path):
    pages = sorted(p.parent.name for p in (built_site / "briefings").glob("*/index.html"))
    assert pages == ["2023-11-20-library-vote", "2024-03-08-harbour-strike", "2024-03-15-harbour-deal",
                     "2025-01-19-000-4ad2aa86603d796c"]
    for page in ("actors/index.html", "archive/index.html", "archive/2025-01/index.html", "timeline/index.html",
                 "topics/index.html"):
        assert (built_site / page).exists(), page


def test_the_search_index_finds_the_seed_by_an_actors_name_and_labels_it_a_briefing_of_its_year(built_site: Path):
    page = searched_pages(built_site)["/briefings/2025-01-19-000-4ad2aa86603d796c/"]
    assert "Xi Jinping" in page["content"]
    assert page["filters"] == {"kind": ["briefing"], "year": ["2025"]}
    assert page["meta"] == {"kind": "briefing", "date": "2025-01-19",
                            "title": "Donald Trump tells advisers he wants to travel to China"}


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
    assert pages["/topics/port/"]["filters"] == {"kind": ["topic"]}
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
