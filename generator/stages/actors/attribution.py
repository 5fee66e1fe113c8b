"""Where a quotation's attribution is: the word naming its speaker, found around the quotation.

The speaker is the subject of a verb of saying outside the quote marks in the quotation's sentences, before or
after it ("“…,” Trump wrote", "said Terry Lundgren", "Lin told reporters"), a name right before such a verb that
the parse gave no subject, the person "quoted as saying", whom it is "according to", or the speaker of a short
sentence after it that only attributes it ("Dechy said."); never a word quoted (a quoted noun the parse took
for the verb's subject gives way to a name right before the verb: "“..., which they can do,” director of rugby
Neil Marwood told ..."), nor, after a quotation that ended its own sentence, the subject of a verb that reports
words of its own ("“...”And Lee said he hoped that ...": the quotation's closing mark run into the reporter's
next sentence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import PERSON_NOUNS, SPEECH_VERBS
from ...language.pronouns import HE_SHE
from ...language.tokens import tokens
from .saying import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Document

_ATTRIBUTION_WORDS = 6  # at most, in a sentence that only says who spoke ("Dechy told reporters.")
_INVERTED_WORDS = 12  # at most, in one that opens on its verb ("added the team's performance director Jo Ash.")


def body_offsets(document: Document, index: int) -> list[tuple[int, Token]]:
    """Each token of sentence ``index`` with its offset in the article body."""
    sentence, span = document.sentences[index], document.spans[index]
    base = sentence.start - (span.start_char + len(span.text) - len(span.text.lstrip()))
    return [(base + token.idx, token) for token in tokens(span)]


def speaker_of(
    document: Document, first: int, last: int, at: tuple[int, int], inside: frozenset[tuple[int, int]], ended: bool
) -> tuple[Token | None, bool, Token | None]:
    """The token naming who said the quote in body range ``at`` [start, end), looked for around it, and the verb of
    saying in the quote's sentences that it is the subject of: never a word of a quotation ("“Xavi did things
    ...,” the paper beams, adding, “What a ...”" is not Xavi's), nor, after a quotation that ``ended`` its own
    sentence, a verb that reports words of its own ("“... the same].”And Brandauer said he was optimistic ...":
    the closing mark run into the reporter's next sentence)."""
    start, end = at
    for index in dict.fromkeys((last, first)):
        for position, token in body_offsets(document, index):
            if start - 1 <= position < end + 1 or token.lemma_.lower() not in SPEECH_VERBS:
                continue
            if token.pos_ not in ("VERB", "AUX") or (ended and position >= end and _reports_own(token, index, inside)):
                continue
            shift = position - token.idx  # a word's offset in the body less its offset in the parse
            token = _inner(token, index, inside) if position < start else token
            found = subject(token)
            if found is not None and (found._.sentence, found.i) in inside:  # "“... a second opinion,” director
                found = _name_before(token) or found  # of rugby Neil Marwood told": a quoted noun taken for subject
            found = found or _name_before(token) or (_inverted(token) if position >= end else None)
            if found is not None and (found._.sentence, found.i) in inside:
                continue
            if found is not None and not _other_quotation(found, shift, start, end):
                return found, found.lower_ in HE_SHE, token
    found = _according_to(document, first, last, at) or _attribution_after(document, last)
    return (found, found.lower_ in HE_SHE, None) if found is not None else (None, False, None)


def _inner(verb: Token, sentence: int, inside: frozenset[tuple[int, int]]) -> Token:
    """The verb of saying, with a subject of its own, that a verb of saying before a quotation reports, nearest the
    quotation: it introduces it ("The prosecutor said Ash replied: '...'", "The paper reports that Ash told a
    magazine: '...'": Ash's words); else the verb itself."""
    opening = min((i for index, i in inside if index == sentence), default=None)
    if opening is None:
        return verb
    reported = [
        t for t in verb.subtree
        if verb.i < t.i < opening and t.dep_ == "ccomp" and t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ == "nsubj" for c in t.children)
    ]
    return reported[-1] if reported else verb


def _according_to(document: Document, first: int, last: int, at: tuple[int, int]) -> Token | None:
    """Who the quotation's sentence says it is "according to", outside the quote marks ("“…,” according to
    Mayor Lena Holt")."""
    for index in dict.fromkeys((last, first)):
        for position, token in body_offsets(document, index):
            if at[0] - 1 <= position < at[1] + 1 or token.lower_ != "according":
                continue
            to = next((c for c in token.children if c.lower_ == "to" and c.dep_ == "prep"), None)
            found = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if found is not None:
                return found
    return None


def _other_quotation(token: Token, shift: int, start: int, end: int) -> bool:
    """Whether a word stands in another quotation of its sentence than the one in body range [start, end) (a
    word's body offset is its offset in the parse plus ``shift``): an odd number of double quote marks between
    them ("“Xavi did things ...,” the paper beams, adding, “What a work-rate ...”": Xavi's name is quoted)."""
    marks = "\"“”"
    if token.idx + shift < start:  # the quotation's own opening mark left out
        between = token.doc.text[token.idx + len(token) : start - shift].rstrip()
        between = between[:-1] if between[-1:] in marks else between
    else:  # and its closing mark, after a space or a comma or not
        between = token.doc.text[end - shift : token.idx].lstrip(" ,.!?")
        between = between[1:] if between[:1] in marks else between
    return "\n" not in between and sum(between.count(mark) for mark in marks) % 2 == 1  # a paragraph's marks only


def _reports_own(verb: Token, sentence: int, inside: frozenset[tuple[int, int]]) -> bool:
    """Whether a verb of saying after a quotation reports words of its own, or stands in such words: a clause it
    (or a verb of saying above it) takes holds no word of the quotation ("said he was optimistic that ...", "told
    the Kestrel that he knew of staff too scared to speak ...")."""
    return any(
        child.dep_ == "ccomp" and child.i > head.i and not any((sentence, t.i) in inside for t in child.subtree)
        for head in (verb, *verb.ancestors) if head.lemma_.lower() in SPEECH_VERBS
        for child in head.children
    )


def _attribution_after(document: Document, last: int) -> Token | None:
    """The speaker of a sentence that only attributes the quotation before it ('"…" / Dechy said.').

    Scraping sometimes breaks the attribution off into a sentence of its own, with the closing
    quote mark in between (or a question mark ends the quotation's sentence: '"What went wrong?" / added the
    team's director Jo Ash.'); such a sentence is a few words around a verb of saying.
    """
    for index in range(last + 1, min(last + 3, len(document.spans))):
        words = [t for t in tokens(document.spans[index]) if not t.is_punct and not t.is_space]
        if not words:
            continue  # a quote mark left on its own
        root = document.spans[index].root
        inverted = words[0].i == root.i and words[0].text[:1].islower()  # "added the performance director X."
        limit = _INVERTED_WORDS if inverted else _ATTRIBUTION_WORDS
        if len(words) > limit or root.lemma_.lower() not in SPEECH_VERBS:
            return None
        return subject(root) or (_inverted(root) if inverted else None)
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
