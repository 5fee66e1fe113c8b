"""Whom a "he" or "she" of an attribution may stand for: a person named before it, in the reporter's words.

A name inside quoted words ("“Bale is fine,” ... he added") is what a speaker spoke of, not who is speaking;
a name in a picture's caption ("Tarnwick striker Emmanuel Okoye celebrates his goal by saluting Harwood
(right)") is what the photograph shows, not who the story is following.  Of the people named outside both, the
one the main clause of its sentence is about comes first, then a subject, then the last named.  Never a
person whom an honorific gives the other gender ("Mr Prater", "Ms Rush").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...language.grammar import NOMINAL_SUBJECTS
from ...language.lexicon import PICTURE_PLACES, PICTURE_WORDS
from ...language.tokens import FINITE_TAGS
from .mentions import FIXTURE

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span, Token

    from ...model import Document
    from .drafts import ActorDraft
    from .mentions import Mention

PRONOUN_REACH = 4  # sentences back that "he" or "she" of an attribution may point to
GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f",
                     "ms.": "f", "miss": "f", "dame": "f", "lady": "f"}
_PRESENT = FINITE_TAGS - {"VBD", "MD"}
_CLOSING = ".!?…:;"


@dataclass(frozen=True)
class Reported:
    """Where the reporter names people in an article: outside every quotation and every picture's caption."""

    quoted: frozenset[tuple[int, int]]  # (sentence, token index) of every quoted word
    captions: frozenset[int]  # the sentences that are a picture's caption

    @classmethod
    def of(cls, document: Document, quoted: Iterable[tuple[int, int]]) -> Reported:
        found = frozenset(index for index, span in enumerate(document.spans) if caption(span))
        return cls(frozenset(quoted), found)

    def with_quoted(self, words: frozenset[tuple[int, int]]) -> Reported:
        """The same, with more quoted words (a fragment's)."""
        return Reported(self.quoted | words, self.captions)

    def names(self, mention: Mention) -> bool:
        """Whether a mention is the reporter's naming of someone."""
        return mention.sentence not in self.captions and (mention.sentence, mention.span.start) not in self.quoted


def caption(span: Span) -> bool:
    """Whether a sentence is a picture's caption: no full stop ends it (a quote mark after it opens the next) and
    its main verb is in the present ("Ronaldo shares a joke with Marcelo during training '") or it points into the
    picture ("Frances Lowe, pictured, described the figure as 'shameful' '", "Mr Rook (left) ...")."""
    text = span.text.rstrip("\"'“”‘’ \n")
    return bool(text) and text[-1] not in _CLOSING and (span.root.tag_ in _PRESENT or points_into_picture(span))


def points_into_picture(span: Span) -> bool:
    """Whether a sentence has "pictured" set off by a comma or a bracket, or a place in a picture in brackets."""
    doc = span.doc
    return any(
        token.i > span.start and doc[token.i - 1].text in ",(" and (
            token.lower_ in PICTURE_WORDS or (token.lower_ in PICTURE_PLACES and doc[token.i - 1].text == "(")
        )
        for token in span
    )


def pictured_sentences(document: Document) -> frozenset[int]:
    """The sentences that are pictures' captions glued into the text: never the first, nor the story's last unless
    it points into a picture (the last may only have lost its full stop)."""
    last = len(document.spans) - 1
    return frozenset(
        i for i, span in enumerate(document.spans)
        if i > 0 and _glued_caption(span) and (i < last or _points_at_picture(span))
    )


def _glued_caption(span: Span) -> bool:
    """Whether a sentence is a picture's caption (see :func:`caption`; no full stop in it either),
    or, with no full stop ending it, tells what the picture shows in the present passive ("Ann Dorr is
    congratulated by Lena Voss") or opens by pointing into it ("From left: Joe Marsh, Ed Lyle ...")."""
    if any(t.text in ("!", "?", ".") for t in span[:-1]) or FIXTURE.match(span.text.strip()):
        return False  # a full stop inside, sentences run together ("... the team travel.(BST)"), or a fixture
    if caption(span):
        return True
    text = span.text.rstrip("\"'“”‘’ \n")
    if not text or text[-1] in ".!?…;":
        return False
    root = span.root
    passive = root.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in root.children)
    return passive or _points_at_picture(span)


def _points_at_picture(span: Span) -> bool:
    """Whether a sentence points into a picture: "(left)", ", pictured," or opening "Pictured ..." or "From left:"."""
    words = [t.lower_ for t in span[:2]]
    opens = words[:1] == ["pictured"] or words == ["from", "left"]
    return opens or points_into_picture(span)


def last_person(
    drafts: list[ActorDraft], sentence: int, token: Token, reported: Reported, genders: dict[str, str],
) -> tuple[int, ActorDraft] | None:
    """The person "he" or "she" stands for, and the sentence naming it: named last before, outside the
    quotations, as a subject if any."""
    named = [
        (main_actor(mention.span.root), _subject_or_its_owner(mention), mention.sentence, mention.span.start, draft)
        for mention, draft in named_before(drafts, sentence, token, reported, genders, PRONOUN_REACH)
    ]
    if not named:
        return None
    best = max(named, key=lambda item: item[:4])
    return best[2], best[4]


def named_before(
    drafts: list[ActorDraft], sentence: int, token: Token, reported: Reported, genders: dict[str, str], reach: int,
) -> list[tuple[Mention, ActorDraft]]:
    """The mentions of people that "he" or "she" may stand for: named by the reporter before it, at most
    ``reach`` sentences back, of no other gender."""
    gender = GENDER.get(token.lower_)
    found = []
    for draft in drafts:
        if draft.kind != "person" or (gender and genders.get(draft.key, gender) != gender):
            continue
        for mention in draft.cluster_mentions:
            if not reported.names(mention) or not sentence - reach <= mention.sentence <= sentence:
                continue
            if mention.sentence < sentence or mention.span.start < token.i:
                found.append((mention, draft))
    return found


def _subject_or_its_owner(mention: Mention) -> bool:
    """A subject (not of a passive with an agent: "Berg was praised by Calder") or a subject's owner."""
    root = mention.span.root
    if _done_to(root):
        return False
    return mention.subject or (root.dep_ == "poss" and root.head.dep_ in NOMINAL_SUBJECTS)


def _done_to(root: Token) -> bool:
    """Whether a name is the subject of a passive whose agent is named ("She was dubbed “drab” by Atwood")."""
    root = _noun_of(root)
    return root.dep_ == "nsubjpass" and any(t.dep_ == "agent" for t in root.head.subtree)


def main_actor(root: Token) -> bool:
    """Whether a name is who its sentence's main clause is about: its subject (or the name the subject stands
    for: "UN Syria envoy Anders Holm said"), or a passive's agent (the subject of a passive that has one
    is what was done to: "She was dubbed “drab” by Atwood")."""
    noun = _noun_of(root)
    if noun.dep_ in NOMINAL_SUBJECTS:
        return noun.head.dep_ == "ROOT" and not _done_to(noun)
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
        return verb.dep_ == "ROOT" or verb.head.dep_ == "ROOT"  # "dubbed a “machine made” princess by": misparsed
    return False


def _noun_of(root: Token) -> Token:
    """The noun a name stands beside ("The council leader Anna Berg", "envoy Anders Holm"), or the name."""
    while root.dep_ in ("compound", "appos") and root.head.i != root.i:
        root = root.head
    return root


def known_genders(drafts: list[ActorDraft]) -> dict[str, str]:
    """The gender an honorific gives a person ("Mr Prater", "Ms Rush")."""
    found: dict[str, str] = {}
    for draft in drafts:
        for mention in draft.cluster_mentions:
            gender = _HONORIFIC_GENDER.get((mention.honorific or "").lower())
            if draft.kind == "person" and gender:
                found.setdefault(draft.key, gender)
    return found
