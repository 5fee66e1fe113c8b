"""Cutting a sentence down to the clause that carries a fact, in its own words.

Background items and timeline events are shown to the reader as short
lines in the article's words: the sentence without its attribution ("…,
officials said", "according to…"), without a leading connective ("But",
"However,") and, for an event, only the clause the date belongs to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grammar import SUBJECT_DEPS
from .lexicon import APOSTROPHES, QUOTE_TOKENS, SPEECH_VERBS
from .tokens import join

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CONNECTIVES = frozenset({"but", "and", "however", "meanwhile", "yet", "so", "also", "still", "now"})
# Quote marks, but not a lone "'" or "’": after a name it is a possessive ("Jones' car").
_QUOTES = QUOTE_TOKENS - APOSTROPHES


def main_clause(span: Span) -> Token:
    """The clause a sentence asserts: the reported one when the sentence only reports it."""
    root = span.root
    if root.lemma_.lower() in SPEECH_VERBS:
        reported = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        if reported and _plain(reported[0]):
            return reported[0]
    return root


def sentence_text(span: Span) -> str:
    """The sentence as a line: its main clause, attribution and connectives left out."""
    return clause_text(main_clause(span), whole=True)


def clause_text(verb: Token, *, whole: bool = False, reported: bool = True, attributed: bool = False) -> str:
    """The words of the clause headed by ``verb``.

    ``whole`` keeps its conjoined clauses; ``reported=False`` leaves out what
    a reporting verb reports ("X told reporters on Monday"); ``attributed``
    keeps who said it ("…, officials said", "according to…").
    """
    dropped: set[int] = set()
    for child in verb.children:
        if attributed and child.dep_ in ("prep", "ccomp", "parataxis"):
            continue
        if child.dep_ == "prep" and child.lower_ == "according":
            dropped |= _subtree(child)
        elif child.dep_ == "mark" and child.i < verb.i:
            dropped.add(child.i)
        elif child.dep_ in ("ccomp", "parataxis") and child.lemma_.lower() in SPEECH_VERBS and child.i > verb.i:
            dropped |= _subtree(child)  # "…, he said."
        elif not reported and verb.lemma_.lower() in SPEECH_VERBS and child.dep_ in ("ccomp", "parataxis"):
            dropped |= _subtree(child)
        elif child.dep_ == "conj" and not whole and any(c.dep_ in SUBJECT_DEPS for c in child.children):
            dropped |= _subtree(child)
            dropped |= {c.i for c in verb.children if c.dep_ == "cc" and c.i < child.i}
    tokens = [t for t in verb.subtree if t.i not in dropped and t.text not in _QUOTES]
    while tokens and (tokens[0].is_punct or (tokens[0].lower_ in _CONNECTIVES and tokens[0].dep_ in ("cc", "advmod"))):
        tokens = tokens[1:]
    return _line(tokens)


def _plain(reported: Token) -> bool:
    """Whether a reported clause can stand alone (not a question or a fragment)."""
    return any(c.dep_ in SUBJECT_DEPS for c in reported.children) and len(list(reported.subtree)) >= 5


def _subtree(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def _line(tokens: list[Token]) -> str:
    text = " ".join(join(tokens).split()).rstrip(" .").strip(" ,;:-—–")
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
