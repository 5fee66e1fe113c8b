"""Shared fixtures: the spaCy model (loaded once), parsing of small invented texts."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.model import Document
from generator.nlp import load_model, parse
from generator.seeds import article_from_text

ROOT = Path(__file__).resolve().parents[1]
TEST_SEEDS = Path(__file__).resolve().parent / "seeds"
USER_SEED = ROOT / "seeds" / "000_4ad2aa86603d796c.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current output")


@pytest.hookimpl(tryfirst=True)  # before pytest's own hook deselects by marker (-m "not slow")
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that builds a site or drives the browser is slow too: ``make fast`` leaves it out."""
    for item in items:
        if item.get_closest_marker("site") or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    return load_model()


@pytest.fixture(scope="session")
def parse_text(nlp) -> Callable[..., Document]:  # type: ignore[no-untyped-def]
    """Parse a small text (paragraphs separated by newlines) dated 2025-01-19 (a Sunday) by default."""

    def run(text: str, date: dt.date = dt.date(2025, 1, 19), title: str | None = None) -> Document:
        return parse(article_from_text(text, path="test", date=date, title=title), nlp)

    return run


def environment_as_a_user_has_it() -> dict[str, str]:
    """This process's environment without the switch that hides Material's end-of-life notice (Material
    sets it in the process that imports its templates, and a subprocess would inherit it)."""
    return {name: value for name, value in os.environ.items() if name != "NO_MKDOCS_2_WARNING"}


def build_site(folder: Path, seeds: list[Path]) -> subprocess.CompletedProcess[str]:
    """Lay out a project in ``folder`` (our mkdocs.yml and docs/, the given seeds) and build it with --strict."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    (folder / "seeds").mkdir()
    for seed in seeds:
        shutil.copy(seed, folder / "seeds" / seed.name)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=folder, env=environment_as_a_user_has_it(), capture_output=True, text=True, timeout=900,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site built from the user's seed and the test seeds; its site/ folder."""
    folder = tmp_path_factory.mktemp("project")
    done = build_site(folder, [USER_SEED, *sorted(TEST_SEEDS.iterdir())])
    assert done.returncode == 0, done.stderr[-3000:]
    (folder / "build.log").write_text(done.stderr, encoding="utf-8")  # what mkdocs logged
    return folder / "site"
