"""Helpers shared by the tests: a fixed today, a file written as given, a folder read back whole, the search index
read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.store import LOCK

# The day the tests build on: every seed date in tests/seeds/ is before it, so none is "in the future".
TODAY = dt.date(2026, 1, 1)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    """Write ``data`` to ``folder / name`` byte for byte (text as UTF-8, no newline translation)."""
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative POSIX path -> bytes), the build lock aside.

    The lock file is left behind or not depending on the platform's file
    locking; it holds nothing, so it is no part of what a build wrote.
    """
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK
    }


def searched_pages(site: Path) -> dict[str, dict]:
    """What Pagefind keeps of each page it indexed (its fragment: content, filters, meta), by URL."""
    import gzip
    import json

    pages = {}
    for path in (site / "_pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd")
        fragment = json.loads(data)
        pages[fragment["url"]] = fragment
    return pages
