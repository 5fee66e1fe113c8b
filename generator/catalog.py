"""Finding the seeds in a folder and naming their briefings.

* Files ending in ``.txt``, ``.md`` or ``.markdown`` anywhere below the folder
  are seeds; hidden files and folders and ``README*`` files are not.
* A symbolic link to a file is followed (the seed is what it points to); a
  dangling link (or a loop of links) is reported as a problem; links to
  folders are not followed, so that a loop cannot make a build run forever,
  and each one gets a note.  A seed-named entry that is not a regular file
  (a pipe, a socket, a device) is reported without being opened.
* A seed is known by its path below the folder (``name``, the manifest's
  key); messages show its ``label``, the same path with unprintable
  characters escaped so that a file name cannot forge or break a line.
* A briefing is named ``<date>-<slug>.md``, the slug made from the seed's
  path.  When that name is taken (by another seed's briefing or by a page
  written by hand), the first 8 hex digits of the sha256 of the seed's path
  are appended: the name depends only on the seed's path and date and on
  what was there before, and a briefing keeps its name from one build to the
  next.
"""

from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .render.escape import slug
from .seeds import SEED_SUFFIXES

MAX_SLUG = 80


@dataclass(frozen=True)
class SeedFile:
    path: Path  # where to read it
    name: str  # its path relative to the seeds folder, with '/' separators
    problem: str | None = None  # why it cannot be read, found without reading it

    @property
    def label(self) -> str:
        return label(self.name)


@dataclass(frozen=True)
class Skipped:
    """An entry of the seeds folder deliberately not read, with the reason."""

    name: str
    note: str

    def __str__(self) -> str:
        return f"{label(self.name)}: {self.note}"


def label(name: str) -> str:
    """``name`` fit for a one-line message: undecodable bytes, controls and
    invisible format characters escaped (``\\n``, ``\\x1b``, ``\\u202e``)."""
    try:
        raw = name.encode("utf-8", "surrogateescape")  # undecodable bytes of a real file name
    except UnicodeEncodeError:  # any other lone surrogate
        raw = name.encode("utf-8", "backslashreplace")
    text = raw.decode("utf-8", "backslashreplace")
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch)[0] in "CZ" and ch != " " else ch
        for ch in text
    )


def find_seeds(folder: Path, skipped: list[Skipped] | None = None) -> list[SeedFile]:
    """Every seed below ``folder``, sorted by name; links to folders go to ``skipped``."""
    found: list[SeedFile] = []
    if not folder.is_dir():
        return found
    for directory, subdirectories, files in os.walk(folder, followlinks=False):
        kept = []
        for sub in sorted(subdirectories):
            if sub.startswith("."):
                continue
            if (Path(directory) / sub).is_symlink():
                if skipped is not None:
                    relative = (Path(directory) / sub).relative_to(folder).as_posix()
                    skipped.append(Skipped(relative, "symbolic link to a folder; not followed"))
                continue
            kept.append(sub)
        subdirectories[:] = kept
        for file_name in sorted(files):
            if file_name.startswith(".") or file_name.upper().startswith("README"):
                continue
            path = Path(directory) / file_name
            name = path.relative_to(folder).as_posix()
            if path.is_symlink() and not path.exists():
                found.append(SeedFile(path, name, "dangling symbolic link (or a loop of links)"))
            elif path.suffix.lower() in SEED_SUFFIXES:
                found.append(SeedFile(path, name, _not_regular(path)))
    return sorted(found, key=lambda seed: seed.name)


def _not_regular(path: Path) -> str | None:
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return f"cannot be read: {error.strerror or error}"
    return None if stat.S_ISREG(mode) else "not a regular file (a device, socket or pipe)"


def page_name(seed_name: str, date: str, taken: Iterable[str]) -> str:
    """The briefing file name for a seed, distinct from the names ``taken``."""
    taken = set(taken)
    stem = Path(seed_name).with_suffix("").as_posix()
    base = f"{date}-{slug(stem, limit=MAX_SLUG) or 'seed'}"
    if f"{base}.md" not in taken:
        return f"{base}.md"
    digest = hashlib.sha256(seed_name.encode("utf-8", "surrogatepass")).hexdigest()  # any lone surrogate
    for length in (8, 16, 64):
        candidate = f"{base}-{digest[:length]}.md"
        if candidate not in taken:
            return candidate
    counter = 2
    while f"{base}-{digest}-{counter}.md" in taken:
        counter += 1
    return f"{base}-{digest}-{counter}.md"
