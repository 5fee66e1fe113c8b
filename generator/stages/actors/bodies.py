"""Which organisation speaks when the attribution does not name it: "it" and "the report".

"It warned that ..." stands for the last singular subject before it (of a
main clause, in the sentences before its own), within two sentences, when
that subject is an organisation or its report ("The committee found that the
service was failing. It warned that ..."), looking past the organisation named
by what it is ("the firm"); any other subject before it (a thing, "the
service") makes it nobody's.  A report (study, review) speaks
for whom it is by: its owner ("the committee's report"), its modifier, or
the name after "by", "from" or "of"; "the report" named for nobody is the
last report before it that names one ("A report by the committee ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import NOMINAL_SUBJECTS
from ...language.lexicon import FINDINGS, ORG_ROLE_NOUNS
from ...language.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Document
    from .drafts import ActorDraft

    Owners = dict[tuple[int, int], ActorDraft]

BODY_REACH = 3  # sentences, its own included, in which "it" of an attribution looks for the body it stands for


def body(token: Token, sentence: int, document: Document, owners: Owners) -> ActorDraft | None:
    """The organisation that "it", the subject of a verb of saying in sentence ``sentence``, stands for."""
    for index in range(sentence, max(sentence - BODY_REACH, -1), -1):
        subjects = [t for t in tokens(document.spans[index]) if t.dep_ in NOMINAL_SUBJECTS]
        if index < sentence:
            subjects = [t for t in subjects if _main(t.head)]
        for subject in reversed(subjects):
            if (index == sentence and subject.i >= token.i) or subject.pos_ == "PRON" or subject.tag_ == "NNS":
                continue  # after it, another "it", or a plural: not what "it" stands for
            draft = owners.get((index, subject.i))
            if draft is not None and draft.kind == "person":
                continue
            if draft is None and subject.lemma_.lower() in FINDINGS:
                return findings_author(subject, index, document, owners)
            if draft is None and subject.lemma_.lower() in ORG_ROLE_NOUNS and subject.pos_ == "NOUN":
                continue  # "the firm denied ...": the organisation named before, by what it is
            return draft if draft is not None and draft.kind == "organization" else None
    return None


def _main(verb: Token) -> bool:
    """The verb of a sentence's main clause, or one joined to it by "and"."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def findings_author(token: Token, sentence: int, document: Document, owners: Owners) -> ActorDraft | None:
    """Whose report (study, review) speaks: who it is by, or for "the report" that of the last report
    before it that names one."""
    found = _author(token, sentence, owners)
    if found is not None or not any(child.lower_ == "the" for child in token.children):
        return found
    for index in range(sentence - 1, -1, -1):
        for earlier in reversed(tokens(document.spans[index])):
            if earlier.lemma_ == token.lemma_ and earlier.pos_ == "NOUN":
                return _author(earlier, index, owners)
    return None


def _author(report: Token, sentence: int, owners: Owners) -> ActorDraft | None:
    """Who a report is by: its owner ("the committee's report"), its modifier ("the Audit Office review") or
    the name after "by", "from" or "of"."""
    for child in report.children:
        candidates = [child] if child.dep_ in ("poss", "compound") else []
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            candidates = [c for c in child.children if c.dep_ == "pobj"]
        for candidate in candidates:
            draft = owners.get((sentence, candidate.i))
            if draft is not None and draft.kind in ("organization", "person"):
                return draft
    return None
