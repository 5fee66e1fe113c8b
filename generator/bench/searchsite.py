"""``python -m generator.bench.searchsite SITE``: one search on a site already built, several times.

Example: python -m generator.bench.searchsite /tmp/briefings-bench/n10000/site --runs 3

The benchmark's search (:func:`generator.bench.searching.first_result`) on
a built site folder, without building it again: to compare a change of the
search box's script (copy it to ``SITE/assets/search.js``) on the same
site.  Prints each run's times and bytes, then what the last run fetched
when (see :func:`generator.bench.report.fetch_table`).
"""

from __future__ import annotations

from pathlib import Path

import click

from . import report, searching
from .steps import SEARCHED, Row


@click.command()
@click.argument("site", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--words", default=SEARCHED, show_default=True, help="What the reader types.")
@click.option("--runs", type=click.IntRange(min=1), default=3, show_default=True, help="Searches to run.")
def main(site: Path, words: str, runs: int) -> None:
    """Search WORDS on the home page of SITE, RUNS times; print the figures."""
    found = None
    for _ in range(runs):
        found = searching.first_result(site, words)
        click.echo(f"first result after the first key {found.seconds:.3f} s, after the click {found.from_click:.3f} s, "
                   f"after the first key typed {searching.PAUSE:g} s after the click {found.after_pause:.3f} s; "
                   f"{found.kb:,.0f} KB in {found.requests} files")
    if found is not None and "/_pagefind/" in " ".join(path for path, *_ in found.fetches):
        click.echo("\n" + report.fetch_table(Row(size=0, pagefind=found)))


if __name__ == "__main__":
    main()
