"""``mkdocs serve`` for real: it serves the site, and a seed edited while it runs shows up."""

from __future__ import annotations

import shutil

from generator.bench import sitework

from .conftest import TEST_SEEDS


def test_serve_shows_a_seed_edited_while_it_runs(tmp_path):
    sitework.lay_out(tmp_path)
    (tmp_path / "seeds").mkdir()
    for name in ("harbour-strike.txt", "library-vote.md"):
        shutil.copy(TEST_SEEDS / name, tmp_path / "seeds" / name)
    edited = tmp_path / "seeds" / "library-vote.md"

    def edit() -> str:
        # A new last paragraph: the briefing's source view shows every sentence of the article.
        marker = "Zanzibarian"
        text = edited.read_text(encoding="utf-8").rstrip("\n")
        edited.write_text(f"{text}\n\nThe {marker} delegation said it would watch the vote closely.\n",
                          encoding="utf-8")
        return marker

    # The edit comes after the first page is served: the model may still be loading in the
    # background then, and the rebuild must wait for it rather than hang or fail.
    page = "2023-11-20-library-vote.md"
    first, shown = sitework.serve(tmp_path, edited, page, edit, timeout=240)
    assert first < 240 and shown < 240  # serve raises TimeoutError when a page never comes
