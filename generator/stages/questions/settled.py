"""Whether a later sentence settles a matter: the same verb stated as done, or an inquiry whose launchers say what
they found (see :func:`answered`, :func:`reported`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import find_subject
from ...language.lexicon import FINDING_VERBS
from ...language.tokens import tokens
from ...model import Document
from .matters import Matter, matters

if TYPE_CHECKING:
    from spacy.tokens import Token

NEARBY = 3  # sentences apart within which one verb is taken for one matter
COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "dative", "oprd", "xcomp", "ccomp"})


def predicate_of(verb: Token, subject_token: Token | None) -> tuple[str, set[str], set[str]]:
    core = set()
    for child in verb.children:
        if child.dep_ in COMPLEMENTS:
            core.add(child.lemma_.lower())
        elif child.dep_ in ("prep", "agent"):
            core.update(c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
    subject = {t.i for t in subject_token.subtree} if subject_token is not None else set()
    words = {t.lemma_.lower() for t in verb.subtree if t.i not in subject and t.is_alpha and not t.is_stop}
    words |= {t.text for t in verb.subtree if t.like_num and not t.is_alpha and t.ent_type_ not in ("DATE", "TIME")}
    return verb.lemma_.lower(), core, words


def lemma_places(document: Document) -> dict[str, list[tuple[int, Token]]]:
    """Each lemma of the article, lower-cased: the (sentence, token) places where it stands."""
    places: dict[str, list[tuple[int, Token]]] = {}
    for index, span in enumerate(document.spans):
        for token in tokens(span):
            places.setdefault(token.lemma_.lower(), []).append((index, token))
    return places


def answered(uses: list[tuple[int, Token]], index: int, verb: Token, core: set[str], document: Document) -> bool:
    """Whether a later sentence settles the matter: the same verb and complement, stated as done; a verb that takes
    no object, stated as done a few sentences on, whatever its place or time.

    ``uses`` are the (sentence, token) places of the matter's verb lemma.
    """
    for sentence, token in uses:
        if sentence <= index or not _stated(token):
            continue
        if any(m.verb.i == token.i for m in matters(sentence, document.spans[sentence])):
            continue  # "it's been reported that she has been placed on leave": said again, still not settled
        _lemma, complements, _words = predicate_of(token, None)
        if complements & core or (not core and not complements):
            return True
        if sentence - index <= NEARBY and verb.lemma_ != "be" and not _objects(token) and not _objects(verb):
            return True  # "urging protesters to gather in Skopje. A crowd later gathered outside the office"
    return False


def reported(matter: Matter, by_lemma: dict[str, list[tuple[int, Token]]]) -> bool:
    """Whether an inquiry launched in the past has reported: a later sentence says what its launchers, or it, found
    ("The MPs launched their inquiry ... The MPs found the system was nowhere near functional")."""
    if matter.inquiry != "" or matter.verb.head.tag_ != "VBD":
        return False
    launcher = find_subject(matter.verb.head)
    owners = {matter.verb.lemma_.lower(), "report"} | ({launcher.lemma_.lower()} if launcher is not None else set())
    for lemma in FINDING_VERBS:
        for sentence, token in by_lemma.get(lemma, []):
            subject = find_subject(token) if sentence > matter.sentence and token.tag_ == "VBD" else None
            if subject is not None and subject.lemma_.lower() in owners:
                return True
    return False


def _objects(verb: Token) -> bool:
    """Whether the verb takes an object or a clause (not only a place or a time)."""
    return any(c.dep_ in COMPLEMENTS for c in verb.children)


def _stated(token: Token) -> bool:
    """A plain past or perfect, not negated, hedged or asked about ("whether it closed")."""
    children = list(token.children)
    if any(c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ in ("whether", "if") for c in children):
        return False
    perfect = token.tag_ == "VBN" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in children)
    return token.tag_ == "VBD" or perfect
