"""Headless Chromium (Debian's chromium and chromium-driver) against a site served on localhost.

The benchmark times a first search result with it; the browser tests drive the built site with it.
Selenium is a development dependency: import this module only where it is installed.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

# Debian's paths; CI on a runner that ships Google Chrome and its chromedriver sets both variables.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
]


class Sent(NamedTuple):
    """A file the server sent: its path, its bytes, and when it began and finished sending (epoch seconds)."""

    path: str
    bytes: int
    started: float
    ended: float


@contextmanager
def serve(folder: Path, served: list[Sent] | None = None, delay: Callable[[str], float] | None = None) -> Iterator[str]:
    """Serve ``folder`` over HTTP on a free loopback port; yield its base URL.

    Each file sent is added to ``served``: what a page and its workers
    fetched, and when, which the browser's own log does not show whole.
    ``delay`` gives the seconds to wait before answering a path (a slow
    network, for the tests).
    """
    handler = functools.partial(_QuietHandler, directory=str(folder), served=served, delay=delay)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, served: list[Sent] | None = None, delay: Callable[[str], float] | None = None,
                 **kwargs: Any) -> None:
        self.served, self.delay = served, delay
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if self.delay is not None:
            time.sleep(self.delay(self.path))
        super().do_GET()

    def copyfile(self, source: Any, outputfile: Any) -> None:
        started = time.time()
        super().copyfile(source, outputfile)
        if self.served is not None:
            self.served.append(Sent(self.path, os.fstat(source.fileno()).st_size, started, time.time()))

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def chromium(width: int = 1280, height: int = 900, dark: bool = False) -> Iterator[webdriver.Chrome]:
    """A headless Chromium with a fresh profile, its performance log on (to see every request)."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        raise RuntimeError("browser tests need Debian's chromium and chromium-driver (apt-get install them)")
    profile = tempfile.mkdtemp(prefix="briefings-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"]:
        options.add_argument(flag)
    if dark:
        options.add_argument("--force-dark-mode")
        options.add_argument("--blink-settings=preferredColorScheme=0")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def search(driver: WebDriver, base: str, words: str, timeout: float = 20, complete: bool = True) -> list[str]:
    """Type ``words`` into the search box on the home page; return the result links (see :func:`search_here`)."""
    driver.get(base)
    return search_here(driver, words, timeout, complete=complete)


def search_here(driver: WebDriver, words: str, timeout: float = 20, pause: float = 0.0, complete: bool = True
                ) -> list[str]:
    """Open the search on the page shown (the box, or the header's button on a narrow screen), type ``words``
    (``pause`` seconds after the click); the result links once all are shown, or once the first is."""
    wait = WebDriverWait(driver, timeout, poll_frequency=0.05, ignored_exceptions=(StaleElementReferenceException,))
    wait.until(_shown_opener).click()  # once the page has laid out its header: none is shown before
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input")))
    time.sleep(pause)
    box.send_keys(words)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".md-search-result__item a")))
    if complete:  # every result shown: the list is no longer busy (ours; Material's never is)
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".md-search-result__list:not([aria-busy])")))
    return [a.get_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item a")]


def _shown_opener(driver: WebDriver) -> Any:
    """The search box, or the header's button that opens it, if one is on screen yet (else False: wait on)."""
    openers = driver.find_elements(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input, label[for='__search']")
    return next((opener for opener in openers if opener.is_displayed()), False)
