"""One search in headless Chromium, Pagefind's beside Material's lunr search it replaced.

The same project is built twice: as the site is (Pagefind over the built
pages) and with Material's search plugin turned back on (``mkdocs-lunr.yml``,
our plugin's Pagefind index off, the briefings not regenerated).  In each,
the home page is opened, and as soon as it has loaded the reader clicks the
search box and types a word: measured are the seconds from the click to the
first result shown, and the bytes the search fetched (the search's own
files from the page's load on: lunr's index and worker, Pagefind's bundle
and our script, until two seconds after the first result), counted by the
local server as it sends them, workers' fetches included (the browser's
log leaves those out).  The server sends no compression: lunr's JSON would
shrink about four times with gzip; Pagefind's files are compressed already.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import measure, sitework

LUNR_CONFIG = "mkdocs-lunr.yml"
LUNR_SITE = "site-lunr"
SETTLE_SECONDS = 2.0
# What each search fetches: Material's index and worker; Pagefind's bundle and the script serving it.
SEARCH_FILES = ("/search/search_index.json", "/assets/javascripts/workers/search.", "/_pagefind/",
                "/assets/search.js")


@dataclass(frozen=True)
class SearchRun:
    """One search: seconds from typing to the first result, bytes the search fetched, requests it made."""

    seconds: float
    kb: float
    requests: int
    index_mb: float  # the search index on disk (lunr's JSON; Pagefind's whole bundle)


def lunr_variant(project: Path) -> measure.Run:
    """Build ``project`` again with Material's search plugin instead of Pagefind, into ``site-lunr/``."""
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_dir"] = LUNR_SITE
    config["plugins"] = [
        {"briefings": {"generate": False, "search": False}},
        {"search": {"separator": r'[\s\-,:!=\[\]()"/]+|\.(?!\d)'}},  # as the site had it: "Kuo" finds "Kuo-yu"
        "tags",
    ]
    (project / LUNR_CONFIG).write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    command = [*sitework.build_command(), "--config-file", LUNR_CONFIG]
    return measure.run(command, cwd=project, env=sitework.environment())


def first_result(site: Path, words: str, timeout: float = 300) -> SearchRun:
    """Open the home page, then type ``words`` in the search box; time and bytes to the first result."""
    from .browser import chromium, search_here  # selenium: a development dependency, needed only here
    from .browser import serve as serve_folder

    served: list[tuple[str, int]] = []
    with serve_folder(site, served) as base, chromium() as driver:
        driver.get(base)
        started = time.perf_counter()
        search_here(driver, words, timeout)
        seconds = time.perf_counter() - started
        time.sleep(SETTLE_SECONDS)  # what the search fetches just after its first result (Pagefind's filters)
    ours = [size for path, size in served if any(part in path for part in SEARCH_FILES)]
    kb, requests = sum(ours) / 1e3, len(ours)
    return SearchRun(seconds=seconds, kb=kb, requests=requests, index_mb=sitework.index_mb(site))
