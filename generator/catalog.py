"""Finding the seeds in a folder and naming their briefings.

* Files ending in ``.txt``, ``.md`` or ``.markdown`` anywhere below the folder
  are seeds; hidden files and folders and ``README*`` files are not.  The
  hidden ones skipped are counted in one note, so that a seed saved with a
  leading dot is not lost silently.
* Nothing outside the folder is read as a seed.  A symbolic link whose
  target, every hop followed, lies outside the folder (resolved) is
  reported as a problem without being opened, whatever its name and
  whatever is there: a file, a folder, nothing, a loop.  The same words for
  each, so that the messages cannot tell what exists outside.
* A link to a file inside the folder is followed (the seed is what it points
  to); a dangling link (or a loop of links) is reported as a problem; links
  to folders inside are not followed, so that a loop cannot make a build run
  forever, and each one gets a note.  A seed-named entry that is not a
  regular file (a pipe, a socket, a device) is reported without being
  opened.
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
    """Every seed below ``folder``, sorted by name; links to folders inside it
    and the count of hidden entries go to ``skipped``."""
    found: list[SeedFile] = []
    if not folder.is_dir():
        return found
    root = Path(os.path.realpath(folder))
    outside = f"is a link to a file outside {label(root.name or str(root))}/ (not followed)"
    hidden: list[str] = []
    for directory, subdirectories, files in os.walk(folder, followlinks=False):
        here = Path(directory)
        kept = []
        for sub in sorted(subdirectories):
            path = here / sub
            name = path.relative_to(folder).as_posix()
            if sub.startswith("."):
                hidden.append(name + "/")
            elif path.is_symlink() and _leaves(path, root):
                found.append(SeedFile(path, name, outside))
            elif path.is_symlink():
                if skipped is not None:
                    skipped.append(Skipped(name, "symbolic link to a folder; not followed"))
            else:
                kept.append(sub)
        subdirectories[:] = kept
        for file_name in sorted(files):
            path = here / file_name
            name = path.relative_to(folder).as_posix()
            if file_name.startswith("."):
                hidden.append(name)
            elif file_name.upper().startswith("README"):
                continue
            elif path.is_symlink() and _leaves(path, root):
                found.append(SeedFile(path, name, outside))
            elif path.is_symlink() and not path.exists():
                found.append(SeedFile(path, name, "dangling symbolic link (or a loop of links)"))
            elif path.suffix.lower() in SEED_SUFFIXES:
                found.append(SeedFile(path, name, _not_regular(path)))
    if hidden and skipped is not None:
        skipped.append(Skipped(f"{root.name or root}/", _hidden_note(hidden)))
    return sorted(found, key=lambda seed: seed.name)


def _leaves(link: Path, root: Path) -> bool:
    """Whether the link's target, every hop followed, lies outside ``root``
    (a loop resolves to one of its links, a dangling link to where it points)."""
    return not Path(os.path.realpath(link)).is_relative_to(root)


def _hidden_note(names: list[str]) -> str:
    folders = sum(name.endswith("/") for name in names)
    files = len(names) - folders
    counts = [f"{n} hidden {kind}{'s' if n > 1 else ''}" for n, kind in ((files, "file"), (folders, "folder")) if n]
    shown = ", ".join(label(name) for name in names[:3]) + (", …" if len(names) > 3 else "")
    return (
        f"skipped {' and '.join(counts)} ({shown}): hidden files are not seeds; "
        "rename without the leading dot to brief one"
    )


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
