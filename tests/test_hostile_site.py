"""End to end: a site built with ``mkdocs build --strict`` from hostile and bad
seeds next to good ones holds every good briefing and no live markup."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from generator.bench.browser import chromium, serve

from .conftest import TEST_SEEDS, USER_SEED, build_site
from .helpers import searched_pages
from .hostile_markup import hostile_markdown_seed, hostile_plain_seed, live_markup_in_site

pytestmark = pytest.mark.site
HOSTILE_PAGES = ("2024-05-01-script-xss", "2024-05-02-img-src-xss-onerror-xss", "2024-06-01-zoe-wang-fei-evil")
# English, with emoji, CJK and right-to-left names, invisible controls and what XML forbids or parses.
UNICODE_SEED = (
    " date 2024-06-01 HONG KONG — The singer 王菲 (Faye Wong) said on Monday 🎤 that her tour would resume "
    "next year, and the envoy \u0645\u062d\u0645\u062f welcomed it.\n"
    "Fans \u202echeered\u202c at the arena ]]> & <![CDATA[ x ]]> \x01\uffff as the news spread 😀, "
    "the promoter Lena Vogel said.\n"
)
BAD_SEEDS = {
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02\x03" * 100,
    "no-date.txt": b"The council voted on Monday to build a new bridge, the mayor said.\n",
    "python.md": b"---\ndate: !!python/object/apply:os.system ['touch /tmp/hacked-site']\n---\nThe council voted.\n",
    "french.txt": " date 2024-01-05 Le conseil a voté lundi la construction d'un pont, a dit le maire.\n".encode(),
}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = tmp_path_factory.mktemp("hostile-seeds")
    (seeds / "<script>xss().txt").write_text(hostile_plain_seed("2024-05-01"), encoding="utf-8")
    (seeds / "<img src=xss onerror=xss()>.md").write_text(hostile_markdown_seed("2024-05-02"), encoding="utf-8")
    (seeds / "Zoë 王菲 🎤 \u202eevil.txt").write_text(UNICODE_SEED, encoding="utf-8")
    for name, data in BAD_SEEDS.items():
        (seeds / name).write_bytes(data)
    folder = tmp_path_factory.mktemp("hostile-project")
    done = build_site(folder, [USER_SEED, *sorted(TEST_SEEDS.iterdir()), *sorted(seeds.iterdir())])
    assert done.returncode == 0, done.stderr[-3000:]
    return folder / "site"


def test_the_strict_build_passes_with_every_good_briefing_and_each_bad_seed_skipped(hostile_site: Path):
    pages = {p.parent.name for p in (hostile_site / "briefings").glob("*/index.html")}
    good = {"2025-01-19-000-4ad2aa86603d796c", "2024-03-08-harbour-strike", "2023-11-20-library-vote"}
    assert good | set(HOSTILE_PAGES) <= pages
    assert not any(name.split(".")[0] in page for name in BAD_SEEDS for page in pages)
    assert not Path("/tmp/hacked-site").exists()


def test_no_page_and_no_search_entry_holds_live_markup_from_the_seeds(hostile_site: Path):
    assert live_markup_in_site(hostile_site) == {}


def test_hostile_titles_show_as_text_in_the_title_the_home_list_and_the_search_index(hostile_site: Path):
    page = (hostile_site / "briefings" / HOSTILE_PAGES[1] / "index.html").read_text(encoding="utf-8")
    assert "<title>&lt;script&gt;xss()&lt;/script&gt; {{ xss }} &lt;img src=xss onerror=xss()&gt;" in page
    home = (hostile_site / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;xss()&lt;/script&gt; {{ xss }}" in home
    searched = searched_pages(hostile_site)[f"/briefings/{HOSTILE_PAGES[1]}/"]  # plain text, shown as text
    assert searched["meta"]["title"].startswith("<script>xss()</script> {{ xss }}")


def test_the_feed_is_well_formed_and_holds_only_text(hostile_site: Path):
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(hostile_site / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) >= 6
    for entry in entries:
        for field in ("title", "summary"):
            element = entry.find(f"{atom}{field}")
            assert element is not None and element.get("type", "text") == "text" and len(element) == 0
    titles = [entry.findtext(f"{atom}title") for entry in entries]
    assert "<script>xss()</script> {{ xss }} <img src=xss onerror=xss()> # | *" in titles


@pytest.fixture(scope="module")
def browser(hostile_site: Path) -> Iterator[tuple[WebDriver, str]]:
    with serve(hostile_site) as base, chromium() as driver:
        yield driver, base


LIVE_IN_DOM = """
const found = [];
for (const el of document.querySelectorAll('*')) {
  if (el.tagName.toLowerCase().includes('xss')) found.push(el.tagName);
  for (const attr of el.attributes) {
    const value = attr.value.toLowerCase();
    if (attr.name.startsWith('on') && value.includes('xss')) found.push(el.tagName + ' ' + attr.name);
    if (value.trim().startsWith('javascript:')) found.push(el.tagName + ' ' + attr.name);
    const risky = ['class', 'src', 'style'].includes(attr.name);
    if (risky && value.includes('xss')) found.push(el.tagName + ' ' + attr.name);
  }
  if (['SCRIPT', 'STYLE'].includes(el.tagName) && el.textContent.includes('xss')) found.push(el.tagName);
}
return found;
"""


@pytest.mark.browser
def test_in_a_browser_the_pages_and_the_search_results_hold_nothing_live(browser):
    driver, base = browser
    for path in ("", *(f"briefings/{page}/" for page in HOSTILE_PAGES), "actors/", "timeline/", "archive/2024-05/"):
        driver.get(base + path)
        assert driver.execute_script(LIVE_IN_DOM) == [], path
    driver.get(base)
    driver.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    box = WebDriverWait(driver, 20).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input")))
    box.send_keys("script xss")
    WebDriverWait(driver, 20).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".md-search-result__item")))
    results = driver.find_element(By.CSS_SELECTOR, ".md-search-result").get_attribute("innerHTML") or ""
    assert "&lt;script&gt;" in results
    assert driver.execute_script(LIVE_IN_DOM) == []
