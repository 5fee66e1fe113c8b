"""Words of the parse as a phrase of a question: noun phrases and clause tails.

A noun phrase leaves out what is set off by commas or dashes (appositions,
comments) and its relative clauses, and a personal pronoun or a possessive
at its start becomes the name it stands for.  A clause's tail stops at the
first comment after a comma, except between the items of a list.  The
questions asked in a set frame, not built on a verb, are in :mod:`.framed`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import TYPE_CHECKING

from ...language.lexicon import FORMAL_TITLES, QUOTE_TOKENS, TITLES
from ...language.tokens import join

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

Resolver = Callable[["Token"], "str | None"]

DROP_MARKS = frozenset({"as", "because", "while", "since", "although", "though", "whereas", "so", "despite"})
SPEAKERS = frozenset({"i", "we", "you", "me", "us"})


def noun_phrase(head: Token, resolve: Resolver | None = None, leave_out: frozenset[int] = frozenset()) -> str:
    """A noun phrase's words, without appositions, comments in commas or quotes, or the tokens ``leave_out``."""
    if head.lower_ in ("he", "she", "they", "him", "her", "them", "it") and resolve is not None:
        name = resolve(head)
        if name:
            return name
    proper = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if head.pos_ != "PROPN" and proper and head.ent_type_ != "PERSON":
        head = proper[0]
    left = head.left_edge.i
    kept: list[str] = []
    previous = head.left_edge.i - 1
    for token in head.subtree:
        if (_in_aside(token, head) and not _lists(token)) or token.i in leave_out:
            continue
        if token.i != previous + 1 and kept and not kept[-1].endswith(" ") and not token.is_punct:
            kept[-1] += " "  # words left out between two that were not spaced: "Yahoo[,] Ask Jeeves"
        previous = token.i
        if (token.text in QUOTE_TOKENS and token.tag_ != "POS") or (token.dep_ == "case" and token.head.i == head.i):
            continue
        if token.dep_ == "poss" and token.lower_ in ("his", "her", "their") and resolve is not None and token.i == left:
            name = resolve(token)
            kept.append(f"{name}’s " if name else token.text_with_ws)
            continue
        first = all(t.is_punct or t.is_space for t in token.doc[token.sent.start : token.i])
        common = token.pos_ != "PROPN" and token.ent_type_ in ("", "CARDINAL", "ORDINAL") and token.text != "I"
        common = common or (token.lower_ in TITLES - FORMAL_TITLES and _before_name(token))  # "Manager Mark Hughes"
        if (first or token.is_stop) and common and not (first and _capital_elsewhere(token)):
            kept.append(token.text_with_ws[:1].lower() + token.text_with_ws[1:])
            continue
        kept.append(token.text_with_ws)
    return "".join(kept).strip().rstrip(",;:-—").strip()


NAMES_INSIDE = "briefings_capitals_inside"  # a paragraph doc's user_data key: see :func:`mark_capitals`


def mark_capitals(spans: Iterable[Span]) -> None:
    """Note on each paragraph's doc the words the article writes with a capital inside a sentence, at the start of a
    name ("beat Ashby 17-16"): where a sentence opens with one ("Ashby prop Matt Dewar ..."), a question keeps it."""
    inside = set()
    for span in spans:
        for before, token in itertools.pairwise(span):
            if token.text[:1].isupper() and not before.text[:1].isupper() and not before.is_punct:
                inside.add(token.text)
    for span in spans:
        span.doc.user_data[NAMES_INSIDE] = inside


def _capital_elsewhere(token: Token) -> bool:
    return token.text in token.doc.user_data.get(NAMES_INSIDE, ())


def _before_name(token: Token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "PROPN"


def _in_aside(token: Token, head: Token) -> bool:
    """Whether ``token`` is in a part of the phrase set off by a comma or a dash."""
    node = token
    listed = any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in head.children)
    while node.i != head.i:
        if node.head.i == head.i:
            if listed and node.dep_ in ("appos", "punct"):
                return False  # "Microsoft, Yahoo, Google and others": a list the parser took for an apposition
            if node.dep_ == "relcl" or (node.dep_ in ("appos", "punct", "acl", "advcl") and _after_comma(node, head)):
                return True
            return node.dep_ == "punct" and _after_comma(node, head)
        node = node.head
    return False


def _after_comma(node: Token, head: Token) -> bool:
    if node.dep_ == "punct":
        return node.text in (",", "—", "–", "(", ")") or (node.text == "-" and bool(node.whitespace_))
    before = node.doc[node.left_edge.i - 1] if node.left_edge.i > 0 else None
    return before is not None and before.text in (",", "—", "–", "-", "(") and before.i > head.i


def render(tokens: list[Token], names: Mapping[int, str] | None = None) -> str:
    """Tokens in document order with their own spacing, quotes left out (and ``names`` for pronouns, see join)."""
    kept = sorted({t.i: t for t in tokens if t.text not in QUOTE_TOKENS or t.tag_ == "POS"}.values(), key=lambda t: t.i)
    return join(kept, names).strip().rstrip(",;:-—–").strip()


def marker(clause: Token) -> str:
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    return marks[0] if marks else ""


def phrase(head: Token, skip: set[int]) -> str:
    """The words of ``head``'s subtree up to the first comment set off by a comma."""
    return render(phrase_tokens(head, skip))


def phrase_tokens(head: Token, skip: set[int]) -> list[Token]:
    out: list[Token] = []
    tokens = list(head.subtree)
    asides = {
        t.i
        for node in tokens
        if (node.dep_ == "advcl" and marker(node) in DROP_MARKS) or node.lower_ == "according"
        for t in node.subtree
    }
    for position, token in enumerate(tokens):
        if token.i in skip or token.i in asides:
            continue
        if token.text in (",", ";", "—", "–", "(", ":") or (token.text == "-" and token.whitespace_):
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if following is None or (following.dep_ != "conj" and not _lists(token)):
                break
        out.append(token)
    return out


def _lists(comma: Token) -> bool:
    """Whether a comma separates items of a list (its head has a conjunct after it)."""
    return comma.text == "," and any(c.dep_ == "conj" and c.i > comma.i for c in comma.head.children)


def words_of(tokens: list[Token]) -> str:
    return join(t for t in tokens if t.text not in QUOTE_TOKENS).strip()


def lower_article(named: str, articles: Collection[str] = ("The", "A", "An")) -> str:
    """A phrase that opened its sentence, its article in lower case inside a question ("The firm" -> "the firm")."""
    return named[:1].lower() + named[1:] if named.split(" ", 1)[0] in articles else named
