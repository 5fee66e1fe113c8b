"""docs/contract.md against the JSON itself: every key documented, every documented key present."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.__main__ import main
from generator.store import Store

from .conftest import ROOT, TEST_SEEDS

CONTRACT = ROOT / "docs" / "contract.md"
STORED_HEADING = "## Stored records"


def documented(text: str) -> set[str]:
    """The key paths in the first cell of each table row (``actors[].quotes[].text``)."""
    paths: set[str] = set()
    for line in text.splitlines():
        if line.startswith("| `"):
            paths.update(re.findall(r"`([^`]+)`", line.split("|")[1]))
    return paths


def key_paths(value: Any, at: str = "") -> set[str]:
    """Every key path in a JSON value: ``a.b`` for key ``b`` of object ``a``, ``a[]`` for each item of list ``a``."""
    if isinstance(value, dict):
        paths = set()
        for key, item in value.items():
            path = f"{at}.{key}" if at else key
            paths |= {path} | key_paths(item, path)
        return paths
    if isinstance(value, list):
        return set().union(*(key_paths(item, at + "[]") for item in value))
    return set()


@pytest.fixture(scope="module")
def contract_keys() -> set[str]:
    return documented(CONTRACT.read_text(encoding="utf-8").split(STORED_HEADING)[0])


@pytest.fixture(scope="module")
def added_when_stored() -> set[str]:
    return documented(CONTRACT.read_text(encoding="utf-8").split(STORED_HEADING)[1])


@pytest.fixture(scope="module")
def shown() -> list[dict[str, Any]]:
    """``briefing show --format json`` of every test seed."""
    seeds = sorted(str(path) for path in TEST_SEEDS.iterdir())
    result = CliRunner().invoke(main, ["show", *seeds, "--format", "json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_documentation_lists_keys_and_the_stored_records_section(contract_keys, added_when_stored):
    assert {"schema", "actors[].quotes[].text", "readability.briefing.grade_level"} <= contract_keys
    assert added_when_stored == {"page"}


def test_every_key_the_json_output_holds_is_documented(shown, contract_keys):
    for record in shown:
        assert key_paths(record) - contract_keys == set(), record["source"]["path"]


def test_every_documented_key_is_in_the_json_output_of_the_test_seeds(shown, contract_keys):
    assert contract_keys - set().union(*(key_paths(record) for record in shown)) == set()


def test_a_stored_record_is_the_documented_contract_without_sentences_and_with_its_page(
    shown, contract_keys, added_when_stored, tmp_path: Path
):
    store = Store(tmp_path)
    stored_keys: set[str] = set()
    for number, record in enumerate(shown):
        page = f"2024-01-0{number + 1}-seed.md"
        store.write_briefing(page, "page\n", record)
        kept = json.loads(store.record_path(page).read_text(encoding="utf-8"))
        assert kept == {**{key: value for key, value in record.items() if key != "sentences"}, "page": page}
        assert list(kept)[-1] == "page"
        stored_keys |= key_paths(kept)
    without_sentences = {key for key in contract_keys if key.split(".")[0].split("[")[0] != "sentences"}
    assert stored_keys == without_sentences | added_when_stored
