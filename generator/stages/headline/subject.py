"""The subject shortened before the rest: the order a headline editor leaves words out in.

Left to the order of :func:`.constituents.optional_constituents`, a long
subject keeps its words ("Drexel law professor Lisa McElroy") while what
the verb says loses the words that make it news ("sends link to students"
for "sent a link to a pornographic website to her students").  An editor
shortens the subject first, to its name: the titles before the name go
(words are never reordered: a title goes whole or stays).  The headline
made in that order is told when it keeps more of what the verb says than
the other; when it keeps as much, the subject keeps its titles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from .words import names_after_it

if TYPE_CHECKING:
    from spacy.tokens import Token

Groups = list[tuple[list[set[int]], bool]]


def subject_tokens(root: Token) -> set[int]:
    """The tokens of the verb's subjects (with what qualifies them)."""
    return {token.i for child in root.children if child.dep_ in SUBJECT_DEPS for token in child.subtree}


def subject_first(root: Token, clause: set[int], groups: Groups) -> Groups:
    """``groups`` with, tried first, the subject's titles before a name, when the headline would be too long
    ("Drexel law professor Lisa McElroy" -> "Lisa McElroy").  Not its given names: a place the model reads as a
    person ("Sri Lanka") would lose a word of its name."""
    subject = subject_tokens(root) & clause
    titles = [{token.i for token in word.subtree} & clause
              for word in sorted((root.doc[i] for i in subject), key=lambda t: -t.i) if names_after_it(word)]
    return [([found for found in titles if found], True), *groups]


def tells_more(root: Token, kept: set[int], other: set[int]) -> bool:
    """Whether ``kept`` keeps more words outside the subject than ``other`` does: more of the news."""
    subject = subject_tokens(root)
    return len(kept - subject) > len(other - subject)
