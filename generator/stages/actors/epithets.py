"""A speaker given by a description of a person ("the 75-year-old author", "the Leicester man", "the teenager"),
not by a name or a title: whom it stands for is told by an age the story gave ("Jed Tolley, 15, ..."), or else by
who was named last (see :mod:`.speakers`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.lexicon import AGE_NOUNS, PERSON_NOUNS, SPOKESPEOPLE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .drafts import ActorDraft

_YEARS_OLD = re.compile(r"(\d+)[- ]years?[- ]old")
_OLDEST = 120  # a number above this after a name is no age
# A nationality with no plural of its own ("the French", "the Chinese", "the Swiss") is a people, not one person.
_PEOPLES = ("s", "ese", "sh", "ch")


def aged(token: Token) -> bool:
    """Whether a noun for a person is given an age ("the 75-year-old author"): a description of whom the
    story just named, not a title to look up."""
    return any(t.lower_ == "old" and t.i < token.i for t in token.lefts for t in t.subtree)


def described(token: Token) -> bool:
    """Whether a speaker is a description of one person: "the" and a singular noun for a person ("the
    33-year-old", "the Leicester man"; not "the committee", "the report"), or "the" and a nationality standing
    alone for one ("said the German", "The Australian has suffered ...")."""
    the = any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)
    if not the:
        return False
    if token.ent_type_ == "NORP" and token.tag_ in ("NNP", "NN", "JJ") and not token.lower_.endswith(_PEOPLES):
        return all(child.dep_ in ("det", "punct") for child in token.children)  # not "the German government"
    return token.tag_ in ("NN", "JJ") and token.lemma_.lower() in PERSON_NOUNS - SPOKESPEOPLE


def stated_age_fits(token: Token, draft: ActorDraft, sentence: int) -> bool:
    """Whether a description by age ("the 33-year-old", "the teenager") fits the age the story gave a person
    before (a number set off by commas right after the name: "Jed Tolley, 15, was ...")."""
    ages = _ages(token)
    if ages is None:
        return False
    low, high = ages
    for mention in draft.cluster_mentions:
        doc, end = mention.span.doc, mention.span.end
        if mention.sentence > sentence or end + 2 >= len(doc) or doc[end].text != ",":
            continue
        number, after = doc[end + 1], doc[end + 2]
        if number.text.isdigit() and after.text in (",", ".", ";") and low <= int(number.text) <= min(high, _OLDEST):
            return True
    return False


def _ages(token: Token) -> tuple[int, int] | None:
    """The ages a description covers: "33-year-old" (the noun's or its modifier's), "teenager"."""
    if token.lower_ in AGE_NOUNS:
        return AGE_NOUNS[token.lower_]
    found = _YEARS_OLD.search(token.doc[token.left_edge.i : token.i + 1].text.lower())
    return (int(found.group(1)), int(found.group(1))) if found else None
