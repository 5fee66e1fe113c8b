"""The benchmark of one corpus size, step by step.

Read top to bottom, :func:`measure_size` is the story: write N synthetic
seeds, floor (spaCy alone), ``briefing build`` with 1 then 2 jobs (and
compare their outputs byte for byte), rebuilds (nothing changed, one seed
added, one changed), ``mkdocs build``, the site's size, ``mkdocs serve``,
and one search in headless Chromium, Pagefind's beside lunr's.
"""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import copies, corpus, measure, searching, sitework

ADDED_SEED = 900_000  # index of the synthetic seed added to a built corpus
SEARCHED = "Thistlewood"  # a surname of the synthetic corpus, in many briefings
# Where the measured processes run (not the repository, whose generator/ would come first on sys.path).
WORKDIR = Path(tempfile.gettempdir())


@dataclass
class Options:
    """What to run, and how far."""

    single_job_up_to: int = 1000  # the --jobs 1 build only for sizes up to this
    floor_limit: int = 1000  # spaCy alone on at most this many seeds
    serve_up_to: int = 1000  # mkdocs serve only for sizes up to this
    search_up_to: int = 10_000  # Chromium only for sizes up to this
    generate_up_to: int = 10**9  # larger sizes copy the briefings of the largest generated size (see copies.py)
    lunr_up_to: int = 10**9  # the site built again with lunr, to compare, only for sizes up to this
    jobs: int = 2


@dataclass
class Row:
    """Everything measured for one size; None where a step was not run."""

    size: int
    words: int = 0
    floor: dict[str, Any] = field(default_factory=dict)  # one nlp.pipe per article, before the builds
    floor_after: dict[str, Any] = field(default_factory=dict)  # the same, after the --jobs 1 build
    floor_batched: dict[str, Any] = field(default_factory=dict)  # one nlp.pipe over all articles
    single: measure.Run | None = None
    multi: measure.Run | None = None
    identical: bool | None = None
    nothing_changed: float = 0.0
    one_added: float = 0.0
    one_changed: float = 0.0
    mkdocs: measure.Run | None = None
    site: sitework.SiteSize | None = None
    serve_first: float | None = None
    serve_change: float | None = None
    pagefind: searching.SearchRun | None = None  # one search on the site as built (Pagefind)
    lunr: searching.SearchRun | None = None  # the same on the site built with Material's search plugin
    lunr_build: measure.Run | None = None
    notes: list[str] = field(default_factory=list)


def briefing_build(seeds: Path, out: Path, jobs: int) -> measure.Run:
    command = [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out)]
    return measure.run([*command, "--jobs", str(jobs)], cwd=WORKDIR)


def probe(kind: str, seeds: Path, **options: object) -> dict[str, Any]:
    """Run a probe of :mod:`generator.bench.probes` in a fresh process; its JSON."""
    arguments = [f"{key}={value}" for key, value in options.items()]
    command = [sys.executable, "-m", "generator.bench.probes", kind, str(seeds), *arguments]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=WORKDIR)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def measure_size(size: int, work: Path, options: Options, log: Any) -> Row:
    row = Row(size)
    project = work / f"n{size}"
    if project.exists():
        shutil.rmtree(project)
    sitework.lay_out(project)
    seeds, briefings = project / "seeds", project / "briefings"
    # 1. The corpus.
    paths = corpus.write_corpus(seeds, size)
    row.words = sum(len(path.read_text(encoding="utf-8").split()) for path in paths)
    # 2. The floor: spaCy alone on the same texts.
    log(f"n={size}: spaCy alone")
    row.floor = probe("floor", seeds, limit=min(size, options.floor_limit))
    row.floor_batched = probe("floor", seeds, limit=min(size, options.floor_limit), batch=64)
    # 3. Full builds, one job then several; the outputs must be the same bytes.
    if size <= options.single_job_up_to:
        log(f"n={size}: briefing build --jobs 1")
        row.single = briefing_build(seeds, work / f"n{size}-jobs1", 1)
        log(f"n={size}: --jobs 1 took {row.single.seconds:.1f} s, peak {row.single.main_mb:.0f} MB")
        # The machine's speed drifts over minutes: the floor again, on each side of the build it is compared with.
        log(f"n={size}: spaCy alone, again")
        row.floor_after = probe("floor", seeds, limit=min(size, options.floor_limit))
    log(f"n={size}: briefing build --jobs {options.jobs}")
    row.multi = briefing_build(seeds, briefings, options.jobs)
    log(f"n={size}: --jobs {options.jobs} took {row.multi.seconds:.1f} s, peaks {row.multi.peak_mb} MB")
    if row.single is not None:
        row.identical = same_tree(work / f"n{size}-jobs1", briefings)
        shutil.rmtree(work / f"n{size}-jobs1")
    # 4. Rebuilds.
    log(f"n={size}: rebuilds")
    row.nothing_changed = briefing_build(seeds, briefings, options.jobs).seconds
    corpus.write_corpus(seeds, 1, start=ADDED_SEED)
    row.one_added = briefing_build(seeds, briefings, options.jobs).seconds
    corpus.change_seed(paths[0], 1)
    row.one_changed = briefing_build(seeds, briefings, options.jobs).seconds
    log(f"n={size}: rebuilds {row.nothing_changed:.2f} / {row.one_added:.2f} / {row.one_changed:.2f} s")
    measure_site(row, project, log)
    if size <= options.serve_up_to:
        log(f"n={size}: mkdocs serve")
        page = page_of(briefings, paths[1].name)
        row.serve_first, row.serve_change = sitework.serve(
            project, paths[1], page, lambda: corpus.change_seed(paths[1], 2)
        )
    if size <= options.search_up_to:
        measure_search(row, project, log, lunr=size <= options.lunr_up_to)
    return row


def measure_copied(size: int, work: Path, source: Path, options: Options, log: Any) -> Row:
    """A size past ``generate_up_to``: the briefings of ``source`` copied to ``size`` (see copies.py), then
    the site and the search measured as for a generated size."""
    row = Row(size)
    project = work / f"n{size}"
    if project.exists():
        shutil.rmtree(project)
    sitework.lay_out(project, generate=False)
    log(f"n={size}: copying the briefings of {source.parent.name} to {size:,}")
    copies.copy_briefings(source, project / "briefings", size)
    row.notes.append(f"{size:,}: briefings copied from {source.parent.name} under earlier dates (copies.py): "
                     "no generation measured, the site and the search are")
    measure_site(row, project, log)
    if size <= options.search_up_to:
        measure_search(row, project, log, lunr=size <= options.lunr_up_to)
    return row


def base_briefings(size: int, work: Path, options: Options, log: Any) -> Path:
    """The briefings of ``size`` seeds that larger sizes copy, when this run generates none: an earlier
    run's in ``work`` if there are that many, else generated now (not measured)."""
    briefings = work / f"n{size}" / "briefings"
    if briefings.exists() and len(json.loads((briefings / ".manifest.json").read_text("utf-8"))["seeds"]) >= size:
        log(f"n={size}: the briefings of an earlier run, copied for the larger sizes")
        return briefings
    log(f"n={size}: generating the briefings to copy for the larger sizes (not measured)")
    sitework.lay_out(work / f"n{size}")
    corpus.write_corpus(work / f"n{size}" / "seeds", size)
    briefing_build(work / f"n{size}" / "seeds", briefings, options.jobs)
    return briefings


def measure_site(row: Row, project: Path, log: Any) -> None:
    """5. The site: ``mkdocs build`` and what it wrote."""
    size = row.size
    log(f"n={size}: mkdocs build")
    row.mkdocs = sitework.build(project)
    row.site = sitework.size(project / "site")
    log(f"n={size}: mkdocs build {row.mkdocs.seconds:.1f} s, {row.mkdocs.main_mb:.0f} MB; {row.site}")


def measure_search(row: Row, project: Path, log: Any, *, lunr: bool = True) -> None:
    """6. One search in Chromium on the site as built, then on the same site built with lunr."""
    size = row.size
    if lunr:
        log(f"n={size}: mkdocs build with Material's search (lunr), to compare")
        row.lunr_build = searching.lunr_variant(project)
    log(f"n={size}: one search in Chromium, Pagefind then lunr")
    try:
        row.pagefind = searching.first_result(project / "site", SEARCHED)
        if lunr:
            row.lunr = searching.first_result(project / searching.LUNR_SITE, SEARCHED)
    except Exception as error:  # a missing browser must not lose the rest of the run
        row.notes.append(f"search not measured: {type(error).__name__}: {error}")
    log(f"n={size}: search {row.pagefind} / lunr {row.lunr}")


def page_of(briefings: Path, seed: str) -> str:
    manifest = json.loads((briefings / ".manifest.json").read_text(encoding="utf-8"))
    return str(manifest["seeds"][seed]["page"])


def same_tree(left: Path, right: Path) -> bool:
    """Whether two briefings folders hold the same files with the same bytes (the lock aside)."""
    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.name != ".lock"}

    names = files(left)
    if names != files(right):
        return False
    return all(filecmp.cmp(left / name, right / name, shallow=False) for name in sorted(names))
