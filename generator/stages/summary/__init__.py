"""The summary: the 2-4 key sentences of the article after its bottom line, in the article's order.

The bottom line already gives the news (see :mod:`generator.stages.headline`): no point repeats it, or says what it
says in other words (a short point half of whose content words the bottom line holds does, though a long bottom
line keeps the two unlike as wholes); the points add the next most important facts.

News puts the most important facts first, so a sentence's position is the
strongest single sign of its weight (Lead-3 is hard to beat on news).  The
article's own structure adds what position misses (see :mod:`.centrality`):
a sentence similar to many others is central to the story, one close to
the article's centroid holds what it keeps returning to, one dense in
shared terms covers them in few words, and one that names the key actors
is about the story's protagonists.  A point is read on its own, so a
sentence in someone else's voice, or one that leans on the sentence before
it (its subject a bare pronoun, "He said ...", or its first word a
connective that answers it, "But ...", "However, ..."), is worth less, and
a long one costs the reader more.

Where scraping lost a line break and glued a caption, a share button or the
next sentence to a sentence, only its complete sentence is scored and shown
(see :func:`generator.language.standalone.whole_sentence`); where it moved a quotation's
closing mark to the start of the reporter's next sentence, that sentence is
read without the stray mark (see :func:`generator.language.standalone.find_stray_marks`); a sentence inside a
quotation the sentence before opened, across a paragraph break ("... the Cup. '" then "Every match is different."), is
the speaker's words, no point (see :func:`generator.stages.background.quoted.inside_quotation`).
A paragraph that ends with no stop is a photograph's caption (often several
run together, "... near his pub Mr Treloar claimed ...") or was cut off ("...
under John"): its last sentence is a point only when it is one clean sentence
with a named subject and nothing glued to it, as a caption often is ("Tarnwick
veteran Colin Pryde made his 400th appearance for the club on Friday"; see
:func:`generator.language.pieces.unstopped` and :func:`generator.language.pieces.clean_caption`).
A caption that lost no stop is still one when it tells, in the present, a pose or a gesture the photograph shows
("Tom Varga salutes the crowd after taking pole.", "A recovery driver works to clear the road ..."): news
is told in the past, a caption in the present; it is no point (see :func:`shows_in_picture`).
A sentence that speaks to the reader ("when you fire up your browser") or
has a typing slip ("law profesor professor") is no point (see
:mod:`generator.language.pointing` and :mod:`generator.language.slips`); one that names something only by
pointing back ("these regulations", "the same university", "Other unions
have pledged to follow") is one only right after the sentence it points
to.
Sentences are chosen greedily by score, skipping any too similar to one
already chosen, and trimmed (see :mod:`generator.language.trim`).  The points and the bottom line
together stay within 35% of the article's words (one point is always allowed).
Two points are given when the article has two usable sentences besides the
bottom line's; a third and a fourth only when the budget has room and they
score close to the best.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...language.aligned import words_of
from ...language.faithful import line_problems
from ...language.pieces import clean_caption, shows_in_picture, unstopped
from ...language.pointing import addresses_reader, points_back
from ...language.readable import attributed
from ...language.slips import stutters
from ...language.standalone import (
    claim_or_its_attribution,
    is_speech,
    stands_alone,
    unmarked,
    whole_sentence,
    whole_span,
    word_count,
)
from ...language.tokens import content_words, tokens
from ...language.trim import CONNECTIVES, trim
from ...model import Briefing, Document, Point
from ..background.quoted import inside_quotation
from .centrality import centrality, centroid_similarity, inverse_frequencies, similarities, term_density

if TYPE_CHECKING:
    from spacy.tokens import Span

MAX_SHARE = 0.35
MIN_POINTS, MAX_POINTS = 2, 4  # after the bottom line: three to five lines, as before
MAX_POINT_WORDS = 40
# Weights of the parts of a sentence's score (position counts 1).
POSITION_DECAY = 0.65
CENTRALITY, CENTROID, DENSITY = 0.6, 0.5, 0.5
ACTORS, SPEECH, LEANS, LENGTH = 0.15, 0.15, 0.8, 0.5 / 25
# A sentence this similar (cosine) to a chosen one repeats it.
REDUNDANT = 0.5
# A fourth or fifth point must score at least this share of the best.
EXTRA_SHARE = 0.75
# A short point (at most this many words) with at least this share of its content words in the bottom line says it
# again in other words ("Microsoft is one of the net giants muscling in on search" after "giants such as Microsoft
# and Yahoo have sought to grab a slice of the search action"): its likeness to a long bottom line stays low.
SHORT_POINT, TOLD_SHARE = 12, 0.5
# A point of any length two thirds of whose content words the bottom line holds says it again ("Tom Brannigan has been
# given the nod by Joseph Mbaye for ..." after "Joseph Mbaye has ... picked Tom Brannigan ..."): a caption often
# restates the lead so, in words its likeness to the lead's sentence does not catch.
MOSTLY_TOLD = 2 / 3


@dataclass(frozen=True)
class Candidate:
    """A sentence that could be a point: its id, score and trimmed text."""

    index: int
    score: float
    text: str
    words: int


def summarise(document: Document, briefing: Briefing) -> Briefing:
    """Fill ``briefing.summary`` with the article's key sentences, in article order."""
    chosen = sorted(choose(document, briefing), key=lambda candidate: candidate.index)
    return replace(briefing, summary=tuple(Point(text=c.text, sources=(c.index,)) for c in chosen))


def choose(document: Document, briefing: Briefing) -> list[Candidate]:
    """The chosen sentences, best first."""
    spans = [unmarked(document, index) for index in range(len(document.spans))]
    if not spans:
        return []
    wholes = [whole_sentence(span.text) for span in spans]
    sentences = [whole_span(span, whole) for span, whole in zip(spans, wholes, strict=True)]
    bags = [Counter(content_words(sentence)) for sentence in sentences]
    idf = inverse_frequencies(bags)
    matrix = similarities(bags, idf)
    structure = [
        CENTRALITY * a + CENTROID * b + DENSITY * c
        for a, b, c in zip(centrality(matrix), centroid_similarity(bags, idf), term_density(bags), strict=True)
    ]
    names = _key_names(briefing)
    candidates = [
        candidate
        for index, (span, whole) in enumerate(zip(spans, wholes, strict=True))
        if whole is not None and stands_alone(sentences[index]) and not claim_or_its_attribution(document, index)
        and not (inside_quotation(document, index) and not attributed(span))
        and not addresses_reader(sentences[index]) and not stutters(sentences[index]) and not _run_on(document, index)
        and not shows_in_picture(sentences[index])
        for candidate in [_faithful(document, _candidate(document, index, span, structure[index], names, whole), whole)]
        if candidate is not None
    ]
    bottom = set(briefing.bottom_line.sources) if briefing.bottom_line is not None else set()
    told = Counter(word for index in bottom for word in bags[index])
    best = max((candidate.score for candidate in candidates), default=0.0)  # the bottom line's sentence too
    candidates = [candidate for candidate in candidates if candidate.index not in bottom]
    candidates.sort(key=lambda candidate: (-candidate.score, candidate.index))
    budget = sum(word_count(span) for span in spans) * MAX_SHARE
    chosen: list[Candidate] = []
    used = len(briefing.bottom_line.text.split()) if briefing.bottom_line is not None else 0
    for candidate in candidates:
        if len(chosen) >= MAX_POINTS:
            break
        if candidate.words > MAX_POINT_WORDS or (chosen and used + candidate.words > budget):
            continue
        if any(matrix[candidate.index][other] > REDUNDANT for other in [*bottom, *(c.index for c in chosen)]):
            continue  # it repeats the bottom line or a point
        if briefing.bottom_line is not None and repeats(candidate.text, briefing.bottom_line.text):
            continue
        share = _told_share(bags[candidate.index], told)
        if (candidate.words <= SHORT_POINT and share >= TOLD_SHARE) or share >= MOSTLY_TOLD:
            continue
        if candidate.index - 1 not in {*bottom, *(c.index for c in chosen)} and points_back(spans[candidate.index]):
            continue  # "these regulations", "the same university": what it stands for is not shown
        if len(chosen) >= MIN_POINTS and candidate.score < EXTRA_SHARE * best:
            break
        chosen.append(candidate)
        used += candidate.words
    if not chosen and not bottom:  # no sentence fits the rules: the best one, or else the lead, says something
        chosen = candidates[:1] or [_candidate(document, 0, spans[0], structure[0], names, spans[0].text)]
    return chosen


def repeats(point: str, bottom_line: str) -> bool:
    """Whether a point says the bottom line again: the same words, or a run of its words, or it in full."""
    ours, theirs = " ".join(words_of(point)), " ".join(words_of(bottom_line))
    return bool(ours) and bool(theirs) and (f" {ours} " in f" {theirs} " or f" {theirs} " in f" {ours} ")


def _run_on(document: Document, index: int) -> bool:
    """Whether a sentence ends a paragraph with no stop and is no clean sentence: captions run together, or cut off."""
    return unstopped(document, index) and not clean_caption(document.spans[index])




def _told_share(bag: Counter[str], told: Counter[str]) -> float:
    """The share of a sentence's content words that the bottom line's sentences hold."""
    return sum(1 for word in bag if word in told) / len(bag) if bag else 0.0


def _faithful(document: Document, candidate: Candidate, whole: str) -> Candidate | None:
    """The candidate if its line passes the line checker; else its complete sentence if that passes; else None."""
    source = [document.spans[candidate.index]]
    if not line_problems(candidate.text, source):
        return candidate
    if whole != candidate.text and not line_problems(whole, source):
        return replace(candidate, text=whole, words=len(whole.split()))
    return None


def _candidate(
    document: Document, index: int, span: Span, structure: float, names: frozenset[str], whole: str
) -> Candidate:
    """Score sentence ``index``, read as ``span`` (see ``unmarked``); ``whole`` is its complete
    sentence if scraping glued pieces to it (see ``whole_sentence``)."""
    text = trim(span) if whole == span.text else whole
    words = len(text.split())
    lowered = span.text.lower()
    actors = min(sum(1 for name in names if name in lowered), 2)
    score = (
        1.0 / (1 + index) ** POSITION_DECAY
        + structure
        + ACTORS * actors
        - SPEECH * is_speech(document, index)
        - LEANS * _leans_on_previous(span)
        - LENGTH * words
    )
    return Candidate(index=index, score=round(score, 9), text=text, words=words)


def _leans_on_previous(span: Span) -> bool:
    """Whether a sentence needs the one before it to be understood.

    It does when its main clause's subject is a personal pronoun, whose
    referent is elsewhere ("He said ..."; not "it", most often a dummy
    subject), or when it opens with a connective that answers what came
    before ("But ...", "However, ..."; :mod:`generator.language.trim` drops the word, not
    the dependence).
    """
    words = [token for token in tokens(span) if not token.is_punct and not token.is_space]
    if words and words[0].lower_ in CONNECTIVES and words[0].dep_ in ("cc", "advmod") and words[0].head.dep_ == "ROOT":
        return True
    return any(
        token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass") and token.lower_ != "it"
        and token.head.dep_ == "ROOT"
        for token in words
    )


def _key_names(briefing: Briefing) -> frozenset[str]:
    return frozenset(
        name.lower() for actor in briefing.actors if actor.key for name in (actor.name, *actor.aliases) if len(name) > 2
    )
