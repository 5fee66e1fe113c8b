"""The briefing pipeline: named stages over one document, run in order.

Each stage is a pure callable ``(Document, Briefing) -> Briefing`` that fills
the section it declares and nothing else.  The pipeline checks that it did
(the other sections unchanged, every source id a sentence of the document)
and wraps a failure with the stage's and the seed's names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from .errors import StageError
from .model import Briefing, Document
from .stages import actors, background, headline, questions, readability, summary, timeline, topics

StageFunction = Callable[[Document, Briefing], Briefing]


@dataclass(frozen=True)
class Stage:
    name: str
    adds: tuple[str, ...]  # the Briefing fields this stage fills
    run: StageFunction


STAGES: tuple[Stage, ...] = (
    Stage("actors", ("actors",), actors.find_actors),
    Stage("summary", ("summary",), summary.summarise),
    Stage("headline", ("title", "title_from_seed", "bottom_line"), headline.write_headline),
    Stage("questions", ("open_questions",), questions.find_questions),
    Stage("background", ("background",), background.find_background),
    Stage("timeline", ("timeline",), timeline.build_timeline),
    Stage("topics", ("topics",), topics.find_topics),
    Stage("readability", ("readability",), readability.measure),
)


def brief(document: Document, stages: Iterable[Stage] = STAGES) -> Briefing:
    """Run every stage over ``document`` and return the finished briefing."""
    briefing = Briefing()
    for stage in stages:
        try:
            result = stage.run(document, briefing)
        except Exception as error:  # a stage bug must name the stage and the seed
            raise StageError(document.article.path, stage.name, error) from error
        _check(stage, document, briefing, result)
        briefing = result
    return briefing


def _check(stage: Stage, document: Document, before: Briefing, after: Briefing) -> None:
    path = document.article.path
    if not isinstance(after, Briefing):
        raise StageError(path, stage.name, TypeError(f"returned {type(after).__name__}, not a Briefing"))
    for field in fields(Briefing):
        if field.name not in stage.adds and getattr(before, field.name) != getattr(after, field.name):
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
