"""The briefing pipeline: named stages over one document, run in order.

Each stage is a pure callable ``(Document, Briefing) -> Briefing`` that
declares the sections it reads and the sections it adds (or, for a stage that
checks what others made, the sections it revises).  The pipeline gives a stage
a briefing holding only what it declared reading or revising, takes from its
result only what it declared adding or revising, checks that it changed nothing else and
that every source id is a sentence of the document, and wraps a failure with
the stage's and the seed's names.  The table's order is checked when this
module is imported: a stage reads or revises only what an earlier stage adds.
A reviser is run by :func:`brief` over the whole table, and by
:func:`stages_for` only when it is named: a stage that reads a section gets it
as its adder made it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace

from .errors import StageError
from .model import Briefing, Document
from .stages import actors, background, headline, questions, readability, summary, timeline, topics, vetting

StageFunction = Callable[[Document, Briefing], Briefing]


@dataclass(frozen=True, kw_only=True)
class Stage:
    name: str
    run: StageFunction
    adds: tuple[str, ...]  # the Briefing fields this stage fills
    reads: tuple[str, ...] = ()  # the Briefing fields, filled by earlier stages, that it reads
    revises: tuple[str, ...] = ()  # the Briefing fields, filled by earlier stages, that it may change or empty


# What the line checker reads and may replace or leave out: every line made from the article's sentences.
_LINES = ("bottom_line", "summary", "actors", "open_questions", "background", "timeline")

STAGES: tuple[Stage, ...] = (
    Stage(name="actors", run=actors.find_actors, adds=("actors", "places", "reporting")),
    Stage(name="headline", run=headline.write_headline, adds=("title", "title_from_seed", "bottom_line")),
    Stage(name="summary", run=summary.summarise, adds=("summary",), reads=("actors", "bottom_line")),
    Stage(name="questions", run=questions.find_questions, adds=("open_questions",), reads=("actors",)),
    Stage(name="background", run=background.find_background, adds=("background",),
          reads=("actors", "bottom_line", "summary")),
    Stage(name="timeline", run=timeline.build_timeline, adds=("timeline",)),
    Stage(name="vetting", run=vetting.vet_lines, adds=(), revises=_LINES),
    Stage(name="topics", run=topics.find_topics, adds=("topics",), reads=("actors", "places")),
    Stage(name="readability", run=readability.measure, adds=("readability",),
          reads=("title", "bottom_line", "summary", "open_questions", "background")),
)


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ValueError unless every stage reads and revises only what an earlier stage adds, and fields exist."""
    known = {field.name for field in fields(Briefing)}
    added: set[str] = set()
    for stage in stages:
        for name in (*stage.reads, *stage.revises, *stage.adds):
            if name not in known:
                raise ValueError(f"stage '{stage.name}' names '{name}', which is not a section of a briefing")
        for verb, names in (("reads", stage.reads), ("revises", stage.revises)):
            missing = [name for name in names if name not in added]
            if missing:
                raise ValueError(f"stage '{stage.name}' {verb} {', '.join(missing)}, which no earlier stage adds")
        added.update(stage.adds)


check_order(STAGES)


def stages_for(*names: str, stages: Sequence[Stage] = STAGES) -> tuple[Stage, ...]:
    """The stages named and those they read from, in pipeline order: what running them needs.

    A section is read as the stage that adds it makes it: a reviser comes in only when named.
    """
    by_name = {stage.name: stage for stage in stages}
    adder = {field: stage.name for stage in stages for field in stage.adds}
    needed: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in by_name:
            raise KeyError(f"no stage is named '{name}'")
        if name not in needed:
            needed.add(name)
            todo.extend(adder[field] for field in by_name[name].reads)
    return tuple(stage for stage in stages if stage.name in needed)


def brief(document: Document, stages: Iterable[Stage] = STAGES) -> Briefing:
    """Run every stage over ``document`` and return the finished briefing."""
    stages = tuple(stages)
    check_order(stages)
    briefing = Briefing()
    for stage in stages:
        view = replace(Briefing(), **{name: getattr(briefing, name) for name in (*stage.reads, *stage.revises)})
        try:
            result = stage.run(document, view)
        except Exception as error:  # a stage bug must name the stage and the seed
            raise StageError(document.article.path, stage.name, error) from error
        _check(stage, document, view, result)
        briefing = replace(briefing, **{name: getattr(result, name) for name in (*stage.adds, *stage.revises)})
    return briefing


def _check(stage: Stage, document: Document, before: Briefing, after: Briefing) -> None:
    path = document.article.path
    if not isinstance(after, Briefing):
        raise StageError(path, stage.name, TypeError(f"returned {type(after).__name__}, not a Briefing"))
    for field in fields(Briefing):
        owned = (*stage.adds, *stage.revises)
        if field.name not in owned and getattr(before, field.name) != getattr(after, field.name):
            raise StageError(path, stage.name, ValueError(f"changed '{field.name}', which it does not own"))
    count = len(document.sentences)
    for source in _sources(after):
        if not 0 <= source < count:
            raise StageError(path, stage.name, ValueError(f"source id {source} is not a sentence"))


def _sources(briefing: Briefing) -> Iterable[int]:
    if briefing.bottom_line is not None:
        yield from briefing.bottom_line.sources
    for point in briefing.summary:
        yield from point.sources
    for place in briefing.places:
        yield from place.mentions
    for teller in briefing.reporting:
        yield from teller.mentions
        yield from teller.role_sources
    for actor in briefing.actors:
        yield from actor.mentions
        yield from actor.role_sources
        yield from (quote.sentence for quote in actor.quotes)
        if actor.action is not None:
            yield from actor.action.sources
    for question in briefing.open_questions:
        yield from question.sources
    for item in briefing.background:
        yield from item.sources
    for event in briefing.timeline:
        yield from event.sources
