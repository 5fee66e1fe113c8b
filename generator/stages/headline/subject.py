"""The subject shortened before the rest, a vague complement's qualifier kept longest: the order a headline editor
leaves words out in.

Left to the order of :func:`.constituents.optional_constituents`, a long
subject keeps its words ("Drexel law professor Lisa McElroy") while what
the verb says loses the words that make it news ("sends link to students"
for "sent a link to a pornographic website to her students").  An editor
shortens the subject first, to its name: the titles before the name go
(words are never reordered: a title goes whole or stays).  The headline
made in that order is told when it keeps more of what the verb says than
the other; when it keeps as much, the subject keeps its titles.

What qualifies the complement's noun says what the news is ("strikes deal
to supply Peugeot with ...", "gives speech at church in honour of Adam
Smith"): an editor keeps it longest, after the subject's descriptions and
given names ("Greenspan gives speech ...").  The headline made in that
order too is told when it keeps more of what the verb says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.givennames import is_given_name
from ...language.grammar import SUBJECT_DEPS
from .constituents import is_time
from .optional import given_names_of, name_described
from .words import names_after_it

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Groups = list[tuple[list[set[int]], bool]]
# Nouns (and comparatives) that tell little without what qualifies them: "strikes deal", "gives speech", "pay more".
VAGUE_NOUNS = frozenset("""deal agreement plan proposal move step test threat closure decision issue matter speech talk
    initiative action measure scheme offer bid bill case campaign project programme review change reform call effort
    attack claim charge row way wish request permission access more less controversy dispute scandal affair""".split())


def subject_tokens(root: Token) -> set[int]:
    """The tokens of the verb's subjects (with what qualifies them)."""
    return {token.i for child in root.children if child.dep_ in SUBJECT_DEPS for token in child.subtree}


def subject_first(root: Token, clause: set[int], groups: Groups) -> Groups:
    """``groups`` with, tried first, the subject's titles before a name, when the headline would be longer than it
    aims to be ("Drexel law professor Lisa McElroy" -> "Lisa McElroy"): the room goes to what the verb says.  Not its
    given names: a place the model reads as a person ("Sri Lanka") would lose a word of its name."""
    subject = subject_tokens(root) & clause
    titles = [{token.i for token in word.subtree} & clause
              for word in sorted((root.doc[i] for i in subject), key=lambda t: -t.i) if names_after_it(word)]
    titles += [name_described(root.doc[i], clause) for i in sorted(subject, reverse=True)]  # "carmaker [GM]"
    return [([found for found in titles if found], False), *groups]


def complement_last(root: Token, clause: set[int], groups: Groups) -> Groups:
    """``groups`` with the subject's titles tried first and what qualifies a noun after the verb, outside the
    subject, tried last, only when the headline would still be too long ("strikes deal [to supply Peugeot]")."""
    qualifiers = complement_qualifiers(root, groups)
    names = [found for group, _ in groups for found in group if any(found <= name for name in _given_names(root))]
    rest = [([found for found in group if found not in qualifiers + names], flag) for group, flag in groups]
    # "Tony" of "Tony Blair" goes before what the complement needs; a word the model read as one ("Sri") last
    known = [found for found in names if all(is_given_name(root.doc[i].text) for i in found)]
    others = [found for found in names if found not in known]
    return [*subject_first(root, clause, rest), (known, True), (qualifiers, True), (others, True)]


def complement_qualifiers(root: Token, groups: Groups) -> list[set[int]]:
    """The constituents of ``groups`` that qualify a noun after the verb, outside the subject."""
    doc, subject = root.doc, subject_tokens(root)
    return [found for group, _ in groups for found in group if _qualifies_complement(doc, root, subject, found)]


def _qualifies_complement(doc: Doc, root: Token, subject: set[int], constituent: set[int]) -> bool:
    """Whether ``constituent`` is a phrase or clause that says which one a vague noun after the verb is: on the noun
    ("deal [to supply ...]") or on its verb right after the bare noun ("gives speech [at church ...]")."""
    if not constituent or constituent & subject or min(constituent) < root.i:
        return False
    top = [doc[i] for i in constituent if doc[i].head.i not in constituent]
    if len(top) != 1 or top[0].dep_ not in ("prep", "acl", "relcl") or is_time(top[0]):
        return False
    head = top[0].head
    if head.pos_ in ("NOUN", "ADJ", "ADV"):
        return head.lemma_.lower() in VAGUE_NOUNS
    return any(child.dep_ in ("dobj", "attr") and child.lemma_.lower() in VAGUE_NOUNS and child.right_edge.i == child.i
               and top[0].left_edge.i == child.i + 1 for child in head.children)  # right after the bare noun


def _given_names(root: Token) -> list[set[int]]:
    """A person's given names ("Alan" of "Alan Greenspan"), as :func:`.constituents.optional_constituents` finds them:
    left out only after the complement's qualifiers, a place read as a person ("Sri Lanka") losing a word otherwise."""
    return given_names_of(root.doc)


def keeps_subject_head(root: Token, kept: set[int], other: set[int]) -> bool:
    """Whether ``kept`` keeps every word of the subject that ``other`` keeps after the subject's head noun: only what
    comes before it (titles, descriptions, given names) may go ("Shares [in Acme] close up", never)."""
    heads = [child.i for child in root.children if child.dep_ in SUBJECT_DEPS]
    return all(index in kept for index in subject_tokens(root) & other if any(index > head for head in heads))


def tells_more(root: Token, kept: set[int], other: set[int]) -> bool:
    """Whether ``kept`` keeps more words outside the subject than ``other`` does: more of the news."""
    subject = subject_tokens(root)
    return len(kept - subject) > len(other - subject)
