"""Generating one seed's briefing, as a worker does: a failure costs only that seed."""

from __future__ import annotations

import shutil

from generator.generate import generate
from generator.render import markdown

from .conftest import TEST_SEEDS
from .helpers import TODAY


def test_a_failure_while_rendering_becomes_the_seeds_one_line_error(tmp_path, monkeypatch):
    seed = tmp_path / "library-vote.md"
    shutil.copy(TEST_SEEDS / "library-vote.md", seed)
    assert generate(seed, "library-vote.md", TODAY).page is not None

    def broken(result, *, actor_link=True):  # type: ignore[no-untyped-def]
        raise RuntimeError("the renderer broke\non two lines")

    monkeypatch.setattr(markdown, "render", broken)
    outcome = generate(seed, "library-vote.md", TODAY)
    assert outcome.page is None
    assert outcome.error == "library-vote.md: unexpected RuntimeError: the renderer broke on two lines"
