"""What a headline must not leave out around the words it keeps: the name its last word describes ("leaders
[Yeading]"), the noun its last amount qualifies ("$6.75bn [buyout]"), the word before a conjunction it keeps, the
subject of a verb it keeps.  :mod:`.compress` refuses a headline that does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from .complements import VERBS, figure
from .words import TO_PREPOSITIONS, article, bracketed_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def cuts_off_a_name(span: Span, last: Token, kept: set[int]) -> bool:
    """Whether the headline ends on a description whose name the sentence gives next ("... leaders Yeading"),
    which a misparse can leave out: "trip to league leaders" would not say who; or on the "thanks" of "thanks to";
    or on an amount whose noun a bracket parts from it ("to halt $6.75bn [(£3.6bn) buyout]")."""
    following = last.i + 1
    if figure(last) and (noun := _after_brackets(span, last)) is not None and noun.i not in kept:
        return noun.pos_ == "NOUN"
    if following >= span.end or following in kept or last.pos_ != "NOUN" or not last.whitespace_:
        return False
    name = span.doc[following]
    named = name.is_title and name.pos_ in ("PROPN", "VERB", "NOUN") and name.ent_type_ not in ("DATE", "TIME")
    return named or last.lower_ in TO_PREPOSITIONS


def _after_brackets(span: Span, word: Token) -> Token | None:
    """The word after ``word`` past what brackets enclose right after it, if brackets do: "buyout" of "$6.75bn
    (£3.6bn) buyout"."""
    bracketed, index = bracketed_tokens(span), word.i + 1
    while index < span.end and (index in bracketed or span.doc[index].text in "()[]"):
        index += 1
    return span.doc[index] if word.i + 1 < index < span.end else None


def conjoins_what_is_left_out(span: Span, token: Token, kept: set[int]) -> bool:
    """Whether ``token`` is a conjunction ("and", "or") whose word before it (not a mark, an article or what brackets
    enclose) is left out."""
    if token.dep_ != "cc":
        return False
    bracketed = bracketed_tokens(span)
    before = next((t for t in reversed(span.doc[span.start : token.i])
                   if not (t.is_punct or article(t) or t.i in bracketed)), None)
    return before is not None and before.i not in kept


def loses_a_subject(span: Span, kept: set[int]) -> bool:
    """Whether a kept verb's subject is left out, or a reported clause has none after a gap ("tells court are ...")."""
    verbs = [span.doc[index] for index in kept if span.doc[index].pos_ in VERBS]
    subjects = {v.i: [c for c in v.children if c.dep_ in SUBJECT_DEPS and span.start <= c.i] for v in verbs}
    return any(c.i not in kept for found in subjects.values() for c in found) or any(
        v.dep_ == "ccomp" and not subjects[v.i] and v.left_edge.i - 1 not in kept for v in verbs)
