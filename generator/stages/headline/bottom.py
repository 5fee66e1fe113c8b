"""The bottom line: one sentence of at most 35 words that says what happened.

It is the lead, or the next usable sentence of the first six that is not a dated past event ("Victory last year saw
..."), nor a state held since an earlier year, nor opens on what an earlier one told, nor speaks to the reader
("when you fire up your browser, ..."), nor names something only by pointing back ("Some may see this as ..."), nor
has a typing slip ("law profesor professor"; see :mod:`.lede`). A photograph's caption (a sentence that ends its
paragraph with no stop and says where someone is in the picture) tells the news only when no sentence of the lead
does: "Terry Martin, 48, pictured in this 2012 mugshot, shot ..." is what the picture shows, the lead after it what
happened. Of the first three left, one whose subject is a person called only by where they are from or their age
("The American, 32, looked set to ...") or whose verb adds to what was told ("The film's star also picked up") comes
after those that name what they tell: it leans on a sentence the article does not show first (XSum's articles lost
theirs).

The sentence is trimmed of what it does not need (see :mod:`generator.language.trim`); if it is still too long, it
loses its trailing modifiers clause by clause, at phrase boundaries.  The line must pass the line checker
(:mod:`generator.language.faithful`) as the last stage would check it, or be its complete sentence that does: a
sentence whose line fails gives way to the next, so that the bottom line is chosen here, by what tells the news,
rather than left to the summary's first point.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.faithful import line_problems
from ...language.pieces import in_picture, unstopped
from ...language.pointing import addresses_reader, points_back
from ...language.slips import stutters
from ...language.standalone import claim_or_its_attribution, is_speech, stands_alone, unmarked, whole_sentence
from ...language.trim import shorten, trim
from ...model import Document, Point
from .lede import dated_past, held_since, refers_back, second_reference, told_before
from .verb import main_verb_and_speaker

if TYPE_CHECKING:
    from spacy.tokens import Span

MAX_BOTTOM_LINE_WORDS = 35
# Sentences of the lead a bottom line is looked for in, after those that cannot tell the news are left out.
TRIED = 3


def bottom_line(document: Document, news: list[int]) -> Point | None:
    """The bottom line, from the sentences ``news`` lists best first (see :func:`news_sentences`)."""
    if not document.spans:
        return None
    told = [index for index in news[:6] if _may_tell(document, index)]
    told.sort(key=lambda index: _caption(document, index))  # a caption after the sentences of the lead
    tried = told[:TRIED]
    tried.sort(key=lambda index: second_reference(unmarked(document, index)))  # "The American, 32, ...": one after
    for index in tried or news[:TRIED]:
        text = _checked(document, index)
        if text:
            return Point(text=text, sources=(index,))
    index = news[0]
    return Point(text=shorten(unmarked(document, index), MAX_BOTTOM_LINE_WORDS), sources=(index,))


def _caption(document: Document, index: int) -> bool:
    """Whether a sentence ends its paragraph with no stop and says it is a photograph's ("Terry Martin, 48, pictured
    in this 2012 mugshot, shot ..."): a caption, not a lead that lost its stop."""
    return unstopped(document, index) and in_picture(document.spans[index])


def _may_tell(document: Document, index: int) -> bool:
    """Whether sentence ``index`` may tell the news, read alone."""
    span = unmarked(document, index)
    return (stands_alone(span) and not is_speech(document, index) and not _background(document, index)
            and not claim_or_its_attribution(document, index) and not addresses_reader(span)
            and not (_after_opening(document, index) and points_back(span)) and not stutters(span))


def _checked(document: Document, index: int) -> str | None:
    """The line of sentence ``index`` if it passes the line checker, else its complete sentence if that does, however
    long (a shorter line may not drop an attribution)."""
    span = unmarked(document, index)
    text = sentence_line(span)
    if text is None:
        return None
    if not line_problems(text, [span]):
        return text
    whole = whole_sentence(span.text)
    if whole and whole != text and not line_problems(whole, [span]):
        return whole  # "..., according to people familiar with the discussions, ...": the sentence keeps it
    return None


def _background(document: Document, index: int) -> bool:
    """Whether a sentence tells a dated past event ("Victory in Rome last year saw ...") or opens on what an earlier
    sentence told ("The huge rise will be ..."): not the news a bottom line says."""
    span = unmarked(document, index)
    found = main_verb_and_speaker(span)
    if found is not None and (dated_past(found[0], document.article.date.year, by_year=False) or held_since(
            found[0], document.article.date.year)):
        return True  # "Macedonia has been in turmoil since ... 2015"
    return told_before(document, index) and refers_back(span)


def _after_opening(document: Document, index: int) -> bool:
    """Whether a sentence that stands alone comes before sentence ``index``: a "this" or "these" in the first
    ("has created these stunning graphs") points at a picture, in a later one at what was told."""
    return any(stands_alone(unmarked(document, k)) for k in range(index))


def sentence_line(span: Span) -> str | None:
    """The sentence trimmed, shortened if needed, or None if it cannot fit in 35 words.

    A sentence that scraping glued to a caption or a share button is its
    complete sentence alone, as in the summary.
    """
    whole = whole_sentence(span.text)
    if whole is None:
        return None
    if whole != span.text:
        return whole if len(whole.split()) <= MAX_BOTTOM_LINE_WORDS else None
    text = trim(span)
    if len(text.split()) <= MAX_BOTTOM_LINE_WORDS:
        return text
    shorter = shorten(span, MAX_BOTTOM_LINE_WORDS)
    return shorter if len(shorter.split()) <= MAX_BOTTOM_LINE_WORDS else None
