"""The timeline: every dated event of the article, resolved and sorted.

Each date expression the parser finds is resolved against the article's
date (:mod:`dates`), in the direction its verb points to (:mod:`tense`).
The event is told by the clause the date belongs to, or by the noun phrase
when the date qualifies a noun ("the November election", "Friday's call");
a date on a noun the clause does not take place at dates only that noun ("pulled
out of January's tournament", "drove a 1999 Ford").
A date in a relative clause dates no event (the sentence would date what
its main clause tells), nor does a date inside a quotation unless it names
its year, one end of a change ("from 12% in 2011 to 9% in 2015"), or a
quotation given without its speaker.  Events on one date that share a
content word are one event with all their sources.  Events after the
article's date and not told in the past, or told in the future and not
dated before it, are marked as future.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..language.belonging import ahead_of, belongs, dated_clause, dates_noun, month_names, untold
from ..language.clauses import clause_text, sentence_text
from ..language.dates import YEAR, resolve, years_of_months
from ..language.faithful import line_problems, statement_problems
from ..language.grammar import SUBJECT_DEPS
from ..language.lexicon import BACK_OPENINGS
from ..language.pieces import (
    QUOTED_WORDS,
    quotations,
    relative_subject,
    run_on,
    unmarked_quotation,
    unstopped,
    without_later,
    without_stray_mark,
)
from ..language.readable import unattributed_quotation
from ..language.standalone import unmarked
from ..language.tense import direction_of, finite, governing_verb, names_stretch, verb_is_future
from ..language.tokens import join
from ..model import Briefing, Document, TimelineEvent

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CONTENT = frozenset({"NOUN", "PROPN", "VERB"})
_ASIDES = frozenset({"relcl", "acl", "appos", "punct", "advcl"})
MIN_EVENT_WORDS = 3
SAME_EVENT = 0.6  # share of content words two lines of one month or year have in common when they tell one event
SAME_TELLING = 0.7  # share of the shorter line's content words the longer one has when it tells the same event again
MIN_REPORT_WORDS = 6
_DEPENDENT = frozenset({"xcomp", "advcl", "acl", "pcomp", "pobj", "prep", "ccomp", "conj", "relcl", "dobj"})
_RELATIVES = frozenset({"which", "who", "that", "whom", "whose", "where", "when", "what"})
_OPEN_MARKS = frozenset({"whether", "if", "unless"})
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "csubj"})  # clauses a verb heads in another
_PRONOUNS = frozenset({"it", "they", "he", "she"})
_IMPERSONAL = frozenset({"be", "emerge", "seem", "appear", "become", "transpire", "turn", "remain", "happen"})
_RELATIVE_WORDS = frozenset({"today", "tomorrow", "yesterday", "tonight"})


@dataclass
class _EventDraft:
    date: str
    text: str
    sources: list[int]
    words: set[str]
    future: bool
    on_noun: bool = False  # the date qualifies a noun ("previous incidents in January"), not the clause's verb
    depth: int = 0  # clauses between the date and the sentence's main verb ("while a depot will go in 2025": 1)


def build_timeline(document: Document, briefing: Briefing) -> Briefing:
    """Every dated event of the article, by date, then by where the article tells it."""
    today = document.article.date
    drafts: list[_EventDraft] = []
    years = years_of_months(e.text for span in document.spans for e in span.ents if e.label_ == "DATE")
    named = month_names(document.spans)  # "Mama June": then "June's daughter" is no date
    for index, span in enumerate(document.spans):
        if span.text.rstrip(" \"'”’").endswith("?") or _asks(span) or unattributed_quotation(document, index):
            continue  # a question tells no event; nor do someone's words given without their speaker
        if index in document.credits or unstopped(document, index):
            continue  # "Jane Doe reported from Boston.": who wrote the article; a caption, or a paragraph cut off
        for entity in span.ents:
            if entity.label_ not in ("DATE", "TIME") or _named(entity) or _quoted(entity, span):
                continue
            if names_stretch(entity) or untold(entity, named):
                continue
            way = direction_of(entity.root)
            date = resolve(entity.text, today, way, years)
            if date is None:
                continue
            found = _event(span, entity.root, {t.i for t in entity})
            if found is None:
                continue
            text, words, future, head = found
            of_noun = dates_noun(entity.root)
            if of_noun and head is not None:
                continue  # "denied she pulled out of January's tournament": the date is the tournament's
            if head is not None and not belongs(entity.root, head):
                own = dated_clause(entity.root)  # "... will attempt X after the government ignored an order last week"
                if own is None:
                    continue  # "Despite a profit last year, Qantas has argued ...": the sentence tells no event then
                text, words, future = clause_text(own, reported=False), _words(list(own.subtree), set()), False
            if len(text.split()) < MIN_EVENT_WORDS and not of_noun:
                text = sentence_text(span)
            after, before = date > today.isoformat()[: len(date)], date < today.isoformat()[: len(date)]
            main = _fits_sentence(entity.root) and belongs(entity.root, span.root) and not (of_noun or ahead_of(entity))
            shown = _shown(document, index, text, main)
            if shown is None or len(shown.split()) < MIN_EVENT_WORDS:
                continue
            if _unnamed_subject(span.root if shown != text else head):
                continue  # "On Thursday, it announced ...": whom the line speaks of is in another sentence
            text = shown
            # a date before the article's is never to come, nor is what a clause tells in the past
            future = (after and way != "past") or (future and not before)
            on_noun = governing_verb(entity.root)[1]
            _add(drafts, _EventDraft(date, text, [index], words, future, on_noun, _depth(entity.root)))
    ordered = sorted(_one_date_a_line(drafts), key=lambda d: (d.date, d.sources[0]))
    events = tuple(
        TimelineEvent(date=d.date, event=d.text, sources=tuple(sorted(set(d.sources))), future=d.future)
        for d in ordered
    )
    return replace(briefing, timeline=events)


def _event(span: Span, root: Token, dated: set[int]) -> tuple[str, set[str], bool, Token | None] | None:
    """(the event's text, its content words, whether it is told in the future, the verb heading the text when the
    text is one clause), or None when the date belongs to a
    clause that cannot be told alone ("Exeter, who knocked out Doncaster on Saturday, will travel ...": the sentence
    would date what its main clause tells)."""
    verb, through_noun = governing_verb(root)
    if through_noun:
        noun = root.head
        while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i != noun.i:
            noun = noun.head
        tokens = [t for t in noun.subtree if not _aside(t, noun)]
        if len([t for t in tokens if t.i not in dated and t.is_alpha]) >= 2:
            text = clause_text_of(tokens)
            return text, _words(tokens, dated), False, None
    if verb is None:
        return sentence_text(span), _words(list(span), dated), False, None
    while verb.dep_ in _DEPENDENT and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "…tried to merge two years ago": the clause with a subject
    text, head = clause_text(verb, reported=False), verb
    if len(text.split()) < MIN_REPORT_WORDS:  # "On Monday, Mr Howard said.": keep what he said
        text = clause_text(verb)
    text = without_later(text, verb, root)
    if verb.dep_ == "relcl" or relative_subject(verb):
        return None  # "the letter Lord Janner signed on April 9": the date of what tells who or what someone is
    if text.split() and text.split()[0].lower() in _RELATIVES:
        if verb.dep_ == "acl":
            return None
        text = sentence_text(span)  # "When the home was raided in 2011, detectives found ...": the whole sentence
        head = span.root
    if len(text.split()) < MIN_EVENT_WORDS:
        text, head = sentence_text(span), span.root
    return text, _words(list(verb.subtree), dated), verb_is_future(verb), head


def _fits_sentence(date: Token) -> bool:
    """Whether the whole sentence may stand for the event of a date: not when the date is in a clause the sentence
    leaves open or sets a condition with ("to investigate whether the family was made ill after a fumigation on
    March 18", "if action is taken after the incident on Wednesday")."""
    verb, _through_noun = governing_verb(date)
    while verb is not None:
        if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in verb.children) or verb.dep_ == "relcl":
            return False  # nor in a relative clause: "the Duchess, who is due to give birth later this month"
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return True


def _asks(span: Span) -> bool:
    """Whether a sentence asks, its auxiliary before its subject, though it ends with a stop ("But can anyone be in any
    doubt that the announcement is days away - ...")."""
    words = [t for t in span if not (t.is_punct or t.dep_ == "cc" or t.lower_ in ("so", "then", "now"))]
    first = words[0] if words else None
    if first is None or first.pos_ != "AUX":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > first.i for c in first.head.children)


def _shown(document: Document, index: int, text: str, main: bool) -> str | None:
    """The event as the line checker will let it be shown: its clause, or else the whole sentence when the date
    belongs to the sentence's main clause (the sentence would otherwise date what another clause tells)."""
    span = unmarked(document, index)
    if not finite(span) or relative_subject(span.root):
        return None  # "Matches to be played on the weekend of 8/9 January.": a listing, not an event
    if unmarked_quotation(text, span) or run_on(span):
        return None  # someone's words: a quotation, not an event; a sentence cut at an initial, or two run together
    text = without_stray_mark(text)
    if _opens_back(text):
        return None  # "Since then, however, ...": since when is in the sentence before
    if not line_problems(text, [span]):
        return text
    verbatim = without_stray_mark(span.text.strip())
    return verbatim if main and not statement_problems(verbatim, span) and not _opens_back(verbatim) else None


def _opens_back(text: str) -> bool:
    """Whether a line opens with words that tie it to the sentence before: "Since then, ...", "By then, ..."."""
    words = tuple(word.strip(",;:").lower() for word in text.split()[:5])
    return any(words[: len(opening)] == opening for opening in BACK_OPENINGS)


def _unnamed_subject(verb: Token | None) -> bool:
    """Whether a clause's subject is a pronoun ("it", "they", "he", "she") rather than a name; an "it" that
    announces a clause ("It emerged on Monday that ...") names nothing."""
    if verb is None:
        return False
    announces = verb.lemma_.lower() in _IMPERSONAL and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _PRONOUNS:
            return not (child.lower_ == "it" and announces)
    return False


def _quoted(entity: Span, sentence: Span) -> bool:
    """Whether a date stands inside quotation marks: a relative date is the speaker's "last week", not the
    article's; a year inside a quotation is someone's words about it ("'2004 has proven to be an important year,'
    said X"), not an event, unless the marks only set off a name or a label ("the '2012 plan'")."""
    for run in quotations(sentence):
        if any(t.i == entity.start for t in run):
            return not YEAR.search(entity.text) or sum(t.is_alpha for t in run) >= QUOTED_WORDS
    return False


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


def _one_date_a_line(drafts: list[_EventDraft]) -> list[_EventDraft]:
    """One line of a sentence dated twice keeps the date of its verb, not one of a noun in it ("All of the threats
    made on Monday, along with previous incidents in January, turned out to be false": Monday), and the date of
    the clause nearest its main verb."""
    by_verb = {(d.sources[0], d.text) for d in drafts if not d.on_noun}
    kept = [d for d in drafts if not (d.on_noun and (d.sources[0], d.text) in by_verb)]
    nearest: dict[tuple[int, str], int] = {}
    for d in kept:
        nearest[(d.sources[0], d.text)] = min(d.depth, nearest.get((d.sources[0], d.text), d.depth))
    return [d for d in kept if d.depth == nearest[(d.sources[0], d.text)]]


def _depth(date: Token) -> int:
    """How many clauses stand between a date and its sentence's main verb: a line that shows the whole sentence is
    dated by its main clause ("Cawdor Barracks will now shut in 2024, while a depot will go in 2025": 2024)."""
    node, depth = date, 0
    while node.head.i != node.i:
        depth += node.dep_ in _CLAUSES
        node = node.head
    return depth


def _add(drafts: list[_EventDraft], draft: _EventDraft) -> None:
    """Add an event, or fold it into one of the same date it shares words with (most of its words, when the date
    is only a month or a year: "This week in Denver a driver was arrested ..." told twice)."""
    for other in drafts:
        if other.date != draft.date:
            continue
        if other.sources[-1] == draft.sources[0] and other.text == draft.text:
            return
        common = other.words & draft.words
        shared = len(common) / max(1, len(other.words | draft.words))
        within = len(common) / max(1, min(len(other.words), len(draft.words)))  # a short telling inside a long one
        if (common and len(draft.date) == len("2025-01-17")) or shared >= SAME_EVENT or within >= SAME_TELLING:
            other.sources.extend(s for s in draft.sources if s not in other.sources)
            other.future = other.future and draft.future
            return
    drafts.append(draft)
