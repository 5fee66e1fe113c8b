"""The same seeds and version give byte-identical output, whatever the process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .conftest import TEST_SEEDS, USER_SEED

pytestmark = pytest.mark.slow


def show(seed_hash: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed_hash}
    seeds = [str(USER_SEED), *(str(p) for p in sorted(TEST_SEEDS.iterdir()))]
    done = subprocess.run(
        [sys.executable, "-m", "generator", "show", *seeds, "--format", "json"],
        env=env, capture_output=True, text=True, check=True, timeout=600,
    )
    return done.stdout


def test_output_does_not_depend_on_string_hashing():
    assert show("1") == show("2")
