"""Walks in the parse that the cues of :mod:`.matters` need, where a pattern cannot say it.

Each is a plain function of the parse (a token) or of a cue's match (see
:mod:`.patterns`): a relative clause's gap, the verb above a word, the verb
a modal governs, the owner of a plan, the "to V" the parser left apart.  No
word lists here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.faithful import NEGATIONS
from ...language.grammar import Mode, find_subject
from ...language.lexicon import FORESEEING, SPEECH_VERBS, STATE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .patterns import Match

VERBS = frozenset({"VERB", "AUX"})
HEDGING_MODALS = frozenset({"may", "might", "could", "would"})


def has_gap(verb: Token) -> bool:
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


def clause_of(token: Token) -> Token | None:
    """The nearest verb above ``token``, at most four steps up."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in VERBS:
            return node
    return None


def negated(token: Token) -> bool:
    """Whether ``token`` is negated: "not", "no", "never"."""
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.lower_ in ("no", "never") for c in token.children if c.dep_ == "det"
    )


def known(verb: Token) -> bool:
    """Whether ``verb`` says its own subject knows what it governs ("you know what the minimum is", "we know how
    it ends"), or can see or check it ("the public can see who gives"): not "did not know", "no one knows", nor "want to
    know" (no subject of its own)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    able = any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children)
    if able and verb.lemma_.lower() in ("see", "check", "find", "know") and subject is not None and not negated(verb):
        return True  # "so the public can see who gives how much": what anyone can look up is not left open
    if verb.lemma_.lower() != "know" or subject is None or negated(verb):
        return False
    return not any(word.lower_ in NEGATIONS for word in subject.subtree)


def modal_verb(match: Match) -> Token:
    """The verb a modal governs: "may [have] broken", the auxiliaries hanging on one another."""
    verb = match["head"]
    while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def clause_gap(match: Match) -> bool:
    return has_gap(match["clause"])


def clause_subject(match: Match) -> Token | None:
    """The subject of the matter's own clause ("fear the rise will V": the rise)."""
    return find_subject(match["clause"])


def subject_if_xcomp(match: Match) -> Token | None:
    """The cue word's subject, when the clause shares it ("X plans to V"; not "X plans that Y V")."""
    return find_subject(match["cue"]) if match["clause"].dep_ == "xcomp" else None


def cue_subject(match: Match) -> Token | None:
    return find_subject(match["cue"])


def head_subject(match: Match) -> Token | None:
    """The subject of the verb the cue word depends on ("X showed interest in…")."""
    return find_subject(match["cue"].head)


def governor_of(noun: Token) -> Token:
    """The word a noun hangs on, through its preposition if it has one ("discussed a visit", "talked about a visit")."""
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def plan_owner(match: Match) -> Token | None:
    """Whose plan: a possessive ("Turkey's bid"), else the subject of the verb it is the object of."""
    noun = match["cue"]
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None and noun.dep_ in ("dobj", "nsubjpass", "pobj"):
        owner = find_subject(governor_of(noun))
    return owner


def unowned(match: Match) -> bool:
    """A plan with no owner, or with one it is part of."""
    owner = plan_owner(match)
    return owner is None or match["cue"].i in {t.i for t in owner.subtree}


def past_if_perfect(match: Match) -> Mode:
    """ "believed to have stopped" is an unconfirmed past; "is believed to own", an unconfirmed present; "believed to
    stop" otherwise, a future."""
    if any(c.lemma_ == "have" and c.dep_ == "aux" for c in match["clause"].children):
        return "past"
    clause = match["clause"]
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in match["cue"].children)
    state = clause.lemma_ in STATE_VERBS or any(c.lemma_ == "be" and c.dep_ == "aux" for c in clause.children)
    return "present" if present and state else "future"


def actor(match: Match) -> Token:
    """The first object of the cue word's "for"."""
    return next(c for c in match["for"].children if c.dep_ == "pobj")


def verb_after_actor(match: Match) -> Token | None:
    """The verb of a "to" right after the actor, which the parser left apart ("for Turkey | to recognise")."""
    doc = match["cue"].doc
    after = actor(match).right_edge.i + 1
    if after + 1 < len(doc) and doc[after].tag_ == "TO" and doc[after].head.pos_ in VERBS:
        return doc[after].head
    return None


def defined_by_its_clause(subject: Token) -> bool:
    """ "the way [we use the internet]": a subject that is nothing but an article and a noun without its relative
    clause (which the question leaves out) says nothing."""
    children = list(subject.children)
    return (
        subject.pos_ == "NOUN"
        and any(c.dep_ == "relcl" for c in children)
        and all(c.dep_ in ("det", "relcl") for c in children)
    )


_MEASURES = frozenset({"number", "figure", "total", "amount", "proportion", "percentage", "share", "rate", "level"})
_SETTING_OFF = frozenset({",", "(", "-", "–", "—"})  # what sets a comment off from its noun


def measures_nothing_named(subject: Token) -> bool:
    """ "the number could quadruple": a measure that says not of what, pointing back to what an earlier sentence
    counted (not "the number of carers", "the jobless rate")."""
    children = list(subject.children)
    return subject.lemma_.lower() in _MEASURES and all(c.dep_ == "det" and c.lower_ == "the" for c in children)


def bare_without(clause: Token) -> bool:
    """Whether a relative clause is all that makes its bare noun a thing one can ask about."""
    noun = clause.head
    return clause.dep_ in ("relcl", "acl") and noun.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children
    )


def defining(clause: Token) -> bool:
    """Whether a clause, not set off by a comma, is what says what its plain noun is ("the potential for its firms
    to grow", "the right of older sons to inherit", "their refusal to sign"): cut, the noun reads as another thing
    ("the potential"). A noun that its own words make specific ("a strict night-time noise order") stands alone."""
    noun = clause.head
    if clause.dep_ not in ("relcl", "acl", "advcl") or noun.pos_ not in ("NOUN", "PRON"):
        return False
    if any(c.dep_ in ("amod", "compound", "nummod") for c in noun.children):
        return False
    start = clause.left_edge.i
    return start == 0 or clause.doc[start - 1].text not in _SETTING_OFF


def contact_clause_after(last: Token) -> bool:
    """Whether the words kept end on a noun that a clause without "that" goes on to define, which the parser hung
    elsewhere ("encompass viewpoints | he believes the media fails to reflect")."""
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return (
        after is not None
        and last.pos_ == "NOUN"
        and after.pos_ == "PRON"
        and after.dep_ in ("nsubj", "nsubjpass")
        and after.lower_ not in ("it",)
        and not any(c.dep_ in ("det", "poss") for c in last.children)
    )


def modal_consequence(
    verb: Token, penalties: frozenset[str] | None = None, modals: frozenset[str] = HEDGING_MODALS
) -> bool:
    """Whether ``verb`` is what may/might/could/would (or one of ``modals``) follow from an open condition of its own
    ("could face three years if he fails to pay"); with ``penalties``, only a penalty one of those verbs names: the
    article states it, the condition is what stays open (not "may close the library if the budget is cut": the
    council's choice)."""
    if penalties is not None and verb.lemma_.lower() not in penalties:
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)
    return modal and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        and not any(m.lower_ == "even" for m in c.children) and _open_condition(c)
        for c in verb.children
    )


def _open_condition(condition: Token) -> bool:
    """Whether an "if" clause is a condition still to be met that a question can ask: not a counterfactual ("if she
    were black", "could not have signed it if he was ill"), a state supposed ("if that's the case") or a passive (not
    asked well: "Will he is convicted"); "if it were to follow" is still to come."""
    consequence = condition.head
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in (*consequence.children, *condition.children)):
        return False
    if any(c.dep_ == "auxpass" for c in condition.children):
        return False
    to_come = any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in condition.children)
    return condition.lemma_ != "be" or to_come


def counterfactual(verb: Token) -> bool:
    """Whether what may follow hangs on a condition that is not so ("would sell more if she were older", "if he had
    stayed", "how things would be if he really tried", told by no one: a reported "would" may be a "will" told in the
    past): a hypothetical, no matter to ask."""
    told = any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS | FORESEEING for t in verb.ancestors)
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ == "if" for m in clause.children):
            continue
        to_come = any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in clause.children)
        had = any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
        if had or (clause.lemma_ == "be" and clause.tag_ == "VBD" and not to_come):
            return True
        if clause.tag_ == "VBD" and not told and any(c.lower_ == "would" and c.tag_ == "MD" for c in verb.children):
            return True
    return False


def same_doer(later: Token, subject: Token | None) -> bool:
    """Whether a later verb's subject is the name the matter is asked of ("urged Hope Aid to close its
    office ... Hope has since closed down all its operations": the same body has done it)."""
    doer = find_subject(later)
    if subject is None or doer is None or subject.pos_ != "PROPN" or not doer.text[:1].isupper():
        return False  # a name, its word capitalised where the tagger takes it for a noun ("Care has since closed")
    name = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subject]
    return doer.text in {t.text for t in name}
