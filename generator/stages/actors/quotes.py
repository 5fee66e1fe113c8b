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
same sentence, before or after the quote ("“…,” Trump wrote",
"said Terry Lundgren", "Lin told reporters"), the person "quoted as
saying", or, for "he"/"she", the person last named before.  A quote with no
attribution in its sentence goes to the speaker of the quote just before it.
A quote mark that scraping moved from the end of a quotation to the start of
the reporter's next sentence opens none (see :func:`generator.language.standalone.find_stray_marks`).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...language.lexicon import PERSON_NOUNS, SPEECH_VERBS, TITLE_SMALL_WORDS
from ...language.pointing import points_back
from ...language.quotable import alone_problems, names_its_subject, opening
from ...language.tokens import tokens
from .saying import clause_subject, other_clause_subject, subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...model import Document

_DOUBLE = re.compile(r"(?:^|(?<=[\s(—.!?-]))[“\"](?!\s)([^“”\"]{3,}?)(?:(?<!\s)[”\"]|(?=\s[“\"])|$)", re.M)
# Single marks, straight or curly; a mark before a lower-case letter is an apostrophe ("she’s").
_SINGLE = re.compile(r"(?:^|(?<=[\s(]))['‘]((?:[^'‘’\n]|['’](?=[a-z]))+?)['’](?=[\s,.;:!?]|$)", re.M)
# A single mark that opens a paragraph and is not closed in it: the quotation runs on to the next paragraph.
_SINGLE_RUNS_ON = re.compile(r"^['‘](?!\s)((?:[^'‘’\n]|['’](?=[a-z]))+)$", re.M)
# A quotation whose opening mark was lost (it ends the paragraph before): "... time,' said X".
# The word after the name must be a verb of saying: the parse tells (see quotations); "workers' union" is no end.
_OPEN_LOST = re.compile(r"^([^'\"“”‘’\n]{15,}?)(?:[,.!?]?[\"”]|[,.!?]?(?<![sz])['’])"
                        r"(?=\s+(?:(?:[A-Z][\w.-]*\s+){0,3}|(?:he|she)\s+)[a-z]+\b)")
_PRONOUNS = frozenset({"he", "she"})
_FIRST_AND_SECOND = frozenset({"i", "we", "you"})  # a speaker's own report of what they said ("I said ...")
# A paragraph that ends on an opening quote mark after a space: the mark opens the next paragraph.
_MOVED_OPENING = re.compile(r"\s([“\"‘'])\s*$")
_FOUND: weakref.WeakKeyDictionary[Document, tuple[Said, ...]] = weakref.WeakKeyDictionary()  # once per document
_FRAGMENT_WORDS = 3  # fewer words than this in quote marks: a fragment, quoted inside the reporter's sentence
_GLUED_WORDS = 6  # at least, in a quotation that opens a sentence run into the one before
_EMBEDDED_WORDS = 5  # at most, in quote marks inside the reporter's sentence, whose speaker its clause tells
_ATTRIBUTION_WORDS = 6  # at most, in a sentence that only says who spoke ("Dechy told reporters.")


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
    return not points_back(opening(parsed)) or names_its_subject(next(iter(parsed.sents)).root)


def _quotations(document: Document) -> list[Said]:
    result: list[Said] = []
    strays = {document.sentences[index].start for index in document.stray_marks}
    # A paragraph, or paragraphs that one sentence runs across (see generator.nlp.linebreaks).
    moved = ""  # an opening mark that scraping left at the end of the paragraph before
    running: int | None = None  # the index in ``result`` of a quotation that runs on past its paragraph
    for base, paragraph in document.runs:
        ran_on, running = running, None
        for start, end, text, lost in _pieces(moved + paragraph, len(moved)):
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
            speaker, pronoun, verb = _speaker(document, sentence, last, base + start, base + end)
            if lost and speaker is None:
                continue  # no verb of saying after the mark: not a quotation whose opening mark was lost
            if lost and ran_on is not None and start == 0:
                # The quotation of the paragraph before closes here: its attribution is this one.
                result[ran_on] = replace(result[ran_on], speaker=speaker, pronoun=pronoun)
                continue
            opens = base + start - document.sentences[sentence].start <= 1 or _glued_opening(paragraph, start)
            inside = _inside(document, sentence, last, base + start, base + end)
            embedded = not opens and len(text.split()) <= _EMBEDDED_WORDS  # "branded a “machine made princess”"
            if embedded and speaker is None and _title(text):
                continue  # "the magazine's “Queen of Everything” feature"
            if embedded and verb is not None:  # "… when she said …, while Smith labelled her “dull and bland”"
                other = other_clause_subject(verb, inside)
                speaker, pronoun = (other, False) if other is not None else (speaker, pronoun)
            if (fragment or embedded) and speaker is None:
                speaker = clause_subject(document, sentence, inside)
                pronoun = speaker is not None and speaker.lower_ in _PRONOUNS
                if speaker is None:
                    continue  # words in quote marks that nobody is said to use: a scare quote
            closed = end < len(paragraph) and paragraph[end] in "\"”'’"
            if not closed and _narration(document, sentence, text, inside):
                continue
            result.append(Said(text, sentence, speaker, pronoun, opens and not fragment, inside, fragment))
            if not closed and end >= len(paragraph.rstrip()) and speaker is None:
                running = len(result) - 1
        found = _MOVED_OPENING.search(paragraph)
        moved = found.group(1) if found else ""
    return result


def _pieces(paragraph: str, shift: int) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, opening mark lost) of each quotation of a paragraph; offsets less ``shift``."""
    pieces = [(m.start(1), m.end(1), m.group(1), False) for m in _DOUBLE.finditer(paragraph)]
    if not pieces:
        pieces = [(m.start(1), m.end(1), m.group(1), False) for m in _SINGLE.finditer(paragraph)]
        pieces += [(m.start(1), m.end(1), m.group(1), False) for m in _SINGLE_RUNS_ON.finditer(paragraph)]
        pieces.sort()
    if not pieces:
        pieces = [(m.start(1), m.end(1), m.group(1), True) for m in _OPEN_LOST.finditer(paragraph)]
    return [(max(start - shift, 0), end - shift, text, lost) for start, end, text, lost in pieces]


def _glued_opening(paragraph: str, start: int) -> bool:
    """Whether a quotation opens a sentence of its own that scraping ran into the one before, its full stop
    lost ("... a greater share of the population 'At a regional level, minorities will ...'")."""
    before = paragraph[: max(start - 1, 0)].rstrip()
    return start > 1 and paragraph[start - 1] in "'‘\"“" and paragraph[start : start + 1].isupper() and (
        before[-1:].isalpha() and len(paragraph[start:].split()) >= _GLUED_WORDS
    )


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


def _body_offsets(document: Document, index: int) -> list[tuple[int, Token]]:
    """Each token of sentence ``index`` with its offset in the article body."""
    sentence, span = document.sentences[index], document.spans[index]
    base = sentence.start - (span.start_char + len(span.text) - len(span.text.lstrip()))
    return [(base + token.idx, token) for token in tokens(span)]


def _inside(document: Document, first: int, last: int, start: int, end: int) -> frozenset[tuple[int, int]]:
    return frozenset(
        (index, token.i)
        for index in range(first, last + 1)
        for position, token in _body_offsets(document, index)
        if start <= position < end
    )


def _speaker(
    document: Document, first: int, last: int, start: int, end: int
) -> tuple[Token | None, bool, Token | None]:
    """The token naming who said the quote in body range [start, end), looked for around it, and the verb of
    saying in the quote's sentences that it is the subject of."""
    for index in dict.fromkeys((last, first)):
        for position, token in _body_offsets(document, index):
            if start - 1 <= position < end + 1 or token.lemma_.lower() not in SPEECH_VERBS:
                continue
            if token.pos_ not in ("VERB", "AUX"):
                continue
            found = subject(token) or _name_before(token) or (_inverted(token) if position >= end else None)
            if found is not None:
                return found, found.lower_ in _PRONOUNS, token
    found = _attribution_after(document, last)
    return (found, found.lower_ in _PRONOUNS, None) if found is not None else (None, False, None)


def _attribution_after(document: Document, last: int) -> Token | None:
    """The speaker of a sentence that only attributes the quotation before it ('"…" / Dechy said.').

    Scraping sometimes breaks the attribution off into a sentence of its own, with the closing
    quote mark in between; such a sentence is a few words around a verb of saying.
    """
    for index in range(last + 1, min(last + 3, len(document.spans))):
        words = [t for t in tokens(document.spans[index]) if not t.is_punct and not t.is_space]
        if not words:
            continue  # a quote mark left on its own
        root = document.spans[index].root
        if len(words) > _ATTRIBUTION_WORDS or root.lemma_.lower() not in SPEECH_VERBS:
            return None
        return subject(root)
    return None


def _name_before(verb: Token) -> Token | None:
    """A name before a verb of saying that the parse gave no subject: right before it ("on Thursday Kalanick
    wrote:"), or after an opening participle read as the subject ("Responding for Labour, Shadow Defence
    Secretary Nia Griffith, MP for Llanelli, said"), the last person named there but in a phrase of its own."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG"):
        return before
    if not any(c.dep_ in ("csubj", "advcl") and c.tag_ == "VBG" and c.i == verb.sent.start for c in verb.children):
        return None
    names = [
        t for t in verb.doc[verb.sent.start : verb.i]
        if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.dep_ not in ("pobj", "poss", "compound")
    ]
    return names[-1] if names else None


def _inverted(verb: Token) -> Token | None:
    """The speaker after a verb of saying that has no subject, read as its object ("“…,” continued the
    75-year-old author"): a name or a noun for a person right after the verb."""
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr") and (child.pos_ == "PROPN" or child.lemma_.lower() in PERSON_NOUNS):
            return child if child.left_edge.i == verb.i + 1 else None
    return None


def _title(text: str) -> bool:
    """Whether quoted words read as a title: every word capitalised but small ones inside ("Golden Kinnaree",
    "Queen of Everything")."""
    words = [word for word in text.split() if word[:1].isalpha()]
    inner = [word for n, word in enumerate(words) if not (n > 0 and word in TITLE_SMALL_WORDS)]
    return bool(words) and all(word[:1].isupper() for word in inner)
