"""The incremental build of ``briefings/`` from ``seeds/``.

Read top to bottom, :func:`build` is the story of a build: take the lock,
find the seeds, decide which are stale, generate those (in worker processes),
write each page atomically as it arrives, remove the briefings of seeds that
are gone, save the manifest.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .catalog import SeedFile, find_seeds, page_name
from .generate import Generated, generate
from .store import Entry, Store, sha256_file

Progress = Callable[[int, int], None]


@dataclass
class Report:
    """What a build or a check found."""

    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def stale_seeds(seeds: list[SeedFile], manifest: dict[str, Entry], store: Store, *, force: bool) -> list[SeedFile]:
    """Seeds whose briefing is missing or out of date (content hash, generator version)."""
    stale = []
    for seed in seeds:
        entry = manifest.get(seed.name)
        if force or seed.problem or entry is None or entry.generator != __version__:
            stale.append(seed)
            continue
        stat = seed.path.stat()
        touched = (stat.st_size, stat.st_mtime_ns) != (entry.size, entry.mtime_ns)
        changed = touched and sha256_file(seed.path) != entry.sha256
        if changed or not store.page_path(entry.page).exists():
            stale.append(seed)
    return stale


def build(
    seeds_dir: Path,
    out_dir: Path,
    *,
    jobs: int = 1,
    force: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Report:
    """Bring ``out_dir`` up to date with ``seeds_dir``."""
    store = Store(out_dir)
    report = Report()
    today = today or dt.date.today()
    with store.locked():
        # 1. What there is, and what is out of date.
        manifest = store.manifest()
        seeds = find_seeds(seeds_dir)
        stale = stale_seeds(seeds, manifest, store, force=force)
        report.unchanged = len(seeds) - len(stale)
        # 2. Generate what is stale; write each page as it arrives.
        for done, (seed, outcome) in enumerate(_generate_all(stale, jobs, today), start=1):
            _keep(outcome, seed, manifest, store, report, force=force)
            if progress is not None:
                progress(done, len(stale))
        # 3. Remove the briefings of seeds that are gone (only pages we wrote).
        present = {seed.name for seed in seeds}
        for name in sorted(set(manifest) - present):
            store.remove_briefing(manifest.pop(name).page)
            report.removed.append(name)
        # 4. Save what we know.
        store.save_manifest(manifest)
    return report


def _generate_all(seeds: list[SeedFile], jobs: int, today: dt.date) -> Iterator[tuple[SeedFile, Generated]]:
    readable = [seed for seed in seeds if seed.problem is None]
    for seed in seeds:
        if seed.problem is not None:
            yield seed, Generated(seed=seed.name, error=f"{seed.name}: {seed.problem}")
    if jobs <= 1 or len(readable) <= 1:
        for seed in readable:
            yield seed, generate(seed.path, seed.name, today)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_load_in_worker) as pool:
        outcomes = pool.map(generate, [s.path for s in readable], [s.name for s in readable], [today] * len(readable))
        yield from zip(readable, outcomes, strict=True)


def _load_in_worker() -> None:
    from .nlp import load_model

    load_model()


def _keep(
    outcome: Generated, seed: SeedFile, manifest: dict[str, Entry], store: Store, report: Report, *, force: bool
) -> None:
    """Write one outcome: a page and its manifest entry, or the error (old page kept)."""
    report.warnings.extend(f"{seed.name}: warning: {w}" for w in outcome.warnings)
    if outcome.error is not None or outcome.page is None or outcome.record is None:
        report.errors.append(outcome.error or f"{seed.name}: no briefing produced")
        return
    old = manifest.get(seed.name)
    if old is not None and not force and store.edited_by_hand(old):
        report.errors.append(
            f"{seed.name}: briefing {old.page} was edited by hand; left as is (build with --force to overwrite it)"
        )
        return
    if old is not None and old.page.startswith(outcome.record["date"] + "-"):
        page = old.page
    else:
        page = page_name(seed.name, outcome.record["date"], [e.page for e in manifest.values()])
    if old is not None and old.page != page:
        store.remove_briefing(old.page)
    record = {key: value for key, value in outcome.record.items() if key != "sentences"}
    record["page"] = page
    page_sha = store.write_briefing(page, outcome.page, record)
    stat = seed.path.stat()
    manifest[seed.name] = Entry(
        sha256=outcome.record["source"]["sha256"],
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
        generator=__version__,
        page=page,
        page_sha256=page_sha,
    )
    report.written.append(page)


def check(seeds_dir: Path, out_dir: Path, *, today: dt.date | None = None) -> Report:
    """Validate every seed (without the NLP) and list the briefings that are not current."""
    from .errors import SeedError
    from .seeds import read_seed

    store = Store(out_dir)
    report = Report()
    today = today or dt.date.today()
    manifest = store.manifest()
    seeds = find_seeds(seeds_dir)
    for seed in seeds:
        if seed.problem is not None:
            report.errors.append(f"{seed.name}: {seed.problem}")
            continue
        try:
            article = read_seed(seed.path, display=seed.name, today=today)
        except SeedError as error:
            report.errors.append(str(error))
            continue
        report.warnings.extend(f"{seed.name}: warning: {w}" for w in article.warnings)
    readable = [s for s in seeds if s.problem is None]
    report.stale = [seed.name for seed in stale_seeds(readable, manifest, store, force=False)]
    for name, entry in sorted(manifest.items()):
        if name in {s.name for s in seeds} and store.edited_by_hand(entry):
            report.errors.append(f"{name}: briefing {entry.page} was edited by hand")
    report.removed = sorted(set(manifest) - {seed.name for seed in seeds})
    report.unchanged = len(seeds) - len(report.stale)
    return report
