"""Direct quotations and who said them.

Quotations are found in each paragraph (or run of paragraphs that one
sentence continues across) between curly or straight double quote marks
(mixed as news text mixes them; an opening mark may follow a full stop with no space, as
scraping glues sentences), or else between single ones; a quotation
split by its attribution gives two pieces.  A single mark that opens a
paragraph and is not closed in it runs on: the next paragraph's closing mark
and attribution end it.  A fragment of a word or two quoted inside the
reporter's sentence is the words of the subject of the verb of saying whose
clause it stands in, or else of its own clause ("Mr Howard attacked the
“chaotic” system"); a fragment nobody is said to use is a scare quote, and
one in capitals throughout is a title.  The
speaker is the subject of a verb of saying outside the quote marks in the
same sentence, before or after the quote (see :mod:`.attribution`), or, for
"he"/"she", the person last named before.  A quote with no
attribution in its sentence goes to the speaker of the quote just before it.
A quote mark that scraping moved from the end of a quotation to the start of
the reporter's next sentence opens none (see :func:`generator.language.standalone.find_stray_marks`).
A quotation whose first sentence runs into the next with no space and no full stop ("“Media playback is not supported
on this devicePakistan batted ...") is a button or a caption that scraping glued to the story, not a quotation.
A double-quoted quotation that its paragraph leaves open goes on in the next if that one has no mark but a closing
one at its end.  A quotation with no attribution that its paragraph leaves open, no quote mark after it in the
article, speaking in no first or second person ("“The exhibition runs from 31 July ..." last), is the reporter's:
its mark alone made it one.
A quotation that finishes the reporter's sentence ("found no case “where anyone complained ...”"), or that
its paragraph cuts off, stays its speaker's words but is no quote line.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...language.grammar import NOMINAL_SUBJECTS
from ...language.lexicon import SPEECH_VERBS, TITLE_SMALL_WORDS
from ...language.pointing import points_back
from ...language.pronouns import HE_SHE
from ...language.quotable import alone_problems, judges_the_news, names_its_subject, opening
from ...language.standalone import glued_to_next
from . import marks
from .attribution import body_offsets, speaker_of
from .saying import clause_subject, other_clause_subject, reported_by

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...model import Document

_FIRST_AND_SECOND = frozenset({"i", "we", "you"})  # a speaker's own report of what they said ("I said ...")
# A paragraph that ends on an opening quote mark after a space: the mark opens the next paragraph.
_MOVED_OPENING = re.compile(r"\s([“\"‘'])\s*$")
_FOUND: weakref.WeakKeyDictionary[Document, tuple[Said, ...]] = weakref.WeakKeyDictionary()  # once per document
_FRAGMENT_WORDS = 3  # fewer words than this in quote marks: a fragment, quoted inside the reporter's sentence
_EMBEDDED_WORDS = 5  # at most, in quote marks inside the reporter's sentence, whose speaker its clause tells


@dataclass(frozen=True)
class Said:
    """A quotation, the sentence it starts in, and the token that names its speaker (if found)."""

    text: str
    sentence: int
    speaker: Token | None
    pronoun: bool = False
    opens: bool = False  # the quotation opens its sentence
    inside: frozenset[tuple[int, int]] = frozenset()  # (sentence, token index) of the quoted words
    fragment: bool = False  # a few words quoted inside the reporter's sentence ("described it as “in crisis”")
    whole: bool = True  # the quotation may be a quote line: not cut off, nor a clause of the reporter's sentence
    scare: bool = False  # quoted inside the reporter's sentence, used by nobody said to ("her “listening” tour")


def quotations(document: Document) -> tuple[Said, ...]:
    """Every quotation of the article in reading order, with its speaker token.

    Found once for a document: the actors stage attributes them, the questions stage reads which words they hold.
    """
    found = _FOUND.get(document)
    if found is None:
        found = _FOUND[document] = tuple(_quotations(document))
    return found


def reads_alone(parsed: Doc) -> bool:
    """Whether a quotation, parsed alone, may be a quote line: a sentence (see
    :func:`generator.language.quotable.alone_problems`) that does not open by pointing back at what the
    speaker said before ("This will do to the internet what ...", "These rules must go")."""
    if alone_problems(parsed):
        return False
    first = parsed[0]
    return not points_back(opening(parsed)) or names_its_subject(next(iter(parsed.sents)).root) or (
        judges_the_news(first.head))


def _quotations(document: Document) -> list[Said]:
    result: list[Said] = []
    strays = {document.sentences[index].start for index in document.stray_marks}
    # A paragraph, or paragraphs that one sentence runs across (see generator.nlp.linebreaks).
    moved = ""  # an opening mark that scraping left at the end of the paragraph before
    running: int | None = None  # the index in ``result`` of a quotation that runs on past its paragraph
    left_open = False  # the paragraph before ends inside a quotation its double mark opened
    singles = not any(mark in text for _, text in document.runs for mark in "\"“”")  # quotes in single marks only
    for number, (base, paragraph) in enumerate(document.runs):
        ran_on, running = running, None
        pieces = marks.pieces(moved + paragraph, len(moved), singles) or marks.closed_here(paragraph, left_open)
        left_open = False
        for start, end, text, lost in pieces:
            raw = text
            text = text.strip().rstrip(",")
            fragment = len(text.split()) < _FRAGMENT_WORDS
            if fragment and (lost or _title(text)):
                continue  # a title of a work ("Queen of Everything"), not a quotation
            if base + start - 1 in strays:
                continue  # a closing mark moved to the reporter's next sentence
            sentence = _sentence_at(document, base + start)
            if sentence is None:
                continue
            last = _sentence_at(document, base + max(start, end - 1)) or sentence
            inside = _inside(document, sentence, last, base + start, base + end)
            ended = text.endswith(".")  # the quotation ends its sentence: what follows is no attribution but one
            speaker, pronoun, verb = speaker_of(document, sentence, last, (base + start, base + end), inside, ended)
            if lost and speaker is None:
                continue  # no verb of saying after the mark: not a quotation whose opening mark was lost
            if lost and ran_on is not None and start == 0:
                # The quotation of the paragraph before closes here: its attribution is this one.
                result[ran_on] = replace(result[ran_on], speaker=speaker, pronoun=pronoun)
                continue
            opens = base + start - document.sentences[sentence].start <= 1 or marks.glued_opening(paragraph, start)
            if opens and glued_to_next(document.spans[sentence]):
                continue  # "“Media playback is not supported on this devicePakistan batted ...": a button
            embedded = not opens and len(text.split()) <= _EMBEDDED_WORDS  # "branded a “machine made princess”"
            if embedded and speaker is None and _title(text):
                continue  # "the magazine's “Queen of Everything” feature"
            if embedded and verb is not None:  # "… when she said …, while Smith labelled her “dull and bland”"
                other = other_clause_subject(verb, inside)
                speaker, pronoun = (other, False) if other is not None else (speaker, pronoun)
            scare = False  # words a looser reading would give someone: kept as quoted words, given to nobody
            if (fragment or embedded) and verb is not None and not marks.after_colon(paragraph, start):
                scare = speaker is not None
                speaker, pronoun = _reporter(document, sentence, inside, verb, (speaker, pronoun))
                scare = scare and speaker is None
            if (fragment or embedded) and speaker is None:
                speaker, named = clause_subject(document, sentence, inside)
                pronoun = speaker is not None and speaker.lower_ in HE_SHE
                scare = scare or (speaker is None and named)
                if speaker is None and not scare:
                    continue  # words in quote marks that nobody is said to use: a scare quote
            closed = end < len(paragraph) and paragraph[end] in "\"”'’"
            if not closed and _narration(document, sentence, text, inside):
                continue
            words = [document.spans[i].doc[t] for i, t in sorted(inside)]
            left_open = speaker is None and not scare and not closed and end >= len(paragraph.rstrip())
            if left_open and marks.never_closed(words, document.runs[number + 1 :]):
                continue  # '“The exhibition runs from 31 July ...' ending the article: nobody's words
            after_colon = marks.after_colon(paragraph, start)
            whole = not marks.cut(paragraph, end, raw, words) and (opens or not text[:1].islower() or after_colon)
            begins = opens and not fragment
            result.append(Said(text, sentence, speaker, pronoun, begins, inside, fragment, whole, scare))
            if not closed and end >= len(paragraph.rstrip()) and speaker is None and not scare:
                running = len(result) - 1
            left_open = not closed and end >= len(paragraph.rstrip()) and start > 0 and paragraph[start - 1] in "\"“"
        found = _MOVED_OPENING.search(paragraph)
        moved = found.group(1) if found else ""
    return result


def _reporter(
    document: Document, sentence: int, inside: frozenset[tuple[int, int]], verb: Token, found: tuple[Token | None, bool]
) -> tuple[Token | None, bool]:
    """Who uses words quoted inside the reporter's sentence: the subject of the verb of saying nearest above them
    ("he says Burns agrees the incident was “an accident”": Burns), ``found`` when that is the ``verb`` of their
    attribution, and nobody yet (the clause they stand in may tell) when the verb reports other words ("The Hain
    “mongrel” attack, he says, is ...")."""
    reported = reported_by(document, sentence, inside)
    if reported is None:
        return found if _governs(verb, inside) else (None, False)
    user, saying = reported
    if (saying._.sentence, saying.i) == (verb._.sentence, verb.i) or user is None:
        return found  # "was quoted as saying the carrier could no longer remain “all-Australian”"
    return user, user.lower_ in HE_SHE


def _governs(verb: Token, inside: frozenset[tuple[int, int]]) -> bool:
    """Whether a verb of saying reports quoted words: they stand in what it governs, or it is set off inside their
    own clause ("the prime minister who, he claims, is “ramming” through ..."; not "The Hain “mongrel” attack, he
    says, is ...", the words in the clause's subject)."""
    if any((verb._.sentence, word.i) in inside for word in verb.subtree):
        return True
    own = sorted(i for index, i in inside if index == verb._.sentence)
    if verb.dep_ != "parataxis" or not own:
        return False
    clause = verb.head.head if verb.head.dep_ in ("aux", "auxpass") else verb.head
    node = verb.doc[own[0]]
    while node.i != clause.i:
        if node.dep_ in NOMINAL_SUBJECTS or node.head.i == node.i:
            return False
        node = node.head
    return True


def _narration(document: Document, sentence: int, text: str, inside: frozenset[tuple[int, int]]) -> bool:
    """Whether quote marks hold the reporter's words, not a speaker's: an attribution ("Mr Cawthorne
    said:"), or a report of what someone said ("He said there were several ways ...", after a stray mark)."""
    if text.rstrip().endswith(":"):
        return True
    root = document.spans[sentence].root
    if root.lemma_.lower() not in SPEECH_VERBS or (sentence, root.i) not in inside:
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ not in _FIRST_AND_SECOND and (sentence, s.i) in inside for s in subjects)


def _sentence_at(document: Document, offset: int) -> int | None:
    for sentence in document.sentences:
        if sentence.start <= offset < sentence.end + 1:
            return sentence.id
    return None


def _inside(document: Document, first: int, last: int, start: int, end: int) -> frozenset[tuple[int, int]]:
    return frozenset(
        (index, token.i)
        for index in range(first, last + 1)
        for position, token in body_offsets(document, index)
        if start <= position < end
    )


def _title(text: str) -> bool:
    """Whether quoted words read as a title: every word capitalised but small ones inside ("Golden Kinnaree",
    "Queen of Everything")."""
    words = [word for word in text.split() if word[:1].isalpha()]
    inner = [word for n, word in enumerate(words) if not (n > 0 and word in TITLE_SMALL_WORDS)]
    return bool(words) and all(word[:1].isupper() for word in inner)
