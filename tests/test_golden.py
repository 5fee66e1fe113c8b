"""Golden files: the briefings of the user's seed and the test seeds, as expected.

After a reviewed change of output, rewrite them with ``make golden``
(``pytest tests/test_golden.py --update-golden``) and review the diff.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from generator import __version__
from generator.generate import result_of
from generator.render import jsonform, markdown
from generator.seeds import read_seed

from .conftest import TEST_SEEDS, USER_SEED

GOLDEN = Path(__file__).resolve().parent / "golden"
SEEDS = [USER_SEED, TEST_SEEDS / "harbour-strike.txt", TEST_SEEDS / "library-vote.md"]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_briefing_matches_its_golden_file(seed: Path, update_golden: bool):
    result = result_of(read_seed(seed, display=seed.name))
    assert result.generator_version == __version__
    outputs = {
        GOLDEN / f"{seed.stem}.md": markdown.render(result),
        GOLDEN / f"{seed.stem}.json": json.dumps(jsonform.to_dict(result), ensure_ascii=False, indent=1) + "\n",
    }
    for path, text in outputs.items():
        if update_golden:
            path.write_text(text, encoding="utf-8")
            continue
        assert path.exists(), f"{path.name} missing: run make golden"
        expected = path.read_text(encoding="utf-8")
        if text != expected:
            diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "golden", "now", n=1))
            pytest.fail(f"{path.name} differs from the golden file (make golden to accept):\n{diff[:4000]}")
