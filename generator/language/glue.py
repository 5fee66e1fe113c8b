"""Where scraping ran two sentences together with no space: the one rule, for the tokenizer and for text.

A full stop after two lower-case letters, two capitals or a digit, followed by a capitalised word
("in 2009.He", "at 11:00 BST.Ninety"; not "Mr.Benn" or "U.S.Army", where the stop ends a title or an
initial), the stop and an opening quote mark after it ('in 2013."It'); or a word of three or more
lower-case letters going on in a capitalised word, a caption or a button glued to the next sentence
("Copy this linkBut", "on this deviceThe hosts"; not "iPhone", "eBay", "PlayStation", nor a handle or
a hashtag such as "@realDonaldTrump"). :mod:`generator.nlp.glued` makes them token boundaries;
:func:`glue_points` finds them in a text; :func:`glued_word` finds, in a parse, a capital word that opens a
second sentence run into the first with no stop ("... last year However, the deal ..."), and :func:`glued_clause` a
name or a noun that opens a second clause, with its own subject and finite verb, run into a first with no stop,
conjunction or relative word between ("... on any other day Mill Street is a hub ...": a caption's clause).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lexicon import CLAUSE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_NEXT_SENTENCE = r"(?=[\"“]?[A-Z](?:[a-z]|[A-Z]+\b))"  # "In 2009.He", "more than 40.NRT also claimed"
_STOP = r"(?:(?<=[a-z]{2})|(?<=[A-Z]{2})|(?<=[0-9%]))[.!?]" + _NEXT_SENTENCE
_QUOTE = r"(?<=[.!?])[\"“](?=[A-Z][a-z])"
# Fixed-width look-behinds, one for each length of the lower-case word (at the
# token's start, or after a character that is neither a letter nor the start
# of a handle: "@realDonaldTrump" stays whole).
_LONGEST_WORD = 15
_LOWER_WORD = "|".join(
    f"(?<=^[a-z]{{{n}}})|(?<=[^A-Za-z@#][a-z]{{{n}}})" for n in range(3, _LONGEST_WORD + 1)
)
_CAMEL = f"(?:{_LOWER_WORD})(?=[A-Z](?:[a-z]|$))"
# A news agency's dateline glued to the lead: "(CNN)A Delaware father ...", "Boston (AP)Guilty ...".
# In the tokenizer the opening bracket is already split off: "CNN)A".
_DATELINE = "|".join(f"(?<={edge}[A-Z][A-Za-z]{{{n}}}\\))(?=[A-Z])" for edge in ("^", "\\(") for n in range(1, 9))
GLUED = (_STOP, _QUOTE, _CAMEL, _DATELINE)
# Characters that open a handle or a hashtag: "@realDonaldTrump", "#blackLivesMatter".
TAGS = ("#", "@")
_POINTS = re.compile("|".join(GLUED))
# What every glue point has around it; most texts have none, and this is much quicker to look for.
_MAYBE = re.compile(r"[.!?][\"“]?[A-Z]|[a-z][A-Z]|\)[A-Z]")


def glue_points(text: str) -> list[int]:
    """Where the pieces of a text glued together meet: after a glued stop, before a glued quote or word."""
    if not _MAYBE.search(text):
        return []
    return [match.end() if match.group() in (".", "!", "?") else match.start() for match in _POINTS.finditer(text)]


# What a capital word that opens a second sentence glued to the first is ("However", "After", "The"); a capital
# noun or adjective inside a sentence is most often part of a name ("a third Race to Dubai title").
_CLAUSE_OPENERS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "DET"})
# What a word after a capital word may be part of for the two to be a name ("The Times"); not a figure or an age
# ("... was stolen A nine-year-old girl ...").
_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})


def glued_word(token: Token) -> bool:
    """Whether a capital word follows a lower-case word with no stop, and neither name nor "I" makes it so."""
    before = token.doc[token.i - 1]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if after.pos_ == "PROPN" or after.ent_type_ in _NAMES:  # "reported in The Times": a name
        return False
    pronoun = token.tag_ in ("PRP", "PRP$") and token.text != "I"  # "... 12 years of service She later returned"
    return (
        token.text[:1].isupper()
        and token.text[1:2].islower()
        and ((token.pos_ in _CLAUSE_OPENERS and (not token.ent_type_ or _adverb_set_off(token, after)))
             or pronoun or _opens_glued_clause(token))
        and before.is_alpha
        and before.text.islower()
    )


def _adverb_set_off(token: Token, after: Token) -> bool:
    """An adverb set off by a comma opens a clause, whatever entity the tagger took it for ("... into her spine
    Slowly , she began ...")."""
    return token.pos_ == "ADV" and after.text == ","


def _opens_glued_clause(token: Token) -> bool:  # "… turn his music down Paramedics were unable to revive him"
    before = token.doc[token.i - 1]
    common = token.tag_ == "NNS" and token.ent_type_ in ("", "NORP")  # the tagger may take it for a group's name
    return common and before.pos_ not in ("DET", "ADJ", "PRON", "NUM") and before.tag_ != "PRP$"


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# What a subject's first word may hang from inside the subject ("Mill Street", "the Trust's report").
_IN_NOUN = frozenset({"compound", "amod", "det", "poss", "nmod", "flat", "nummod", "case"})
# Words after which a capital word is an object or a clause of their own making: "saw Ostmark's debt soar".
_GOVERNING = frozenset({"CCONJ", "SCONJ", "ADP", "DET", "PRON", "AUX", "PART", "VERB"})
# How a clause hangs from another one that the words before it say it does ("said he hoped Labour would").
_GOVERNED = frozenset({"relcl", "advcl", "acl", "xcomp", "csubj", "pcomp"})


def _finite(verb: Token) -> bool:
    return verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)


def glued_clause(token: Token, words: Sequence[Token]) -> bool:
    """Whether ``token`` opens the subject of a second finite clause run into a first one of ``words`` with nothing
    between: the word before it a lower-case noun, adjective or adverb or a number, the first clause's finite verb
    with its own subject before it, and no conjunction, punctuation or relative word between the two clauses; not a
    clause a verb of saying or thinking takes ("told reporters Labour would ..."), nor one a word before governs."""
    before = token.doc[token.i - 1] if token.i else token
    lower_word = before.is_alpha and before.text.islower() and before.pos_ not in _GOVERNING
    if token.i == 0 or not (token.text[:1].isupper() and token.text[1:2].islower()):
        return False
    if not (lower_word and before.tag_ not in ("WDT", "WP", "WRB")) and not before.like_num:
        return False
    subject = token
    while subject.dep_ not in _SUBJECTS and subject.dep_ in _IN_NOUN and subject.head.i != subject.i:
        subject = subject.head
    verb = subject.head
    if subject.dep_ not in _SUBJECTS or subject.left_edge.i != token.i or not _finite(verb) or verb.dep_ in _GOVERNED:
        return False
    two = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.head.children)  # "said X was ... Y were": glued
    if verb.dep_ == "ccomp" and verb.head.lemma_ in CLAUSE_VERBS and not two:
        return False
    inside = {t.i for t in verb.subtree}
    first = [w for w in words if w.i < token.i and w.i not in inside and _finite(w)
             and any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in w.children)]
    between = token.doc[first[-1].i + 1 : token.i] if first else ()
    return bool(first) and not any(
        t.pos_ in ("CCONJ", "PUNCT") or t.tag_ in ("WDT", "WP", "WRB") or t.lower_ == "that" for t in between
    )
