"""Which sentences and dates a timeline line may come from, and the line as the line checker lets it be shown: no
question, no date inside someone's quoted words nor a relative word that is a name ("the Today programme") nor one
that points back ("on that Wednesday"), no line that opens by pointing back or whose subject is an unnamed "it",
"they" or "both", or a person told only by their age ("the 73-year-old former chairman").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.aligned import kept_tokens
from ...language.clauses import clause_text
from ...language.dates import YEAR
from ...language.faithful import line_problems, statement_problems
from ...language.jobs import FORMAL_TITLES, PERSON_NOUNS
from ...language.lexicon import BACK_OPENINGS, DEMONYMS, QUOTE_TOKENS, SPEECH_VERBS
from ...language.pieces import (
    QUOTED_WORDS,
    quotations,
    relative_subject,
    run_on,
    unmarked_quotation,
    without_stray_mark,
)
from ...language.pronouns import STANDING_FOR_A_SET
from ...language.standalone import unmarked
from ...language.tense import finite, forms
from ...model import Document

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PRONOUNS = frozenset({"it", "they", "he", "she"})
_IMPERSONAL = frozenset({"be", "emerge", "seem", "appear", "become", "transpire", "turn", "remain", "happen"})
_RELATIVE_WORDS = frozenset({"today", "tomorrow", "yesterday", "tonight"})
_AGE = re.compile(r"\b\d+\s*-\s*years?\s*-\s*old\b")
_GLUED = re.compile(r"[a-z0-9)\"”’][.!?][\"”’]?[A-Z][a-z]*\b")  # "in March 2009.A search ...": two sentences
_CONVERSING = frozenset({"speak", "talk", "chat", "discuss", "debate", "meet", "confer"})
_POINTING_BACK = frozenset({"that", "those", "same", "following", "previous"})  # "on that Wednesday"


def asks(span: Span) -> bool:
    """Whether a sentence asks, its auxiliary before its subject, though it ends with a stop ("But can anyone be in any
    doubt that the announcement is days away - ...")."""
    words = [t for t in span if not (t.is_punct or t.dep_ == "cc" or t.lower_ in ("so", "then", "now"))]
    first = words[0] if words else None
    if first is None or first.pos_ != "AUX":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > first.i for c in first.head.children)


def shown_line(
    document: Document, index: int, text: str, main: bool, dated: frozenset[int] = frozenset()
) -> str | None:
    """The event as the line checker will let it be shown: its clause, or else, when the date belongs to the
    sentence's main clause (the sentence would otherwise date what another clause tells), that clause without a
    clause joined to it with a subject of its own ("... is due to be shown in May 2025 but a full launch is not
    expected until 2026"), or the whole sentence."""
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
    if not main:
        return None
    own = clause_text(span.root, reported=False)
    kept = kept_tokens(own, span) or set()
    marks = not kept or any(t.text in QUOTE_TOKENS and min(kept) < t.i < max(kept) and t.i not in kept for t in span)
    if dated and dated <= kept and not (marks or _opens_back(own) or line_problems(own, [span])):
        return own  # not when it would drop the marks of quoted words ('saw "Dirty" Den killed off')
    verbatim = without_stray_mark(span.text.strip())
    return verbatim if not statement_problems(verbatim, span) and not _opens_back(verbatim) else None


def glued(line: str) -> bool:
    """Whether a line runs two sentences together, the space after a stop lost: "... in March 2009.A search ..."."""
    return _GLUED.search(line) is not None


def bare_telling(verb: Token | None) -> bool:
    """Whether a clause only tells that someone said or reported something it does not hold ("..., with 200 million
    tracks sold, the IFPI reported last month": what was reported is another clause's): the telling is no event."""
    if verb is None or not forms(verb) & SPEECH_VERBS or verb.lemma_.lower() in _CONVERSING:
        return False  # "spoke by phone on Friday": a talk is an event of its own
    held = ("ccomp", "dobj", "xcomp", "parataxis", "attr", "acomp", "oprd", "nsubjpass", "auxpass")
    return not any(c.dep_ in held for c in verb.children)  # "was announced by X", "pleaded not guilty" hold it


def _opens_back(text: str) -> bool:
    """Whether a line opens with words that tie it to the sentence before: "Since then, ...", "By then, ..."."""
    words = tuple(word.strip(",;:").lower() for word in text.split()[:5])
    return any(words[: len(opening)] == opening for opening in BACK_OPENINGS)


def unnamed_subject(verb: Token | None) -> bool:
    """Whether a clause's subject is a pronoun ("it", "they", "he", "she", "both", "some") or a person's age for
    their name ("the 52-year-old lawmaker") rather than a name; an "it" that announces a clause ("It emerged on
    Monday that ...") names nothing, but one that a verb goes on from does ("It is likely to set out ...")."""
    if verb is None:
        return False
    announces = verb.lemma_.lower() in _IMPERSONAL and any(c.dep_ == "ccomp" for c in verb.children)
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in _PRONOUNS:
            return not (child.lower_ == "it" and announces)
        alone = child.lower_ in STANDING_FOR_A_SET and not any(c.dep_ == "prep" for c in child.children)
        return alone or _aged(child) or _described(child) or _from_where(child)
    return False


def _from_where(noun: Token) -> bool:
    """Whether a subject is a person told only by where they are from, "The Belgian, who has slipped to eighth, faces
    ...": the name is another sentence's (not "The Scots", a side; nor "the Belgian Kim Weyts", named)."""
    if noun.lower_ not in DEMONYMS or noun.tag_ in ("NNS", "NNPS"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    named = after is not None and after.ent_type_ == "PERSON"  # "the Belgian Kim Weyts", its name parsed apart
    return not named and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in noun.children)


def _described(noun: Token) -> bool:
    """Whether a subject is a person told only by a description that stands for a name given elsewhere: "The Dutch Open
    champion fell ...", "The Halden manager does not ..." (not an office only one holds: "The prime minister")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERSON_NOUNS or noun.lemma_.lower() in FORMAL_TITLES:
        return False
    if noun.tag_ == "NNS" or any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.i > noun.i) for t in noun.subtree):
        return False  # "The winners ... are crowned": a group; "The driver, known as Karim, ...": named after all
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    if after is not None and after.ent_type_ == "PERSON":
        return False  # "The late US legend Buddy Marlowe", its name parsed apart
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _aged(noun: Token) -> bool:
    """Whether a subject names a person only by their age, "the 73-year-old former chairman": who it is, another
    sentence says (not "a 75-year-old nun", whom the line brings in)."""
    if noun.pos_ != "NOUN" or any(c.pos_ == "PROPN" and c.dep_ == "appos" for c in noun.children):
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children):
        return False  # "a 75-year-old nun was ...": one the line brings in, not one named before
    return _AGE.search("".join(t.text_with_ws for t in noun.subtree if t.i < noun.i).lower()) is not None


def quoted(entity: Span, sentence: Span) -> bool:
    """Whether a date stands inside quotation marks: a relative date is the speaker's "last week", not the
    article's; a year inside a quotation is someone's words about it ("'2004 has proven to be an important year,'
    said X"), not an event, unless the marks only set off a name or a label ("the '2012 plan'")."""
    for run in quotations(sentence):
        if any(t.i == entity.start for t in run):
            return not YEAR.search(entity.text) or sum(t.is_alpha for t in run) >= QUOTED_WORDS
    return False


def named_word(entity: Span) -> bool:
    """A relative word capitalised inside a sentence is a name: "the Today programme"."""
    first = entity[0]
    return first.lower_ in _RELATIVE_WORDS and first.text[:1].isupper() and first.i != first.sent.start


def pointed(entity: Span) -> bool:
    """Whether a date points back to a time the article told before, "on that Wednesday", "the same day", "the
    following week": not a time the article's own date tells."""
    words = {c.lower_ for c in entity.root.children if c.dep_ in ("det", "amod")} | {t.lower_ for t in entity}
    return bool(words & _POINTING_BACK)
