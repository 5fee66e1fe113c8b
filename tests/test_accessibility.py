"""Accessibility in headless Chromium: axe-core finds no serious violation (WCAG 2.2 AA rules) on any kind of
page, in either colour scheme, wide or narrow; the Tab key reaches every link and control and shows where it is;
the charts tell a screen reader what they draw."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from generator.bench.browser import chromium, search_here, serve

from .axe import AXE, axe_version, axe_violations, hold_still, prefer_scheme

pytestmark = pytest.mark.browser
BRIEFING = "briefings/2025-01-19-000-4ad2aa86603d796c/"  # the user's seed: the longest page, with both charts
PAGES = {
    "home": "",
    "briefing": BRIEFING,
    "dossier": "actors/marieke-de-vries/",
    "topic": "topics/branch-library/",
    "timeline": "timeline/",
    "archive": "archive/",
    "search results": "",  # the home page with the search open on a word that finds several briefings
    "about": "about/",
}
SEARCH_WORD = "strike"
BLOCKING = {"serious", "critical"}


@pytest.fixture(scope="module")
def site(built_site: Path) -> Iterator[tuple[WebDriver, str]]:
    for path in set(PAGES.values()):
        assert (built_site / path / "index.html").exists(), f"{path}index.html: not in the test site"
    with serve(built_site) as base, chromium() as driver:
        yield driver, base


def show(driver: WebDriver, base: str, path: str, *, dark: bool = False, width: int = 1280) -> None:
    """Open ``path`` as a first-time reader whose system prefers ``dark`` or light, in a window ``width`` wide."""
    prefer_scheme(driver, dark)
    driver.set_window_size(width, 900)
    driver.get(base + path)
    driver.execute_script("localStorage.clear(); sessionStorage.clear()")  # Material keeps a scheme once chosen
    driver.refresh()  # a load of its own, whatever the page before left (an open search, a fragment)
    scheme = "slate" if dark else "default"
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.body.dataset.mdColorScheme") == scheme,
        f"{path or 'home'}: Material did not take the {scheme} scheme",
    )
    hold_still(driver)


@pytest.mark.parametrize("width", [1280, 390], ids=lambda w: f"{w}px")
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("page", list(PAGES))
def test_a_page_has_no_serious_accessibility_violation(site, page, dark, width):
    driver, base = site
    show(driver, base, PAGES[page], dark=dark, width=width)
    if page == "search results":
        search_here(driver, SEARCH_WORD)
    found = [v for v in axe_violations(driver) if v["impact"] in BLOCKING]
    assert not found, f"{page}, {'dark' if dark else 'light'}, {width}px:\n" + "\n".join(
        f"  {v['id']} ({v['impact']}): {v['help']}; {len(v['targets'])} element(s), e.g. {v['targets'][:3]}"
        for v in found
    )


def test_the_search_dialog_is_named_and_every_table_header_cell_has_text(site):
    """Two of axe's best practices (not WCAG rules) that the site once failed: a screen reader announces
    what opened, and what each column holds."""
    driver, base = site
    show(driver, base, BRIEFING)
    assert driver.find_elements(By.CSS_SELECTOR, "[role='dialog'], th")
    assert axe_violations(driver, rules=["aria-dialog-name", "empty-table-header"]) == []


# Every element the Tab key may stop on gets a number and its looks at rest; then each stop is
# checked: on screen, not under something else, and ringed or looking different from at rest
# (one hidden at rest, such as the search box on a narrow screen, shows the focus by appearing).
_MARK = """
const out = [];
document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]").forEach((el, n) => {
  el.dataset.tabStop = n;
  const shown = el.checkVisibility({opacityProperty: true, visibilityProperty: true})
    && el.getClientRects().length > 0 && !el.closest("[inert]");
  if (shown && el.tabIndex >= 0 && !el.disabled) out.push(String(n));
  const seen = el.matches("input.md-option") ? el.nextElementSibling : el;  // the palette's radio shows on its label
  const s = getComputedStyle(seen);
  el.dataset.atRest = seen.checkVisibility({opacityProperty: true, visibilityProperty: true})
    ? [s.backgroundColor, s.boxShadow, s.borderColor, s.textDecorationLine].join("|") : "hidden";
});
return out;
"""
_PROBE = """
const done = arguments[arguments.length - 1];  // measured two frames on: Material reacts to focus in a frame
requestAnimationFrame(() => requestAnimationFrame(() => done(probe())));
function probe() {
const el = document.activeElement;
if (!el || el === document.body || !el.dataset.tabStop) return null;
const seen = el.matches("input.md-option") ? el.nextElementSibling : el;
const box = seen.getBoundingClientRect(), s = getComputedStyle(seen);
const x = box.left + box.width / 2, y = box.top + box.height / 2;
const onScreen = box.width > 0 && box.height > 0 && x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
const top = onScreen ? document.elementsFromPoint(x, y).find(e =>
  e.contains(seen) || seen.contains(e) || e.checkVisibility({opacityProperty: true, visibilityProperty: true})) : null;
const ring = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
const now = [s.backgroundColor, s.boxShadow, s.borderColor, s.textDecorationLine].join("|");
const name = (el.innerText || el.getAttribute("aria-label") || el.title || el.tagName).trim().slice(0, 40);
const covered = !!top && !(top.contains(seen) || seen.contains(top));
return {stop: el.dataset.tabStop, name, onScreen, covered, marked: ring || now !== el.dataset.atRest};
}
"""


@pytest.mark.parametrize("width", [1280, 390], ids=lambda w: f"{w}px")
@pytest.mark.parametrize("page", ["home", "briefing"])
def test_the_tab_key_reaches_every_link_and_control_and_shows_where_it_is(site, page, width):
    driver, base = site
    show(driver, base, PAGES[page], width=width)
    expected = set(driver.execute_script(_MARK))
    stops: list[dict[str, Any]] = []
    for _ in range(600):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        stop = driver.execute_async_script(_PROBE)
        if stop is None or (stops and stop["stop"] == stops[0]["stop"]):
            break  # back to the page itself, or round again
        stops.append(stop)
    missed = expected - {stop["stop"] for stop in stops}
    problems = [f"not reached: {len(missed)} of {len(expected)} links and controls"] if missed else []
    problems += [f"off screen: {s['name']!r}" for s in stops if not s["onScreen"]]
    problems += [f"under something else: {s['name']!r}" for s in stops if s["onScreen"] and s["covered"]]
    problems += [f"no visible focus: {s['name']!r}" for s in stops if not s["marked"]]
    assert len(stops) > 20 and not problems, "\n".join(problems)


def test_the_charts_tell_a_screen_reader_the_numbers_and_dates_they_draw(site):
    driver, base = site
    show(driver, base, BRIEFING)
    charts = driver.find_elements(By.CSS_SELECTOR, "figure.briefing-chart svg[role='img']")
    assert len(charts) == 2
    for chart in charts:
        said = chart.accessible_name
        drawn = [t.get_attribute("textContent") for t in chart.find_elements(By.CSS_SELECTOR, "text")]
        assert said.startswith(("Key actors by number of mentions", "Timeline of dated events"))
        if said.startswith("Key actors"):  # name, count, name, count...: each name said with its count
            for name, count in zip(drawn[::2], drawn[1::2], strict=True):
                assert re.search(rf"{re.escape(name.rstrip('…'))}[^;]*: {count} mentions", said), (name, count)
        else:
            assert drawn and all(date in said for date in drawn)


def test_the_readme_names_the_wcag_level_and_the_axe_core_the_tests_run():
    root = AXE.parents[2]
    pinned = json.loads((root / "package.json").read_text())["devDependencies"]["axe-core"]
    readme = " ".join((root / "README.md").read_text(encoding="utf-8").split())
    assert pinned == axe_version()
    assert "WCAG 2.2 level AA" in readme and f"runs axe-core {pinned}" in readme
