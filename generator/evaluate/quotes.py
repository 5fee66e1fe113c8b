"""``python -m generator.evaluate quotes``: who said what, against the annotated quotations.

Each annotation's ``quotes`` lists where every direct quotation opens (``at``,
the offset of its opening mark, or of its first word when it has none) and
its speaker (a reference actor's name, or null when the article does not
say).  A quotation the briefing shows under an actor is attributed to that
actor (every actor's quotes count, as the record and the dossiers show them).

A shown quotation *matches* an annotated one when its text starts at the
annotated offset (a few characters after it, past the mark), or else when it
starts in the sentence holding the offset; one that matches none is
narration shown as a quotation.  It is under the *right speaker* when the
actor it is shown under matches the annotated speaker by name, alias or
surname, as the actor score matches them (:mod:`.names`).

Two measures: the share of annotated quotations with a speaker that are
shown under that speaker ("given to their speaker"), and the share of the
quotations shown that match an annotated one and are under its speaker
("precision").  ``--set`` picks the annotated articles (:mod:`.sets`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from ..model import Actor, Document, Quote
from .data import DEFAULT_DATA, annotated, raw_span, sentence_at
from .names import candidates, norm, reference_forms
from .sets import set_option

_NEAR = 3  # characters between an annotated opening mark and the quoted words (mark, space, inner mark)
_NEEDLE = 30  # characters of a shown quotation looked for in the article text
_SLACK = 200  # characters before its sentence where a shown quotation's text is looked for


@dataclass(frozen=True)
class Annotation:
    """An annotated quotation: its offset, its speaker and the sentences its mark and first word are in."""

    at: int
    speaker: str | None
    sentences: frozenset[int]


@dataclass
class QuoteTally:
    """Running counts over the annotated articles."""

    annotated: int = 0
    with_speaker: int = 0
    given: int = 0  # annotated quotations with a speaker shown under that speaker
    shown: int = 0
    matched: int = 0  # shown quotations that match an annotated one
    right: int = 0  # of those, shown under the annotated speaker
    wrong: list[str] = field(default_factory=list)
    narration: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def given_share(self) -> float:
        return self.given / self.with_speaker if self.with_speaker else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.shown if self.shown else 0.0


def annotated_quotes(document: Document, text: str, reference: dict[str, Any]) -> list[Annotation]:
    """The annotated quotations of one article, their offsets mapped to our sentence ids."""
    result = []
    for item in reference.get("quotes") or ():
        at = int(item["at"])
        word = at
        while word < len(text) and (text[word].isspace() or text[word] in "\"'“”‘’"):
            word += 1
        ids = {sentence_at(document, at), sentence_at(document, word)}
        speaker = item.get("speaker")
        sentences = frozenset(i for i in ids if i is not None)
        result.append(Annotation(at, None if speaker is None else str(speaker), sentences))
    return result


def position(document: Document, text: str, quote: Quote) -> int | None:
    """Where ``quote``'s text starts in the article text, looked for around its sentence."""
    start, end = raw_span(document, quote.sentence)
    found = text.find(quote.text[:_NEEDLE], max(0, start - _SLACK))
    return found if 0 <= found <= end else None


def matching(document: Document, text: str, quote: Quote, refs: Sequence[Annotation]) -> list[int]:
    """The indexes of the annotated quotations ``quote`` matches: by offset, else by sentence."""
    place = position(document, text, quote)
    if place is not None:
        near = [index for index, ref in enumerate(refs) if 0 <= place - ref.at <= _NEAR]
        if near:
            return near
    return [index for index, ref in enumerate(refs) if quote.sentence in ref.sentences]


def score_article(
    tally: QuoteTally, document: Document, text: str, reference: dict[str, Any], actors: Sequence[Actor], tag: str
) -> None:
    """Match the quotations shown under ``actors`` to one article's annotated ones, into ``tally``."""
    refs = annotated_quotes(document, text, reference)
    people = list(reference.get("actors") or [])
    for ref in refs:  # a speaker the annotators left out of the actors still has a name
        if ref.speaker and norm(ref.speaker) not in {norm(person["name"]) for person in people}:
            people.append({"name": ref.speaker, "kind": "unknown"})
    number = {norm(person["name"]): index for index, person in enumerate(people)}
    speaker = {index: number[norm(ref.speaker)] for index, ref in enumerate(refs) if ref.speaker}
    people_forms = reference_forms(people)
    given: set[int] = set()
    for actor in actors:
        speaks_for = set(candidates(actor, people, people_forms))
        for quote in actor.quotes:
            tally.shown += 1
            label = f"{tag}: “{quote.text[:70]}” under {actor.name}"
            found = matching(document, text, quote, refs)
            if not found:
                tally.narration.append(label)
                continue
            tally.matched += 1
            right = [index for index in found if speaker.get(index) in speaks_for]
            given.update(right)
            tally.right += bool(right)
            if not right:
                said = " or ".join(sorted({refs[i].speaker or "nobody named" for i in found}))
                tally.wrong.append(f"{label}, said by {said}")
    tally.annotated += len(refs)
    tally.with_speaker += sum(1 for ref in refs if ref.speaker)
    tally.given += len(given)
    for index, ref in enumerate(refs):
        if ref.speaker and index not in given:
            tally.missed.append(f"{tag}: {ref.speaker} at {ref.at}: {text[ref.at : ref.at + 70]!r}")


def report(tally: QuoteTally, articles: int, subset: str = "all") -> list[str]:
    which = "" if subset == "all" else f" (set {subset})"
    share = tally.given / tally.annotated if tally.annotated else 0.0

    def row(label: str, value: object) -> str:
        return f"  {label:<44}{value:>12}"

    return [
        f"quotations against {articles} annotated articles{which}",
        row("annotated quotations", tally.annotated),
        row("  with a speaker named", tally.with_speaker),
        row("  given to their speaker", tally.given),
        row("shown quotations", tally.shown),
        row("  matching an annotated quotation", tally.matched),
        row("  under the right speaker", tally.right),
        row("  not a quotation (narration)", len(tally.narration)),
        row("given to their speaker (of those with one)", f"{tally.given_share:.2f}"),
        row("given to their speaker (of all annotated)", f"{share:.2f}"),
        row("precision of the quotations shown", f"{tally.precision:.2f}"),
    ]


@click.command("quotes")
@click.option("--data", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_DATA, show_default=True)
@click.option("--limit", type=int, default=None, help="Score only the first N annotated articles of the set.")
@click.option("--details", is_flag=True, help="Also list wrong speakers, narration shown and quotations not given.")
@set_option
def command(data: Path, limit: int | None, details: bool, subset: str) -> None:
    """Score the quotations shown under each actor against the annotated quotations.

    Example: python -m generator.evaluate quotes --set new --details
    """
    from ..nlp import parse
    from ..pipeline import brief

    if not (data / "annotated").is_dir():
        raise click.ClickException(f"no annotated articles in {data}")
    tally = QuoteTally()
    count = 0
    for item in annotated(data, subset):
        if limit is not None and count >= limit:
            break
        count += 1
        document = parse(item.article)
        actors = brief(document).actors  # as shown: the line checker (the vetting stage) has had its say
        score_article(tally, document, item.text, item.reference, actors, str(item.reference["id"])[:24])
    for line in report(tally, count, subset):
        click.echo(line)
    if details:
        for title, lines in (("wrong speaker", tally.wrong), ("not a quotation", tally.narration),
                             ("not given to their speaker", tally.missed)):
            click.echo(f"{title}:")
            for line in lines:
                click.echo(f"  {line}")
