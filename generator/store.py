"""The briefings folder on disk: atomic writes, the manifest, staleness, the lock.

Layout of ``briefings/``:

* ``<date>-<slug>.md``: one page per seed (front matter + sections);
* ``.data/<date>-<slug>.json``: the briefing's record without the article's
  sentences and with the page's name (see :mod:`generator.records`), read
  by the site's cross-briefing pages (actors, topics, timeline, home) so
  that those never re-parse an article;
* ``.manifest.json``: for each seed, its sha256, size and mtime, the
  generator version, the page it produced and the page's sha256 (to notice
  a page edited by hand);
* ``.journal``: while a build runs, one line per page it is about to write
  (name and sha256), so that a build killed before it saved the manifest
  leaves no page the next build cannot tell from one written by hand;
* ``.lock``: held while a build runs.

Every file is replaced atomically (written to a temporary file, then
renamed), so a build killed at any moment leaves each file old or new; the
next build removes the temporary files such a build left.  Files in
``briefings/`` that neither the manifest nor the journal lists are never
touched, and no briefing is given their names.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from . import records
from .errors import BuildLockedError, StoreError

MANIFEST = ".manifest.json"
DATA_DIR = ".data"
LOCK = ".lock"
JOURNAL = ".journal"
# What write_atomic's temporary files look like: ".<name>.<8 random>.tmp".
_TEMPORARY = re.compile(r"\A\..+\.[A-Za-z0-9_]{8}\.tmp\Z")


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
            lock.acquire()
        except Timeout:
            raise BuildLockedError(
                f"{self.root / LOCK}: another build of these briefings is running; wait for it to finish"
            ) from None
        try:
            self._sweep_temporaries()
            yield
        finally:
            lock.release()

    def _sweep_temporaries(self) -> None:
        """Remove the temporary files of a build that was killed (we hold the lock: none is live)."""
        for folder in (self.root, self.data_dir):
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if _TEMPORARY.match(path.name) and path.is_file():
                    with contextlib.suppress(FileNotFoundError):
                        path.unlink()

    # -- the journal --------------------------------------------------------
    def journal(self) -> dict[str, set[str]]:
        """Page name -> the sha256s a build that did not finish may have written to it."""
        path = self.root / JOURNAL
        written: dict[str, set[str]] = {}
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, ValueError):
            return written
        for line in lines:
            try:
                item = json.loads(line)
                written.setdefault(str(item["page"]), set()).add(str(item["sha256"]))
            except (ValueError, KeyError, TypeError):
                continue  # the last line of a killed build may be cut short
        return written

    def note_write(self, page: str, sha: str) -> None:
        """Record in the journal, durably, that ``page`` is about to get content ``sha``."""
        with (self.root / JOURNAL).open("a", encoding="utf-8") as stream:
            stream.write(json.dumps({"page": page, "sha256": sha}) + "\n")
            stream.flush()
            os.fsync(stream.fileno())

    def clear_journal(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.root / JOURNAL).unlink()

    def ours_unlisted(self, manifest: dict[str, Entry], journal: dict[str, set[str]]) -> list[str]:
        """Pages a killed build wrote that the manifest does not list (unchanged since)."""
        listed = {entry.page for entry in manifest.values()}
        found = []
        for page, shas in sorted(journal.items()):
            path = self.page_path(page)
            if page not in listed and path.is_file() and sha256_file(path) in shas:
                found.append(page)
        return found

    def foreign_pages(self, manifest: dict[str, Entry], journal: dict[str, set[str]]) -> set[str]:
        """Names in ``briefings/`` that are not ours: a briefing must never take one."""
        listed = {entry.page for entry in manifest.values()}
        ours = listed | set(self.ours_unlisted(manifest, journal))
        if not self.root.is_dir():
            return set()
        return {path.name for path in self.root.iterdir() if path.name not in ours and not path.name.startswith(".")}

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

    def edited_by_hand(self, entry: Entry, journal: dict[str, set[str]] | None = None) -> bool:
        """The page differs from what the manifest (or the journal of a killed build) says we wrote."""
        path = self.page_path(entry.page)
        if not path.is_file():
            return path.exists()
        ours = {entry.page_sha256} | (journal or {}).get(entry.page, set())
        return sha256_file(path) not in ours

    def record_path(self, page: str) -> Path:
        return self.data_dir / (Path(page).stem + ".json")

    def write_briefing(self, page: str, text: str, record: dict[str, Any]) -> str:
        """Write the page and its record (noted first in the journal); return the page's sha256.

        ``record`` is the briefing's JSON contract object; what is written is its stored variant.
        """
        sha = sha256_bytes(text.encode("utf-8"))
        self.note_write(page, sha)
        kept = records.stored(record, page=page)
        write_atomic(self.record_path(page), json.dumps(kept, ensure_ascii=False, indent=1))
        write_atomic(self.page_path(page), text)
        return sha

    def remove_briefing(self, page: str) -> None:
        for path in (self.page_path(page), self.record_path(page)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def records(self, problems: list[str] | None = None) -> Iterator[tuple[str, records.Record]]:
        """(page name, record) of every briefing the manifest lists, by page name.

        A record that cannot be read or is malformed is left out (its
        briefing is then missing from the cross-briefing pages); its one-line
        reason, naming the file, goes to ``problems``.
        """
        for entry in sorted(self.manifest().values(), key=lambda e: e.page):
            try:
                yield entry.page, records.read(self.record_path(entry.page))
            except StoreError as error:
                if problems is not None:
                    problems.append(str(error))
