"""Whether an article sentence can stand alone as a line of a briefing.

A summary point is read without its neighbours, so it must be a complete
declarative sentence in the reporter's voice: not a fragment left by a
broken paragraph, a caption label or a photograph's caption, a question, a
command to the reader ("See more stories from ...", "Watch the video"), a
social-media handle, or a piece of someone's speech (a sentence inside a
quotation, or one spoken in the first person: :mod:`.speech`'s, re-exported here).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Document
from .glue import glue_points
from .grammar import SUBJECT_DEPS
from .lexicon import DEMONYMS, QUOTE_MARKS, SPEECH_VERBS
from .speech import FIRST_PERSON as FIRST_PERSON
from .speech import find_stray_marks as find_stray_marks
from .speech import is_speech as is_speech
from .speech import unmarked as unmarked
from .tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MIN_WORDS, MAX_WORDS = 6, 70
# A sentence cut short by a broken paragraph ends on one of these.
_DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART"})
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "to", "and", "or", "but", "by", "with", "for", "in", "on", "at"})
# Scraping artefacts: a social-media handle or a web address.
_JUNK = re.compile(r"@\w|https?:|www\.")
_OPENS_AT_END = re.compile(r"(^|\s)[\"“‘']$")
# Pronouns that stand for someone or something named elsewhere, as the first word of a sentence.
_REFERRING = frozenset({"he", "she", "they", "him", "her", "them", "his", "their", "these", "those"})
_COPULAS = frozenset({"be", "seem", "appear", "remain", "become", "look"})
_ENDS = ".!?\"”’'"


def word_count(span: Span) -> int:
    """Words of a sentence, punctuation left out."""
    return sum(1 for token in tokens(span) if not token.is_punct and not token.is_space)


def stands_alone(span: Span) -> bool:
    """Whether a sentence is complete and declarative, so that it can be a point."""
    text = span.text.strip()
    words = [token for token in tokens(span) if not token.is_punct and not token.is_space]
    if not text or not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in QUOTE_MARKS):
        return False
    if words[0].lower_ == "pictured":  # "Pictured is the new bridge", "Pictured: ...": a caption
        return False
    if text.rstrip("\"“”‘’' ").endswith(("?", ":", ",", ";")) or _JUNK.search(text) or unbalanced(text):
        return False
    if _OPENS_AT_END.search(text):  # "... going into the weekend '": a quotation follows
        return False
    if _dangles(words[-1]):
        return False
    if span.root.pos_ not in ("VERB", "AUX"):  # "The letter he signed on April 9": a caption
        return False
    if _imperative(span.root, words[0]):  # "See more stories from ...", "Watch the video": the page to its reader
        return False
    if opens_with_pronoun(words[0], span.root):  # "He added ...", "It did not say ...": who, the line does not say
        return False
    if glued_to_next(span):  # "Media playback is not supported on this device" + "Pakistan batted ...": a caption
        return False
    before = span.doc[span.start : span.root.i]
    # A main verb inside brackets belongs to an aside; the sentence around it has none.
    return sum(token.text == "(" for token in before) <= sum(token.text == ")" for token in before)


def opens_with_pronoun(first: Token, root: Token) -> bool:
    """Whether a sentence opens with a pronoun whose referent is in another sentence.

    "It" and "this" before a verb of being are most often empty ("It is unclear whether ...",
    "It was the first time ..."): those stand alone, as does a determiner of a time ("This week ...").
    """
    if first.dep_ == "det" and first.head.ent_type_ in ("DATE", "TIME"):  # "This week ...", "These days ...": a time
        return False
    if first.lower_ in _REFERRING:
        return True
    return first.lower_ in ("it", "its", "this") and root.lemma_ not in _COPULAS


def _imperative(root: Token, first: Token) -> bool:
    """Whether a sentence is a command: it opens with its main verb, in the base form, with no subject."""
    return (
        first.i == root.i
        and root.tag_ == "VB"
        and not any(child.dep_ in SUBJECT_DEPS for child in root.children)
    )


def glued_to_next(span: Span) -> bool:
    """Whether a sentence without closing punctuation runs into the next with no space (see generator.nlp.glued).

    Such a line is a caption or a button that scraping glued to the story.
    """
    doc, last = span.doc, span.doc[span.end - 1]
    return span.end < len(doc) and not last.whitespace_ and last.text[-1:] not in _ENDS


def _dangles(last: Token) -> bool:
    """Whether a sentence's last word needs words after it ("... will go to the", "... said that").

    A verb's particle ("was called off", "set up", "will go on") and the verb
    of an ellipsis ("more than it was") end a sentence well.
    """
    if last.dep_ == "prt" or (last.pos_ == "AUX" and last.dep_ not in ("aux", "auxpass")):
        return False
    return last.pos_ in _DANGLING or last.lower_ in _FUNCTION_WORDS


def whole_sentence(text: str) -> str | None:
    """The first complete sentence of a text that lost its line breaks, or None if it has none.

    A text without glued pieces is returned as it is.  Otherwise it is cut
    where the pieces meet, and the first piece that opens with a capital,
    ends with a full stop (a piece without one was a caption or a button)
    and has at least ``MIN_WORDS`` words is the sentence.
    """
    cuts = glue_points(text)
    if not cuts:
        return text
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        piece = text[start:end].strip()
        if piece[:1].isupper() and piece[-1:] in _ENDS and len(piece.split()) >= MIN_WORDS:
            return piece
    return None


def whole_span(span: Span, whole: str | None) -> Span:
    """The tokens of ``span`` that its complete sentence ``whole`` covers (all of them if nothing was glued).

    Captions and share buttons glued to a sentence would otherwise link it to
    every other sentence that carries the same boilerplate, or open a headline.
    """
    if whole is None or whole == span.text:
        return span
    start = span.text.find(whole)
    end = start + len(whole)
    offsets = [token.idx - span.start_char for token in span]
    inside = [token.i for token, at in zip(span, offsets, strict=True) if at < end and at + len(token.text) > start]
    return span.doc[inside[0] : inside[-1] + 1] if inside else span


def unbalanced(text: str) -> bool:
    """Whether a quotation opens or closes outside the sentence (a piece of a longer quote), or its marks do not pair:
    one opening after another with none closing between, or one closing with none open ("\"Root, who fell twice,
    said: \"It's a great feeling.": the first mark closes a quotation before the sentence, moved by scraping)."""
    if text.count('"') % 2 == 1 or text.count("“") != text.count("”"):
        return True
    depth = 0
    for at, mark in enumerate(text):
        if mark == "“" or (mark == '"' and _opens(text, at, depth)):
            depth += 1
        elif mark == "”" or mark == '"':
            depth -= 1
        if depth < 0 or depth > 1:
            return True
    return False


def _opens(text: str, at: int, depth: int) -> bool:
    """Whether the straight mark at ``at`` opens a quotation: it has a space or nothing before it and a word after it
    (the shape of an opening mark); else it opens only when none is open."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if (before.isspace() or before in "([{—–-") and not after.isspace():
        return True
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return False
    return depth == 0


def epithet(subject: Token) -> bool:
    """ "The Russian said …", "The Canadian, 29, looked set …", "the 52-year-old lawmaker from Kentucky shared …": a
    person the story named before, called by where they are from or their age, and no name in the phrase to say who
    ("the 27-year-old striker Theo Walcott" names him). A story brings a person in by name or as "a 32-year-old man"."""
    if subject.i == 0 or subject.tag_ in ("NNS", "NNPS") or not any(  # "The Scots": a side
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    described = [c for c in subject.children if c.dep_ not in ("det", "punct") and not (
        c.dep_ == "npadvmod" and c.i < subject.i)]  # "27-year-" of "The 27-year-old", split by the parse
    ages = [c for c in described if _aged(c) or (c.dep_ == "appos" and _age(c))]  # "The driver, 47,"
    if subject.lower_ in DEMONYMS or _aged(subject):  # "The Canadian, 29,", "The 27-year-old, from Leeds,"
        return all(c in ages or c.dep_ == "prep" or (c.dep_ == "nummod" and _age(c)) for c in described)
    named = any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ in ("appos", "compound"))
                for t in subject.subtree)  # "the 27-year-old striker Theo Walcott"
    return bool(ages) and subject.pos_ == "NOUN" and not named


def _age(token: Token) -> bool:
    """ "32" set off after a person: a bare whole number a person may be, not an amount ("£22,100")."""
    return token.text.isdigit() and int(token.text) < 120 and not list(token.children)


def _aged(token: Token) -> bool:
    """ "32-year-old", "32-year-olds": an age (one word, or "old" with its "32-year-" in the parse)."""
    return "".join(t.lower_ for t in token.subtree).endswith(("year-old", "year-olds"))


def attribution_of_before(span: Span) -> Token | None:
    """The speaker when a sentence only says whose the sentence before is ("Or so says actress Jane Hollis, …")."""
    root = span.root
    if root.lemma_ not in SPEECH_VERBS or any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") for c in root.children):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "so" and c.i < root.i for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i > root.i and c.pos_ == "PROPN"), None)


def claim_or_its_attribution(document: Document, index: int) -> bool:
    """ "X is Y. Or so says Z.": the first is Z's claim, which a line alone would state as fact; the second only says
    whose it is. Neither is a bottom line or a summary point."""
    spans = document.spans
    after = spans[index + 1] if index + 1 < len(spans) else None
    claimed = after is not None and attribution_of_before(after) is not None
    return claimed or attribution_of_before(spans[index]) is not None
