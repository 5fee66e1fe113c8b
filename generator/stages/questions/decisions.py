"""Decisions still to be made (matters of :mod:`.matters`): a vote or a ruling to come, and a sentence.

"The court will rule on the appeal next month" leaves open how it rules (asked "How will the court rule on the
appeal?").  "The pair will be sentenced on 6 February", "She is due to be sentenced next month", "was remanded on bail
for a pre-sentence report": the court has found them guilty, and the sentence is what the article leaves open (asked
"What sentence will the pair get?").  A pronoun is asked of only as the name it stands for (see
:func:`.phrases.decision_question`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import find_subject
from ...language.lexicon import SENTENCING
from ...language.tense import verb_is_future
from .walks import negated

if TYPE_CHECKING:
    from spacy.tokens import Token

DECIDING = frozenset({"vote", "rule", "decide", "deliberate"})  # a decision whose outcome is open
# What holds a defendant until the sentence: "remanded ... for sentencing", "bailed until sentencing".
_AWAITING = frozenset({"for", "until", "pending", "before"})


def pending_decision(token: Token) -> tuple[Token, Token] | None:
    """The decision's verb and whose it is, or whom it will sentence, when ``token`` opens one still to be made."""
    if token.lemma_.lower() in SENTENCING:
        return _sentence(token)
    if token.lemma_.lower() not in DECIDING or token.pos_ != "VERB" or negated(token) or not verb_is_future(token):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children):
        return None  # "decide whether …", "vote to strike": the embedded question or the hedge asks it
    subject = find_subject(token)
    return (token, subject) if subject is not None and subject.pos_ != "PRON" else None


def _sentence(token: Token) -> tuple[Token, Token] | None:
    """ "X will be sentenced", "X is due to be sentenced"; "X was remanded for sentencing", "... for a pre-sentence
    report": the sentence still to be passed on X."""
    if token.tag_ == "VBN" and token.pos_ == "VERB":
        passive = any(c.dep_ == "auxpass" for c in token.children)
        subject = find_subject(token)
        if not passive or negated(token) or not verb_is_future(token) or subject is None:
            return None
        return (token, subject) if subject.dep_ == "nsubjpass" or token.dep_ != "ROOT" else None
    pre = token.i >= 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ == "pre"
    noun = token.head if pre and token.dep_ == "amod" else token  # "a pre-sentence report"
    if not (pre or token.lower_ == "sentencing") or noun.dep_ not in ("pobj", "dobj"):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in _AWAITING else noun.head
    if (noun.dep_ == "dobj" and verb.lemma_.lower() != "await") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() == "await" and verb.dep_ in ("xcomp", "advcl"):
        verb = verb.head  # "was remanded in custody to await sentencing"
    subject = find_subject(verb)
    return (token, subject) if subject is not None and subject.dep_ == "nsubjpass" else None
