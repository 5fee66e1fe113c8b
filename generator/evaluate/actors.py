"""``python -m generator.evaluate actors``: the who's who against references.

Our actors are those a briefing lists as actors, as the places of its
setting and as who reports the story: the annotation lists all three as
actors.  On the hand-annotated articles they are matched one to one with the
reference actors by name or alias (:mod:`.names`: a bare surname matches
the person with that surname; exact names are tried before surnames).  A second actor for a
reference actor already matched is a duplicate and counts against
precision; an actor matching a reference ``not_actors`` name is a listed
non-actor.  Precision and recall are per kind (ours by our kind, the
reference's by its kind; groups reported, not scored); kind accuracy is over
matched actors; key-actor recall counts a reference key actor found when the
actor matched to it is ``key``; role agreement is the F1 of content words
between our role and the reference's, over the reference key actors that
have a role.  Raw spaCy entities deduplicated by exact text (the first five
key) are scored the same way in the same run.  ``--set`` picks the
annotated articles (:mod:`.sets`).

On CoNLL-2003 documents the set of names (and aliases) of our actors and of
raw spaCy's entities are compared with the gold document-level entity sets,
per label (person PER, organization ORG, place LOC, the rest MISC).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from ..model import ACTOR_KINDS, Actor, ActorKind, Briefing, Document
from ..stages.actors import find_actors
from .data import DEFAULT_DATA, annotated, annotated_ids, row_article, rows
from .names import candidates, forms, norm, reference_forms
from .sets import set_option

System = Callable[[Document], Sequence[Actor]]
SCORED_KINDS: tuple[ActorKind, ...] = ("person", "organization", "place")
SPACY_KINDS: dict[str, ActorKind] = {
    "PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"
}
CONLL_LABELS = {"person": "PER", "organization": "ORG", "place": "LOC"}  # groups have no proper name
SPACY_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
_SPACY_MISC = frozenset({"NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})
_WORD = re.compile(r"[a-z0-9]+")


def ours(document: Document) -> Sequence[Actor]:
    """Our actors, the places of the setting and who reports the story: the annotation lists all as actors."""
    briefing = find_actors(document, Briefing())
    return (*briefing.actors, *briefing.places, *briefing.reporting)


def raw_spacy(document: Document) -> Sequence[Actor]:
    """spaCy's entities as actors: one per distinct text, the first five key."""
    seen: dict[str, Actor] = {}
    for index, span in enumerate(document.spans):
        for entity in span.ents:
            if entity.label_ in SPACY_KINDS and entity.text not in seen:
                key = len(seen) < 5
                seen[entity.text] = Actor(name=entity.text, kind=SPACY_KINDS[entity.label_], key=key, mentions=(index,))
    return tuple(seen.values())


SYSTEMS: dict[str, System] = {"ours": ours, "spacy": raw_spacy}


def content(text: str | None) -> set[str]:
    """The content words of a role: lower-cased, no stop words, no possessive."""
    from spacy.lang.en.stop_words import STOP_WORDS

    text = re.sub(r"'s\b", "", (text or "").replace("’", "'").lower())
    return {word for word in _WORD.findall(text) if word not in STOP_WORDS and len(word) > 1}


def word_f1(ours_text: str | None, reference: str | None) -> float:
    mine, theirs = content(ours_text), content(reference)
    common = len(mine & theirs)
    if not common:
        return 0.0
    precision, recall = common / len(mine), common / len(theirs)
    return 2 * precision * recall / (precision + recall)


@dataclass
class Tally:
    """Running counts of one system over the annotated articles."""

    predicted: dict[str, int] = field(default_factory=dict)
    predicted_right: dict[str, int] = field(default_factory=dict)
    reference: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    matched: int = 0
    kind_right: int = 0
    key_total: int = 0
    key_found: int = 0
    role_sum: float = 0.0
    role_count: int = 0
    duplicates: list[str] = field(default_factory=list)
    non_actors: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)
    key_missed: list[str] = field(default_factory=list)

    def f1(self, kind: str) -> tuple[float, float, float]:
        precision = self.predicted_right.get(kind, 0) / max(self.predicted.get(kind, 0), 1)
        recall = self.found.get(kind, 0) / max(self.reference.get(kind, 0), 1)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _bump(counts: dict[str, int], kind: str) -> None:
    counts[kind] = counts.get(kind, 0) + 1


def score_article(tally: Tally, reference: dict[str, Any], actors: Sequence[Actor], tag: str) -> None:
    """Match ``actors`` to one article's reference and add the counts to ``tally``."""
    refs = reference.get("actors") or []
    ref_forms = reference_forms(refs)
    not_forms = [norm(n["name"]) for n in reference.get("not_actors") or []]
    owner: dict[int, Actor] = {}
    for actor in actors:
        matches = candidates(actor, refs, ref_forms)
        free = [i for i in matches if i not in owner]
        label = f"{tag}: {actor.name} ({actor.kind})"
        if free:
            owner[free[0]] = actor
            _bump(tally.predicted, actor.kind)
            _bump(tally.predicted_right, actor.kind)
        elif matches:
            tally.duplicates.append(label)
            _bump(tally.predicted, actor.kind)
        elif forms(actor.name, actor.aliases) & set(not_forms):
            tally.non_actors.append(label)
            _bump(tally.predicted, actor.kind)
        else:
            if actor.kind != "group":
                tally.spurious.append(label)
            _bump(tally.predicted, actor.kind)
    for index, ref in enumerate(refs):
        kind = ref["kind"]
        _bump(tally.reference, kind)
        found = owner.get(index)
        if ref.get("key"):
            tally.key_total += 1
            tally.key_found += found is not None and found.key
            if found is None or not found.key:
                tally.key_missed.append(f"{tag}: {ref['name']}")
            if ref.get("role"):
                tally.role_sum += word_f1(found.role if found else None, ref["role"])
                tally.role_count += 1
        if found is None:
            tally.missed.append(f"{tag}: {ref['name']} ({kind})")
            continue
        _bump(tally.found, kind)
        if kind != "group":
            tally.matched += 1
            tally.kind_right += found.kind == kind
            if found.kind != kind:
                tally.wrong_kind.append(f"{tag}: {found.name} ({found.kind}, not {kind})")


def score_annotated(data: Path, limit: int | None, subset: str = "all") -> dict[str, Tally]:
    from ..nlp import parse

    tallies = {name: Tally() for name in SYSTEMS}
    for count, item in enumerate(annotated(data, subset)):
        if limit is not None and count >= limit:
            break
        document = parse(item.article)
        tag = str(item.reference["id"])[:24]
        for name, system in SYSTEMS.items():
            score_article(tallies[name], item.reference, system(document), tag)
    return tallies


def _actor_names(actors: Sequence[Actor]) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for actor in actors:
        if actor.kind in CONLL_LABELS:
            names.setdefault(CONLL_LABELS[actor.kind], set()).update(forms(actor.name, actor.aliases))
    return names


def _spacy_names(document: Document) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for span in document.spans:
        for entity in span.ents:
            label = SPACY_CONLL.get(entity.label_) or ("MISC" if entity.label_ in _SPACY_MISC else None)
            if label:
                names.setdefault(label, set()).add(norm(entity.text))
    return names


def score_conll(data: Path, limit: int | None) -> dict[str, dict[str, list[int]]]:
    """Per system and label: [right, predicted, found, gold] over the documents."""
    from ..nlp import parse_many

    selected = [row for row in rows(data / "conll2003-dev.jsonl", limit) if row.entities]
    counts: dict[str, dict[str, list[int]]] = {"ours": {}, "spacy": {}}
    for row, document in zip(selected, parse_many(row_article(row) for row in selected), strict=True):
        gold: dict[str, set[str]] = {}
        for entity in row.entities:
            gold.setdefault(entity["label"], set()).add(norm(entity["text"]))
        for name, found in (("ours", _actor_names(ours(document))), ("spacy", _spacy_names(document))):
            for label in ("PER", "ORG", "LOC", "MISC"):
                mine, theirs = found.get(label, set()), gold.get(label, set())
                cell = counts[name].setdefault(label, [0, 0, 0, 0])
                cell[0] += len(mine & theirs)
                cell[1] += len(mine)
                cell[2] += len(theirs & mine)
                cell[3] += len(theirs)
    return counts


def report(tallies: dict[str, Tally], articles: int, subset: str = "all") -> list[str]:
    which = f"{articles}" if subset == "all" else f"{articles}, set {subset}"
    lines = [f"annotated articles ({which}): precision / recall / F1 per kind", f"  {'measure':<28}"
             + "".join(f"{name:>20}" for name in tallies)]

    def row(label: str, values: Iterable[str]) -> None:
        lines.append(f"  {label:<28}" + "".join(f"{value:>20}" for value in values))

    for kind in ACTOR_KINDS:
        row(f"{kind} P/R/F1" + (" (not scored)" if kind == "group" else ""),
            ("{:.2f} {:.2f} {:.2f}".format(*t.f1(kind)) for t in tallies.values()))
    row("kind accuracy", (f"{t.kind_right / max(t.matched, 1):.2f}" for t in tallies.values()))
    row("key-actor recall", (f"{t.key_found / max(t.key_total, 1):.2f}" for t in tallies.values()))
    row("role agreement (key)", (f"{t.role_sum / max(t.role_count, 1):.2f}" for t in tallies.values()))
    row("duplicates", (str(len(t.duplicates)) for t in tallies.values()))
    row("non-actors listed", (str(len(t.non_actors)) for t in tallies.values()))
    return lines


def conll_report(counts: dict[str, dict[str, list[int]]]) -> list[str]:
    lines = ["CoNLL-2003 document-level entity sets: precision / recall per label",
             f"  {'label':<8}" + "".join(f"{name:>20}" for name in counts)]
    for label in ("PER", "ORG", "LOC", "MISC"):
        cells = []
        for name in counts:
            right, predicted, found, gold = counts[name].get(label, [0, 0, 0, 0])
            cells.append(f"{right / predicted:.2f} {found / max(gold, 1):.2f}" if predicted else "n/a")
        lines.append(f"  {label:<8}" + "".join(f"{cell:>20}" for cell in cells))
    return lines


@click.command("actors")
@click.option("--data", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_DATA, show_default=True)
@click.option("--limit", type=int, default=None, help="At most this many articles (and CoNLL documents).")
@click.option("--details", is_flag=True, help="List our missed, spurious, duplicate and non-actor names.")
@click.option("--skip-conll", is_flag=True, help="Score the annotated articles only.")
@set_option
def command(data: Path, limit: int | None, details: bool, skip_conll: bool, subset: str) -> None:
    """Score key actors against annotated articles and CoNLL-2003, beside raw spaCy.

    Example: python -m generator.evaluate actors --set new --skip-conll
    """
    if not (data / "annotated").is_dir():
        raise click.ClickException(f"no annotated articles in {data}")
    tallies = score_annotated(data, limit, subset)
    articles = len(annotated_ids(data, subset)[:limit])
    for line in report(tallies, articles, subset):
        click.echo(line)
    if details:
        mine = tallies["ours"]
        for title, names in (("missed", mine.missed), ("spurious", mine.spurious),
                             ("duplicates", mine.duplicates), ("non-actors", mine.non_actors),
                             ("wrong kind", mine.wrong_kind), ("key actors missed", mine.key_missed)):
            click.echo(f"{title}:")
            for name in names:
                click.echo(f"  {name}")
    if not skip_conll:
        click.echo("")
        for line in conll_report(score_conll(data, limit)):
            click.echo(line)
