"""The briefings folder on disk: atomic writes, the manifest, staleness, the lock.

Layout of ``briefings/``:

* ``<date>-<slug>.md``: one page per seed (front matter + sections);
* ``.data/<date>-<slug>.json``: the briefing's record without the article's
  sentences, read by the site's cross-briefing pages (actors, topics,
  timeline, home) so that those never re-parse an article;
* ``.manifest.json``: for each seed, its sha256, size and mtime, the
  generator version, the page it produced and the page's sha256 (to notice
  a page edited by hand);
* ``.lock``: held while a build runs.

Files in ``briefings/`` that the manifest does not list are never touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from .errors import BuildLockedError, StoreError

MANIFEST = ".manifest.json"
DATA_DIR = ".data"
LOCK = ".lock"


@dataclass(frozen=True)
class Entry:
    """What the manifest knows of one seed's briefing."""

    sha256: str
    size: int
    mtime_ns: int
    generator: str
    page: str  # file name in briefings/
    page_sha256: str


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` so that ``path`` is at any moment either old or new, never partial."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


class Store:
    """The briefings folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data_dir = root / DATA_DIR

    # -- the lock ---------------------------------------------------------
    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.root / LOCK), timeout=0)
        try:
            with lock:
                yield
        except Timeout:
            raise BuildLockedError(
                f"{self.root / LOCK}: another build of these briefings is running; wait for it to finish"
            ) from None

    # -- the manifest -----------------------------------------------------
    def manifest(self) -> dict[str, Entry]:
        path = self.root / MANIFEST
        if not path.exists():
            return {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return {seed: Entry(**entry) for seed, entry in raw["seeds"].items()}
        except (ValueError, KeyError, TypeError) as error:
            raise StoreError(f"{path}: unreadable manifest ({error}); delete it and build with --force") from None

    def save_manifest(self, entries: dict[str, Entry]) -> None:
        body = {"seeds": {seed: asdict(entries[seed]) for seed in sorted(entries)}}
        text = json.dumps(body, indent=1, sort_keys=True) + "\n"
        path = self.root / MANIFEST
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            write_atomic(path, text)

    # -- pages and records ------------------------------------------------
    def page_path(self, page: str) -> Path:
        return self.root / page

    def edited_by_hand(self, entry: Entry) -> bool:
        path = self.page_path(entry.page)
        return path.exists() and sha256_file(path) != entry.page_sha256

    def write_briefing(self, page: str, text: str, record: dict[str, Any]) -> str:
        """Write the page and its record; return the page's sha256."""
        write_atomic(self.data_dir / (Path(page).stem + ".json"), json.dumps(record, ensure_ascii=False, indent=1))
        write_atomic(self.page_path(page), text)
        return sha256_bytes(text.encode("utf-8"))

    def remove_briefing(self, page: str) -> None:
        for path in (self.page_path(page), self.data_dir / (Path(page).stem + ".json")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def records(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(page name, record) of every briefing the manifest lists, by page name."""
        for entry in sorted(self.manifest().values(), key=lambda e: e.page):
            path = self.data_dir / (Path(entry.page).stem + ".json")
            try:
                yield entry.page, json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
