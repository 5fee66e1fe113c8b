"""The plain data model that flows through the pipeline.

An :class:`Article` is what a seed file holds once read and validated.  The
NLP layer turns it into a :class:`Document` (the article's sentences, each
with its spaCy parse).  Stages read the document and add one section each to
a :class:`Briefing`.  Everything here is a frozen dataclass: a stage returns a
new briefing with :func:`dataclasses.replace`, it never mutates one.

Every item a briefing holds carries ``sources``: the ids of the sentences it
was derived from, so that each line of a briefing is traceable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # spaCy is only needed where documents are parsed
    from spacy.tokens import Span

ActorKind = Literal["person", "organization", "place", "group"]
ACTOR_KINDS: tuple[ActorKind, ...] = ("person", "organization", "place", "group")


@dataclass(frozen=True, kw_only=True)
class Paragraph:
    """A paragraph of the article body.

    ``start`` is where it starts in ``Article.body``; ``raw_start`` where it
    starts in the decoded seed file, so that reference offsets into the file
    can be mapped to sentences.
    """

    index: int
    start: int
    text: str
    raw_start: int


@dataclass(frozen=True, kw_only=True)
class Article:
    """A seed, read and validated: metadata and the story's body.

    ``body`` is the story text that is analysed, one paragraph a line:
    header, dateline, front matter and credit lines are removed.
    """

    path: str
    sha256: str
    date: dt.date
    body: str
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    dateline: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    credits: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Sentence:
    """One sentence of the article body, numbered from 0 in reading order."""

    id: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, eq=False, kw_only=True)
class Document:
    """An article with its sentences and their parse: the input of every stage.

    ``spans[i]`` is the spaCy parse of ``sentences[i]``, which carries the
    sentence's facts (see :mod:`generator.nlp.facts`).  A document is one
    parse, compared and hashed by identity.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    spans: tuple[Span, ...]
    # Facts of the whole article, found once when it is parsed (generator.nlp.facts):
    runs: tuple[tuple[int, str], ...] = ()  # (start in body, text) of each paragraph run that was parsed
    credits: frozenset[int] = frozenset()  # sentences that credit the reporting
    stray_marks: frozenset[int] = frozenset()  # sentences whose opening quote mark closes the quotation before


@dataclass(frozen=True, kw_only=True)
class Point:
    """A line of a briefing that stands on article sentences."""

    text: str
    sources: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class Quote:
    text: str
    sentence: int
    shown: bool = True  # a quote line; else kept in the record only (a phrase, or words that point back)


@dataclass(frozen=True, kw_only=True)
class Actor:
    """A real-world actor of the story, all its mentions merged."""

    name: str
    kind: ActorKind
    role: str | None = None
    role_sources: tuple[int, ...] = ()
    aliases: tuple[str, ...] = ()
    key: bool = False
    salience: float = 0.0
    mentions: tuple[int, ...] = ()  # sentence ids, one per mention
    quotes: tuple[Quote, ...] = ()
    action: Point | None = None  # what they said or did, one line


@dataclass(frozen=True, kw_only=True)
class Question:
    question: str
    sources: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class BackgroundItem:
    text: str
    date: str | None
    sources: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class TimelineEvent:
    date: str  # full or partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD
    event: str
    sources: tuple[int, ...]
    future: bool = False


@dataclass(frozen=True, kw_only=True)
class TextFigures:
    """Readability figures of one text (textstat)."""

    words: int
    sentences: int
    flesch_reading_ease: float
    grade_level: float
    reading_time_minutes: float


@dataclass(frozen=True, kw_only=True)
class Readability:
    article: TextFigures
    briefing: TextFigures
    words_per_minute: int


@dataclass(frozen=True, kw_only=True)
class Briefing:
    """Everything a briefing says; each stage fills one part."""

    title: str = ""
    title_from_seed: bool = False
    bottom_line: Point | None = None
    summary: tuple[Point, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Actor, ...] = ()  # places that only set the scene: named, not acting (kind "place")
    reporting: tuple[Actor, ...] = ()  # who only reports the story: correspondents, outlets, the press
    open_questions: tuple[Question, ...] = ()
    background: tuple[BackgroundItem, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    topics: tuple[str, ...] = ()
    readability: Readability | None = None
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True, kw_only=True)
class Result:
    """A finished briefing with what it was made from: what renderers take."""

    article: Article
    sentences: tuple[Sentence, ...]
    briefing: Briefing
    generator_version: str


@dataclass(frozen=True, kw_only=True)
class Generated:
    """The outcome for one seed: a page and its record, or an error."""

    seed: str
    page: str | None = None
    record: dict[str, Any] | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()
