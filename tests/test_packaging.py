"""The project's metadata, licence and lock files: what a maintainer or a packager reads."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A requirement line of a pip-compile lock: "name==version \" then its "--hash=sha256:…" lines.
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+) \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\)?\n)+)", re.M)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


def project() -> dict[str, object]:
    loaded = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert isinstance(loaded, dict)
    return loaded


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lock: str) -> dict[str, str]:
    """Every requirement of a lock file, name to version; fails on a line that is not pinned with hashes."""
    text = (ROOT / lock).read_text(encoding="utf-8")
    found = {normal(m[1]): m[2] for m in _PIN.finditer(text)}
    requirement_lines = [line for line in text.splitlines() if _NAME.match(line)]
    assert len(found) == len(requirement_lines), f"{lock}: a requirement without ==version and hashes"
    return found


def direct(requirements: object) -> set[str]:
    assert isinstance(requirements, list)
    return {normal(_NAME.match(requirement)[0]) for requirement in requirements}  # type: ignore[index]


def test_the_licence_is_mit_and_the_metadata_says_so():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "the briefings authors" in licence
    meta = project()
    assert meta["license"] == "MIT" and meta["license-files"] == ["LICENSE"]
    assert meta["authors"] == [{"name": "the briefings authors"}]


def test_the_classifiers_name_every_python_that_ci_runs_and_none_older_than_requires_python():
    meta = project()
    assert meta["requires-python"] == ">=3.11"
    classifiers = meta["classifiers"]
    assert isinstance(classifiers, list)
    python = re.compile(r"Programming Language :: Python :: (3\.\d+)")
    versions = {m[1] for m in map(python.fullmatch, classifiers) if m}
    assert {"3.11", "3.13"} <= versions and min(versions, key=lambda v: int(v.split(".")[1])) == "3.11"
    assert not [c for c in classifiers if c.startswith("License ::")], "the licence is the SPDX 'license' field"


def test_every_runtime_dependency_is_pinned_with_hashes_and_setuptools_with_them():
    runtime = pins("requirements.txt")
    assert direct(project()["dependencies"]) <= runtime.keys()
    assert "setuptools" in runtime  # textstat 0.7.8 declares it; hash-checking installs refuse what is not pinned


def test_the_development_lock_holds_the_runtime_pins_at_the_same_versions_and_the_dev_extra():
    runtime, development = pins("requirements.txt"), pins("requirements-dev.txt")
    assert {name: development.get(name) for name in runtime} == runtime
    extras = project()["optional-dependencies"]
    assert isinstance(extras, dict)
    assert direct(extras["dev"]) <= development.keys()
    assert "pip-tools" in development  # make lock runs pip-compile from the development environment


def test_make_lock_regenerates_both_lock_files_with_hashes():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^lock:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert recipe is not None
    command = re.search(r"^LOCK := ((?:.*\\\n)*.*)", makefile, re.M)
    assert command is not None
    for option in ("--generate-hashes", "--allow-unsafe", "--no-emit-index-url", "--no-emit-find-links"):
        assert option in command[1]
    assert "--output-file requirements.txt" in recipe[1] and "--output-file requirements-dev.txt" in recipe[1]
    for lock in ("requirements.txt", "requirements-dev.txt"):
        assert "#    make lock\n" in (ROOT / lock).read_text(encoding="utf-8")
