"""Where scraping ran two sentences together with no space: the one rule, for the tokenizer and for text.

A full stop after two lower-case letters, two capitals or a digit, followed by a capitalised word
("in 2009.He", "at 11:00 BST.Ninety"; not "Mr.Benn" or "U.S.Army", where the stop ends a title or an
initial), the stop and an opening quote mark after it ('in 2013."It'); or a word of three or more
lower-case letters going on in a capitalised word, a caption or a button glued to the next sentence
("Copy this linkBut", "on this deviceThe hosts"; not "iPhone", "eBay", "PlayStation", nor a handle or
a hashtag such as "@realDonaldTrump"). :mod:`generator.nlp.glued` makes them token boundaries;
:func:`glue_points` finds them in a text; :func:`glued_word` finds, in a parse, a capital word that opens a
second sentence run into the first with no stop ("... last year However, the deal ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_NEXT_SENTENCE = r"(?=[\"“]?[A-Z](?:[a-z]|[A-Z]+\b))"  # "In 2009.He", "more than 30.IS also claimed"
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
# ("... was stolen An eight-year-old boy ...").
_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})


def glued_word(token: Token) -> bool:
    """Whether a capital word follows a lower-case word with no stop, and neither name nor "I" makes it so."""
    before = token.doc[token.i - 1]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if after.pos_ == "PROPN" or after.ent_type_ in _NAMES:  # "reported in The Times": a name
        return False
    pronoun = token.tag_ in ("PRP", "PRP$") and token.text != "I"  # "... 14 years of service She later appeared"
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
