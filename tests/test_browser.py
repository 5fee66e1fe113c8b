"""The built site in headless Chromium: search, open a briefing, follow links."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from .browser import chromium, serve

pytestmark = pytest.mark.browser
SEED_PAGE = "briefings/2025-01-19-000-4ad2aa86603d796c/"


@pytest.fixture(scope="module")
def site(built_site: Path) -> Iterator[tuple[WebDriver, str]]:
    with serve(built_site) as base, chromium() as driver:
        yield driver, base


def search(driver: WebDriver, base: str, words: str) -> list[str]:
    """Type ``words`` into Material's search box; return the result links."""
    driver.get(base)
    wait = WebDriverWait(driver, 20)
    driver.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input")))
    box.send_keys(words)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".md-search-result__item a")))
    return [a.get_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item a")]


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
    link.click()
    WebDriverWait(driver, 10).until(lambda d: "/actors/" in d.current_url)
    assert driver.find_element(By.TAG_NAME, "h1").text == name


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
