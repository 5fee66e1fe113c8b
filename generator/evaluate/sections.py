"""``python -m generator.evaluate sections``: open questions, background, timeline.

Each annotated article is briefed and its open questions, background items
and timeline events are compared with the annotators' ones.  A reference
item is *found* when a generated item shares a source sentence with it
(references point to sentences by character offsets, mapped to our sentence
ids); a generated item is *correct* when it shares a sentence with some
reference item.  Precision and recall are pooled over all articles.

For the timeline, a matched event's date is right when it equals the date of
a reference event it shares a sentence with.  Articles without a real date
(the JSONL rows) are given a made-up one, so their events whose date depends
on it (found by briefing the article again under another date) are left out
of every timeline figure.

Two baselines are computed in the same run: every sentence with a hedge word
plus a question mark as questions, and every sentence with a year or a
past-perfect verb as background.  What is scored is what the pipeline ships:
the stages' lines after the line checker (the ``vetting`` stage), with a count
of the lines it replaced by their sentence or left out.  ``--set`` picks the annotated articles
(:mod:`.sets`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import click

from ..language.shape import NOT_INTERROGATIVE, problems
from ..language.tense import is_past_perfect
from ..model import Briefing, Document
from ..pipeline import STAGES, brief
from ..stages.timeline import build_timeline
from ..stages.vetting import vet
from .data import DEFAULT_DATA, annotated, sentence_at
from .sets import set_option

HEDGE_LEMMAS = frozenset(
    {"may", "might", "could", "unclear", "expect", "plan", "hope", "weigh", "consider", "whether"}
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_OTHER_DATE = dt.date(2011, 7, 13)  # a Wednesday: any date far from the made-up ones


@dataclass
class Score:
    """Pooled counts of one section for one system."""

    generated: int = 0
    correct: int = 0
    references: int = 0
    found: int = 0
    dated: int = 0  # matched events whose date is scored
    right_dates: int = 0
    malformed: int = 0  # questions with a broken shape (capital, "?", quotes, attribution…)
    declarative: int = 0  # sentences that only gained a question mark
    replaced: int = 0  # lines the line checker replaced by their sentence (generator.stages.vetting)
    dropped: int = 0  # lines the line checker left out
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.generated if self.generated else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.references if self.references else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.right_dates / self.dated if self.dated else 0.0


@dataclass(frozen=True)
class Reference:
    sources: frozenset[int]
    label: str
    date: str | None = None


def references(document: Document, items: Iterable[dict[str, object]] | None, key: str) -> list[Reference]:
    """The reference items of one section with their offsets mapped to sentence ids."""
    result = []
    for item in items or ():
        offsets = item.get("at") or []
        assert isinstance(offsets, list)
        ids = {sentence_at(document, int(offset)) for offset in offsets}
        date = item.get("date")
        sources = frozenset(i for i in ids if i is not None)
        result.append(Reference(sources, str(item.get(key)), None if date is None else str(date)))
    return result


def tally(score: Score, generated: Sequence[frozenset[int]], refs: Sequence[Reference]) -> None:
    """Add one article's generated source sets against its references."""
    score.generated += len(generated)
    score.correct += sum(1 for sources in generated if any(sources & ref.sources for ref in refs))
    score.references += len(refs)
    for ref in refs:
        if any(sources & ref.sources for sources in generated):
            score.found += 1
        else:
            score.misses.append(ref.label)


def hedge_baseline(document: Document) -> list[tuple[str, frozenset[int]]]:
    """Every sentence with a hedge word, with a question mark in place of its stop."""
    result = []
    for index, span in enumerate(document.spans):
        if any(token.lemma_.lower() in HEDGE_LEMMAS for token in span):
            text = document.sentences[index].text.rstrip(".!;: ")
            result.append((text + "?", frozenset({index})))
    return result


def dated_baseline(document: Document) -> list[frozenset[int]]:
    """Every sentence, but the first, with a year or a past-perfect verb."""
    return [
        frozenset({index})
        for index, span in enumerate(document.spans)
        if index and (_YEAR.search(span.text) or is_past_perfect(span))
    ]


def score_article(document: Document, reference: dict[str, object], scores: dict[str, Score]) -> Briefing:
    """Score one article into ``scores`` (keyed by section and system)."""
    raw = brief(document, [stage for stage in STAGES if stage.name != "vetting"])
    briefing, verdicts = vet(document, raw)
    for verdict in verdicts:
        if verdict.section in scores:
            setattr(scores[verdict.section], verdict.outcome, getattr(scores[verdict.section], verdict.outcome) + 1)
    questions = references(document, reference.get("open_questions"), "question")  # type: ignore[arg-type]
    background = references(document, reference.get("background"), "text")  # type: ignore[arg-type]
    timeline = references(document, reference.get("timeline"), "event")  # type: ignore[arg-type]
    ours = [frozenset(q.sources) for q in briefing.open_questions]
    tally(scores["questions"], ours, questions)
    _check_shapes(scores["questions"], [q.question for q in briefing.open_questions])
    hedges = hedge_baseline(document)
    tally(scores["questions (hedge baseline)"], [s for _, s in hedges], questions)
    _check_shapes(scores["questions (hedge baseline)"], [q for q, _ in hedges])
    tally(scores["background"], [frozenset(b.sources) for b in briefing.background], background)
    tally(scores["background (year/past-perfect baseline)"], dated_baseline(document), background)
    _score_timeline(document, briefing, reference.get("date") is not None, timeline, scores["timeline"])
    return briefing


def _check_shapes(score: Score, questions: Sequence[str]) -> None:
    for question in questions:
        if not question.endswith("?"):
            continue  # the sentence that leaves a matter open, shown as it is: no question to shape
        found = problems(question)
        score.declarative += NOT_INTERROGATIVE in found
        score.malformed += any(problem != NOT_INTERROGATIVE for problem in found)


def _score_timeline(
    document: Document, briefing: Briefing, real_date: bool, refs: list[Reference], score: Score
) -> None:
    events = list(briefing.timeline)
    if not real_date:
        moved = replace(document, article=replace(document.article, date=_OTHER_DATE))
        other = build_timeline(moved, briefing).timeline
        steady = {(e.sources, e.date) for e in other}  # the text may be the checker's (the whole sentence)
        events = [e for e in events if (e.sources, e.date) in steady]
    tally(score, [frozenset(e.sources) for e in events], refs)
    for event in events:
        dates = {ref.date for ref in refs if ref.sources & set(event.sources)}
        if dates:
            score.dated += 1
            score.right_dates += event.date in dates


def report(scores: dict[str, Score], articles: int, subset: str = "all") -> str:
    which = "" if subset == "all" else f" (set {subset})"
    lines = [
        f"sections against {articles} annotated articles{which}",
        f"  {'section / system':<42} {'gen':>4} {'ref':>4} {'prec':>6} {'recall':>6} {'dates':>6}"
        f" {'malformed':>9} {'declarative':>11} {'replaced':>8} {'dropped':>7}",
    ]
    for name, score in scores.items():
        dates = f"{score.date_accuracy:.2f}" if name == "timeline" else "-"
        asked = name.startswith("questions")
        malformed = str(score.malformed) if asked else "-"
        declarative = str(score.declarative) if asked else "-"
        lines.append(
            f"  {name:<42} {score.generated:>4} {score.references:>4} {score.precision:>6.2f}"
            f" {score.recall:>6.2f} {dates:>6} {malformed:>9} {declarative:>11}"
            f" {score.replaced if '(' not in name else '-':>8} {score.dropped if '(' not in name else '-':>7}"
        )
    timeline = scores["timeline"]
    lines.append(f"  timeline dates right: {timeline.right_dates} of {timeline.dated} matched events")
    lines.append("  replaced, dropped: lines the line checker replaced by their verbatim sentence, or left out")
    return "\n".join(lines)


@click.command()
@click.option("--data", type=click.Path(path_type=Path, exists=True), default=DEFAULT_DATA, show_default=True)
@click.option("--limit", type=int, default=None, help="Score only the first N annotated articles.")
@click.option("--verbose", is_flag=True, help="Also print each article's questions and the references missed.")
@set_option
def command(data: Path, limit: int | None, verbose: bool, subset: str) -> None:
    """Score open questions, background and timeline against the annotated articles.

    Example: python -m generator.evaluate sections --set new
    """
    from ..nlp import parse

    names = ("questions", "questions (hedge baseline)", "background", "background (year/past-perfect baseline)")
    scores = {name: Score() for name in (*names, "timeline")}
    count = 0
    for item in annotated(data, subset):
        if limit is not None and count >= limit:
            break
        count += 1
        document = parse(item.article)
        misses = {name: len(score.misses) for name, score in scores.items()}
        briefing = score_article(document, item.reference, scores)
        if verbose:
            click.echo(_details(item.reference["id"], briefing, scores, misses))
    click.echo(report(scores, count, subset))


def _details(name: str, briefing: Briefing, scores: dict[str, Score], before: dict[str, int]) -> str:
    lines = [f"== {name}"]
    lines += [f"  ? {q.question} {list(q.sources)}" for q in briefing.open_questions]
    lines += [f"  b {b.text[:110]} {b.date} {list(b.sources)}" for b in briefing.background]
    for event in briefing.timeline:
        lines.append(f"  t {event.date}{' (future)' if event.future else ''} {event.event[:100]} {list(event.sources)}")
    for section in ("questions", "background", "timeline"):
        lines += [f"  missed {section}: {label}" for label in scores[section].misses[before[section] :]]
    return "\n".join(lines)
