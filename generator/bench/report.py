"""The benchmark's tables, in Markdown: pure functions from measurements to text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .searching import PAUSE
from .steps import Row

DASH = "—"
ONCE = ("load model", "first briefing's one-time costs")  # paid once per process, not per article


def number(value: float | None, digits: int = 1) -> str:
    """A figure with thousands separators, or a dash when it was not measured."""
    if value is None:
        return DASH
    return f"{value:,.{digits}f}"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table; the first column left-aligned, the others right-aligned."""
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    lines.extend("| " + " | ".join(cells) + " |" for cells in rows)
    return "\n".join(lines) + "\n"


def _rate(count: float, seconds: float | None) -> float | None:
    return count / seconds if seconds else None


def _ratio(top: float | None, bottom: float | None) -> float | None:
    return top / bottom if top is not None and bottom else None


def floor_words_per_second(row: Row, *, batched: bool = False) -> float | None:
    """spaCy alone: batched, or one pipe per article over its runs before and after the --jobs 1 build."""
    runs = [row.floor_batched] if batched else [row.floor, row.floor_after]
    runs = [run for run in runs if run]
    return _rate(sum(run["words"] for run in runs), sum(run["seconds"] for run in runs)) if runs else None


def _drift(row: Row) -> str:
    if not (row.floor and row.floor_after):
        return DASH
    before, after = (_rate(run["words"], run["seconds"]) for run in (row.floor, row.floor_after))
    return f"{number(before, 0)} / {number(after, 0)}"


def main_table(rows: Sequence[Row], jobs: int) -> str:
    """One column per corpus size, one line per measure."""
    def line(label: str, values: Sequence[str]) -> list[str]:
        return [label, *values]

    def each(function: Any) -> list[str]:
        return [function(row) for row in rows]

    single = [row.single.seconds if row.single else None for row in rows]
    multi = [row.multi.seconds if row.multi else None for row in rows]
    sizes, words = [row.size for row in rows], [row.words for row in rows]

    def rates(counts: list[int], seconds: list[float | None], digits: int) -> list[str]:
        return [number(_rate(c, s), digits) for c, s in zip(counts, seconds, strict=True)]

    body = [
        line("words in the corpus", each(lambda r: number(r.words or None, 0))),  # none for a copied size
        line("spaCy alone: words/s (the floor; one nlp.pipe per article)", each(
            lambda r: number(floor_words_per_second(r), 0)
        )),
        line("spaCy alone before / after the --jobs 1 build: words/s", each(_drift)),
        line("spaCy alone, batched across articles: words/s", each(
            lambda r: number(floor_words_per_second(r, batched=True), 0)
        )),
        line("build --jobs 1: seconds", [number(s) for s in single]),
        line("build --jobs 1: articles/s", rates(sizes, single, 2)),
        line("build --jobs 1: words/s", rates(words, single, 0)),
        line("build --jobs 1 ÷ spaCy alone", [
            number(_ratio(_rate(r.words, s), floor_words_per_second(r)), 2) for r, s in zip(rows, single, strict=True)
        ]),
        line("build --jobs 1 ÷ spaCy alone, batched", [
            number(_ratio(_rate(r.words, s), floor_words_per_second(r, batched=True)), 2)
            for r, s in zip(rows, single, strict=True)
        ]),
        line(f"build --jobs {jobs}: seconds", [number(s) for s in multi]),
        line(f"build --jobs {jobs}: articles/s", rates(sizes, multi, 2)),
        line(f"build --jobs {jobs}: words/s", rates(words, multi, 0)),
        line(f"build --jobs {jobs} ÷ --jobs 1", [number(_ratio(s, m), 2) for s, m in zip(single, multi, strict=True)]),
        line(f"--jobs {jobs} output = --jobs 1 output, byte for byte", each(
            lambda r: DASH if r.identical is None else ("yes" if r.identical else "NO")
        )),
        line("peak RSS, --jobs 1 main process: MB", each(lambda r: number(r.single.main_mb if r.single else None, 0))),
        line("peak RSS, --jobs 1 worker: MB", each(lambda r: number(r.single.worker_mb if r.single else None, 0))),
        line(f"peak RSS, --jobs {jobs} main process: MB", each(
            lambda r: number(r.multi.main_mb if r.multi else None, 0)
        )),
        line(f"peak RSS, --jobs {jobs} largest worker: MB", each(
            lambda r: number(r.multi.worker_mb if r.multi else None, 0)
        )),
        line("rebuild, nothing changed: seconds", each(lambda r: number(r.nothing_changed if r.multi else None, 2))),
        line("rebuild, one seed added: seconds", each(lambda r: number(r.one_added if r.multi else None, 2))),
        line("rebuild, one seed changed: seconds", each(lambda r: number(r.one_changed if r.multi else None, 2))),
        line("mkdocs build: seconds", each(lambda r: number(r.mkdocs.seconds if r.mkdocs else None))),
        line("mkdocs build: peak RSS, MB", each(lambda r: number(r.mkdocs.main_mb if r.mkdocs else None, 0))),
        line("site: MB", each(lambda r: number(r.site.total_mb if r.site else None))),
        line("site: files", each(lambda r: number(r.site.files if r.site else None, 0))),
        line("site: MB per briefing", each(lambda r: number(r.site.total_mb / r.size if r.site else None, 3))),
        line("median briefing page: KB of HTML", each(lambda r: number(r.site.median_briefing_kb if r.site else None))),
        line("largest page: KB of HTML", each(lambda r: number(r.site.largest_page_kb if r.site else None))),
        line("Pagefind bundle: MB", each(lambda r: number(r.site.search_index_mb if r.site else None, 2))),
        line("mkdocs serve: first page after, s", each(lambda r: number(r.serve_first))),
        line("mkdocs serve: changed seed shown after, s", each(lambda r: number(r.serve_change))),
        line("mkdocs build with lunr instead of Pagefind: seconds", each(
            lambda r: number(r.lunr_build.seconds if r.lunr_build else None)
        )),
        line("lunr search index: MB", each(lambda r: number(r.lunr.index_mb if r.lunr else None, 2))),
        line("one search, Pagefind: KB fetched", each(lambda r: number(r.pagefind.kb if r.pagefind else None, 0))),
        line("one search, lunr: KB fetched", each(lambda r: number(r.lunr.kb if r.lunr else None, 0))),
        *_search_times(rows, "Pagefind", lambda r: r.pagefind),
        *_search_times(rows, "lunr", lambda r: r.lunr),
    ]
    return table(["measure", *(f"{row.size:,} seeds" for row in rows)], body)


def _search_times(rows: Sequence[Row], name: str, search: Any) -> list[list[str]]:
    def seconds(field: str) -> list[str]:
        return [number(getattr(search(row), field) if search(row) else None, 2) for row in rows]

    return [
        [f"one search, {name}: first result after the first key, s (typed at once)", *seconds("seconds")],
        [f"one search, {name}: first result after the click, s (typed at once)", *seconds("from_click")],
        [f"one search, {name}: first result after the first key, s (typed {PAUSE:g} s after the click)",
         *seconds("after_pause")],
    ]


# The files of one Pagefind search, by what they are (the first pattern a path contains).
FETCHED = (("our script (search.js)", "/assets/search.js"), ("pf_meta (every page's id)", ".pf_meta"),
           ("Pagefind's script, worker and entry", "/_pagefind/pagefind"), ("WebAssembly", "/_pagefind/wasm."),
           ("index chunks", "/_pagefind/index/"), ("result fragments", "/_pagefind/fragment/"),
           ("filters", "/_pagefind/filter/"))


def fetch_table(row: Row) -> str:
    """Where the time to Pagefind's first result goes: each kind of file, when the server began and finished
    sending it (ms from the click; the reader typing at once), and its bytes."""
    run = row.pagefind
    assert run is not None
    kinds = {path: next((label for label, part in FETCHED if part in path), "other") for path, *_ in run.fetches}
    rows = []
    for label, _ in FETCHED:
        files = [(size, start, end) for path, size, start, end in run.fetches if kinds[path] == label]
        if files:
            rows.append([label, str(len(files)), number(sum(size for size, _, _ in files) / 1e3),
                         number(1000 * min(start for _, start, _ in files), 0),
                         number(1000 * max(end for *_, end in files), 0)])
    rows.append(["first result shown", DASH, DASH, DASH, number(1000 * run.from_click, 0)])
    return table(["fetched", "files", "KB", "from, ms after the click", "to, ms"], rows)


def stage_table(found: dict[str, Any]) -> str:
    """Seconds per step over a sample, per article and as a share of the parse."""
    seconds: dict[str, float] = found["seconds"]
    count = max(1, int(found["articles"]))
    parse = seconds.get("parse (spaCy)", 0.0)
    rows = []
    for step, spent in seconds.items():
        share = DASH if step in (*ONCE, "parse (spaCy)") or not parse else f"{100 * spent / parse:.1f} %"
        per_article = DASH if step in ONCE else number(1000 * spent / count, 1)
        rows.append([step, number(spent, 2), per_article, share])
    own = sum(v for k, v in seconds.items() if k not in (*ONCE, "parse (spaCy)", "read seed"))
    label = "generator's own work (all but one-time costs, read, parse)"
    share = f"{100 * own / parse:.1f} %" if parse else DASH
    rows.append([label, number(own, 2), number(1000 * own / count, 1), share])
    return table(["step", "seconds", "ms per article", "of the parse"], rows)


def component_table(found: dict[str, Any]) -> str:
    seconds: dict[str, float] = found["seconds"]
    total = sum(seconds.values()) or 1.0
    rows = [[name, number(spent, 2), f"{100 * spent / total:.1f} %"] for name, spent in seconds.items()]
    return table(["spaCy component", "seconds", "share"], rows)


def choice_table(found: dict[str, dict[str, Any]], articles: int) -> str:
    """What each parse choice costs (parse seconds) and gives (briefings as with the full parse)."""
    reference = found.get("full", {}).get("digests", [])
    rows = []
    for mode, result in found.items():
        if "crashed" in result:
            rows.append([mode, DASH, DASH, DASH, f"crashed: {result['crashed']}"])
            continue
        words_per_second = _rate(result["words"], result["parse"])
        same = sum(1 for a, b in zip(result["digests"], reference, strict=False) if a and a == b)
        failed = sum(1 for digest in result["digests"] if not digest)
        note = result.get("error") or ""
        rows.append([mode, number(words_per_second, 0), number(result["brief"], 2), f"{same}/{articles}",
                     f"{failed} failed {note}".strip()])
    return table(["parse choice", "parse words/s", "stages seconds", "briefings as with full", "notes"], rows)
