"""Finding the seeds in a folder and naming their briefings.

* Files ending in ``.txt``, ``.md`` or ``.markdown`` anywhere below the folder
  are seeds; hidden files and folders and ``README*`` files are not.
* A symbolic link to a file is followed (the seed is what it points to); a
  dangling link is reported as a problem; links to folders are not followed,
  so that a loop cannot make a build run forever.
* A briefing is named ``<date>-<slug>.md``, the slug made from the seed's file
  name.  When two seeds would get the same name, the one whose path sorts
  later gets the first 8 hex digits of its path's sha256 appended, so names
  stay stable from one build to the next.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .render.escape import slug
from .seeds import SEED_SUFFIXES


@dataclass(frozen=True)
class SeedFile:
    path: Path  # where to read it
    name: str  # its path relative to the seeds folder, with '/' separators
    problem: str | None = None  # why it cannot be read, found without reading it


def find_seeds(folder: Path) -> list[SeedFile]:
    """Every seed below ``folder``, sorted by name."""
    found: list[SeedFile] = []
    if not folder.is_dir():
        return found
    for directory, subdirectories, files in os.walk(folder, followlinks=False):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for file_name in sorted(files):
            if file_name.startswith(".") or file_name.upper().startswith("README"):
                continue
            path = Path(directory) / file_name
            name = path.relative_to(folder).as_posix()
            if path.is_symlink() and not path.exists():
                found.append(SeedFile(path, name, "dangling symbolic link"))
            elif path.suffix.lower() in SEED_SUFFIXES:
                found.append(SeedFile(path, name))
    return sorted(found, key=lambda seed: seed.name)


def page_name(seed_name: str, date: str, taken: Iterable[str]) -> str:
    """The briefing file name for a seed, distinct from the names ``taken``."""
    stem = Path(seed_name).with_suffix("").as_posix()
    base = f"{date}-{slug(stem, limit=80) or 'seed'}"
    if f"{base}.md" not in set(taken):
        return f"{base}.md"
    digest = hashlib.sha256(seed_name.encode("utf-8")).hexdigest()[:8]
    return f"{base}-{digest}.md"
