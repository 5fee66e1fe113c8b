"""The incremental build of ``briefings/`` from ``seeds/``.

Read top to bottom, :func:`build` is the story of a build: take the lock,
find the seeds, decide which are stale, generate those (in worker processes,
or on a Dask cluster),
write each page atomically as it arrives, remove the briefings of seeds that
are gone, save the manifest.

A seed that cannot be used costs only itself: its one-line error goes to
the report, nothing is written for it and its previous briefing stays.  A
build killed at any moment leaves every file old or new, and the journal
(see :mod:`generator.store`) lets the next build finish the job.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, records
from .catalog import SeedFile, Skipped, find_seeds, label, page_name
from .errors import StoreError
from .model import Generated
from .store import Entry, Store, sha256_file

Progress = Callable[[int, int], None]
# A long build saves its manifest this often, so that a killed one loses little.
SAVE_EVERY_SECONDS = 2.0
PARENT_CHECK_SECONDS = 0.5  # how often a worker looks whether its build is still there


def one_line(text: str) -> str:
    """A message folded to one line, whatever a seed or an exception put in it."""
    return " ".join(text.split())


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

    def error(self, text: str) -> None:
        self.errors.append(one_line(text))

    def warning(self, text: str) -> None:
        self.warnings.append(one_line(text))


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
    scheduler: str | None = None,
) -> Report:
    """Bring ``out_dir`` up to date with ``seeds_dir``; with ``scheduler`` (a Dask scheduler's address), the
    stale seeds are briefed on that cluster (see :mod:`generator.cluster`) instead of ``jobs`` processes."""
    if not seeds_dir.is_dir():
        # Not an empty build: that would remove every briefing because of a typo.
        raise StoreError(f"{label(str(seeds_dir))}: no such folder of seeds; nothing built, no briefing removed")
    store = Store(out_dir)
    report = Report()
    today = today or dt.date.today()
    with _disk_errors_in_one_line(out_dir), store.locked():
        # 1. What there is, and what is out of date; what a killed build left.
        manifest = store.manifest()
        journal = store.journal()
        skipped: list[Skipped] = []
        seeds = find_seeds(seeds_dir, skipped)
        report.warnings.extend(f"{item}" for item in skipped)
        stale = stale_seeds(seeds, manifest, store, force=force)
        report.unchanged = len(seeds) - len(stale)
        writer = _Writer(store, manifest, journal, report, force=force)
        # 2. Generate what is stale; write each page as it arrives.
        outcomes = _generate_all(stale, jobs, today) if scheduler is None else _on_cluster(stale, today, scheduler)
        for done, (seed, outcome) in enumerate(outcomes, start=1):
            writer.keep(outcome, seed)
            if progress is not None:
                progress(done, len(stale))
        # 3. Remove the briefings of seeds that are gone (only pages we wrote).
        present = {seed.name for seed in seeds}
        for name in sorted(set(manifest) - present):
            store.remove_briefing(manifest.pop(name).page)
            report.removed.append(label(name))
        # 4. Save what we know, then drop what a killed build left unlisted.
        store.save_manifest(manifest)
        for page in store.ours_unlisted(manifest, journal):
            store.remove_briefing(page)
        store.clear_journal()
    return report


@contextlib.contextmanager
def _disk_errors_in_one_line(out_dir: Path) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        where = label(str(error.filename or out_dir))
        raise StoreError(f"{where}: cannot write the briefings: {error.strerror or error}") from None


def _generate_all(seeds: list[SeedFile], jobs: int, today: dt.date) -> Iterator[tuple[SeedFile, Generated]]:
    # Imported here: a rebuild with nothing stale needs neither the NLP nor the stages.
    from .generate import generate

    readable = [seed for seed in seeds if seed.problem is None]
    for seed in seeds:
        if seed.problem is not None:
            yield seed, Generated(seed=seed.label, error=f"{seed.label}: {seed.problem}")
    if len(readable) <= 1:  # one seed: a worker process would only add its start-up
        for seed in readable:
            yield seed, generate(seed.path, seed.label, today)
        return
    # Even one job runs in a worker: this process writes each page while the worker parses the next.
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=max(1, jobs), initializer=_load_in_worker) as pool:
            paths, labels = [s.path for s in readable], [s.label for s in readable]
            for seed, outcome in zip(readable, pool.map(generate, paths, labels, [today] * len(readable)), strict=True):
                done += 1
                yield seed, outcome
    except BrokenProcessPool:
        # A worker died (out of memory, a crash in native code): say so for each seed it left undone.
        for seed in readable[done:]:
            yield seed, Generated(seed=seed.label, error=f"{seed.label}: a worker process died while briefing it")


def _on_cluster(seeds: list[SeedFile], today: dt.date, address: str) -> Iterator[tuple[SeedFile, Generated]]:
    from .cluster import generate_on_cluster

    for seed in seeds:
        if seed.problem is not None:
            yield seed, Generated(seed=seed.label, error=f"{seed.label}: {seed.problem}")
    yield from generate_on_cluster([seed for seed in seeds if seed.problem is None], today, address)


def _load_in_worker() -> None:
    from .nlp import load_model

    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    load_model()


def _exit_with_parent(parent: int) -> None:
    """End this worker once the build that started it is gone.

    A build killed outright (SIGKILL, the out-of-memory killer) cannot stop
    its workers, and a worker waiting for its next seed would wait forever,
    holding its model's memory.  The parent is looked for every half second.
    """
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


class _Writer:
    """Writes each outcome as it arrives: a page and its manifest entry, or the error (old page kept)."""

    def __init__(
        self, store: Store, manifest: dict[str, Entry], journal: dict[str, set[str]], report: Report, *, force: bool
    ) -> None:
        self.store, self.manifest, self.journal, self.report, self.force = store, manifest, journal, report, force
        # Names that are not ours (pages written by hand): never given to a briefing.
        self.foreign = store.foreign_pages(manifest, journal)
        self.saved_at = time.monotonic()

    def keep(self, outcome: Generated, seed: SeedFile) -> None:
        report, manifest, store = self.report, self.manifest, self.store
        for warning in outcome.warnings:
            report.warning(f"{seed.label}: warning: {warning}")
        if outcome.error is not None or outcome.page is None or outcome.record is None:
            report.error(outcome.error or f"{seed.label}: no briefing produced")
            return
        old = manifest.get(seed.name)
        if old is not None and store.edited_by_hand(old, self.journal):
            if not self.force:
                report.error(
                    f"{seed.label}: briefing {old.page} was edited by hand; left as is "
                    "(build with --force to overwrite it)"
                )
                return
            report.warning(f"{seed.label}: warning: overwrote the hand edits of {old.page} (--force)")
        record = records.parse(outcome.record, where=seed.label)
        if old is not None and old.page.startswith(record.date + "-"):
            page = old.page
        else:
            others = [e.page for name, e in manifest.items() if name != seed.name]
            page = page_name(seed.name, record.date, [*others, *self.foreign])
        try:
            stat = seed.path.stat()
        except OSError as error:
            report.error(f"{seed.label}: vanished during the build ({error.strerror or error})")
            return
        if old is not None and old.page != page:
            store.remove_briefing(old.page)
        page_sha = store.write_briefing(page, outcome.page, outcome.record)
        manifest[seed.name] = Entry(
            sha256=record.sha256,
            size=stat.st_size,
            mtime_ns=stat.st_mtime_ns,
            generator=__version__,
            page=page,
            page_sha256=page_sha,
        )
        report.written.append(page)
        if time.monotonic() - self.saved_at >= SAVE_EVERY_SECONDS:
            store.save_manifest(manifest)
            self.saved_at = time.monotonic()


def check(seeds_dir: Path, out_dir: Path, *, today: dt.date | None = None) -> Report:
    """Validate every seed (without the NLP) and list the briefings that are not current."""
    from .errors import SeedError
    from .seeds import read_seed

    if not seeds_dir.is_dir():
        raise StoreError(f"{label(str(seeds_dir))}: no such folder of seeds")
    store = Store(out_dir)
    report = Report()
    today = today or dt.date.today()
    manifest = store.manifest()
    journal = store.journal()
    skipped: list[Skipped] = []
    seeds = find_seeds(seeds_dir, skipped)
    report.warnings.extend(f"{item}" for item in skipped)
    for seed in seeds:
        if seed.problem is not None:
            report.error(f"{seed.label}: {seed.problem}")
            continue
        try:
            article = read_seed(seed.path, display=seed.label, today=today)
        except SeedError as error:
            report.error(str(error))
            continue
        report.warnings.extend(one_line(f"{seed.label}: warning: {w}") for w in article.warnings)
    readable = [s for s in seeds if s.problem is None]
    report.stale = [seed.label for seed in stale_seeds(readable, manifest, store, force=False)]
    labels = {s.name: s.label for s in seeds}
    for name, entry in sorted(manifest.items()):
        if name in labels and store.edited_by_hand(entry, journal):
            report.error(
                f"{labels[name]}: briefing {entry.page} was edited by hand "
                "(a build keeps it until the seed changes, then refuses; --force overwrites it)"
            )
    report.removed = [label(name) for name in sorted(set(manifest) - {seed.name for seed in seeds})]
    report.unchanged = len(seeds) - len(report.stale)
    return report
