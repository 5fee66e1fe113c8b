"""Finding what a sentence leaves unresolved, from its parse.

Each *matter* names the clause a question should ask about, how to ask it
(see :mod:`.forms`) and how explicit the uncertainty is:

- an embedded question: "it is unclear whether/if S", "investigating
  whether S", "how S" after a verb or a preposition (strongest);
- a negated decision: "has not ruled out X-ing", "has yet to V";
- a hedge: the modals may/might/could, the verbs of expectation and intent
  with an infinitive ("is expected to", "plans to", "hopes to", "is weighing",
  "has pledged to"), "interest in X-ing";
- a pending inquiry: "is investigating X", "has launched an inquiry";
- plain futures ("will", "would") are the weakest.

The word lists are general English, not taken from any article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...language.grammar import Mode, find_subject
from ...language.lexicon import (
    CAUSATIVES,
    CONDITIONS,
    DISCUSSING,
    EVENT_NOUNS,
    HOPEFUL,
    INQUIRY_NOUNS,
    INQUIRY_VERBS,
    INTENT_LEMMAS,
    KNOWING,
    PLAN_NOUNS,
    PROSPECTIVE,
    REPUTED,
    SEEMING,
    SPEECH_VERBS,
    WEIGHING,
)
from ...language.tense import forms
from ...language.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

EXPLICIT = 3.0
HEDGE = 2.0
PRESSED = 1.75  # someone is pushed to act: pending, but not marked uncertain
CONDITIONAL = 1.5  # "would": a consequence or a reported plan
WEAK = 1.0

_STARTS = frozenset({"launch", "open", "initiate", "begin", "order", "start", "announce", "face", "set", "hold"})
_VERBS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class Matter:
    """An unresolved matter: the clause to ask about, the way to ask, how explicit."""

    sentence: int
    verb: Token
    mode: Mode
    strength: float
    subject: Token | None = None
    inquiry: str | None = None  # "investigation into" for a pending inquiry
    event: str | None = None  # the verb that makes a planned event happen ("make" a trip)


def matters(index: int, span: Span) -> tuple[Matter, ...]:
    """Every unresolved matter of sentence ``index``, strongest first, by position.

    Found once and kept on the sentence (see :mod:`generator.nlp.facts`): the
    questions and the background stages both ask it of every sentence.
    """
    found: tuple[Matter, ...] | None = span._.matters
    if found is None:
        found = span._.matters = _matters(index, span)
    return found


def _matters(index: int, span: Span) -> tuple[Matter, ...]:
    found: list[Matter] = []
    for token in tokens(span):
        found.extend(_embedded(index, token))
        found.extend(_condition(index, token))
        found.extend(_negated_decision(index, token))
        found.extend(_hedge(index, token))
        found.extend(_inquiry(index, token))
    return tuple(sorted(found, key=lambda m: (-m.strength, m.verb.i)))


def _condition(index: int, token: Token) -> list[Matter]:
    """ "only if S", "unless S", "provided S": the condition is still open; also "call for X to V"."""
    if token.dep_ != "mark" or token.head.pos_ not in _VERBS:
        return []
    clause = token.head
    only_if = token.lower_ == "if" and any(c.lower_ == "only" for c in clause.children)
    if token.lower_ in CONDITIONS or only_if:
        return [Matter(index, clause, "future", HEDGE + 0.5)]
    if token.lower_ == "for" and any(c.tag_ == "TO" for c in clause.children) and clause.head.lemma_ in CAUSATIVES:
        return [Matter(index, clause, "future", HEDGE)]
    return []


def _embedded(index: int, token: Token) -> list[Matter]:
    if token.dep_ == "mark" and token.lower_ in ("whether", "if"):
        clause = token.head
        governor = clause.head
        knowing = governor.lemma_.lower() in KNOWING or any(
            c.dep_ == "acomp" and c.lemma_.lower() in KNOWING for c in governor.children
        )
        asked = token.lower_ == "whether" or knowing or clause.dep_ == "ccomp"
        if asked and clause.pos_ in _VERBS and clause.i != token.i:
            return [Matter(index, clause, "asis", EXPLICIT)]
    if token.tag_ in ("WRB", "WP") and token.lower_ not in ("that",):
        verb = _clause_of(token)
        if verb is None or verb.dep_ not in ("ccomp", "pcomp", "xcomp", "dobj", "csubj") or verb.pos_ not in _VERBS:
            return []
        if verb.dep_ == "pcomp" and verb.head.lower_ not in ("about", "over", "on", "into", "of", "as"):
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "this", "that") for c in verb.children):
            return []
        if token.lower_ in ("when", "where") and verb.dep_ not in ("ccomp", "pcomp"):
            return []
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in KNOWING | {"clarify", "wonder"}:
            return []
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if governor.dep_ in ("dobj", "pobj", "prep"):  # "hasn't said much about how…"
            governor = governor.head
        unsaid = any(c.dep_ == "neg" for c in governor.children)
        return [Matter(index, verb, "asis", EXPLICIT if unsaid else EXPLICIT - 0.5)]
    return []


def _clause_of(token: Token) -> Token | None:
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in _VERBS:
            return node
    return None


def _negated_decision(index: int, token: Token) -> list[Matter]:
    ruled_out = token.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    if ruled_out and _negated(token):
        if _has_gap(token):
            return []
        for child in token.children:
            if child.dep_ in ("xcomp", "dobj", "pcomp", "ccomp") and child.tag_ == "VBG":
                return [Matter(index, child, "future", EXPLICIT, subject=find_subject(token))]
    if token.lower_ == "yet" and token.dep_ == "advmod":
        verb = token.head
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ in _VERBS:
                return [Matter(index, child, "future", EXPLICIT, subject=find_subject(verb))]
    return []


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.lower_ in ("no", "never") for c in token.children if c.dep_ == "det"
    )


def _hedge(index: int, token: Token) -> list[Matter]:
    lemma, pos = token.lemma_.lower(), token.pos_
    if token.dep_ == "aux" and token.tag_ == "MD" and token.head.pos_ in _VERBS:
        verb = token.head
        while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
            verb = verb.head  # "may [have] broken": the auxiliaries hang on one another
        if verb.dep_ in ("relcl", "acl") or _has_gap(verb):
            return []
        lower = token.lower_
        strength = {"may": HEDGE, "might": HEDGE, "could": HEDGE, "would": CONDITIONAL}.get(lower, WEAK)
        if lower in ("can", "should", "must"):
            return []
        if not _heads_intent(verb) and verb.lemma_.lower() not in SEEMING:
            return [Matter(index, verb, "future", strength)]
        return []
    if lemma in CAUSATIVES and pos == "VERB":
        objects = [c for c in token.children if c.dep_ == "dobj"]
        for child in token.children:
            if objects and child.dep_ in ("xcomp", "advcl", "ccomp") and any(c.tag_ == "TO" for c in child.children):
                return [Matter(index, child, "future", PRESSED, subject=objects[0])]
    if pos in (*_VERBS, "ADJ") and forms(token) & INTENT_LEMMAS:
        for child in token.children:
            if child.lemma_.lower() in SPEECH_VERBS:
                continue
            infinitive = child.dep_ in ("xcomp", "ccomp") and any(c.tag_ == "TO" for c in child.children)
            gerund = child.dep_ in ("xcomp", "dobj") and child.tag_ == "VBG" and token.lemma_ in WEIGHING
            if (infinitive or gerund) and child.pos_ in _VERBS and not _has_gap(child):
                subject = find_subject(token) if child.dep_ == "xcomp" else None
                past = token.tag_ == "VBD" and not any(c.dep_ == "aux" for c in token.children)
                return [Matter(index, child, "future", WEAK if past else HEDGE, subject=subject)]
    if lemma in EVENT_NOUNS and pos == "NOUN" and _prospective(token):
        governor = token.head.head if token.dep_ == "pobj" else token.head
        owner = find_subject(governor) if governor.lemma_.lower() in DISCUSSING else None
        return [Matter(index, token, "future", HEDGE, subject=owner, event=EVENT_NOUNS[lemma])]
    if lemma in PLAN_NOUNS and pos == "NOUN":
        for child in token.children:
            if child.dep_ == "acl" and any(c.tag_ == "TO" for c in child.children) and child.pos_ in _VERBS:
                owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
                if owner is None and token.dep_ in ("dobj", "nsubjpass", "pobj"):
                    owner = find_subject(token.head if token.dep_ != "pobj" else token.head.head)
                if owner is not None and token.i not in {t.i for t in owner.subtree}:
                    return [Matter(index, child, "future", HEDGE, subject=owner)]
    if lemma in HOPEFUL and pos == "ADJ":
        for child in token.children:
            if child.dep_ == "ccomp" and child.pos_ in _VERBS:
                return [Matter(index, child, "future", HEDGE)]
            if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                hoped = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if hoped:
                    return [Matter(index, hoped[0], "future", HEDGE, event="there")]
    if lemma in REPUTED and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        for child in token.children:  # "were believed to have stopped": an unconfirmed past
            if child.dep_ == "xcomp" and any(c.tag_ == "TO" for c in child.children):
                perfect = any(c.lemma_ == "have" and c.dep_ == "aux" for c in child.children)
                return [Matter(index, child, "past" if perfect else "future", HEDGE, subject=find_subject(token))]
    if token.lower_ in ("course", "track") and token.dep_ == "pobj" and token.head.lower_ == "on":
        for prep in token.head.head.children:  # "on course for a record profit"
            hoped = [c for c in prep.children if c.dep_ == "pobj"] if prep.lower_ == "for" else []
            if hoped:
                return [Matter(index, hoped[0], "future", HEDGE, event="there")]
    if lemma in PLAN_NOUNS and pos == "NOUN":
        for prep in token.children:  # "a demand for Turkey to recognise Cyprus", parsed apart
            actors = [c for c in prep.children if c.dep_ == "pobj"] if prep.lower_ == "for" else []
            after = actors[0].right_edge.i + 1 if actors else len(token.doc)
            if after + 1 < len(token.doc) and token.doc[after].tag_ == "TO" and token.doc[after].head.pos_ in _VERBS:
                return [Matter(index, token.doc[after].head, "future", HEDGE, subject=actors[0])]
    if token.lemma_ == "interest" and pos == "NOUN":
        for prep in token.children:
            if prep.lower_ == "in":
                for child in prep.children:
                    if child.tag_ == "VBG":
                        return [Matter(index, child, "future", HEDGE, subject=find_subject(token.head))]
    return []


def _inquiry(index: int, token: Token) -> list[Matter]:
    lemma = token.lemma_.lower()
    if lemma == "look" and token.tag_ == "VBG" and any(c.lower_ == "into" for c in token.children):
        return [Matter(index, token, "future", HEDGE + 0.5, inquiry="review of")]
    if lemma in INQUIRY_VERBS and token.pos_ == "VERB":
        ongoing = token.tag_ == "VBG" or any(c.lower_ in ("will", "'ll") for c in token.children)
        if ongoing and any(c.dep_ == "dobj" for c in token.children):
            return [Matter(index, token, "future", HEDGE + 0.5, inquiry=INQUIRY_VERBS[lemma])]
    if lemma in INQUIRY_NOUNS and token.dep_ == "dobj" and token.head.lemma_ in _STARTS:
        return [Matter(index, token, "future", HEDGE + 0.5, inquiry="")]
    return []


def _prospective(noun: Token) -> bool:
    """Whether an event noun is only planned: "a possible trip", "discussed a meeting"."""
    if any(c.dep_ == "amod" and c.lower_ in PROSPECTIVE for c in noun.children):
        return True
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and governor.lemma_.lower() in DISCUSSING and governor.pos_ == "VERB"


def _heads_intent(verb: Token) -> bool:
    """Whether ``verb`` is itself an intent verb with an infinitive (handled there)."""
    return bool(forms(verb) & INTENT_LEMMAS) and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _has_gap(verb: Token) -> bool:
    """Whether the clause holds a relative pronoun, whose antecedent lies outside it."""
    for clause in (verb, *verb.ancestors):
        if clause.dep_ == "acl":
            return True
        if clause.dep_ == "relcl":  # a relative subject ("staff who were…") is no gap
            relative = any(
                (c.tag_ in ("WDT", "WP") or c.lower_ == "that") and c.dep_ not in ("nsubj", "nsubjpass")
                for c in clause.children
            )
            return relative or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return False

