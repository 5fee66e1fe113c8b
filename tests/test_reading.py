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
