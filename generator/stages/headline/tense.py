"""The main verb of a headline in headline tense.

The simple present for what has happened ("jumped" -> "jumps", "has won"
-> "wins"), "to" for what will happen ("will cut" -> "to cut"), the bare
participle for the passive ("was arrested" -> "arrested"); auxiliaries that
carry meaning ("could face", "will not tolerate") stay.  The present agrees
with the subject as the article's own auxiliary does ("Mitsubishi Motors
has struck" -> "strikes", "the Eagles have won" -> "win").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.phrases import TELLING_VERBS, WANTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE = frozenset({"will", "shall", "'ll"})
_IRREGULAR = {"be": ("is", "are"), "have": ("has", "have"), "do": ("does", "do")}


def verb_group(verb: Token) -> list[tuple[str, str]]:
    """The main verb in headline tense, with what it needs of its auxiliaries."""
    if _be_to(verb):
        return []  # "is to buy" -> "to buy"
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass") and child.i < verb.i]
    negated = any(child.dep_ == "neg" for child in verb.children)
    passive = any(child.dep_ == "auxpass" for child in auxes)
    future = any(child.lower_ in FUTURE for child in auxes)
    modal = [child for child in auxes if child.tag_ == "MD" and child.lower_ not in FUTURE]
    if negated or modal:  # "will not tolerate", "could face": the auxiliaries carry the meaning
        helpers = sorted([*auxes, *(c for c in verb.children if c.dep_ == "neg" and c.i < verb.i)], key=lambda t: t.i)
        return _glued([*helpers, verb])
    if future:
        return [("to", "PART"), *([("be", "AUX")] if passive else []), (verb.text if passive else verb.lemma_, "VERB")]
    if passive:
        return [(verb.text, "VERB")]
    if verb.tag_ in ("VBD", "VBN"):
        return [(present(verb.lemma_, plural=_plural_subject(verb)), "VERB")]
    return [(verb.text, "VERB")]


def reads_as_active(verb: Token) -> bool:
    """Whether headline tense would turn a passive verb of telling active: "The court was told Green had drunk ..."
    becomes "Court told Green had drunk ...", the court telling Green. "Residents told to leave" reads as written."""
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass") and child.i < verb.i]
    if keeps_auxiliaries(verb) or any(child.lower_ in FUTURE for child in auxes):
        return False  # "could be told", "to be told": the passive stays
    return any(child.dep_ == "auxpass" for child in auxes) and verb.lemma_ in TELLING_VERBS and any(
        child.dep_ == "ccomp" and child.i > verb.i for child in verb.children)


def past_aim(verb: Token) -> bool:
    """Whether the verb tells in the simple past what someone needed or wanted ("The Daggers needed victory"): the
    aim before what happened, which the headline's present ("Daggers need victory") would tell as today's."""
    return verb.tag_ == "VBD" and verb.lemma_ in WANTING_VERBS and not any(
        child.dep_ in ("aux", "auxpass") for child in verb.children)


def keeps_auxiliaries(verb: Token) -> bool:
    """Whether the headline keeps the verb's auxiliaries as written: they carry meaning ("could face", "won't")."""
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass") and child.i < verb.i]
    return any(child.dep_ == "neg" for child in verb.children) or any(
        child.tag_ == "MD" and child.lower_ not in FUTURE for child in auxes)


def source_group(verb: Token) -> list[tuple[str, str]]:
    """The verb with its auxiliaries and negation as the article has them ("has poached", "will not cut")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    return _glued(sorted([*helpers, verb], key=lambda token: token.i))


def _be_to(verb: Token) -> bool:
    """Whether ``verb`` is a bare "be" before a "to" infinitive: "Federated is to buy May"."""
    if verb.lemma_ != "be" or any(c.dep_ in ("aux", "auxpass", "neg", "attr", "acomp") for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and c.i > verb.i and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
               for c in verb.children)


def _glued(tokens: list[Token]) -> list[tuple[str, str]]:
    """Words of ``tokens`` (the last one the verb), those written together in the article as one ("wouldn't")."""
    words: list[tuple[str, str]] = []
    for before, token in zip([None, *tokens], tokens, strict=False):
        pos = "VERB" if token is tokens[-1] else token.pos_
        if before is not None and before.i == token.i - 1 and not before.whitespace_:
            words[-1] = (words[-1][0] + token.text, pos)
        else:
            words.append((token.text, pos))
    return words


_SINGULAR_AUX = frozenset({"has", "is", "was", "does"})
_PLURAL_AUX = frozenset({"have", "are", "were", "do"})


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _plural_subject(verb: Token) -> bool:
    """Whether the verb's subject is plural: as the article's own auxiliary agrees with it
    ("Mitsubishi Motors has struck", "the Eagles have won"), else by the subject's form."""
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.i < verb.i:
            if child.lower_ in _SINGULAR_AUX:
                return False
            if child.lower_ in _PLURAL_AUX:
                return True
    if verb.lower_ in _SINGULAR_AUX | _PLURAL_AUX and verb.tag_ in ("VBD", "VBP", "VBZ"):
        return verb.lower_ in _PLURAL_AUX  # "Butler and Yelling were no match": the verb's own form agrees
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return (
                # a firm ("Harbour Stores") or a person ("Davies", "Williams") is one, whatever the tag
                (child.tag_ == "NNS" or (child.tag_ == "NNPS" and child.ent_type_ not in ("ORG", "PERSON")))
                or (child.tag_ == "CD" and child.lower_ not in ("one", "1"))
                or _ACRONYM_PLURAL.fullmatch(child.text) is not None  # "MPs", which the tagger may take for one
                or any(c.dep_ == "conj" for c in child.children)
                or child.lower_ in ("they", "we", "you", "i")
            )
    return False


def present(lemma: str, *, plural: bool) -> str:
    """The simple present of a verb: "rise" -> "rises", or the lemma for a plural subject."""
    lemma = lemma.lower()
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma][1 if plural else 0]
    if plural:
        return lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"
