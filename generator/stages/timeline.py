"""The timeline: every dated event of the article, resolved and sorted.

Each date expression the parser finds is resolved against the article's
date (:mod:`dates`), in the direction its verb points to (:mod:`tense`).
The event is told by the clause the date belongs to, or by the noun phrase
when the date qualifies a noun ("the November election", "Friday's call").
Events on one date that share a content word are one event with all their
sources.  Events after the article's date, or told in the future, are
marked as future.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..language.clauses import clause_text, sentence_text
from ..language.dates import YEAR, resolve
from ..language.grammar import SUBJECT_DEPS
from ..language.tense import direction_of, governing_verb, verb_is_future
from ..language.tokens import join
from ..model import Briefing, Document, TimelineEvent

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CONTENT = frozenset({"NOUN", "PROPN", "VERB"})
_ASIDES = frozenset({"relcl", "acl", "appos", "punct", "advcl"})
MIN_EVENT_WORDS = 3
MIN_REPORT_WORDS = 6
_DEPENDENT = frozenset({"xcomp", "advcl", "acl", "pcomp", "pobj", "prep", "ccomp", "conj", "relcl", "dobj"})
_RELATIVES = frozenset({"which", "who", "that", "whom", "whose", "where", "when"})
_RELATIVE_WORDS = frozenset({"today", "tomorrow", "yesterday", "tonight"})


@dataclass
class _EventDraft:
    date: str
    text: str
    sources: list[int]
    words: set[str]
    future: bool


def build_timeline(document: Document, briefing: Briefing) -> Briefing:
    """Every dated event of the article, by date, then by where the article tells it."""
    today = document.article.date
    drafts: list[_EventDraft] = []
    for index, span in enumerate(document.spans):
        if span.text.rstrip(" \"'”’").endswith("?"):
            continue  # a question tells no event
        for entity in span.ents:
            if entity.label_ not in ("DATE", "TIME") or _named(entity):
                continue
            if _range(entity):
                continue
            date = resolve(entity.text, today, direction_of(entity.root))
            if date is None:
                continue
            text, words, future = _event(span, entity.root, {t.i for t in entity})
            if len(text.split()) < MIN_EVENT_WORDS:
                text = sentence_text(span)
            if len(text.split()) < MIN_EVENT_WORDS:
                continue
            future = future or date[: len(today.isoformat())] > today.isoformat()[: len(date)]
            _add(drafts, _EventDraft(date, text, [index], words, future))
    ordered = sorted(drafts, key=lambda d: (d.date, d.sources[0]))
    events = tuple(
        TimelineEvent(date=d.date, event=d.text, sources=tuple(sorted(set(d.sources))), future=d.future)
        for d in ordered
    )
    return replace(briefing, timeline=events)


def _event(span: Span, root: Token, dated: set[int]) -> tuple[str, set[str], bool]:
    """(the event's text, its content words, whether it is told in the future)."""
    verb, through_noun = governing_verb(root)
    if through_noun:
        noun = root.head
        while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i != noun.i:
            noun = noun.head
        tokens = [t for t in noun.subtree if not _aside(t, noun)]
        if len([t for t in tokens if t.i not in dated and t.is_alpha]) >= 2:
            text = clause_text_of(tokens)
            return text, _words(tokens, dated), False
    if verb is None:
        return sentence_text(span), _words(list(span), dated), False
    while verb.dep_ in _DEPENDENT and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "…tried to merge two years ago": the clause with a subject
    text = clause_text(verb, reported=False)
    if len(text.split()) < MIN_REPORT_WORDS:  # "On Monday, Mr Howard said.": keep what he said
        text = clause_text(verb)
    if len(text.split()) < MIN_EVENT_WORDS or text.split()[0].lower() in _RELATIVES:
        text = sentence_text(span)
    return text, _words(list(verb.subtree), dated), verb_is_future(verb)


def _range(entity: Span) -> bool:
    """Whether a date names a stretch rather than when something happened: "between 2011 and 2051", "the years
    1800-2000", "from 1800" (the start of a stretch the sentence describes)."""
    if len(YEAR.findall(entity.text)) > 1:
        return True
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    return before is not None and before.lower_ in ("between", "from")


def clause_text_of(tokens: list[Token]) -> str:
    """A noun phrase as a line: "Friday's phone call between Trump and Xi."."""
    text = join(tokens).strip(" ,;:")
    text = text[0].upper() + text[1:]
    return text + "."


def _named(entity: Span) -> bool:
    """A relative word capitalised inside a sentence is a name: "the Today programme"."""
    first = entity[0]
    return first.lower_ in _RELATIVE_WORDS and first.text[:1].isupper() and first.i != first.sent.start


def _aside(token: Token, head: Token) -> bool:
    node = token
    while node.i != head.i:
        if node.head.i == head.i:
            return node.dep_ in _ASIDES
        node = node.head
    return False


def _words(tokens: list[Token], dated: set[int]) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in _CONTENT and not t.is_stop and t.i not in dated}


def _add(drafts: list[_EventDraft], draft: _EventDraft) -> None:
    """Add an event, or fold it into one of the same date it shares words with."""
    for other in drafts:
        if other.date != draft.date:
            continue
        if other.sources[-1] == draft.sources[0] and other.text == draft.text:
            return
        if other.words & draft.words and len(draft.date) == len("2025-01-17"):
            other.sources.extend(s for s in draft.sources if s not in other.sources)
            other.future = other.future and draft.future
            return
    drafts.append(draft)
