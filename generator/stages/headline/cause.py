"""What led to the news, when the headline has room for it: "Guards suspended after they posted anti-Islamic
messages", not "Guards suspended".

A clause opened by "after" on the main verb ("Shares rose 3% after the firm announced a gas find") says why the
news happened; :mod:`.constituents` leaves such a clause out, as it leaves out every adverbial clause.  When the
headline made without it leaves room, the clause is added back whole, less only what
:mod:`.optional` lets a clause lose (its nouns' qualifiers, its adverbial phrases, the rightmost first) and a
person's common given names in the rest ("Martin shoots girlfriend Hampton after she asked for half of proceeds");
the headline so made must pass every check the other did.  The clause keeps its own verb as written ("after she
asked"): a headline tells the cause in the past.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...language.givennames import is_given_name
from .constituents import clause_tokens
from .optional import given_names_of, optional_constituents

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The subordinators that open what led to the news.
CAUSE_MARKS = frozenset({"after"})


def cause_of(root: Token) -> Token | None:
    """The verb of the clause after the main verb that says what led to the news ("after the firm announced ...")."""
    return next((child for child in root.children if child.dep_ == "advcl" and child.i > root.i and any(
        mark.dep_ == "mark" and mark.lower_ in CAUSE_MARKS and mark.i < child.i for mark in child.children)), None)


def with_cause(span: Span, root: Token, kept: set[int], check: Callable[[set[int]], str | None]) -> (
        tuple[str, set[int]] | None):
    """The headline of ``kept`` with the clause that says what led to the news, made short enough by leaving out the
    clause's optional constituents (the rightmost first), then the given names of the rest; None if none passes."""
    cause = cause_of(root)
    if cause is None or cause.i in kept:
        return None
    inner = (clause_tokens(cause, span) | {cause.i}) - {root.i}
    names = {i for found in given_names_of(root.doc) for i in found if i in kept and all(
        is_given_name(root.doc[j].text) for j in found)}
    tries = [kept | inner]
    for group, _ in optional_constituents(cause, inner):
        for constituent in group:
            tries.append(tries[-1] - constituent)
    for words in [*tries, *(found - names for found in tries)]:
        text = check(words)
        if text is not None:
            return text, words
    return None
