"""Nationalities among the names, and a nationality or other word run in before a person's name.

A nationality is no actor, whatever the recogniser calls it: a demonym ("British", "Britons" read as an
organisation), a nationality modifying a noun ("Chinese imports"), or a word listed with one ("Pakistani,
Bangladeshi and African immigrants").  A person's name is written without the word before it that is a nationality
("Briton Owen Carver"), a weekday, or a common noun opening the sentence ("Triathlete Charlotte Wren").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...language.dates import WEEKDAYS
from ...language.lexicon import DEMONYMS, is_given_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .mentions import Mention


def without_common_noun(mention: Mention, nouns: set[str]) -> Mention:
    """A person's name without the word before it that is a nationality ("Briton Owen Carver", and a person's whatever
    the recogniser calls it: "Italian Fabio Renzetti"), a weekday ("... landed
    on Wednesday Roberts has been ..."), or a common noun the article writes in lower case that opens the sentence
    ("Triathlete Charlotte Wren, 26, ..." beside "the former triathlete"); a given name stays ("Will Hardy")."""
    span, words = mention.span, mention.words
    if len(span) == len(words) == 3 and words[0].casefold() in DEMONYMS and is_given_name(words[1]):
        return replace(mention, text=" ".join(words[1:]), span=span[1:], label="PERSON")  # "Italian Fabio Renzetti"
    if mention.label != "PERSON" or mention.honorific is not None or len(words) < 2 or is_given_name(words[0]):
        return mention
    first = span[0]
    weekday = first.lower_ in WEEKDAYS
    noun = len(words) >= 3 and first.is_title and (
        (first.is_sent_start and first.lower_ in nouns) or first.lower_ in DEMONYMS  # "Briton Owen Carver won"
    )
    if not (weekday or noun) or len(span) != len(words):
        return mention
    return replace(mention, text=" ".join(words[1:]), span=span[1:])


def nationality(name: Span, label: str) -> bool:
    """A nationality, whatever the recogniser calls it: a demonym ("British", "Britons" read as an
    organisation), or a nationality modifying a noun."""
    text = name.text.casefold()
    if text in DEMONYMS or text.removesuffix("s") in DEMONYMS or (label == "NORP" and name.root.dep_ == "amod"):
        return True
    return len(name) == 1 and _listed_nationality(name.root)


def _listed_nationality(token: Token) -> bool:
    """A word listed with a nationality adjective, whatever the recogniser calls it ("Pakistani, Bangladeshi and
    African immigrants": "Bangladeshi" read as a person)."""
    siblings = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    return any(s.ent_type_ == "NORP" and s.lower_ in DEMONYMS for s in siblings)
