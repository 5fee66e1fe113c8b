"""One search in headless Chromium, Pagefind's beside Material's lunr search it replaced.

The same project is built twice: as the site is (Pagefind over the built
pages) and with Material's search plugin turned back on (``mkdocs-lunr.yml``,
our plugin's Pagefind index off, the briefings not regenerated).  In each,
a fresh browser (nothing cached) opens the home page, and once it has
loaded the reader clicks the search box and types a word.  Timed in the
page itself (``performance.now()``, not the driver's polling): from the
first key pressed, and from the click, to the first result inserted in the
list.  Two readers: one types at once (the keys a few milliseconds apart,
so the search's loading, started by the click, is all on the way to the
first result), one types a second after the click (what a reader's hand
takes from the mouse to the keys).  Bytes are those the search fetched (the
search's own files from the page's load on: lunr's index and worker,
Pagefind's bundle and our script, until two seconds after the first
result), counted by the local server as it sends them, workers' fetches
included (the browser's log leaves those out).  The server sends no
compression: lunr's JSON would shrink about four times with gzip;
Pagefind's files are compressed already.  For the reader who types at
once, each file the page fetched is kept with when it started and ended,
from the click: where the time to the first result goes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import yaml_load

from . import measure, sitework

LUNR_CONFIG = "mkdocs-lunr.yml"
LUNR_SITE = "site-lunr"
SETTLE_SECONDS = 2.0
PAUSE = 1.0  # seconds from the click to the first key, for the reader who does not type at once
# What each search fetches: Material's index and worker; Pagefind's bundle and the script serving it.
SEARCH_FILES = ("/search/search_index.json", "/assets/javascripts/workers/search.", "/_pagefind/",
                "/assets/search.js")
# Installed in the page before the click: when the reader clicked, pressed the first key, and when the first
# result was inserted in the list (milliseconds from the page's time origin, an epoch time).
STOPWATCH = """
const watch = window.briefingsBench = {origin: performance.timeOrigin, click: null, key: null, shown: null};
addEventListener("pointerdown", () => { watch.click ??= performance.now(); }, {capture: true});
addEventListener("keydown", () => { watch.key ??= performance.now(); }, {capture: true});
new MutationObserver(() => {
  if (watch.shown === null && document.querySelector(".md-search-result__item a")) watch.shown = performance.now();
}).observe(document.body, {childList: true, subtree: true});
"""


@dataclass(frozen=True)
class SearchRun:
    """One search: seconds to the first result (see the module's docstring), bytes fetched, requests made."""

    seconds: float  # from the first key to the first result, typing at once after the click
    kb: float
    requests: int
    index_mb: float  # the search index on disk (lunr's JSON; Pagefind's whole bundle)
    from_click: float = 0.0  # from the click to the first result, typing at once
    after_pause: float = 0.0  # from the first key to the first result, typing PAUSE seconds after the click
    # The search's files as the server sent them, typing at once: path, bytes, began and finished sending
    # (seconds from the click).
    fetches: tuple[tuple[str, int, float, float], ...] = ()


def lunr_config(project: Path) -> Path:
    """Write ``mkdocs-lunr.yml`` in ``project``: its ``mkdocs.yml`` with Material's search plugin instead of
    Pagefind, building into ``site-lunr/``."""
    # MkDocs' own reader: the configuration has tags plain YAML does not know (``!ENV``), resolved here.
    config = yaml_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_dir"] = LUNR_SITE
    config["plugins"] = [
        {"briefings": {"generate": False, "search": False}},
        {"search": {"separator": r'[\s\-,:!=\[\]()"/]+|\.(?!\d)'}},  # as the site had it: "Kuo" finds "Kuo-yu"
        "tags",
    ]
    (project / LUNR_CONFIG).write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return project / LUNR_CONFIG


def lunr_variant(project: Path) -> measure.Run:
    """Build ``project`` again with Material's search plugin instead of Pagefind, into ``site-lunr/``."""
    lunr_config(project)
    command = [*sitework.build_command(), "--config-file", LUNR_CONFIG]
    return measure.run(command, cwd=project, env=sitework.environment())


def first_result(site: Path, words: str, timeout: float = 300) -> SearchRun:
    """Search ``words`` on the home page of ``site`` twice, each in a fresh browser: typing at once after
    clicking the box, then typing ``PAUSE`` seconds after; times, bytes and fetches (of the first)."""
    at_once, served = _timed_search(site, words, timeout, 0.0)
    ours = [sent for sent in served if any(part in sent.path for part in SEARCH_FILES)]
    paused, _ = _timed_search(site, words, timeout, PAUSE)
    clicked = at_once["clicked"]
    fetches = tuple((sent.path, sent.bytes, sent.started - clicked, sent.ended - clicked) for sent in ours)
    return SearchRun(seconds=at_once["key"], kb=sum(sent.bytes for sent in ours) / 1e3, requests=len(ours),
                     index_mb=sitework.index_mb(site), from_click=at_once["click"], after_pause=paused["key"],
                     fetches=fetches)


def _timed_search(site: Path, words: str, timeout: float, pause: float) -> tuple[dict[str, float], list[Any]]:
    """Seconds from the click and from the first key to the first result; when the click was (epoch
    seconds, the server's clock); what the server sent."""
    from .browser import Sent, chromium, search_here  # selenium: a development dependency, needed only here
    from .browser import serve as serve_folder

    served: list[Sent] = []
    with serve_folder(site, served) as base, chromium() as driver:
        driver.get(base)
        driver.execute_script(STOPWATCH)
        search_here(driver, words, timeout, pause=pause)
        time.sleep(SETTLE_SECONDS)  # what the search fetches just after its first result (Pagefind's filters)
        found = driver.execute_script("return window.briefingsBench")
    click, key, shown = (found[name] for name in ("click", "key", "shown"))
    times = {"click": (shown - click) / 1e3, "key": (shown - key) / 1e3, "clicked": (found["origin"] + click) / 1e3}
    return times, served
