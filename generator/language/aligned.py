"""Which words of a source sentence a line keeps: the line's words found in the sentence, in order.

:func:`kept_tokens` maps a line to the tokens of its sentence it keeps, or says it is not the sentence cut
(a word not the sentence's, or words reordered); :mod:`.faithful` then judges what was cut.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# A word of a line, compared without case: letters, digits and the signs that belong to numbers.
WORD = re.compile(r"[\w$£€%]+")


def words_of(text: str) -> list[str]:
    """The words of a text, lower-cased, in order."""
    return [match.group().lower() for match in WORD.finditer(text)]


def kept_tokens(line: str, source: Span) -> set[int] | None:
    """The document indices of the source tokens a line keeps, or None if it is not the source cut.

    The line's words must be the source's words in their order; tokens that
    share a word with the line are kept (so "$11bn" keeps "$" and "11bn").
    """
    wanted = words_of(line)
    if not wanted:
        return None
    text, offset = source.text, source.start_char
    places = [(match.group().lower(), match.start() + offset, match.end() + offset) for match in WORD.finditer(text)]
    chosen = align(wanted, [word for word, _start, _end in places])
    if chosen is None:
        return None
    kept: set[int] = set()
    by_char = {}
    for token in source:
        for char in range(token.idx, token.idx + len(token.text)):
            by_char[char] = token.i
    for position in chosen:
        _word, start, end = places[position]
        kept.update(by_char[char] for char in range(start, end) if char in by_char)
    return kept


def align(wanted: list[str], words: list[str]) -> list[int] | None:
    """Positions in ``words`` of each word of ``wanted``, in order, with the fewest gaps; None if impossible."""
    count = len(words)
    infinity = len(wanted) + count + 1
    # cost[j]: fewest gaps to match the words so far with the last one at position j
    cost = [0 if words[j] == wanted[0] else infinity for j in range(count)]
    back: list[list[int]] = [[-1] * count]
    for word in wanted[1:]:
        new = [infinity] * count
        links = [-1] * count
        best, best_at = infinity, -1  # the cheapest end before j - 1
        for j in range(count):
            if j >= 2 and cost[j - 2] < best:
                best, best_at = cost[j - 2], j - 2
            if words[j] != word:
                continue
            if j >= 1 and cost[j - 1] <= best:
                new[j], links[j] = cost[j - 1], j - 1
            elif best_at >= 0:
                new[j], links[j] = best + 1, best_at
        cost = new
        back.append(links)
    end = min(range(count), key=lambda j: (cost[j], j), default=-1)
    if end < 0 or cost[end] >= infinity:
        return None
    path = [end]
    for links in reversed(back[1:]):
        path.append(links[path[-1]])
    return path[::-1]
