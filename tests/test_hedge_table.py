"""The table of hedge cues (questions.hedges.HEDGES): each row catches the English its comment names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Document
from generator.nlp import parse
from generator.seeds import read_seed
from generator.stages.questions.hedges import HEDGES
from generator.stages.questions.patterns import Cue, CueTable, cue

from .conftest import TEST_SEEDS

Parse = Callable[..., Document]

SENTENCES = {
    "may": ("The union may call a strike next month.", "may", "call"),
    "would": ("Analysts said the deal would cut prices.", "would", "cut"),
    "pressed": ("Unions urged the government to raise wages.", "urged", "raise"),
    "intent": ("The company is expected to close its factory.", "expected", "close"),
    "intent, gerund": ("The board is considering selling the unit.", "considering", "selling"),
    "event": ("Ministers discussed a possible trip to Beijing.", "trip", "trip"),
    "plan": ("The mayor's plan to build a bridge was delayed.", "plan", "build"),
    "hopeful": ("Officials are hopeful that talks will resume.", "hopeful", "resume"),
    "hopeful, of": ("The minister was confident of a deal.", "confident", "deal"),
    "reputed": ("The gunmen were believed to have fled.", "believed", "fled"),
    "on course": ("The firm is on course for a record profit.", "course", "profit"),
    "plan for": ("Greece renewed its demand for Turkey to recognise Cyprus.", "demand", "recognise"),
    "interest": ("Rivals have shown interest in buying the club.", "interest", "buying"),
}


@pytest.mark.parametrize("row", sorted(SENTENCES))
def test_each_cue_opens_a_matter_on_the_verb_it_names(parse_text: Parse, row: str) -> None:
    sentence, word, verb = SENTENCES[row]
    span = parse_text(sentence).spans[0]
    found = {span.doc[i].text: (f.cue.name, f.verb.text) for i, f in HEDGES.find(span).items()}
    assert found[word] == (row.split(",")[0], verb)


def test_the_cue_reads_subject_mode_and_strength_from_the_match(parse_text: Parse) -> None:
    span = parse_text("The gunmen were believed to have fled. The company planned to close its factory.").spans
    believed, planned = (next(iter(HEDGES.find(s).values())) for s in span)
    assert (believed.mode, believed.subject and believed.subject.text) == ("past", "gunmen")
    assert (planned.strength, planned.subject and planned.subject.text) == (1.0, "company")  # told in the past: weak


@pytest.mark.parametrize(
    "sentence",
    ["It would appear that the talks failed.", "Staff who may leave were warned.", "The council will vote on Monday."],
)
def test_a_veto_stops_a_cue(parse_text: Parse, sentence: str) -> None:
    assert HEDGES.find(parse_text(sentence).spans[0]) == {}


def test_spacys_dependency_matcher_finds_what_the_table_finds(nlp, parse_text: Parse) -> None:  # type: ignore[no-untyped-def]
    """The table is walked from its cue words; spaCy's DependencyMatcher reads the same patterns alike."""
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(nlp.vocab)
    for number, row in enumerate(HEDGES.rows):
        matcher.add(str(number), [row.pattern])
    documents = [parse_text(sentence) for sentence, _, _ in SENTENCES.values()]
    documents += [parse(read_seed(path), nlp) for path in sorted(TEST_SEEDS.glob("*.*"))]
    compared = 0
    for document in documents:
        for doc in {id(span.doc): span.doc for span in document.spans}.values():
            spacy_found = set()
            for key, positions in matcher(doc):
                number = int(nlp.vocab.strings[key])
                word = HEDGES.rows[number].word
                if word is None or word(doc[positions[0]]):
                    spacy_found.add((number, tuple(positions)))
            ours = {
                (number, tuple(match[node["RIGHT_ID"]].i for node in HEDGES.rows[number].pattern))
                for span in document.spans if span.doc is doc
                for number, match in HEDGES.matches(span)
            }
            assert ours == spacy_found
            compared += len(ours)
    assert compared >= len(SENTENCES)


def test_rows_that_share_a_name_must_follow_one_another() -> None:
    rows = [Cue(name, [cue(LOWER=name)], verb="cue", strength=1.0) for name in ("a", "b", "a")]
    with pytest.raises(ValueError, match="follow one another"):
        CueTable(rows)

