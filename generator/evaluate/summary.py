"""``python -m generator.evaluate summary``: summaries and titles scored with ROUGE.

On each development set what a reader reads first (the bottom line, then the
summary's points, which never repeat it) is scored with ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (``rouge-score``,
stemming on) against the reference summaries, side by side with Lead-3 and
sumy's LexRank and TextRank, three sentences each, computed in the same run
on the same articles.  Where the rows carry real headlines (BBC), our title
is scored with ROUGE-1 against them beside the first sentence cut to twelve
words.

A mean alone does not say whether a difference holds: beside each baseline
the table gives the 95% paired bootstrap interval of the mean difference
(ours minus the baseline) in ROUGE-2, and for titles in ROUGE-1 (1,000
resamples of the articles, a fixed random seed, so a run repeats).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from ..model import Briefing, Document
from ..pipeline import brief, stages_for
from ..stages.headline import MAX_TITLE_WORDS
from .baselines import first_sentence_title, lead, sumy_summary
from .data import DEFAULT_DATA, Row, row_article, rows

SETS = {"cnndm": "cnndm-dev.jsonl", "xsum": "xsum-dev.jsonl", "bbc": "bbc-dev.jsonl"}
SYSTEMS = ("ours", "lead-3", "lexrank", "textrank")
MEASURES = ("rouge1", "rouge2", "rougeLsum")
INTERVAL_MEASURE = "rouge2"
RESAMPLES = 1000
# The stages a summary, title and bottom line depend on; the others are not run.


@dataclass
class Tally:
    """Running sums of F1 scores (and words) for each system of one set."""

    articles: int = 0
    sums: dict[str, dict[str, float]] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)
    scores: dict[str, list[float]] = field(default_factory=dict)  # each article's INTERVAL_MEASURE
    titles: int = 0
    title_sums: dict[str, float] = field(default_factory=dict)
    title_scores: dict[str, list[float]] = field(default_factory=dict)
    long_titles: int = 0
    longest_title: int = 0

    def add(self, system: str, scores: dict[str, float], words: int) -> None:
        sums = self.sums.setdefault(system, dict.fromkeys(MEASURES, 0.0))
        for measure in MEASURES:
            sums[measure] += scores[measure]
        self.scores.setdefault(system, []).append(scores[INTERVAL_MEASURE])
        self.words[system] = self.words.get(system, 0) + words

    def mean(self, system: str, measure: str) -> float:
        return 100 * self.sums[system][measure] / max(self.articles, 1)


def interval(ours: list[float], baseline: list[float], resamples: int = RESAMPLES) -> tuple[float, float, float]:
    """The mean of (ours - baseline) over articles and its 95% paired bootstrap interval, in points (x100)."""
    differences = [100 * (a - b) for a, b in zip(ours, baseline, strict=True)]
    if not differences:
        return 0.0, 0.0, 0.0
    generator = random.Random(0)
    count = len(differences)
    means = sorted(
        sum(differences[generator.randrange(count)] for _ in range(count)) / count for _ in range(resamples)
    )
    return sum(differences) / count, means[int(0.025 * resamples)], means[int(0.975 * resamples) - 1]


def _scorer() -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=True)


def _f1(scorer: Any, reference: Iterable[str], sentences: Iterable[str]) -> dict[str, float]:
    scores = scorer.score("\n".join(reference), "\n".join(sentences))
    return {measure: float(scores[measure].fmeasure) for measure in MEASURES}


def briefing_for(document: Document) -> Briefing:
    """The parts of a briefing this evaluation reads (actors, summary, headline)."""
    return brief(document, stages_for("summary", "headline"))


def story(document: Document) -> str:
    """The text the baselines read: the article's paragraphs as the seed's reading leaves them (the page's furniture,
    "Share this with ...", off, as for ours), a blank line between paragraphs; the baselines split it themselves."""
    return "\n\n".join(paragraph.text for paragraph in document.article.paragraphs)


def score_set(pairs: Iterable[tuple[Row, Document]]) -> Tally:
    """Score every (row, parsed article) of one set; rows without a reference are skipped."""
    scorer = _scorer()
    tally = Tally()
    for row, document in pairs:
        if not row.summary:
            continue
        briefing = briefing_for(document)
        text = story(document)
        candidates = {
            # what a reader reads first: the bottom line, then the summary's points
            "ours": [line.text for line in (briefing.bottom_line, *briefing.summary) if line is not None],
            "lead-3": lead(text),
            "lexrank": sumy_summary(text, "lexrank"),
            "textrank": sumy_summary(text, "textrank"),
        }
        tally.articles += 1
        for system, sentences in candidates.items():
            tally.add(system, _f1(scorer, row.summary, sentences), sum(len(s.split()) for s in sentences))
        if row.title:
            _score_title(tally, scorer, row, briefing.title, text)
    return tally


def _score_title(tally: Tally, scorer: Any, row: Row, title: str, text: str) -> None:
    assert row.title is not None
    tally.titles += 1
    for system, candidate in (("ours", title), ("first-12", first_sentence_title(text))):
        score = float(scorer.score(row.title, candidate)["rouge1"].fmeasure)
        tally.title_sums[system] = tally.title_sums.get(system, 0.0) + score
        tally.title_scores.setdefault(system, []).append(score)
    words = len(title.split())
    tally.longest_title = max(tally.longest_title, words)
    tally.long_titles += words > MAX_TITLE_WORDS


def _parsed(path: Path, limit: int | None) -> Iterator[tuple[Row, Document]]:
    from ..nlp import parse_many

    selected = list(rows(path, limit))
    documents = parse_many(row_article(row) for row in selected)
    yield from zip(selected, documents, strict=True)


def report(name: str, tally: Tally) -> str:
    """The table of one set: one line a system, then the titles if any."""
    header = f"  {'system':<10} {'R-1':>6} {'R-2':>6} {'R-Lsum':>7} {'words':>6}"
    lines = [f"{name} ({tally.articles} articles)", header]
    for system in SYSTEMS:
        if system not in tally.sums:
            continue
        figures = " ".join(f"{tally.mean(system, m):>{w}.2f}" for m, w in zip(MEASURES, (6, 6, 7), strict=True))
        lines.append(f"  {system:<10} {figures} {tally.words[system] / max(tally.articles, 1):>6.1f}")
    for system in SYSTEMS[1:]:
        if system in tally.scores and "ours" in tally.scores:
            mean, low, high = interval(tally.scores["ours"], tally.scores[system])
            lines.append(f"  ours - {system:<9} R-2 {mean:+.2f} [95% {low:+.2f}, {high:+.2f}]")
    if tally.titles:
        ours, first = (100 * tally.title_sums[s] / tally.titles for s in ("ours", "first-12"))
        lines.append(f"  titles ({tally.titles}): R-1 ours {ours:.2f}, first sentence cut to 12 words {first:.2f}")
        mean, low, high = interval(tally.title_scores["ours"], tally.title_scores["first-12"])
        lines.append(f"  titles: ours - first-12 R-1 {mean:+.2f} [95% {low:+.2f}, {high:+.2f}]")
        lines.append(f"  titles over {MAX_TITLE_WORDS} words: {tally.long_titles}; longest {tally.longest_title} words")
    return "\n".join(lines)


@click.command()
@click.option("--set", "which", type=click.Choice([*SETS, "all"]), default="all", show_default=True)
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=DEFAULT_DATA)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N articles of a set.")
def command(which: str, data: Path, limit: int | None) -> None:
    """Score summaries and titles with ROUGE beside Lead-3, LexRank and TextRank.

    Example: python -m generator.evaluate summary --set cnndm --limit 50
    """
    for name in SETS if which == "all" else (which,):
        path = data / SETS[name]
        if not path.exists():
            raise click.ClickException(f"no {SETS[name]} in {data}")
        click.echo(report(name, score_set(_parsed(path, limit))))
