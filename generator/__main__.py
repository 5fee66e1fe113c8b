"""The command line: ``briefing build``, ``briefing show``, ``briefing check``."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from . import __version__
from .build import Report, build, check, default_jobs
from .errors import BriefingError

SEEDS = click.Path(path_type=Path, file_okay=False)
QUIET, NORMAL, VERBOSE = -1, 0, 1


def _set_verbosity(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.find_root().meta["briefing.verbosity"] = QUIET if param.name == "quiet" else VERBOSE


def _verbosity() -> int:
    """What the command line asked for, before or after the command's name: QUIET, NORMAL or VERBOSE."""
    return int(click.get_current_context().find_root().meta.get("briefing.verbosity", NORMAL))


def verbosity_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--quiet`` and ``--verbose``, taken by the group and by ``build`` and ``check`` (the last given wins)."""
    for name, short, text in [
        ("verbose", "-v", "Say more: each briefing written and removed, and the progress of any build."),
        ("quiet", "-q", "Say only what went wrong: no progress, no warnings, no summary."),
    ]:
        command = click.option(f"--{name}", short, is_flag=True, expose_value=False, is_eager=False,
                               callback=_set_verbosity, help=text)(command)
    return command


def _print_report(report: Report) -> None:
    if _verbosity() > QUIET:
        for line in report.warnings:
            click.echo(line, err=True)
    for line in report.errors:
        click.echo(f"error: {line}", err=True)


@click.group()
@click.version_option(__version__, prog_name="briefing")
@verbosity_options
def main() -> None:
    """Condense news articles (seeds) into Markdown briefings.

    Example: briefing --quiet build
    """


@main.command(name="build")
@click.option("--seeds", "seeds_dir", type=SEEDS, default=Path("seeds"), show_default=True, help="Folder of seeds.")
@click.option("--out", "out_dir", type=SEEDS, default=Path("briefings"), show_default=True, help="Folder of briefings.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes [default: the cores].")
@click.option("--force", is_flag=True, help="Regenerate every briefing, even current or hand-edited ones.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Brief on the Dask cluster of this scheduler (tcp://host:8786) instead of --jobs processes; "
                   "needs pip install 'briefings[dask]'.")
@verbosity_options
def build_command(seeds_dir: Path, out_dir: Path, jobs: int | None, force: bool, scheduler: str | None) -> None:
    """Write one briefing per seed; only new or changed seeds are redone.

    Example: briefing build --seeds seeds --out briefings --jobs 2

    On a Dask cluster: briefing build --scheduler tcp://10.0.0.5:8786

    Exits 0 when every seed succeeded, 1 when any failed (the others are
    still written and a failed seed keeps its previous briefing).  A progress
    bar shows while 20 seeds or more are briefed (with --verbose, always).
    """
    from tqdm import tqdm

    bar: tqdm | None = None
    level = _verbosity()
    smallest = {QUIET: None, NORMAL: 20, VERBOSE: 1}[level]

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None and smallest is not None and total >= smallest:
            bar = tqdm(total=total, unit="seed", file=sys.stderr, leave=False)
        if bar is not None:
            bar.update(1)

    try:
        report = build(
            seeds_dir, out_dir, jobs=jobs or default_jobs(), force=force, progress=progress, scheduler=scheduler
        )
    except BriefingError as error:
        raise click.ClickException(str(error)) from None
    finally:
        if bar is not None:
            bar.close()
    _print_report(report)
    if level == VERBOSE:
        for name in report.written:
            click.echo(f"written: {name}", err=True)
        for name in report.removed:
            click.echo(f"removed: {name}", err=True)
    if level > QUIET:
        click.echo(
            f"{len(report.written)} written, {report.unchanged} unchanged, "
            f"{len(report.removed)} removed, {len(report.errors)} failed",
            err=True,
        )
    sys.exit(0 if report.ok else 1)


@main.command(name="show")
@click.argument("seeds", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "form", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True)
def show_command(seeds: tuple[Path, ...], form: str) -> None:
    """Print the briefing of each seed given; write nothing.

    Example: briefing show seeds/000_4ad2aa86603d796c.txt --format json

    With --format json, one JSON object per line (JSON Lines), in the order
    given; the model is loaded once.
    """
    import datetime as dt

    from .generate import result_of
    from .render import jsonform, markdown
    from .seeds import read_seed

    failed = False
    for path in seeds:
        try:
            result = result_of(read_seed(path, today=dt.date.today()))
        except BriefingError as error:
            click.echo(f"error: {error}", err=True)
            failed = True
            continue
        click.echo(jsonform.to_json(result) if form == "json" else markdown.render(result, actor_link=False))
    sys.exit(1 if failed else 0)


@main.command(name="check")
@click.option("--seeds", "seeds_dir", type=SEEDS, default=Path("seeds"), show_default=True)
@click.option("--out", "out_dir", type=SEEDS, default=Path("briefings"), show_default=True)
@verbosity_options
def check_command(seeds_dir: Path, out_dir: Path) -> None:
    """Validate every seed and say whether the briefings are current.

    Example: briefing check

    Reports every problem at once; exits 1 when a seed is unusable or a
    briefing is missing, stale or orphaned.
    """
    try:
        report = check(seeds_dir, out_dir)
    except BriefingError as error:
        raise click.ClickException(str(error)) from None
    _print_report(report)
    for name in report.stale:
        click.echo(f"stale: {name}: briefing missing or out of date (run: briefing build)", err=True)
    for name in report.removed:
        click.echo(f"orphan: {name}: seed is gone but its briefing remains (run: briefing build)", err=True)
    current = report.ok and not report.stale and not report.removed
    if _verbosity() == VERBOSE:
        click.echo(f"{report.unchanged} current, {len(report.stale)} stale, {len(report.removed)} orphaned", err=True)
    if _verbosity() > QUIET:
        click.echo("briefings are current" if current else "briefings are not current", err=True)
    sys.exit(0 if current else 1)


def run() -> NoReturn:
    """The console entry point: the command, then a hard exit.

    The interpreter's own exit frees the spaCy model and textstat's
    pronouncing dictionary object by object, about half a second that a
    one-seed rebuild would spend for nothing (mypy exits the same way, for
    the same reason).  Output is flushed first; nothing else waits for exit:
    the lock is released and the worker processes are joined by then.
    """
    try:
        main()
        code: object = 0
    except SystemExit as done:
        code = done.code
    if isinstance(code, str):  # sys.exit("message"): the message, then status 1
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BrokenPipeError, ValueError):  # the reader went away ("| head")
            stream.flush()
    os._exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    run()
