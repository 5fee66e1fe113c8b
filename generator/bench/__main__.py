"""``python -m generator.bench``: measure the generator and the site at several corpus sizes.

Example: python -m generator.bench --sizes 100,1000 --out /tmp/bench
Search and site only at 10,000, from 1,000 generated: --sizes 1000,10000 --generate-up-to 1000
10,000 alone (copying an earlier run's 1,000 briefings in OUT, or generating them): --sizes 10000 --generate-up-to 1000

Prints Markdown tables: one column per size (throughput with 1 and 2 jobs
against spaCy alone, peak memory, rebuild times, ``mkdocs build``, site and
search index size, ``mkdocs serve``, first search result in Chromium),
then the time per step of the generator, per spaCy component, and what
each parse choice costs and gives.  The raw figures go to ``OUT/bench.json``.
Numbers are wall-clock times on a shared machine: compare ratios within
one run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import click

from . import report, steps
from .probes import MODES


def _log(message: str) -> None:
    click.echo(f"[{dt.datetime.now():%H:%M:%S}] {message}", err=True)


@click.command()
@click.option("--sizes", default="100,1000", show_default=True, help="Corpus sizes, comma-separated.")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), default=Path("/tmp/briefings-bench"),
              show_default=True, help="Work folder (projects, sites, bench.json); emptied per size.")
@click.option("--jobs", type=click.IntRange(min=2), default=2, show_default=True, help="Jobs of the parallel build.")
@click.option("--sample", type=click.IntRange(min=1), default=200, show_default=True,
              help="Seeds for the per-step, per-component and parse-choice figures.")
@click.option("--single-job-up-to", type=int, default=1000, show_default=True,
              help="Run the --jobs 1 build only for sizes up to this.")
@click.option("--serve-up-to", type=int, default=1000, show_default=True,
              help="Measure mkdocs serve only for sizes up to this.")
@click.option("--floor-limit", type=int, default=1000, show_default=True,
              help="Measure spaCy alone on at most this many seeds of each size.")
@click.option("--generate-up-to", type=int, default=10**9, show_default=False,
              help="Larger sizes copy the briefings of the largest size generated (site and search only).")
@click.option("--copy-from", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The briefings folder of an earlier run, copied for the sizes past --generate-up-to.")
@click.option("--lunr-up-to", type=int, default=10**9, show_default=False,
              help="Build the site again with lunr, to compare the search, only for sizes up to this.")
def main(sizes: str, out: Path, jobs: int, sample: int, single_job_up_to: int, serve_up_to: int,
         floor_limit: int, generate_up_to: int, copy_from: Path | None, lunr_up_to: int) -> None:
    """Run the benchmark and print its tables."""
    counts = [int(size) for size in sizes.split(",") if size.strip()]
    options = steps.Options(single_job_up_to=single_job_up_to, floor_limit=floor_limit, serve_up_to=serve_up_to,
                            jobs=jobs, generate_up_to=generate_up_to, lunr_up_to=lunr_up_to)
    out.mkdir(parents=True, exist_ok=True)
    _freeze_code(out)
    started = time.perf_counter()
    rows: list[steps.Row] = []
    extra: dict[str, Any] = {}
    generated = [size for size in counts if size <= generate_up_to]
    if copy_from is None and not generated and any(size > generate_up_to for size in counts):
        copy_from = steps.base_briefings(generate_up_to, out, options, _log)
    for size in counts:
        source = out / f"n{max(generated)}" / "briefings" if generated else copy_from
        if size > generate_up_to and source is not None:
            rows.append(steps.measure_copied(size, out, source.resolve(), options, _log))
            _save(out, rows, extra)
            click.echo(_tables(rows, extra, jobs, time.perf_counter() - started))
            continue
        rows.append(steps.measure_size(size, out, options, _log))
        if not extra and (size >= sample or size == counts[-1]):
            extra = _sample_figures(out / f"n{size}" / "seeds", min(size, sample))
        _save(out, rows, extra)
        # The tables so far after each size: a long last size still leaves the others printed.
        click.echo(_tables(rows, extra, jobs, time.perf_counter() - started))


def _sample_figures(seeds: Path, sample: int) -> dict[str, Any]:
    _log(f"per-step, per-component and parse-choice figures on {sample} seeds")
    return {
        "sample": sample,
        "stages": steps.probe("stages", seeds, limit=sample),
        "components": steps.probe("components", seeds, limit=sample),
        "choices": _choices(seeds, sample),
        "batched": steps.probe("floor", seeds, limit=sample, batch=64),
        "unbatched": steps.probe("floor", seeds, limit=sample, batch=1),
    }


def _freeze_code(out: Path) -> None:
    """Run every measured process on a copy of ``generator/`` taken now.

    The code may change while a long run goes on; a copy keeps one run's
    figures (and the comparison of --jobs 1 with --jobs 2) about one
    version.  The measured processes run in ``out`` with the copy first on
    ``PYTHONPATH``, ahead of the editable install.
    """
    code = out / "code"
    if code.exists():
        shutil.rmtree(code)
    source = Path(__file__).resolve().parents[1]
    shutil.copytree(source, code / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH")]))
    steps.WORKDIR = out


def _choices(seeds: Path, sample: int) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for mode in MODES:
        try:
            found[mode] = steps.probe("choice", seeds, limit=sample, mode=mode)
        except subprocess.CalledProcessError as error:
            reason = f"signal {-error.returncode}" if error.returncode < 0 else f"exit {error.returncode}"
            found[mode] = {"crashed": f"{reason} in the stages (a dependency walk without a parse)"}
    return found


def _tables(rows: list[steps.Row], extra: dict[str, Any], jobs: int, seconds: float) -> str:
    cores = len(os.sched_getaffinity(0))
    load = os.getloadavg()
    parts = [
        f"## Benchmark: {', '.join(f'{row.size:,}' for row in rows)} synthetic seeds "
        f"({cores} cores, load {load[0]:.1f} at the end, {seconds / 60:.1f} min)\n",
        report.main_table(rows, jobs),
    ]
    notes = [note for row in rows for note in row.notes]
    parts.extend(f"- {note}\n" for note in notes)
    for row in rows:
        if row.pagefind is not None:
            parts += [f"\n## Pagefind's first result at {row.size:,} seeds: what was fetched when\n",
                      report.fetch_table(row)]
    if not extra:
        return "\n".join(parts)
    sample, stages = extra["sample"], extra["stages"]
    parts += [f"\n## Time per step ({stages['articles']} seeds, {stages['words']:,} words, one process)\n",
              report.stage_table(stages)]
    parts += [f"\n## spaCy components ({sample} seeds, each component over all texts)\n",
              report.component_table(extra["components"])]
    batched, unbatched = extra["batched"], extra["unbatched"]
    parts += [f"\n## Parse choices ({sample} seeds)\n", report.choice_table(extra["choices"], sample),
              f"\nspaCy alone, one `nlp.pipe` per article: {unbatched['words'] / unbatched['seconds']:,.0f} words/s; "
              f"one `nlp.pipe` over all articles' paragraphs (batch 64): "
              f"{batched['words'] / batched['seconds']:,.0f} words/s.\n"]
    return "\n".join(parts)


def _save(out: Path, rows: list[steps.Row], extra: dict[str, Any]) -> None:
    def plain(row: steps.Row) -> dict[str, Any]:
        return dataclasses.asdict(row)

    body = {"python": sys.version.split()[0], "rows": [plain(row) for row in rows], **extra}
    (out / "bench.json").write_text(json.dumps(body, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
