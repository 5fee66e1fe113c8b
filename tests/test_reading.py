"""The reading experience in headless Chromium, measured: a briefing, a dossier, a topic page and the timeline,
1280 px and 390 px wide (a phone, emulated: a headless window is never narrower than 500 px)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.remote.webdriver import WebDriver

from generator.bench.browser import chromium, serve

pytestmark = pytest.mark.browser
PAGES = {
    "briefing": "briefings/2025-01-19-000-4ad2aa86603d796c/",  # the user's seed: both charts, the widest table
    "dossier": "actors/marieke-de-vries/",
    "topic": "topics/branch-library/",
    "timeline": "timeline/",
}
WIDTHS = [1280, 390]


@pytest.fixture(scope="module")
def site(built_site: Path) -> Iterator[tuple[WebDriver, str]]:
    with serve(built_site) as base, chromium() as driver:
        yield driver, base


def show(driver: WebDriver, base: str, path: str, width: int) -> None:
    """Open ``path`` in a window ``width`` wide (a phone's, touch and all, below 500 px)."""
    metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    driver.get(base + path)
    assert driver.execute_script("return innerWidth") == width


def measure(driver: WebDriver, script: str) -> Any:
    return driver.execute_script(script)


_SIDEBAR = """
const side = document.querySelector(".md-sidebar--primary");
return {shown: !!side && side.checkVisibility(), article: document.querySelector("article").offsetWidth};
"""


@pytest.mark.parametrize("page", list(PAGES))
def test_a_wide_page_gives_the_empty_left_sidebars_width_to_the_text(site, page):
    driver, base = site
    show(driver, base, PAGES[page], 1280)
    seen = measure(driver, _SIDEBAR)
    assert not seen["shown"] and seen["article"] > 0.7 * 1280, seen


def test_a_page_of_a_section_keeps_the_sidebar_that_lists_the_sections_pages(site):
    driver, base = site
    show(driver, base, "about/", 1280)
    assert measure(driver, _SIDEBAR)["shown"]


def test_a_phone_still_reaches_every_section_through_the_drawer(site):
    driver, base = site
    show(driver, base, PAGES["briefing"], 390)
    links = measure(driver, "return [...document.querySelectorAll('.md-sidebar--primary a')].map(a => a.textContent)")
    assert {"Briefings", "Actors", "Topics", "Timeline"} <= {link.strip() for link in links}


_OUTSIDE = """
return [...document.querySelectorAll("article *")].flatMap(el => {
  const box = el.getBoundingClientRect();
  const out = box.width > 0 && (box.left < -0.5 || box.right > innerWidth + 0.5);
  return out ? [`${el.tagName.toLowerCase()} ${el.textContent.trim().slice(0, 30)}: ${box.left}..${box.right}`] : [];
}).slice(0, 5);
"""


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("page", list(PAGES))
def test_no_page_is_wider_than_the_window_nor_holds_anything_wider(site, page, width):
    driver, base = site
    show(driver, base, PAGES[page], width)
    assert measure(driver, "return document.scrollingElement.scrollWidth") <= width
    assert measure(driver, _OUTSIDE) == []


def test_on_a_phone_each_key_actor_is_a_block_that_names_its_cells(site):
    driver, base = site
    show(driver, base, PAGES["briefing"], 390)
    rows = measure(driver, """
      const table = document.querySelector("#key-actors + * table, #key-actors + table");
      return [...table.querySelectorAll("tbody tr")].map(tr => [...tr.cells].map(td =>
        [getComputedStyle(td, "::before").content, td.getBoundingClientRect().left]));
    """)
    assert len(rows) >= 2
    for cells in rows:
        labels = [label for label, _ in cells]
        assert labels == ["none", '"Kind: "', '"Role: "', '"What they said or did: "']
        assert len({round(left) for _, left in cells}) == 1  # one above the other, not side by side


_CHART_TEXT = """
const probe = document.createElement("small");
probe.textContent = "x";
document.querySelector("article p").append(probe);
const small = parseFloat(getComputedStyle(probe).fontSize);
probe.remove();
return {small, charts: [...document.querySelectorAll("article svg[role=img]")].map(svg => {
  const frame = svg.getBoundingClientRect();
  return {frame: [frame.left, frame.right, frame.top, frame.bottom], said: svg.getAttribute("aria-labelledby")
    .split(" ").map(id => document.getElementById(id).textContent).join(" "),
    texts: [...svg.querySelectorAll("text")].map(t => {
      const box = t.getBoundingClientRect();
      return {text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
              box: [box.left, box.right, box.top, box.bottom]};
    })};
})};
"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return min(a[1], b[1]) - max(a[0], b[0]) > 0.5 and min(a[3], b[3]) - max(a[2], b[2]) > 0.5


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("page", ["briefing", "timeline"])
def test_chart_text_is_no_smaller_than_the_small_text_and_no_label_overlaps_or_is_cut(site, page, width):
    driver, base = site
    show(driver, base, PAGES[page], width)
    seen = measure(driver, _CHART_TEXT)
    assert seen["charts"], "no chart on the page"
    for chart in seen["charts"]:
        texts, (left, right, top, bottom) = chart["texts"], chart["frame"]
        assert texts and chart["said"]
        for text in texts:
            assert text["size"] >= seen["small"], text
            x0, x1, y0, y1 = text["box"]
            assert left - 0.5 <= x0 and x1 <= right + 0.5 and top - 0.5 <= y0 and y1 <= bottom + 0.5, text
        for n, text in enumerate(texts):
            for other in texts[n + 1 :]:
                assert not _overlap(text["box"], other["box"]), (text["text"], other["text"])
