"""The title (the seed's, or a headline built from the article) and the bottom line.

The title is kept when the seed has one.  Otherwise it is a headline of at
most twelve words (aiming at ten), in sentence case, made from whole
constituents of the main clause of the sentence that carries the news (see
:mod:`.compress`): its subject, its verb in headline tense and the verb's
complement, with the attribution when the sentence attributes the news
("..., bank says"); the headline is checked by the line checker's rules
and parsed again.  It comes from the lead, or from the next usable sentence
when no headline of the lead passes, but not from one whose subject stands
for what an earlier sentence told ("The huge rise will be ...").  When that
next headline shares no content word with the lead, a later one (of the
first six sentences) that shares two or more is told instead, the one that
shares most: the lead's news, not a detail beside it; when none shares two, the next headline is told only if
its sentence is the article's first or second (share buttons aside; after those, a story gives detail), else
the page is named.
When none of them makes a headline (an analysis opening on a question), it is the headline of
the sentence that shares most (two or more) with the first three, else the
shortest usable sentence's; a sentence in someone's words ("Harry was my youngest son") makes none.  When the
next sentence makes the news someone's claim ("Or so says actress X"), the
headline says whose ("..., X says").  A later sentence's headline that is only "the" and a bare noun with its verb
("The figure went up from ..." as "Figure goes up") is none.  It is never a truncated sentence.

The bottom line, one sentence of at most 35 words that says what happened, is :mod:`.bottom`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import OPENING_QUOTES
from ...language.pointing import addresses_reader
from ...language.standalone import (
    attribution_of_before,
    is_speech,
    stands_alone,
    unmarked,
    whole_sentence,
    whole_span,
)
from ...language.tokens import content_words_of
from ...model import Briefing, Document
from .bottom import MAX_BOTTOM_LINE_WORDS as MAX_BOTTOM_LINE_WORDS
from .bottom import bottom_line
from .compress import headline
from .lede import continues, refers_back, told_before
from .tense import present
from .verb import main_verb_and_speaker, speaker_core
from .written import headline_words_of

if TYPE_CHECKING:
    from spacy.tokens import Span

MAX_TITLE_WORDS = 12
TITLE_WORDS = 10  # what a headline aims at; twelve is the most it may have
# Words a later sentence's headline must share with the lead to be told in its place: one is often a name only.
SHARED_WORDS = 2
# Words a seed's file name must have to be its title when no sentence makes one ("fed raises rates").
NAME_WORDS = 3
# Sentences of the article that may come before one whose headline stands for a lead that makes none, sharing no
# word with it: after the second sentence, a news story gives detail.
DETAIL_AFTER = 1
# A later sentence's headline this short (before its attribution), on "the" and a bare noun, tells nothing.
BARE_WORDS = 3


def write_headline(document: Document, briefing: Briefing) -> Briefing:
    """Fill the title (kept from the seed when it has one) and the bottom line."""
    news = news_sentences(document)
    bottom = bottom_line(document, news)
    if document.article.title:
        return replace(briefing, title=document.article.title, title_from_seed=True, bottom_line=bottom)
    return replace(briefing, title=_title(document, news), title_from_seed=False, bottom_line=bottom)


def news_sentences(document: Document) -> list[int]:
    """Sentences that may carry the news, best first: the usable lead sentences, then the article's order."""
    lead = [
        index
        for index in range(min(3, len(document.spans)))
        if stands_alone(unmarked(document, index)) and not is_speech(document, index)
        and not addresses_reader(unmarked(document, index))
    ]
    return list(dict.fromkeys(lead + list(range(len(document.spans)))))


def _title(document: Document, news: list[int]) -> str:
    made = [(index, title) for index in news[:6] if not _quoted(document, index) and (
        title := _headline_of(document, index))]
    if not made:
        return _fallback_title(document)
    if made[0][0] == news[0] or _shared(document, news[:1], made[0][1]):
        return made[0][1]
    # The lead makes no headline and the next one tells nothing it tells ("Her game show appearance ended with
    # a mistake" after "The law professor now being investigated ..."): the later one that tells most of it
    best = max(made, key=lambda found: (_shared(document, news[:1], found[1]), -news.index(found[0])))[1]
    if _shared(document, news[:1], best) >= SHARED_WORDS:
        return best
    # a headline that shares nothing with the lead, from past the article's second sentence, tells a detail ("Tom
    # Hale's men lose nine of last 14 matches" under "Wales beat Italy to ..."): what the page is
    return made[0][1] if _sentences_before(document, made[0][0]) <= DETAIL_AFTER else _named_title(document)


def _sentences_before(document: Document, index: int) -> int:
    """How many sentences of the article come before sentence ``index`` (not a share button or a caption)."""
    return sum((whole_sentence(document.spans[k].text) or "").rstrip("\"'”’ ").endswith((".", "!"))
               for k in range(index))


def _quoted(document: Document, index: int) -> bool:
    """Whether a sentence opens with a quotation mark: someone's words ("Harry was my youngest son"), not the news."""
    return index not in document.stray_marks and document.sentences[index].text[:1] in OPENING_QUOTES


def _headline_of(document: Document, index: int) -> str | None:
    """The headline of sentence ``index``, with the attribution the next sentence gives it, if one can be made."""
    span = unmarked(document, index)
    whole = whole_sentence(span.text)
    if whole is None or (told_before(document, index) and refers_back(span)) or continues(span):
        return None  # "The huge rise will be due to ...": what rose, the headline would not say
    begin = span.start_char + span.text.find(whole)
    # "X is Y. Or so says Z.": the next sentence makes the news Z's claim, and the headline says so
    said = said_after(document.spans[index + 1]) if index + 1 < len(document.spans) else None
    room = len(said.split()) if said else 0
    title = headline(whole_span(span, whole), MAX_TITLE_WORDS - room, (begin, begin + len(whole)),
                     aim=TITLE_WORDS - room, year=document.article.date.year, lead=index == 0)
    if title and said:
        return f"{title}, {said}"
    if title and len(title.split(",")[0].split()) <= BARE_WORDS and told_before(document, index) and (
            _the_noun_alone(span)):
        return None  # "The figure went up from ... to ...": "Figure goes up[, poll finds]" says not which, how much
    return title


def _the_noun_alone(span: Span) -> bool:
    """Whether the news's subject is "the" and a common noun, nothing else ("The figure", "The pair"): after the
    article's first sentence, it stands for what an earlier one told."""
    found = main_verb_and_speaker(span)
    return found is not None and any(
        child.dep_ in SUBJECT_DEPS and child.pos_ == "NOUN" and not child.ent_type_ and [
            (g.dep_, g.lower_) for g in child.children] == [("det", "the")] for child in found[0].children)


def _shared(document: Document, lead: list[int], title: str) -> int:
    """How many of the title's words are content words of the ``lead`` sentences (as written or as lemmas)."""
    told = {form for index in lead for token in document.spans[index] if token.lemma_.lower() in content_words_of(
        [token]) for form in (token.lower_, token.lemma_.lower())}
    return len({word.strip(",:'\"").lower() for word in title.split()} & told)


def said_after(span: Span) -> str | None:
    """"Kensit says" when ``span`` attributes the sentence before it, whole ("Or so says actress Jane Hollis, ...")."""
    speaker = attribution_of_before(span)
    if speaker is None:
        return None
    root = span.root
    who = " ".join(word for word, _ in headline_words_of(span, speaker_core(speaker), None))
    return f"{who} {present(root.lemma_, plural=speaker.tag_ == 'NNPS')}" if who else None


def _fallback_title(document: Document) -> str:
    """When no sentence of the lead makes a headline (an analysis piece): the headline of a later sentence that
    tells most of what the first three sentences tell, the first on a tie; else the shortest usable sentence's; never
    a sentence in someone's words ("Harry was my youngest son")."""
    made = [(index, title) for index in range(len(document.spans))
            if not is_speech(document, index) and (title := _headline_of(document, index))]
    lead = list(range(min(3, len(document.spans))))
    if made and max(_shared(document, lead, title) for _, title in made) >= SHARED_WORDS:
        return max(made, key=lambda found: (_shared(document, lead, found[1]), -found[0]))[1]
    for index, span in sorted(enumerate(document.spans), key=lambda found: (len(found[1]), found[1].start)):
        title = None if is_speech(document, index) else headline(span, MAX_TITLE_WORDS)  # not "Harry is my son"
        if title:
            return title
    return _named_title(document)


def _named_title(document: Document) -> str:
    """The title when no sentence makes a headline: the seed's file name when it is words someone wrote ("fed raises
    rates"), else what the page is: the article of its date ("BBC article of 1 March 2005"), not a file's code
    ("Xsum 34862856")."""
    name = document.article.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    parts = [part for part in re.split(r"[-_\s]+", name) if part]
    if all(part.isalpha() or (part.isdigit() and len(part) <= 4) for part in parts) and (
            sum(part.isalpha() for part in parts) >= NAME_WORDS):
        return " ".join(parts).capitalize()
    date = document.article.date
    whose = f"{document.article.source} article" if document.article.source else "Article"
    return f"{whose} of {date.day} {date:%B} {date.year}"
