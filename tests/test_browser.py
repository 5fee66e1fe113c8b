"""The built site in headless Chromium: search (Pagefind), open a briefing, follow links."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from generator.bench.browser import chromium, search, serve

pytestmark = pytest.mark.browser
SEED_PAGE = "briefings/2025-01-19-000-4ad2aa86603d796c/"


@pytest.fixture(scope="module")
def site(built_site: Path) -> Iterator[tuple[WebDriver, str]]:
    with serve(built_site) as base, chromium() as driver:
        yield driver, base


def follow(driver: WebDriver, link: WebElement, lands_on: str) -> str:
    """Click ``link``, wait for a URL containing ``lands_on``; the heading of the page reached."""
    link.click()
    WebDriverWait(driver, 10).until(lambda d: lands_on in d.current_url)
    return driver.find_element(By.TAG_NAME, "h1").text


def harbour_record(built_site: Path) -> dict:
    """The record the build kept for the harbour-strike test seed."""
    return json.loads(next((built_site.parent / "briefings" / ".data").glob("2024-03-08-*.json")).read_text())


def test_searching_an_actor_finds_the_briefing_which_opens_on_its_actors(site):
    driver, base = site
    links = search(driver, base, "Xi Jinping")
    target = next(link for link in links if SEED_PAGE in link)
    driver.get(target)
    heading = WebDriverWait(driver, 10).until(ec.presence_of_element_located((By.ID, "key-actors")))
    assert heading.text.startswith("Key actors")


def test_an_actor_link_in_a_briefing_lands_on_the_dossier(site):
    driver, base = site
    driver.get(base + SEED_PAGE)
    link = driver.find_element(By.XPATH, "//h2[@id='key-actors']/following::table[1]//a[contains(@href, '/actors/')]")
    name = link.text
    assert follow(driver, link, "/actors/") == name


def test_a_source_link_reaches_its_highlighted_sentence(site):
    driver, base = site
    driver.get(base + SEED_PAGE)
    link = driver.find_element(By.CSS_SELECTOR, "#summary ~ ul a[href^='#s-']")
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    sentence = driver.find_element(By.ID, anchor)
    assert sentence.is_displayed()
    background = driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", sentence)
    assert background == "solid"


def test_the_pages_request_nothing_but_the_local_server(site):
    driver, base = site
    driver.get_log("performance")  # drop what earlier tests requested
    for path in ("", SEED_PAGE, "actors/", "timeline/"):
        driver.get(base + path)
    hosts = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if url.startswith("http"):
                hosts.add(urlparse(url).netloc)
    assert hosts == {urlparse(base).netloc}


HARBOUR = "briefings/2024-03-08-harbour-strike/"
LIBRARY = "briefings/2023-11-20-library-vote/"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"


def test_searching_part_of_a_hyphenated_name_finds_the_briefing(site):
    driver, base = site
    assert any(SEED_PAGE in link for link in search(driver, base, "Kuo"))


def test_searching_a_topic_finds_a_briefing_with_it(site, built_site):
    driver, base = site
    record = harbour_record(built_site)
    topic = record["topics"][0]
    assert any(HARBOUR in link for link in search(driver, base, topic))


def test_searching_an_actor_shows_the_dossier_first(site):
    driver, base = site
    links = search(driver, base, "Marieke de Vries")
    assert "/actors/marieke-de-vries/" in links[0]


def result_kinds(driver: WebDriver) -> list[str]:
    labels = driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item .briefings-search__kind")
    return [label.text for label in labels]


def test_search_results_are_labelled_by_kind_and_narrowed_by_kind_and_year(site):
    driver, base = site
    search(driver, base, "strike")
    # the list is drawn again as each filter applies: a label read as it is replaced is read again, not a failure
    wait = WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,))
    assert wait.until(lambda d: any(kind.startswith("BRIEFING · 2024-03") for kind in result_kinds(d)))
    kind = wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, "select[name=kind]")))
    Select(kind).select_by_value("briefing")
    wait.until(lambda d: result_kinds(d) and all(k.startswith("BRIEFING") for k in result_kinds(d)))
    Select(driver.find_element(By.CSS_SELECTOR, "select[name=year]")).select_by_value("2024")
    wait.until(lambda d: result_kinds(d) and all(k.startswith("BRIEFING · 2024") for k in result_kinds(d)))
    Select(kind).select_by_value("actor")  # no actor is of a year: nothing left
    wait.until(lambda d: not result_kinds(d))
    assert "No matching documents" in driver.find_element(By.CSS_SELECTOR, ".briefings-search__count").text


def test_the_first_result_is_shown_before_the_fragments_of_the_others_have_come(built_site):
    requests = itertools.count()

    def slow(path: str) -> float:  # each result's fragment 3 s later than the one asked for before it (a loaded
        return 3.0 * next(requests) if "/_pagefind/fragment/" in path else 0.0  # machine must not close the gap)

    with serve(built_site, delay=slow) as base, chromium() as driver:
        first = search(driver, base, "strike", complete=False)
        assert driver.find_element(By.CSS_SELECTOR, ".md-search-result__list").get_attribute("aria-busy") == "true"
        every = WebDriverWait(driver, 90).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, ".md-search-result__list:not([aria-busy]) a"))
    assert 1 <= len(first) < len(every)


def test_the_keyboard_opens_the_search_moves_through_the_results_and_opens_one(site):
    driver, base = site
    driver.get(base + "about/")
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    box = driver.switch_to.active_element
    assert "md-search__input" in box.get_attribute("class").split()
    box.send_keys("Jinping")
    wait = WebDriverWait(driver, 20)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".md-search-result__item a")))
    box.send_keys(Keys.ARROW_DOWN)
    first = driver.switch_to.active_element
    assert "/actors/xi-jinping/" in first.get_attribute("href")
    first.send_keys(Keys.ARROW_DOWN)
    assert driver.switch_to.active_element.get_attribute("href") != first.get_attribute("href")
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    assert "md-search__input" in driver.switch_to.active_element.get_attribute("class").split()
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    wait.until(lambda d: "/actors/xi-jinping/" in d.current_url)


def test_escape_closes_the_search(site):
    driver, base = site
    search(driver, base, "strike")
    assert driver.find_element(By.ID, "__search").is_selected()
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert not driver.find_element(By.ID, "__search").is_selected()
    assert not driver.find_element(By.CSS_SELECTOR, ".md-search__output").is_displayed()


def test_a_related_briefing_link_lands_on_that_briefing(site):
    driver, base = site
    driver.get(base + HARBOUR)
    link = driver.find_element(By.XPATH, "//h2[@id='related-briefings']/following::ul[1]//a")
    assert "two-year wage deal" in follow(driver, link, "harbour-deal")


def test_a_topic_link_lands_on_the_topic_page_listing_the_briefing(site):
    driver, base = site
    driver.get(base + LIBRARY)
    tag = driver.find_element(By.XPATH, "//nav[@class='md-tags']/a[text()='branch library']")
    assert follow(driver, tag, "/topics/branch-library/") == "branch library"
    assert "Council delays vote" in driver.find_element(By.CSS_SELECTOR, "article").text


def test_a_topic_that_names_an_actor_links_to_the_actors_dossier(site, built_site):
    driver, base = site
    record = harbour_record(built_site)
    driver.get(base + HARBOUR)
    tag = driver.find_element(By.XPATH, "//nav[@class='md-tags']/a[text()='Marieke de Vries']")
    assert follow(driver, tag, "/actors/marieke-de-vries/") == "Marieke de Vries"
    assert record["title"] in driver.find_element(By.CSS_SELECTOR, "article").text


def test_home_lists_briefings_newest_first_in_the_browser(site):
    driver, base = site
    driver.get(base)
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "article h3 a")]
    order = [next(i for i, link in enumerate(links) if name in link) for name in
             ("2025-01-19-000", "2024-03-15-harbour-deal", "2024-03-08-harbour-strike", "2023-11-20-library-vote")]
    assert order == sorted(order)


def test_the_feed_parses_and_lists_every_briefing(site, built_site):
    import urllib.request
    import xml.etree.ElementTree as ET

    _, base = site
    with urllib.request.urlopen(base + "feed.xml") as response:
        root = ET.fromstring(response.read())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    hrefs = {urlparse(e.find("a:link", ns).get("href")).path for e in root.findall("a:entry", ns)}
    pages = {f"/briefings/{p.parent.name}/" for p in (built_site / "briefings").glob("*/index.html")}
    assert hrefs == pages


@pytest.mark.parametrize(
    ("name", "width", "dark"), [("light", 1280, False), ("dark", 1280, True), ("375px", 375, False)]
)
def test_screenshots_of_a_briefing_are_written_for_people_to_look_at(built_site, name, width, dark):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with serve(built_site) as base, chromium(width=width, height=1400, dark=dark) as driver:
        driver.get(base + SEED_PAGE)
        if dark:  # Material follows the system scheme on first visit; make sure the slate scheme is on
            driver.execute_script("document.body.setAttribute('data-md-color-scheme', 'slate')")
        scheme = driver.execute_script("return document.body.getAttribute('data-md-color-scheme')")
        assert scheme == ("slate" if dark else "default")
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"page is {overflow}px wider than the {width}px window"
        path = SCREENSHOTS / f"briefing-{name}.png"
        driver.save_screenshot(str(path))
        assert path.stat().st_size > 10_000
