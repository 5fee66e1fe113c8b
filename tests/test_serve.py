"""``mkdocs serve`` for real: it serves the site, and a seed edited while it runs shows up."""

from __future__ import annotations

import shutil
import time

import pytest

from generator.bench import sitework

from .conftest import TEST_SEEDS

pytestmark = pytest.mark.slow
PAGE = "briefings/2023-11-20-library-vote/"
KEPT = "The council must pass a budget by March 1."  # the seed's last sentence, before and after the edit
ADDED = "The Zanzibarian delegation said it would watch the vote closely."


def test_serve_shows_a_seed_edited_while_it_runs(tmp_path):
    sitework.lay_out(tmp_path)
    (tmp_path / "seeds").mkdir()
    for name in ("harbour-strike.txt", "library-vote.md"):
        shutil.copy(TEST_SEEDS / name, tmp_path / "seeds" / name)
    edited = tmp_path / "seeds" / "library-vote.md"

    with sitework.serving(tmp_path) as base:
        sitework.wait_for(base, "</html>", time.perf_counter(), timeout=240)  # raises when it never comes
        before = sitework.fetch(base + PAGE)
        assert before is not None and KEPT in before and "Zanzibarian" not in before
        time.sleep(1.0)  # let the watcher settle before the change
        # The edit comes after the first page is served: the model may still be loading in the
        # background then, and the rebuild must wait for it rather than hang or fail.
        text = edited.read_text(encoding="utf-8").rstrip("\n")
        edited.write_text(f"{text}\n\n{ADDED}\n", encoding="utf-8")  # the source view shows every sentence
        sitework.wait_for(base + PAGE, "Zanzibarian", time.perf_counter(), timeout=240)
        after = sitework.fetch(base + PAGE)

    assert after is not None and KEPT in after and ADDED in after
    briefing = (tmp_path / "briefings" / "2023-11-20-library-vote.md").read_text(encoding="utf-8")
    assert ADDED in briefing
