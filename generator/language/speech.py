"""Whose words a sentence is: someone's (it opens with a quote mark, a quotation opened before it in its paragraph is
still open, or it speaks in the first person) or the reporter's; and an opening quote mark that scraping moved from
the end of the quotation before, which closes that quotation instead of opening one (:func:`find_stray_marks`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Article, Document, Sentence
from .lexicon import DOUBLE_OPENING_QUOTES, OPENING_QUOTES, SPEECH_VERBS
from .tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Span

FIRST_PERSON = frozenset({"i", "me", "my", "we", "our", "us"})
_PERSONAL = FIRST_PERSON | {"you", "your"}
_QUOTE_MARK = re.compile('["“”]')


def is_speech(document: Document, index: int) -> bool:
    """Whether a sentence is someone's words rather than the reporter's.

    It is when it opens with a quotation mark (unless the mark is a stray,
    see :func:`find_stray_marks`), when a quotation opened earlier in its
    paragraph is still open at its start, or when it speaks in the first
    person.
    """
    sentence = document.sentences[index]
    text = sentence.text
    if index in document.stray_marks:
        return False
    if text[:1] in OPENING_QUOTES:
        return True
    paragraph = document.article.paragraphs[sentence.paragraph]
    before = paragraph.text[: sentence.start - paragraph.start]
    if _open_quotation(before):
        return True
    return any(token.lower_ in FIRST_PERSON and token.pos_ == "PRON" for token in document.spans[index])


def _open_quotation(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end."""
    if text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1


def unmarked(document: Document, index: int) -> Span:
    """A sentence's parse without its opening quote mark if that mark is a stray (see :func:`find_stray_marks`)."""
    span = document.spans[index]
    if index in document.stray_marks and len(span) > 1 and span[0].text in DOUBLE_OPENING_QUOTES:
        return span[1:]
    return span


def find_stray_marks(
    article: Article, sentences: Sequence[Sentence], spans: Sequence[Span], runs: Sequence[tuple[int, str]] = ()
) -> frozenset[int]:
    """The sentences whose opening quote mark closes the quotation before them instead of opening one.

    Scraped text sometimes moves a quotation's closing mark to the start of
    the next paragraph ("... at the end of the season." / "\"The Welsh
    Rugby Union will appoint ..."), so that the reporter's next sentence
    reads as a quotation that never ends.  A mark that opens a sentence is
    taken for such a stray when all of these hold:

    * a quotation before it is still open (the mark would close it);
    * the sentence does not close a quotation, nor does the rest of its
      paragraph, and the next paragraph does not open with a quote mark (a
      quotation running on over paragraphs would);
    * the sentence does not speak in the first or second person, as the
      words of a speaker most often do.

    In scraped text of one sentence a line, a quotation reopened at each
    paragraph hides from the count of marks that it is open, and the next
    paragraph often opens with a mark too.  When the paragraphs before leave
    a quotation open (the last with a mark holds an odd number), the mark is
    still a stray if the next sentence opens a quotation of its own and says
    whose it is after closing it ("\"The ferry sails at nine." / "\"We are
    ready," the captain said."): a new turn, or, with no mark opening the next
    paragraph, if the sentence names three things or more (people, places,
    dates, figures), as the reporter's narration does.
    """
    body = article.body
    paragraphs = article.paragraphs
    starts = [paragraph.start for paragraph in paragraphs]
    found = set()
    straight = curly = at = 0
    for index, sentence in enumerate(sentences):
        before = body[at : sentence.start]
        straight += before.count('"')
        curly += before.count("“") - before.count("”")
        at = sentence.start
        if sentence.text[:1] not in DOUBLE_OPENING_QUOTES:
            continue
        counted_open = bool(straight % 2 or curly > 0)
        if not counted_open and not runs:
            continue
        if not _open_quotation(sentence.text):
            continue
        last = bisect.bisect_right(starts, sentence.end - 1) - 1
        paragraph = paragraphs[last]
        if _QUOTE_MARK.search(body, sentence.end, paragraph.start + len(paragraph.text)):
            continue  # the quotation closes, or another opens, later in the paragraph
        if any(token.pos_ == "PRON" and token.lower_ in _PERSONAL for token in tokens(spans[index])):
            continue
        if last + 1 >= len(paragraphs) or paragraphs[last + 1].text.lstrip()[:1] not in OPENING_QUOTES:
            if counted_open or (_open_before(runs, sentence.start) and len({e.text for e in spans[index].ents}) >= 3):
                found.add(index)
        elif index + 1 < len(spans) and _open_before(runs, sentence.start) and _attributed_turn(spans[index + 1]):
            found.add(index)
    return frozenset(found)


def _open_before(runs: Sequence[tuple[int, str]], offset: int) -> bool:
    """Whether a quotation is open where the run of paragraphs at ``offset`` starts: the last run before it with a
    double quote mark holds an odd number of them (it opens one that it does not close, or it closes none but one
    opened before it)."""
    if not any(base == offset for base, _ in runs):
        return False
    for _, text in reversed([run for run in runs if run[0] < offset]):
        marks = len(_QUOTE_MARK.findall(text))
        if marks:
            return marks % 2 == 1
    return False


def _attributed_turn(span: Span) -> bool:
    """Whether a sentence opens a quotation, closes it and then says whose it is ("\"We can win,\" Evans said.")."""
    marks = [token.i for token in span if token.text in ('"', "“", "”")]
    root = span.root
    return len(marks) >= 2 and marks[0] == span.start and root.i > marks[1] and root.lemma_.lower() in SPEECH_VERBS
