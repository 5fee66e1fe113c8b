"""Cues as a table of patterns: a cue word, the words around it in the parse, and the matter they open.

A row (:class:`Cue`) is a pattern in the notation of spaCy's
``DependencyMatcher``: the cue word first (node ``cue``, its attributes a
``Matcher`` token pattern), then the words around it, each a dependent
(:func:`child`) or the head (:func:`head`) of a node before it.  The cue
words of a sentence are looked up in an index of the table, by the first of
lemma, lower-case form, tag and part of speech that the row names (by the
numbers spaCy gives them, the same for every model); the cue word's other
attributes are checked on each, then the other nodes are walked from it
along the parse.  (The ``DependencyMatcher`` finds the same matches, see the
tests, but matches every node against every token: several times slower
than the hand-written code this table replaced.)

A row also says which node is the matter's verb, its mode and strength, and
gives small Python functions for what a pattern cannot say: a test of the
cue word, vetoes of a match, a subject or a verb found by walking the parse,
a mode or strength that depends on the match.  A word is the cue of one
matter at most: the first cue in the table that matches it wins.  Rows that
share a name are one cue read several ways (they follow one another); of its
matches the one through the cue word's first child wins (a pattern names
that child right after the cue word), then the row listed first, then the
match whose other nodes come first.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ...language.grammar import Mode

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

Node = dict[str, Any]
Match = dict[str, "Token"]  # the tokens a match found, by node name
_LOOKUPS = ("LEMMA", "LOWER", "TAG", "POS")  # what a cue word is looked up by: the first of these its row names
# A token's attributes as numbers, read without making strings: what cue words are looked up by.
_NUMBERS: dict[str, Callable[[Token], int]] = {
    "LOWER": attrgetter("lower"), "LEMMA": attrgetter("lemma"), "POS": attrgetter("pos"), "TAG": attrgetter("tag"),
}
_ATTRIBUTES: dict[str, Callable[[Token], str]] = {
    "LOWER": attrgetter("lower_"), "LEMMA": attrgetter("lemma_"), "POS": attrgetter("pos_"),
    "TAG": attrgetter("tag_"), "DEP": attrgetter("dep_"),
}


def cue(**attrs: object) -> Node:
    """The cue word: a spaCy Matcher token pattern."""
    return {"RIGHT_ID": "cue", "RIGHT_ATTRS": attrs}


def child(name: str, of: str = "cue", **attrs: object) -> Node:
    """A dependent of node ``of``."""
    return {"LEFT_ID": of, "REL_OP": ">", "RIGHT_ID": name, "RIGHT_ATTRS": attrs}


def head(name: str, of: str = "cue", **attrs: object) -> Node:
    """The head of node ``of``."""
    return {"LEFT_ID": of, "REL_OP": "<", "RIGHT_ID": name, "RIGHT_ATTRS": attrs}


def among(*words: Iterable[str] | str) -> dict[str, list[str]]:
    """Any of these words (or word lists)."""
    return {"IN": sorted(_flat(words))}


def none_of(*words: Iterable[str] | str) -> dict[str, list[str]]:
    return {"NOT_IN": sorted(_flat(words))}


def _flat(words: tuple[Iterable[str] | str, ...]) -> set[str]:
    return {w for item in words for w in ((item,) if isinstance(item, str) else item)}


@dataclass(frozen=True, eq=False)
class Cue:
    """One row: a pattern, and how the matter it finds is read from the match.

    ``verb`` and ``subject`` name a node of the pattern or are functions of the
    match (a verb of None is no matter); ``mode``, ``strength`` and ``event``
    are values or functions of the match; ``word`` is what the cue word must
    also be, a ``veto`` when a match opens no matter.
    """

    name: str
    pattern: list[Node]
    verb: str | Callable[[Match], Token | None]
    strength: float | Callable[[Match], float]
    mode: Mode | Callable[[Match], Mode] = "future"
    subject: str | Callable[[Match], Token | None] | None = None
    event: str | Callable[[Match], str] | None = None
    word: Callable[[Token], bool] | None = None
    veto: tuple[Callable[[Match], bool], ...] = ()


@dataclass(frozen=True)
class Found:
    """What one cue word opens, read from its winning match."""

    cue: Cue
    verb: Token
    mode: Mode
    strength: float
    subject: Token | None
    event: str | None


_Step = tuple[str, str, str, Callable[["Token"], bool]]  # node, the node it hangs on, "<" or ">", its test


class CueTable:
    """Rows of cues, matched together; their lookups built for each vocabulary on first use."""

    def __init__(self, rows: Iterable[Cue]) -> None:
        self.rows = tuple(rows)
        names = [name for name, _ in itertools.groupby(row.name for row in self.rows)]
        if len(names) != len(set(names)):
            raise ValueError("rows that share a name must follow one another")
        self._steps = [[_step(node) for node in row.pattern] for row in self.rows]
        # For each attribute, the rows by the value's number (spaCy's hash, the same in every model).
        self._index: dict[str, dict[int, list[int]]] = {attr: {} for attr in _LOOKUPS}
        for number, row in enumerate(self.rows):
            attr, values = _looked_up_by(row.pattern[0]["RIGHT_ATTRS"])
            for value in values:
                self._index[attr].setdefault(_number(attr, value), []).append(number)

    def find(self, span: Span) -> dict[int, Found]:
        """What each cue word of ``span`` opens, by the word's index in the document."""
        matches: dict[int, list[tuple[int, Match]]] = {}
        for number, match in self.matches(span):
            matches.setdefault(match["cue"].i, []).append((number, match))
        result = {}
        for index, found in sorted(matches.items()):
            first = self._first(found)
            if first is not None:
                result[index] = first
        return result

    def matches(self, span: Span) -> Iterator[tuple[int, Match]]:
        """Every match of every row in ``span`` (by row number), cue words in sentence order.

        A match's cue word has passed its row's ``word`` test; vetoes are not applied.
        """
        if not span.doc.has_annotation("DEP"):  # no parse, no pattern to walk
            return
        rows: dict[int, set[int]] = {}
        lookups = [(_NUMBERS[attr], values) for attr, values in self._index.items() if values]
        for token in span:
            for get, values in lookups:
                numbers = values.get(get(token))
                if numbers:
                    rows.setdefault(token.i, set()).update(numbers)
        for index in sorted(rows):
            word = span.doc[index]
            for number in sorted(rows[index]):
                (_, _, _, test), *steps = self._steps[number]
                row = self.rows[number]
                if test(word) and (row.word is None or row.word(word)):
                    for match in _walk(steps, {"cue": word}):
                        yield number, match

    def _first(self, matches: list[tuple[int, Match]]) -> Found | None:
        """What the first cue that matches a word opens (see the module's doc)."""
        for _, group in itertools.groupby(matches, key=lambda item: self.rows[item[0]].name):
            ranked = []
            for number, match in group:
                after = [match[node["RIGHT_ID"]].i for node in self.rows[number].pattern[1:]]
                ranked.append(((after[:1], number, after[1:]), number, match))
            for _, number, match in sorted(ranked, key=lambda item: item[0]):
                found = _read(self.rows[number], match)
                if found is not None:
                    return found
        return None


def _number(attr: str, value: str) -> int:
    """The number spaCy gives ``value`` of ``attr`` on a token: a part of speech's id, else the string's hash."""
    if attr == "POS":
        from spacy.parts_of_speech import IDS

        return int(IDS[value])
    from spacy.strings import hash_string  # type: ignore[attr-defined]  # a Cython function

    return int(hash_string(value))


def _looked_up_by(attrs: dict[str, Any]) -> tuple[str, list[str]]:
    for attr in _LOOKUPS:
        value = attrs.get(attr)
        if isinstance(value, str):
            return attr, [value]
        if isinstance(value, dict) and "IN" in value:
            return attr, list(value["IN"])
    raise ValueError(f"a cue word needs one of {', '.join(_LOOKUPS)} to be looked up by: {attrs}")


def _step(node: Node) -> _Step:
    tests = []
    for key, value in node["RIGHT_ATTRS"].items():
        words = frozenset((value,) if isinstance(value, str) else value.get("IN", value.get("NOT_IN", ())))
        tests.append((_ATTRIBUTES[key], not (isinstance(value, dict) and "NOT_IN" in value), words))

    def test(token: Token) -> bool:
        return all((get(token) in words) == inside for get, inside, words in tests)

    return node["RIGHT_ID"], node.get("LEFT_ID", ""), node.get("REL_OP", ""), test


def _walk(steps: list[_Step], match: Match) -> Iterator[Match]:
    """Every way to extend ``match`` by ``steps``, the tokens of each step in sentence order."""
    if not steps:
        yield dict(match)
        return
    name, of, relation, test = steps[0]
    left = match[of]
    if relation == ">":
        candidates: Iterable[Token] = left.children
    else:
        candidates = (left.head,) if left.head.i != left.i else ()
    for token in candidates:
        if test(token):
            yield from _walk(steps[1:], {**match, name: token})


def _read(row: Cue, match: Match) -> Found | None:
    if any(veto(match) for veto in row.veto):
        return None
    verb = match[row.verb] if isinstance(row.verb, str) else row.verb(match)
    if verb is None:
        return None
    subject = row.subject(match) if callable(row.subject) else match[row.subject] if row.subject else None
    return Found(
        cue=row,
        verb=verb,
        mode=row.mode(match) if callable(row.mode) else row.mode,
        strength=row.strength(match) if callable(row.strength) else row.strength,
        subject=subject,
        event=row.event(match) if callable(row.event) else row.event,
    )
