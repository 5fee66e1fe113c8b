"""The verb group of a question: a clause's auxiliaries, the one fronted and the verb words after the subject.

The mode (see :mod:`.forms`) decides the tense: a hedge modal becomes *will* in the future ("may go": "Will X go?"), an
unsettled past takes *did* or *was*/*were*, and a clause asked as it is keeps its own auxiliary, with do-support when it
has none.  A participle the parser took for an adjective ("may have fixed bids") is found here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import PLURAL_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...language.grammar import Mode

HEDGE_MODALS = frozenset({"may", "might", "could", "would", "will", "shall", "'ll", "wo"})


def auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries in order, those the parser hung on one another too ("may have")."""
    found = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.tag_ != "TO"]
    found += [g for c in found for g in c.children if g.dep_ in ("aux", "auxpass") and g.tag_ != "TO"]
    return sorted(found, key=lambda t: t.i)


def verb_group(verb: Token, auxes: list[Token], mode: Mode, subject: Token, wh: bool = False) -> tuple[str, str]:
    """(the fronted auxiliary, the verb words that follow the subject)."""
    passive = next((a for a in auxes if a.dep_ == "auxpass"), None)
    perfect = any(a.lemma_ == "have" and a.dep_ == "aux" for a in auxes)
    modal = auxes[0] if auxes and auxes[0].tag_ == "MD" else None
    if mode == "asis" and any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children):
        mode = "future"  # "whether to impose an order": "Will the judge impose an order?"
    if modal is not None and modal.lower_ in ("may", "might", "could", "must") and perfect:
        mode = "past"
    keep = wh and modal is not None and modal.lower_ == "could"  # "Why could it be sold?"
    if not keep and (mode == "future" or (modal is not None and mode == "asis" and modal.lower_ in HEDGE_MODALS)):
        later = [a.text for a in auxes if a.tag_ != "MD"]
        if passive is not None and not later:
            later = ["be"]
        return "will", " ".join([*later, verb.text if later else base(verb)])
    if mode == "present":  # "is said to own three factories": "Does the firm own three factories?"
        being = passive is not None or verb.lemma_ == "be" or any(a.lemma_ == "be" for a in auxes)
        if being:
            return _was(subject).replace("was", "is").replace("were", "are"), "" if verb.lemma_ == "be" else verb.text
        return ("do" if _was(subject) == "were" else "does"), base(verb)
    if mode == "past":
        if passive is not None:
            return _was(subject), verb.text
        if verb.lemma_ == "be":
            return _was(subject), ""
        return "did", base(verb)
    if modal is not None:
        return modal.lower_, " ".join([*(a.text for a in auxes[1:]), verb.text])
    if auxes:
        first = auxes[0]
        front = "did" if first.lower_ == "did" else first.lower_.replace("n’t", "").replace("n't", "")
        verb_text = base(verb) if first.lemma_ == "do" else verb.text
        return front, " ".join([*(a.text for a in auxes[1:]), verb_text])
    if verb.lemma_ == "be":
        return verb.lower_, ""
    if verb.tag_ == "VBD":
        return "did", base(verb)
    return ("does" if verb.tag_ == "VBZ" else "do"), base(verb)


def finite(verb: Token, auxes: list[Token], mode: Mode, subject: Token) -> list[str]:
    """The verb words of a clause whose subject is the wh-word ("who was there")."""
    front, middle = verb_group(verb, auxes, mode, subject)
    if front == "did":
        return [verb.text]
    if front in ("does", "do"):
        return [verb.text]
    return [front, middle]


def _was(subject: Token) -> str:
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PLURAL_PRONOUNS
    plural = plural or any(c.dep_ == "conj" for c in subject.children)
    plural = plural or (subject.tag_ == "CD" and subject.lower_ not in ("1", "one"))  # "the 50,000 are said to …"
    return "were" if plural else "was"


def base(verb: Token) -> str:
    lemma = verb.lemma_
    if verb.text[:1].isupper() and verb.i != verb.sent.start:
        return verb.text
    return lemma if lemma and lemma != "-PRON-" else verb.text


def misparsed_perfect(verb: Token, auxes: list[Token]) -> Token | None:
    """The participle of "may have fixed bids" when the parser took it for an adjective."""
    if verb.lower_ != "have" or not auxes or auxes[0].lower_ not in ("may", "might", "could", "must"):
        return None
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.tag_ == "VBN" and following.dep_ == "amod":
        return following
    return None
