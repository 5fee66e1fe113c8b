"""Pieces of a sentence a timeline line must keep whole, or not be made from.

Someone's words are theirs only between their quotation marks: a line that
keeps the words and drops the marks gives them as the reporter's.  And a
sentence the parser cut short at an initial ("... Ritchie Valens and J.P.")
or one that runs two together without a stop ("... 'Great article on
writing briefs' Following a number of complaints, ...") is no event, nor is the last sentence of a
paragraph that ends with no stop: a photograph's caption ("Ramsey pictured on the touchline ..."), often
several run together, or a paragraph cut off ("... return to the National League under John").  A verb
in the present or the future joined to a clause dated earlier is not part of
what the date tells ("X has been manager since 2010 and replaces Y").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .aligned import kept_tokens
from .grammar import SUBJECT_DEPS
from .tokens import join

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..model import Document

QUOTED_WORDS = 5  # words between quotation marks that make someone's words, not a name or a label
_OPENING_MARK = re.compile(r"[\"“]|(?:^|\s)[‘']")  # a mark that opens a quotation, not an apostrophe ("It's")
_INITIAL_END = re.compile(r"\b[A-Z]\.$")
_STOPS = (".", "!", "?", "'", "’", "”", '"', ")", "…")
_MARKS = frozenset({"'", "’", "”", '"'})
# "... the injury. '.", "... significantly. '": a sentence that ends on a lone mark, the next quotation's opening
_STRAY_END = re.compile(r"([.!?])\s+['’‘]\.?$")
_LONE_END = re.compile(r"(\w)\s+['’‘](?=[.!?]?$)")  # "... on Sunday '.": a mark after a space closes nothing


def run_on(span: Span) -> bool:
    """Whether a sentence stops at an initial ("... Ritchie Valens and J.P.") or runs two together without a stop
    ("... 'Great article on writing briefs' Following a number of complaints, ...", "... QC son Prosecutors were
    forced ...")."""
    if _INITIAL_END.search(span.text.rstrip()):
        return True
    words = list(span)
    for before, token, after in zip(words, words[1:], words[2:], strict=False):
        capital = token.text[:1].isupper() and token.text[1:2].islower() and token.pos_ not in ("PROPN", "NUM", "X")
        closing = before.text in _MARKS and before.i > 0 and not before.doc[before.i - 1].whitespace_
        joined = (before.is_lower and before.pos_ in ("NOUN", "VERB")) or closing
        goes_on = after.is_lower and after.pos_ in ("VERB", "AUX", "DET", "ADP", "ADV", "PRON")
        if capital and joined and goes_on and not token.ent_type_ and not before.ent_type_:
            return True
    return False


def unstopped(document: Document, index: int) -> bool:
    """Whether sentence ``index`` ends its paragraph with no stop: a caption, or a paragraph cut off."""
    sentences = document.sentences
    last = index + 1 == len(sentences) or sentences[index + 1].paragraph != sentences[index].paragraph
    return last and not sentences[index].text.rstrip().endswith(_STOPS)


def drops_opening_mark(line: str, source: Span, kept: set[int]) -> bool:
    """Whether a line keeps words on both sides of an opening mark of its sentence but not the mark ("knighted for
    services to banking' in 2004": the closing mark left alone)."""
    first, last = min(kept, default=0), max(kept, default=0)
    marks = sum(1 for token in source if token.text in ("‘", "“") and first < token.i < last)
    return line.count("‘") + line.count("“") < marks


def quotations(sentence: Span) -> list[list[Token]]:
    """The runs of words a sentence gives between quotation marks, one left open running to its end.  A single mark
    opens a quotation when it follows a space and precedes a word ("read: 'As you may be aware, ...") and is an
    apostrophe otherwise."""
    runs: list[list[Token]] = []
    double = single = 0
    for token in sentence:
        if token.text in ("“", "``") or (token.text == '"' and not double):
            double += 1
            runs.append([])
        elif token.text in ("”", "''", '"'):
            double = max(0, double - 1)
        elif token.text in ("'", "‘", "’"):
            opens = not token.whitespace_ and (token.i == 0 or bool(token.doc[token.i - 1].whitespace_))
            single = single + 1 if opens else max(0, single - 1)
            if opens:
                runs.append([])
        elif double + single > 0 and runs:
            runs[-1].append(token)
    return runs


def unmarked_quotation(text: str, sentence: Span) -> bool:
    """Whether a line gives someone's words without the marks that say they are theirs ("Mr Howard said: It's not
    racist ..." from 'Mr Howard said: "It's not racist ..."')."""
    if _OPENING_MARK.search(text):
        return False
    kept = kept_tokens(text, sentence) or set()
    return any(sum(t.is_alpha and t.i in kept for t in run) >= QUOTED_WORDS for run in quotations(sentence))


def without_stray_mark(text: str) -> str:
    """A line without the lone quotation mark its sentence ends on ("... to strengthen the injury. '." ->
    "... to strengthen the injury."; "... on Sunday '." -> "... on Sunday.")."""
    return _LONE_END.sub(r"\1", _STRAY_END.sub(r"\1", text))


def without_later(text: str, verb: Token, date: Token) -> str:
    """The clause without a verb joined to it that tells the present or the future when the date dates an earlier
    time ("X has been manager since 2010 and replaces Y": what is dated 2010 is not the replacing)."""
    if not (verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)):
        return text
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > date.i):
        auxes = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
        present = conj.tag_ in ("VBZ", "VBP") and not auxes
        if not (present or any(a.tag_ == "MD" for a in auxes)) or any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            continue
        start = min((c.i for c in verb.children if c.dep_ == "cc" and c.i < conj.i), default=conj.i)
        tail = " ".join(join(t for t in conj.doc[start : conj.right_edge.i + 1]).split()).rstrip(" .")
        body = text.rstrip(" .")
        if tail and body.endswith(tail) and len(body) > len(tail):
            return body[: -len(tail)].rstrip(" ,;") + "."
    return text
