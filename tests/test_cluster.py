"""``briefing build --scheduler``: the same briefings, generated on a Dask cluster (two local workers)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.__main__ import main
from generator.build import build

from .conftest import TEST_SEEDS
from .helpers import TODAY, snapshot

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler():
    """The address of a two-worker Dask cluster on this machine, one process and one thread per worker."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_a_build_on_a_cluster_writes_the_same_bytes_as_a_local_build(scheduler, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(TEST_SEEDS, seeds)
    (seeds / "not-english.txt").write_text(" date 2024-01-02 Dit is geen Engelse tekst, helemaal niet.\n")
    local = build(seeds, tmp_path / "local", jobs=1, today=TODAY)
    remote = build(seeds, tmp_path / "remote", today=TODAY, scheduler=scheduler)
    assert sorted(remote.written) == sorted(local.written) and len(remote.written) == 3
    assert remote.errors == local.errors and len(remote.errors) == 1  # a bad seed costs only itself, there too
    ours = {name: data for name, data in snapshot(tmp_path / "remote").items() if name != ".manifest.json"}
    assert ours == {name: data for name, data in snapshot(tmp_path / "local").items() if name != ".manifest.json"}


def test_a_second_build_on_the_cluster_has_nothing_to_do(scheduler, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(TEST_SEEDS, seeds)
    build(seeds, tmp_path / "out", today=TODAY, scheduler=scheduler)
    again = build(seeds, tmp_path / "out", today=TODAY, scheduler=scheduler)
    assert again.written == [] and again.unchanged == 3


def test_the_command_says_in_one_line_when_no_scheduler_answers(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(TEST_SEEDS, seeds)
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"),
                                       "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no Dask scheduler answers at tcp://127.0.0.1:9")
    assert not (Path(tmp_path / "out") / "2024-03-08-harbour-strike.md").exists()
