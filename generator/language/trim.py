"""Light trimming of a sentence, only where its grammar survives.

A summary point or bottom line is an article sentence; what a reader of the
briefing does not need is cut from it when the parse shows that the rest is
still a sentence:

* a leading connective that pointed back to the previous sentence
  ("But", "And", "However,"), which dangles once the sentence stands alone;
* a trailing attribution (", the company said on Friday", ", according to
  police"), whose reported clause is a full sentence by itself;
* a short fronted phrase that only frames the clause ("In a statement,"),
  unless it places the news in time, and not when another prepositional
  phrase follows it ("By playing games, like hide-and-seek, ...");
* a trailing clause that only adds a comment (", adding that ...",
  ", which ..."), with the closing marks of what it opened;
* a pointer to a photograph the briefing does not show ("(pictured)",
  "(left)", ", pictured in 2013,").

Sentences that open with a quotation keep their attribution: a bare quote
would no longer say who speaks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grammar import SUBJECT_DEPS, unlinked_conjunct
from .lexicon import QUOTE_MARKS, SPEECH_VERBS
from .tokens import join
from .tokens import tokens as tokens_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CONNECTIVES = frozenset({"but", "and", "so", "yet", "however", "meanwhile", "also", "still", "now", "or"})
_ENDINGS = frozenset({".", "!", "?"})
# Words of a bracketed pointer to where someone is in a photograph: "(left)", "(second from right)".
PHOTO_POSITIONS = frozenset(
    {"left", "right", "centre", "center", "above", "below", "top", "bottom", "inset", "far", "second", "third",
     "from", "middle", "background", "foreground", "front", "back", "row", "-", "to", ","}
)
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")


# Dependents that qualify what comes before them and can go without breaking the clause.
DROPPABLE = frozenset({"prep", "advcl", "npadvmod", "advmod", "relcl", "acl", "appos", "conj", "parataxis"})


def trim(span: Span) -> str:
    """The sentence without what it does not need to stand alone (see the module's doc)."""
    tokens = [token for token in tokens_of(span) if not token.is_space]
    if not tokens:
        return span.text.strip()
    return _join(tokens, _trimmed(tokens))


def shorten(span: Span, limit: int) -> str:
    """The trimmed sentence, its trailing modifiers dropped one by one until it has ``limit`` words.

    Each cut removes a whole phrase or clause hanging off the sentence's
    end (with the comma or conjunction before it), so what is left is
    still a sentence; it may stay longer than ``limit`` if nothing more can
    go.
    """
    tokens = [token for token in tokens_of(span) if not token.is_space]
    if not tokens:
        return span.text.strip()
    keep = _trimmed(tokens)
    position = {token.i: index for index, token in enumerate(tokens)}
    while _count(tokens, keep) > limit:
        cut = _last_droppable(tokens, keep, position)
        if cut is None:
            break
        for index in range(cut[0], cut[1] + 1):
            keep[index] = False
    return _join(tokens, keep)


def _count(tokens: list[Token], keep: list[bool]) -> int:
    return sum(1 for token, kept in zip(tokens, keep, strict=True) if kept and not token.is_punct)


def _last_droppable(tokens: list[Token], keep: list[bool], position: dict[int, int]) -> tuple[int, int] | None:
    """The right-most phrase that ends the kept text and can be dropped (with its lead-in)."""
    last = max((index for index, kept in enumerate(keep) if kept and not tokens[index].is_punct), default=-1)
    best: tuple[int, int] | None = None
    for index, token in enumerate(tokens):
        if not keep[index] or token.dep_ not in DROPPABLE or token.head.i == token.i or _unlinked(token):
            continue
        first, end = position.get(token.left_edge.i, index), position.get(token.right_edge.i, index)
        if end < last or first <= position.get(token.head.i, 0) or first < 4:
            continue
        while first > 0 and (tokens[first - 1].text in (",", ";", "—", "–") or tokens[first - 1].dep_ == "cc"):
            first -= 1
        if best is None or first > best[0]:
            best = (first, last)
    return best


def _unlinked(token: Token) -> bool:
    """Whether a conjunct may not go: the second of a pair ("not only ... but also", "both ... and", "either ...
    or"), or a verb the parse joins to another with no "and", "but" or comma before it, a misparse whose clause
    belongs elsewhere ("images which showcase how a plan she began ... has not only helped her"): what cutting it
    leaves is no sentence."""
    if token.dep_ != "conj":
        return False
    return unlinked_conjunct(token) or any(
        child.dep_ == "preconj" for side in (token.head, token) for child in side.children)


def _trimmed(tokens: list[Token]) -> list[bool]:
    """Which tokens the trimmed sentence keeps."""
    keep = [True] * len(tokens)
    start = _connective_end(tokens)
    start = _fronted_end(tokens, start)
    for index in range(start):
        keep[index] = False
    if tokens[start].text not in QUOTE_MARKS:
        for first, last in _attributions(tokens):
            for index in range(first, last + 1):
                keep[index] = False
    for first, last in [*_trailing_participles(tokens, keep), *_photo_asides(tokens)]:
        for index in range(first, last + 1):
            keep[index] = False
    return keep


def _photo_asides(tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans that point at a photograph: "(pictured)", "(left)", ", pictured here in 2013,"."""
    found: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.text == "(":
            close = next((end for end in range(index + 1, len(tokens)) if tokens[end].text == ")"), None)
            if close is None:
                continue
            inside = {t.lower_ for t in tokens[index + 1 : close]}
            if inside and (inside & {"pictured", "picture", "photo"} or inside <= PHOTO_POSITIONS):
                found.append((index, close))
        elif token.lower_ == "pictured" and index > 0 and tokens[index - 1].text == "," and token.dep_ != "ROOT":
            # The aside is "pictured" and what hangs on it, up to the comma that closes it if there is one.
            last = max((at for at, t in enumerate(tokens) if t.i == token.right_edge.i), default=index)
            if any(t.dep_ == "ROOT" for t in tokens[index : last + 1]):
                continue  # a misparse that hangs the main clause on "pictured": leave the sentence whole
            closing = last + 1 < len(tokens) and tokens[last + 1].text == ","
            if closing and index > 1 and tokens[index - 2].i == token.head.i:  # "Aylin, pictured in 2013, was"
                found.append((index - 1, last + 1))
            elif closing:  # "In October 2013, pictured, Aylin ...", "Fenn, 51, pictured, shot": one comma stays
                found.append((index, last + 1))
            else:  # "Billy, pictured in 2013 hasn't been seen", "..., pictured."
                found.append((index - 1, last))
    return found


def _connective_end(tokens: list[Token]) -> int:
    """Where the sentence starts once a leading connective (and its comma) is dropped."""
    first = tokens[0]
    if first.lower_ not in CONNECTIVES or first.dep_ not in ("cc", "advmod") or first.head.dep_ != "ROOT":
        return 0
    start = 2 if len(tokens) > 2 and tokens[1].text == "," else 1
    rest = tokens[start:]
    # What is left must still have its own subject and be long enough to stand.
    if len(rest) < 4 or not any(token.dep_ in SUBJECT_DEPS for token in rest):
        return 0
    return start


def _fronted_end(tokens: list[Token], start: int) -> int:
    """Where the main clause starts once a short fronted phrase ("In a statement,") is dropped."""
    first = tokens[start]
    if first.dep_ not in ("prep", "advcl", "npadvmod", "advmod") or first.head.dep_ != "ROOT":
        return start
    position = {token.i: index for index, token in enumerate(tokens)}
    end = position.get(first.right_edge.i, len(tokens))
    if end + 1 >= len(tokens) or tokens[end + 1].text != "," or end - start >= 8:
        return start
    if any(token.ent_type_ in ("DATE", "TIME") for token in tokens[start : end + 1]):
        return start  # "On Monday," places the news in time: it stays
    rest = tokens[end + 2 :]
    if len(rest) < 5 or not any(token.dep_ in SUBJECT_DEPS for token in rest):
        return start
    if not any(child.left_edge.i == rest[0].i and child.dep_ not in ("punct", "prep") for child in first.head.children):
        return start  # "By playing games, like pass-the-parcel, a team ...": what follows must not be another phrase
    return end + 2


def _attributions(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges (positions in ``tokens``) of trailing attributions, comma included."""
    position = {token.i: index for index, token in enumerate(tokens)}
    ranges = []
    for index, token in enumerate(tokens):
        if index == 0 or tokens[index - 1].text != ",":
            continue
        if token.lower_ == "according" and index + 1 < len(tokens) and tokens[index + 1].lower_ == "to":
            end = position.get(token.right_edge.i, index)
            if _closes(tokens, end) or (end + 1 < len(tokens) and tokens[end + 1].text == ","):
                ranges.append((index - 1, end))
            continue
        verb = _speech_verb_after(tokens, index)
        if verb is None:
            continue
        last = _attribution_end(tokens, position, verb)
        reported = [child for child in verb.children if child.dep_ in ("ccomp", "parataxis") and child.i < token.i]
        if last is not None and (reported or verb.dep_ == "parataxis"):
            ranges.append((index - 1, last))
    return ranges


def _speech_verb_after(tokens: list[Token], index: int) -> Token | None:
    """The speech verb of an attribution starting at ``tokens[index]`` (its subject or the verb)."""
    for offset in range(index, min(index + 8, len(tokens))):
        token = tokens[offset]
        if token.lemma_ in SPEECH_VERBS and token.pos_ == "VERB" and token.dep_ in ("ROOT", "parataxis"):
            subject = [c for c in token.children if c.dep_ == "nsubj"]
            if subject and tokens[index].i <= subject[0].left_edge.i and subject[0].right_edge.i < token.i:
                return token
            return None
        if token.text in (",", ";") or token.text in QUOTE_MARKS:
            return None
    return None


def _attribution_end(tokens: list[Token], position: dict[int, int], verb: Token) -> int | None:
    """The last token of the attribution of ``verb``, if it ends at a comma or the sentence's end."""
    end = position[verb.i]
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("prep", "npadvmod", "advmod", "dobj", "dative", "nsubj"):
            end = max(end, position.get(child.right_edge.i, end))
    if _closes(tokens, end) or (end + 1 < len(tokens) and tokens[end + 1].text == ","):
        return end
    return None


def _closes(tokens: list[Token], end: int) -> bool:
    """Whether only closing punctuation follows position ``end``."""
    return all(token.text in _ENDINGS or token.text in QUOTE_MARKS for token in tokens[end + 1 :])


def _trailing_participles(tokens: list[Token], keep: list[bool]) -> list[tuple[int, int]]:
    """A clause ", adding ..." or ", which ..." that runs to the end of the sentence.

    Other participles stay: in ", killing 12 people" the clause is the news.
    """
    for index in range(len(tokens) - 1, 1, -1):
        token = tokens[index]
        if not keep[index] or tokens[index - 1].text != ",":
            continue
        head = token if token.tag_ == "VBG" and token.lemma_ in SPEECH_VERBS else None
        if token.lower_ in ("which", "while", "as") and token.dep_ in ("nsubj", "mark"):
            head = token.head
        if head is None or head.dep_ not in ("advcl", "relcl", "acl", "conj") or head.i < token.i - 1:
            continue
        end = len(tokens) - 1
        while end > index and tokens[end].is_punct:
            end -= 1
        if head.right_edge.i >= tokens[end].i and index - 1 >= 5:
            return [(index - 1, _closers_end(tokens, index, end))]
    return []


def _closers_end(tokens: list[Token], first: int, end: int) -> int:
    """Where a cut from ``first`` to ``end`` ends once it takes the closing marks after it whose opening marks it
    holds: ", while ... of $19.35m (£10.2m)." loses its ")", ", which starts at 'BBB-'." its "'"."""
    opened = {"(": 0, "quote": 0}
    for token in tokens[first : end + 1]:
        opened["("] += (token.text == "(") - (token.text == ")")
        opened["quote"] += token.tag_ == "``"
        opened["quote"] -= token.tag_ == "''" and opened["quote"] > 0
    while end + 1 < len(tokens):
        kind = "(" if tokens[end + 1].text == ")" else "quote" if tokens[end + 1].tag_ == "''" else None
        if kind is None or opened[kind] <= 0:
            break
        opened[kind] -= 1
        end += 1
    return end


def _join(tokens: list[Token], keep: list[bool]) -> str:
    kept = [token for token, kept in zip(tokens, keep, strict=True) if kept]
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", join(kept)).strip()
    text = text.rstrip(",;: ")
    if text and text[-1] not in ".!?\"”’'":
        text += "."
    return text[:1].upper() + text[1:]
