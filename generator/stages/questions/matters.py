"""Finding what a sentence leaves unresolved, from its parse.

Each *matter* (:class:`.matter.Matter`) names the clause a question should ask about, how to ask it (see
:mod:`.forms`) and how explicit the uncertainty is:

- an embedded question: "it is unclear whether/if S", "investigating whether S", "how S" after a verb
  or a preposition (strongest; see :mod:`.embedded`);
- a negated decision: "has not ruled out X-ing", "has yet to V"; a deadline still to come, "has until Friday to V",
  of a subject a reader can place (not "UK gamers have until May to sign up");
- a hedge: the modals may/might/could, the verbs of expectation and intent with an infinitive ("is
  expected to", "plans to", "hopes to", "is weighing", "has pledged to"), "interest in X-ing";
- a decision still to be made: "MPs will vote on the bill", "The pair will be sentenced on 6 February" (see
  :mod:`.decisions`);
- a pending inquiry: "is investigating X", "X is being investigated", "has launched an inquiry";
- a contest still to be played: "Scotland face Italy on Saturday" (asked "Will Scotland beat Italy?"), a prize
  sought: "as he seeks a first Six Nations victory", or one still to be handed out: "The Golden Kinnarees will be
  awarded on Friday" (asked "Who will win the Golden Kinnarees?"; see :mod:`.contests`);
- "would" (a consequence, or a plan reported) is weaker; a plain future ("will") is not a matter: the
  article states it.

The hedges are a table of patterns, one row per cue (``HEDGES``, in :mod:`.hedges`); the word
lists are the lexicon's.  What a thing is, when the article says it is unknown ("its motives remain
unclear"), is a matter too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import find_subject
from ...language.lexicon import CAUSATIVES, CONDITIONS, INQUIRY_NOUNS, INQUIRY_VERBS, PENALTY_VERBS
from ...language.phrases import UNKNOWN_STATES
from ...language.tokens import tokens
from .conditions import reduced_subject
from .contests import awarded, contest, either_side, prize
from .decisions import pending_decision
from .embedded import embedded
from .hedges import EXPLICIT, HEDGE, HEDGES
from .matter import Matter
from .walks import HEDGING_MODALS, counterfactual, has_gap, modal_consequence, negated

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_STARTS = frozenset(
    {"launch", "open", "initiate", "begin", "order", "start", "announce", "face", "set", "hold", "conduct", "carry",
     "undertake", "stand"}  # "will stand trial"
)
_VERBS = frozenset({"VERB", "AUX"})
# "They will meet Luton if they win their replay": whether the condition is met is open, "will" or "may" follow.
_CONSEQUENCE_MODALS = HEDGING_MODALS | {"will", "'ll"}
DEADLINES = frozenset({"until", "till"})  # "has until Friday to V"
PURPOSED = frozenset({"aim", "design", "intend", "mean"})  # "talks aimed at averting strikes"


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
    hedged = _hedges(index, span)
    for token in tokens(span):
        found.extend(embedded(index, token))
        found.extend(_condition(index, token))
        found.extend(_negated_decision(index, token))
        found.extend(_deadline(index, token))
        found.extend(_unknown(index, token))
        found.extend(_aimed(index, token))
        found.extend(_pending_decision(index, token))
        found.extend(_contest(index, token))
        found.extend(_either(index, token))
        found.extend(_prize(index, token))
        found.extend(_awarded(index, token))
        if token.i in hedged:
            found.append(hedged[token.i])
        found.extend(_inquiry(index, token))
    return tuple(sorted(found, key=lambda m: (-m.strength, m.verb.i)))


def _condition(index: int, token: Token) -> list[Matter]:
    """ "only if S", "unless S", "provided S": still open; so is the "if" of what may follow ("could face three years
    if he fails to pay": whether he pays, not the penalty stated), unless it is not so; "call for X to V"."""
    if token.dep_ != "mark" or token.head.pos_ not in _VERBS:
        return []
    clause = token.head
    only_if = token.lower_ == "if" and any(c.lower_ == "only" for c in clause.children)
    if token.lower_ in CONDITIONS or only_if:
        return [Matter(index, clause, "future", HEDGE + 0.5)]
    if token.lower_ == "if" and counterfactual(clause.head):
        return []  # "how things would be if he really tried": a hypothetical, no matter
    if token.lower_ == "if" and clause.dep_ == "advcl" and modal_consequence(clause.head, modals=_CONSEQUENCE_MODALS):
        then = next((c for c in clause.children if c.dep_ == "xcomp"), None)
        then = then if clause.lemma_ in ("fail", "be") else None
        asked = then if then is not None else clause  # "if he fails to pay", "if it were to follow": whether he pays
        penalty = modal_consequence(clause.head, PENALTY_VERBS, _CONSEQUENCE_MODALS)  # the penalty is stated
        reduced = reduced_subject(clause) if then is None and penalty else None  # "If convicted, X could face ..."
        if reduced is not None:
            return [Matter(index, clause, "future", HEDGE - 0.25, subject=reduced, reduced=True)]
        return [Matter(index, asked, "future", HEDGE - 0.25, subject=find_subject(clause))]
    if token.lower_ == "for" and any(c.tag_ == "TO" for c in clause.children) and clause.head.lemma_ in CAUSATIVES:
        return [Matter(index, clause, "future", HEDGE)]
    return []


def _unknown(index: int, token: Token) -> list[Matter]:
    """ "The cause of the fire is unknown", "its motives remain unclear": what the thing named is, still open."""
    if token.lemma_.lower() not in UNKNOWN_STATES or token.dep_ != "acomp" or negated(token.head):
        return []
    subject = find_subject(token.head)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.dep_ != "nsubj":
        return []
    return [Matter(index, token.head, "asis", EXPLICIT, subject=subject, unknown=True)]


def _aimed(index: int, token: Token) -> list[Matter]:
    """ "Talks aimed at averting strikes", "a law designed to curb fraud": whether it will do what it is for."""
    if token.lemma_.lower() not in PURPOSED or token.tag_ != "VBN" or token.dep_ != "acl" or token.head.pos_ != "NOUN":
        return []
    if token.head.dep_ not in ("nsubj", "nsubjpass", "dobj") or token.head.head.tag_ == "VBD":
        return []  # "In one initiative designed to V", "Google launched a program designed to V": what it was for
    for child in token.children:
        clause = child if child.dep_ == "xcomp" and child.tag_ == "VB" else None
        if child.dep_ == "prep" and child.lower_ == "at":
            clause = next((g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if clause is not None and any(c.dep_ == "dobj" for c in clause.children):
            return [Matter(index, clause, "future", HEDGE, subject=token.head)]
    return []


def _pending_decision(index: int, token: Token) -> list[Matter]:
    found = pending_decision(token)
    return [Matter(index, found[0], "future", HEDGE + 0.5, subject=found[1], decision=True)] if found else []


def _contest(index: int, token: Token) -> list[Matter]:
    found = contest(token)
    return [Matter(index, token, "future", HEDGE, subject=found[0], opponent=found[1])] if found else []


def _either(index: int, token: Token) -> list[Matter]:
    found = either_side(token)
    return [Matter(index, token.head, "future", HEDGE, subject=found[0], either=True)] if found else []


def _prize(index: int, token: Token) -> list[Matter]:
    found = prize(token)
    return [Matter(index, token, "future", HEDGE, subject=found[0], prize=found[1])] if found else []


def _awarded(index: int, token: Token) -> list[Matter]:
    found = awarded(token)
    return [Matter(index, token, "future", HEDGE, prize=found)] if found is not None else []


def _negated_decision(index: int, token: Token) -> list[Matter]:
    ruled_out = token.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    if ruled_out and negated(token):
        if has_gap(token):
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


def _deadline(index: int, token: Token) -> list[Matter]:
    """ "X has until Friday to appeal": whether X will, by then, still open."""
    if token.lemma_ != "have" or negated(token) or token.tag_ not in ("VBZ", "VBP"):
        return []  # "had until Tuesday to return ballots": a deadline passed
    until = any(c.lower_ in DEADLINES and c.dep_ == "prep" for c in token.children)
    for child in token.children:
        marked = until or any(c.lower_ in DEADLINES and c.dep_ == "mark" for c in child.children)
        infinitive = child.tag_ == "VB" and any(c.tag_ == "TO" for c in child.children)
        if marked and infinitive and child.dep_ in ("xcomp", "advcl"):
            subject = find_subject(token)
            return [Matter(index, child, "future", EXPLICIT, subject=subject)] if _placed(subject) else []
    return []


def _placed(subject: Token | None) -> bool:
    """A subject a reader can place: a name, or a noun the article points to ("the club"), not a kind of people
    ("UK gamers have until May to sign up": the reader's own matter)."""
    if subject is None or subject.pos_ == "PRON":
        return subject is not None
    return subject.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in
                                          subject.children)


def _hedges(index: int, span: Span) -> dict[int, Matter]:
    """The matter each hedge word of a sentence opens (see ``HEDGES``), by the word's index."""
    return {
        i: Matter(index, found.verb, found.mode, found.strength, subject=found.subject, event=found.event)
        for i, found in HEDGES.find(span).items()
    }


def _inquiry(index: int, token: Token) -> list[Matter]:
    lemma = token.lemma_.lower()
    looking = lemma == "look" and token.tag_ == "VBG" and any(c.dep_ == "aux" for c in token.children)
    if looking and any(c.lower_ == "into" for c in token.children):  # not "Looking into its future, X is ...": a turn
        return [Matter(index, token, "future", HEDGE + 0.5, inquiry="review of")]
    if lemma in INQUIRY_VERBS and token.tag_ == "VBN" and any(c.lower_ == "being" for c in token.children):
        target = find_subject(token) if token.dep_ != "acl" else token.head  # "X (is) now being investigated"
        if target is not None and target.pos_ in ("NOUN", "PROPN"):
            return [Matter(index, token, "future", HEDGE + 0.5, subject=target, inquiry=INQUIRY_VERBS[lemma])]
    if lemma in INQUIRY_VERBS and token.pos_ == "VERB":
        fronted = token.dep_ == "advcl" and token.i < token.head.i and not any(c.dep_ == "aux" for c in token.children)
        ongoing = (token.tag_ == "VBG" and not fronted) or any(c.lower_ in ("will", "'ll") for c in token.children)
        if ongoing and any(c.dep_ == "dobj" for c in token.children):
            return [Matter(index, token, "future", HEDGE + 0.5, inquiry=INQUIRY_VERBS[lemma])]
    if lemma in INQUIRY_NOUNS and token.dep_ == "dobj" and token.head.lemma_ in _STARTS:
        return [Matter(index, token, "future", HEDGE + 0.5, inquiry="")]
    return []
