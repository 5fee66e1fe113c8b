"""Which of a speaker's quotations a reader is shown: those that say something alone.

A quotation that reads alone (see :mod:`generator.language.quotable`) may still lean on what the article told around
it: its subject is an "it" that stands for nothing the quotation names ("It feels really good", "It's not just the
picture"), or a pronoun for a thing ("that", "this", "them") stands where nothing before it in the quotation could be
what it means ("In light of that the panel ...", "You can see them going ..."), or it is a short question alone
("Then why are you in jail?"). Such a quotation is shown only when the speaker has nothing better to show.

A quotation that goes on from the one before it ("But I'd back us ..."), the same speaker's words broken only by
the attribution ("“They're awesome,” said Lee. “But I'd back us ...”"), is shown joined to it: alone, the first says
less than the speaker did, and the second answers what the reader was not shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SHORT_QUESTION = 7  # words at most in a question that asks nothing a reader can follow alone ("Do you regret that?")
_THINGS = frozenset({"it", "that", "this", "these", "those", "them"})  # pronouns for a thing told elsewhere
_GOES_ON = frozenset({"but", "yet", "and", "so"})  # a first word that goes on from what the speaker said before
_ENDS = (".", "!", "?")
_HOLDERS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "acl", "relcl", "advcl"})


def leans(parsed: Doc) -> bool:
    """Whether a quotation, parsed alone, leans on what the article told around it: a short question alone, or a pronoun
    for a thing before anything in the quotation it could stand for (a noun it does not itself depend on)."""
    sentences = list(parsed.sents)
    words = [token for token in parsed if not token.is_punct]
    if len(sentences) == 1 and len(words) <= _SHORT_QUESTION and parsed.text.rstrip().rstrip("!").endswith("?"):
        return True
    seen: list[Token] = []
    for token in parsed:
        if token.pos_ in ("NOUN", "PROPN"):
            seen.append(token)
        if _unresolved(token) and not any(noun not in token.ancestors for noun in seen):
            return True
    return False


def _unresolved(token: Token) -> bool:
    """A pronoun for a thing that holds a place in its clause, and not an "it" that announces a clause to come ("It
    is an honour to represent ...", "it may well be that ...") nor a "that" a clause or a phrase of its own
    describes ("that which ...", "that of the board")."""
    if token.lower_ not in _THINGS or token.tag_ not in ("PRP", "DT") or token.dep_ not in _HOLDERS:
        return False
    if token.lower_ == "it" and token.dep_ not in ("nsubj", "nsubjpass"):
        return False  # an object "it" is as often an idiom's ("the way I see it", "get it back")
    if any(child.dep_ in ("relcl", "acl", "prep") for child in token.children):
        return False
    return not (token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") and _announces(token.head))


def _announces(verb: Token) -> bool:
    """Whether the clause of an "it" subject goes on to a clause of "to" or "that" that the "it" stands for."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ in ("acomp", "attr", "oprd") for g in c.children)]
    for clause in near:
        if clause.dep_ not in _CLAUSES:
            continue
        if any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "that", "whether", "if") for c in clause.children):
            return True
        if clause.dep_ in ("ccomp", "csubj") or clause.tag_ == "VBG":  # "it is worth saying", "it may be (that) ..."
            return True
    return False


def chosen(shown: Sequence[bool], leaning: Sequence[bool], lengths: Sequence[int]) -> list[bool]:
    """Which of a speaker's quotations, in reading order, stay quote lines: those already shown that do not lean on
    the article, or, when all that are shown lean on it, the longest (it tells the most)."""
    steady = [show and not lean for show, lean in zip(shown, leaning, strict=True)]
    if not any(steady) and any(shown):
        longest = max((n for n, show in enumerate(shown) if show), key=lambda n: lengths[n])
        steady = [n == longest for n in range(len(shown))]
    return steady


def goes_on(parsed: Doc) -> bool:
    """Whether a quotation opens with a word that goes on from what was said before it ("But ...", "And ...")."""
    first = next((token for token in parsed if not token.is_punct and not token.is_space), None)
    return first is not None and first.lower_ in _GOES_ON


def joined(first: str, second: str) -> str:
    """Two quotations of one speaker as one line: the first closed by a full stop where the attribution broke it."""
    first = first.rstrip().rstrip(",;:-–—").rstrip()
    return f"{first}{'' if first.endswith(_ENDS) else '.'} {second.lstrip()}"
