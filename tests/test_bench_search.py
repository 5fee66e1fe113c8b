"""The benchmark's search figures: the lunr site's configuration, and where Pagefind's first result waits."""

from __future__ import annotations

import yaml

from generator.bench import report, searching, sitework
from generator.bench.steps import Row


def test_the_lunr_configuration_reads_the_sites_own_with_its_environment_tags(tmp_path, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://example.org/briefings/")
    sitework.lay_out(tmp_path, generate=False)
    assert "!ENV" in (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.safe_load(searching.lunr_config(tmp_path).read_text(encoding="utf-8"))
    assert config["site_url"] == "https://example.org/briefings/"
    assert config["site_dir"] == searching.LUNR_SITE
    assert [next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]] == ["briefings", "search", "tags"]


def _run(fetches: tuple[tuple[str, int, float, float], ...]) -> searching.SearchRun:
    return searching.SearchRun(seconds=0.3, kb=100.0, requests=len(fetches), index_mb=1.0, from_click=0.45,
                               after_pause=0.2, fetches=fetches)


def test_the_fetch_table_groups_pagefinds_files_by_kind_with_their_first_start_and_last_end():
    run = _run((
        ("/assets/search.js", 7000, -0.3, -0.3),
        ("/_pagefind/pagefind.js", 45000, 0.002, 0.003),
        ("/_pagefind/pagefind-entry.json?ts=1", 200, 0.07, 0.071),
        ("/_pagefind/pagefind.en_1.pf_meta", 19000, 0.12, 0.125),
        ("/_pagefind/wasm.en.pagefind", 72000, 0.13, 0.14),
        ("/_pagefind/fragment/en_1.pf_fragment", 1000, 0.39, 0.391),
        ("/_pagefind/fragment/en_2.pf_fragment", 1500, 0.40, 0.412),
    ))
    lines = report.fetch_table(Row(size=10, pagefind=run)).splitlines()
    assert lines[2] == "| our script (search.js) | 1 | 7.0 | -300 | -300 |"
    assert lines[3] == "| pf_meta (every page's id) | 1 | 19.0 | 120 | 125 |"
    assert lines[4] == "| Pagefind's script, worker and entry | 2 | 45.2 | 2 | 71 |"
    assert lines[6] == "| result fragments | 2 | 2.5 | 390 | 412 |"
    assert lines[-1] == "| first result shown | — | — | — | 450 |"


def test_the_main_table_gives_each_searchs_time_from_the_key_from_the_click_and_after_a_pause():
    lines = {line.split(" | ")[0].lstrip("| "): line for line in report.main_table([Row(size=10, pagefind=_run(()))],
                                                                                 jobs=2).splitlines()}
    assert lines["one search, Pagefind: first result after the first key, s (typed at once)"].endswith("| 0.30 |")
    assert lines["one search, Pagefind: first result after the click, s (typed at once)"].endswith("| 0.45 |")
    assert lines["one search, Pagefind: first result after the first key, s (typed 1 s after the click)"].endswith(
        "| 0.20 |")
    assert lines["one search, lunr: first result after the click, s (typed at once)"].endswith("| — |")


def test_a_copied_size_shows_dashes_for_the_generation_it_did_not_measure():
    lines = {line.split(" | ")[0].lstrip("| "): line for line in report.main_table([Row(size=10)], jobs=2).splitlines()}
    assert lines["words in the corpus"].endswith("| — |")
    assert lines["rebuild, one seed added: seconds"].endswith("| — |")
