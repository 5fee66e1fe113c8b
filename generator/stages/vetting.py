"""The pipeline's last word on what a reader sees: every line passes the line checker.

Each line the stages made (the bottom line, summary points, what each actor
said or did, open questions, background lines, timeline events) is checked
by :mod:`generator.language.faithful` (questions, parsed again, by
:mod:`generator.language.asking`; quotations, parsed alone, by
:mod:`generator.language.quotable`: a phrase in quote marks is not shown as
what its speaker said).  A line that fails is replaced by the
verbatim sentence it came from when that sentence passes, and is left out
otherwise; a question that fails is left out (a statement is no question).
:func:`vet` says what it did to each line it changed, so that the evaluation
can count them; the stage itself is :func:`vet_lines`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, TypeVar

from ..language.antecedents import opening_referent
from ..language.asking import question_problems
from ..language.continued import goes_on, joined
from ..language.faithful import action_problems, line_problems, resolved_problems, statement_problems
from ..language.quotable import context_problems, quote_problems
from ..language.standalone import unmarked
from ..model import Actor, Briefing, Document, Point, Question, Quote
from ..nlp.parse import load_model
from .actors.quotes import reads_alone

if TYPE_CHECKING:
    from spacy.tokens import Span

Outcome = Literal["replaced", "dropped"]
_Item = TypeVar("_Item")


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """What the checker did to one line, and why."""

    section: str
    outcome: Outcome
    line: str
    problems: tuple[str, ...]


def vet_lines(document: Document, briefing: Briefing) -> Briefing:
    """The briefing with every line that fails the checker replaced by its sentence, or left out."""
    return vet(document, briefing)[0]


def vet(document: Document, briefing: Briefing) -> tuple[Briefing, list[Verdict]]:
    verdicts: list[Verdict] = []
    check = _Checker(document, verdicts, briefing.actors)
    bottom = check.point("bottom_line", briefing.bottom_line) if briefing.bottom_line else None
    summary = tuple(p for p in (check.point("summary", point) for point in briefing.summary) if p is not None)
    summary = tuple(p for p in _unique(summary, lambda p: p.text) if bottom is None or p.text != bottom.text)
    if bottom is None and summary:  # the lead failed ("Share this with."): the next point that passes leads
        bottom, summary = summary[0], summary[1:]
    told = {source for point in (bottom, *summary) if point is not None for source in point.sources}
    actors = tuple(
        replace(
            actor,
            action=check.action(actor.action) if actor.action is not None else None,
            quotes=check.quotes(actor.quotes, told),  # a quotation the summary tells is not told again
        )
        for actor in briefing.actors
    )
    background = []
    for item in briefing.background:
        text = check.statement("background", item.text, item.sources)
        if text is not None:
            background.append(replace(item, text=text))
    timeline = []
    for event in briefing.timeline:
        text = check.statement("timeline", event.event, event.sources)
        if text is not None:
            timeline.append(replace(event, event=text))
    news = set(bottom.sources) if bottom is not None else set()
    background = [item for item in background if not news & set(item.sources)]  # the news is not its background
    questions = check.questions(briefing.open_questions)
    vetted = replace(
        briefing,
        bottom_line=bottom,
        summary=summary,
        actors=actors,
        open_questions=tuple(_unique(questions, lambda q: q.question)),
        background=tuple(_unique(background, lambda b: b.text)),
        timeline=tuple(_unique(timeline, lambda e: (e.date, e.event))),
    )
    return vetted, verdicts


class _Checker:
    def __init__(self, document: Document, verdicts: list[Verdict], actors: Sequence[Actor] = ()) -> None:
        self.document = document
        self.verdicts = verdicts
        self.actors = actors

    def spans(self, sources: Sequence[int]) -> list[Span]:
        return [unmarked(self.document, index) for index in sources]

    def statement(self, section: str, text: str, sources: Sequence[int]) -> str | None:
        """``text`` if it passes; else its first source sentence, verbatim, if that passes; else None."""
        spans = self.spans(sources)
        found = line_problems(text, spans)
        if not found or (spans and not self.resolved(text, sources[0])):
            return text
        for span in spans[:1]:
            verbatim = span.text.strip()
            if verbatim != text and not statement_problems(verbatim, span):
                self.verdicts.append(Verdict(section=section, outcome="replaced", line=text, problems=tuple(found)))
                return verbatim
        self.verdicts.append(Verdict(section=section, outcome="dropped", line=text, problems=tuple(found)))
        return None

    def resolved(self, text: str, index: int) -> list[str]:
        """What keeps ``text`` from being sentence ``index`` with its opening "He" or "She" replaced by the name the
        article says it stands for (see :mod:`generator.language.antecedents`); something when no name is certain."""
        referent = opening_referent(self.document, index, self.actors)
        if referent is None:
            return ["its opening pronoun stands for no one certain"]
        span = unmarked(self.document, index)
        return resolved_problems(text, span, span.doc[referent.pronoun], referent.name)

    def point(self, section: str, point: Point) -> Point | None:
        text = self.statement(section, point.text, point.sources)
        if text is None:
            return None
        return point if text == point.text else replace(point, text=text, sources=point.sources[:1])

    def action(self, point: Point) -> Point | None:
        """What an actor said or did, if it passes; nothing otherwise (the actor stays listed)."""
        found = action_problems(point.text, self.spans(point.sources[:1])[0]) if point.sources else ["no source"]
        if not found:
            return point
        self.verdicts.append(Verdict(section="actors", outcome="dropped", line=point.text, problems=tuple(found)))
        return None

    def quotes(self, quotes: Sequence[Quote], told: Set[int] = frozenset()) -> tuple[Quote, ...]:
        """The quotations that read as something their speaker said (see :mod:`generator.language.quotable`); those
        that do not read alone, or say again what a line before said or the summary tells (sentences ``told``), stay
        the speaker's but are no quote line; one that goes on from the one before ("But ...") is shown joined to it
        (see :mod:`generator.language.continued`)."""
        if not quotes:
            return ()
        kept = []
        opens: list[bool] = []  # whether the quotation opens "But ..."
        held: list[int] = []  # the sentences the quotation holds (with those joined to it)
        lines: set[tuple[str, ...]] = set()
        # The quotation checks read the parse, not the entities: the recogniser (about half of a parse's time) is
        # left out.
        for quote, parsed in zip(quotes, load_model().pipe((q.text for q in quotes), disable=["ner"]), strict=True):
            found = quote_problems(parsed) or context_problems(quote.text, self.spans([quote.sentence])[0])
            if not found:
                words = tuple(t.lower_ for t in parsed if not t.is_punct and not t.is_space)
                shown = quote.shown and quote.sentence not in told and reads_alone(parsed) and words not in lines
                lines.add(words)
                kept.append(quote if shown else replace(quote, shown=False))
                opens.append(goes_on(parsed))
                held.append(len(list(parsed.sents)))
                continue
            self.verdicts.append(Verdict(section="quotes", outcome="dropped", line=quote.text, problems=tuple(found)))
        host = 0  # the quotation a "But ..." after it joins
        for n in range(1, len(kept)):
            before, quote = kept[host], kept[n]
            follows = before.sentence < quote.sentence <= before.sentence + held[host]
            if before.shown and quote.shown and opens[n] and follows:
                kept[host] = replace(before, text=joined(before.text, quote.text))
                kept[n] = replace(quote, shown=False)
                held[host] += held[n]
                continue
            host = n
        return tuple(kept)

    def questions(self, questions: Sequence[Question]) -> list[Question]:
        """Questions that parse as asked; nothing for one that does not.

        The sentence that leaves the matter open is not shown in its place: the open questions are questions, and an
        editor strikes a statement there; the sentence is the article's, linked from the lines that use it.
        """
        if not questions:
            return []
        parses = load_model().pipe(q.question for q in questions)
        kept: list[Question] = []
        for question, parsed in zip(questions, parses, strict=True):
            found = question_problems(question.question, parsed, self.spans(question.sources))
            if not found:
                kept.append(question)
                continue
            self.verdicts.append(Verdict(section="questions", outcome="dropped", line=question.question,
                                         problems=tuple(found)))
        return kept


def _unique(items: Sequence[_Item], key: Callable[[_Item], object]) -> list[_Item]:
    seen: set[object] = set()
    kept = []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            kept.append(item)
    return kept
