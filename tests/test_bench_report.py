"""The benchmark's tables: formatting only, on made-up measurements."""

from __future__ import annotations

from generator.bench import report
from generator.bench.measure import Run
from generator.bench.sitework import SiteSize
from generator.bench.steps import Row


def _row(size: int) -> Row:
    return Row(
        size=size,
        words=400 * size,
        floor={"words": 40_000, "seconds": 12.0},
        floor_after={"words": 40_000, "seconds": 8.0},
        floor_batched={"words": 40_000, "seconds": 8.0},
        single=Run(seconds=size / 5, peak_mb={10: 45.0, 11: 300.0}),
        multi=Run(seconds=size / 8, peak_mb={20: 40.0, 21: 310.0, 22: 305.0}),
        identical=True,
        nothing_changed=0.25,
        one_added=2.5,
        one_changed=2.4,
        mkdocs=Run(seconds=12.0, peak_mb={30: 200.0}),
        site=SiteSize(total_mb=0.05 * size, files=3 * size, search_index_mb=0.01 * size,
                      median_briefing_kb=40.0, largest_page_kb=90.0),
        serve_first=5.0,
    )


def test_a_figure_gets_thousands_separators_and_a_missing_one_a_dash():
    assert report.number(12345.678) == "12,345.7"
    assert report.number(2.5, 0) == "2"
    assert report.number(None) == "—"


def test_a_table_has_a_header_an_alignment_line_and_one_line_per_row():
    text = report.table(["a", "b", "c"], [["x", "1", "2"], ["y", "3", "4"]])
    assert text.splitlines() == ["| a | b | c |", "| --- | ---: | ---: |", "| x | 1 | 2 |", "| y | 3 | 4 |"]


def test_the_main_table_has_one_column_per_size_and_the_ratios_of_its_runs():
    text = report.main_table([_row(100), _row(1000)], jobs=2)
    lines = {line.split(" | ")[0].lstrip("| "): line for line in text.splitlines()}
    assert lines["measure"] == "| measure | 100 seeds | 1,000 seeds |"
    # 400 words/article at 5 articles/s = 2,000 words/s against a floor of 4,000.
    assert lines["build --jobs 1 ÷ spaCy alone"].endswith("| 0.50 | 0.50 |")
    assert lines["build --jobs 1 ÷ spaCy alone, batched"].endswith("| 0.40 | 0.40 |")
    # The floor is the rate over its runs on each side of the build: 80,000 words in 20 s.
    assert lines["spaCy alone before / after the --jobs 1 build: words/s"].endswith("| 3,333 / 5,000 | 3,333 / 5,000 |")
    assert lines["build --jobs 2 ÷ --jobs 1"].endswith("| 1.60 | 1.60 |")
    assert lines["peak RSS, --jobs 2 largest worker: MB"].endswith("| 310 | 310 |")
    assert lines["peak RSS, --jobs 2 main process: MB"].endswith("| 40 | 40 |")
    assert lines["peak RSS, --jobs 1 worker: MB"].endswith("| 300 | 300 |")
    assert lines["peak RSS, --jobs 1 main process: MB"].endswith("| 45 | 45 |")
    assert lines["mkdocs serve: changed seed shown after, s"].endswith("| — | — |")
    assert lines["site: MB per briefing"].endswith("| 0.050 | 0.050 |")


def test_the_step_table_gives_each_step_per_article_and_as_a_share_of_the_parse():
    found = {"articles": 10, "seconds": {
        "load model": 1.0, "first briefing's one-time costs": 2.0, "read seed": 0.1,
        "parse (spaCy)": 4.0, "stage actors": 0.4, "render markdown": 0.2,
    }}
    rows = {line.split(" | ")[0].lstrip("| "): line for line in report.stage_table(found).splitlines()}
    assert rows["stage actors"] == "| stage actors | 0.40 | 40.0 | 10.0 % |"
    assert rows["load model"] == "| load model | 1.00 | — | — |"
    assert rows["generator's own work (all but one-time costs, read, parse)"].endswith("| 0.60 | 60.0 | 15.0 % |")


def test_a_parse_choice_that_crashed_says_so_and_the_others_count_briefings_like_the_full_parse():
    found = {
        "full": {"words": 1000, "parse": 0.5, "brief": 0.2, "digests": ["a", "b"], "error": ""},
        "cheap": {"words": 1000, "parse": 0.25, "brief": 0.2, "digests": ["a", ""], "error": "ValueError: E029"},
        "cheaper": {"crashed": "signal 11"},
    }
    lines = report.choice_table(found, 2).splitlines()
    assert lines[2] == "| full | 2,000 | 0.20 | 2/2 | 0 failed |"
    assert lines[3] == "| cheap | 4,000 | 0.20 | 1/2 | 1 failed ValueError: E029 |"
    assert lines[4] == "| cheaper | — | — | — | crashed: signal 11 |"
