"""Embedded questions, the strongest matters: "it is unclear whether/if S", "investigating whether S", "how S" after
a verb or a preposition; and the doubts that leave nothing open, one an event the sentence tells settled ("after weeks
of speculation about whether ...") or a speaker's own ("I don't know what ..."); nor a topic told ("spoke about how
S"), a clause inside an embedded "how", an adverbial "whether" ("whether they like it or not", a factor a study took
into account), or a question put at a past moment the article tells ("he asked Mr Pell if ...": its answer follows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import ANSWERING, KNOWING, OPEN_NOUNS, SHOWING, SPEECH_VERBS, STATE_VERBS
from ...language.phrases import KNOWN_STATES, UNKNOWN_STATES
from .hedges import EXPLICIT
from .matter import Matter
from .walks import clause_of, known, negated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...language.grammar import Mode

_VERBS = frozenset({"VERB", "AUX"})
SETTLING = frozenset({"after", "following"})  # a doubt told as before an event: the event answered it
SURE = KNOWN_STATES | {"sure"}  # negated, no one knows: "it is not clear what ...", "no one is sure why ..."
_INQUIRING = frozenset({"ask", "wonder", "investigate", "examine", "determine", "establish"})
EVIDENT = frozenset({"easy", "clear", "obvious", "plain"})  # "it is easy to see why ...": told, not asked
_CHOOSING = frozenset({"decide", "choose", "determine"})  # what they decide is done after: "whether he runs" will


def embedded(index: int, token: Token) -> list[Matter]:
    if token.dep_ == "mark" and token.lower_ in ("whether", "if"):
        clause = token.head
        governor = clause.head
        knowing = governor.lemma_.lower() in KNOWING or any(
            c.dep_ == "acomp" and c.lemma_.lower() in KNOWING for c in governor.children
        )
        asked = token.lower_ == "whether" or knowing or clause.dep_ == "ccomp"
        if token.lower_ == "if" and clause.i < governor.i:
            return []  # "If Russia fails to act, it says it will sue": a condition put first is no question asked
        if (clause.dep_ == "advcl" and not knowing) or _nested(clause):
            return []  # "took into account the size of the firm, whether they were a parent", "whether they like it
            # or not": an adverbial "whether", a factor listed or a case granted, no question asked
        if put_then(governor, clause):
            return []  # "he asked Mr Pell if he ever knew ...": a question put to someone, whose answer follows
        if asked and clause.pos_ in _VERBS and clause.i != token.i:
            chosen = governor.lemma_.lower() in _CHOOSING and clause.tag_ in ("VBZ", "VBP")  # "decide whether he runs"
            return [Matter(index, clause, "future" if chosen else "asis", EXPLICIT)]
    if token.tag_ in ("WRB", "WP") and token.lower_ not in ("that",):
        if token.text[:1].isupper() and token.i != token.sent.start:
            return []  # "a contestant on Who Wants to Be a Millionaire": a title, not a question
        verb = clause_of(token)
        if verb is None or verb.dep_ not in ("ccomp", "pcomp", "xcomp", "dobj", "csubj") or verb.pos_ not in _VERBS:
            return []
        if verb.dep_ == "pcomp" and verb.head.lower_ not in ("about", "over", "on", "into", "of", "as"):
            return []
        if (verb.dep_ == "pcomp" and token.lower_ == "how" and _told_about(verb.head)) or _nested(verb):
            return []  # "is enthusiastic about how games can transform lessons", "spoke about how": a topic told
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and token.lower_ in ("when", "where"):
            return []  # "the same passion as when Labour came to power": a time, not a question
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "this", "that") for c in verb.children):
            return []
        if token.lower_ in ("when", "where") and verb.dep_ not in ("ccomp", "pcomp"):
            return []
        knowing = verb.head.lemma_.lower() in KNOWING | {"clarify", "wonder"} or _unknown_to_all(verb.head)
        if verb.dep_ == "ccomp" and not knowing:
            return []
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        evident = [c for c in governor.head.children if c.dep_ == "acomp" and c.lemma_.lower() in EVIDENT]
        if governor.dep_ == "xcomp" and evident and not negated(governor.head):
            return []  # "it is easy to see why fans have written him off": the article gives the reason
        if verb.head.lower_ == "of" and governor.pos_ == "NOUN" and governor.lemma_.lower() not in OPEN_NOUNS:
            return []  # "the reality of how farmers live", "an account of what happened": told, not asked
        if verb.head.lower_ == "of" and governor.pos_ in ("ADJ", "PRON", "DET", "NUM") and (
                governor.lemma_.lower() not in KNOWING | UNKNOWN_STATES | {"unsure", "aware", "unaware"}):
            return []  # "well short of what she was hoping for", "proud of what we achieved": a thing, not a question
        if governor.dep_ in ("dobj", "pobj", "prep"):  # "hasn't said much about how…"
            governor = governor.head
        if governor.lemma_.lower() in SHOWING or known(governor):
            return []  # "an example of how the scheme helps", "you know what the minimum is": shown, or known
        if put_then(verb.head, verb):
            return []  # "was asked why he had been allowed to resign", "a tumult about where they had gone"
        unsaid = any(c.dep_ == "neg" for c in governor.children)
        doubted = unsaid or _unknown_to_all(governor) or governor.lemma_.lower() in _INQUIRING
        if token.lower_ == "what" and token.dep_ == "nsubj" and not doubted:
            return []  # "considering what was at stake": told; "not clear what caused it" is asked
        if governor.lemma_.lower() in ANSWERING and not unsaid:
            return []  # "He told the BBC how he took the photographs": the article gives the answer
        chosen = governor.lemma_.lower() in _CHOOSING and verb.tag_ in ("VBZ", "VBP") and not _state(verb)
        mode: Mode = "future" if chosen else "asis"  # "a tie that could decide who goes through": who will go
        return [Matter(index, verb, mode, EXPLICIT if unsaid else EXPLICIT - 0.5)]
    return []


def _state(verb: Token) -> bool:
    """A state the decision finds, not an act it leads to: "decide who owns the painting" asks who owns it now."""
    return verb.lemma_.lower() in STATE_VERBS


def put_then(governor: Token, clause: Token) -> bool:
    """Whether an embedded question was put at a past moment the sentence tells, not left open by the article: put to
    someone ("he asked Mr Pell if he ever knew ...", "X was asked why ..."), whose answer a news story reports, or
    about what had happened by then, in a sentence told in the past ("a tumult about where they had gone"); not an
    inquiry ("were investigating whether he had ..."), nor a doubt that lasts ("it was not clear why ...")."""
    if governor.lemma_.lower() == "ask" and not negated(governor):
        passive = any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in governor.children)
        return governor.tag_ == "VBD" or (governor.tag_ == "VBN" and passive)
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in clause.children)
    above = [t for t in clause.ancestors if t.pos_ in _VERBS]
    if not perfect or clause.sent.root.tag_ != "VBD" or any(negated(t) or _unknown_to_all(t) for t in above):
        return False
    return not any(t.lemma_.lower() in _INQUIRING - {"ask", "wonder"} for t in above)


def _unknown_to_all(governor: Token) -> bool:
    """ "It is not clear what prompted the fire", "it is unclear who fired": a copula whose adjective says that no
    one knows yet (not "it is clear why": told)."""
    states = [c for c in governor.children if c.dep_ == "acomp"]
    if governor.lemma_ not in ("be", "remain") or not states:
        return False
    state = states[0].lemma_.lower()
    return state in UNKNOWN_STATES or (state in SURE and negated(governor))


def _told_about(preposition: Token) -> bool:
    """ "about" after a verb of saying or an adjective, not negated ("spoke about how", "enthusiastic about how"):
    what the way is, told; not after a noun ("concerns about how") nor "hasn't said much about how"."""
    governor = preposition.head
    if governor.dep_ in ("dobj", "pobj", "prep"):  # "hasn't said much about how": the verb "much" hangs on
        governor = governor.head
    speaking = governor.pos_ == "VERB" and governor.lemma_.lower() in SPEECH_VERBS - {"ask"}
    feeling = governor.pos_ == "ADJ" and governor.dep_ == "acomp"  # "is enthusiastic about how"
    held = governor.head if feeling else governor
    return preposition.lower_ == "about" and (speaking or feeling) and not negated(held)


def _nested(clause: Token) -> bool:
    """Whether a clause lies inside an embedded "how" clause ("testing how VR can be used to tell if children are
    engaged"): it is part of what that clause tells, not a matter of its own."""
    return any(any(c.lower_ == "how" and c.tag_ == "WRB" for c in above.children) for above in clause.ancestors)


def doubt_over(verb: Token) -> bool:
    """Whether the matter is what a doubt was about before an event the sentence tells ("After weeks of
    speculation about whether he would extend his time, Carney announced ..."): the event settled it."""
    for above in verb.ancestors:
        if above.pos_ in _VERBS:
            return False
        if above.dep_ == "prep" and above.lower_ in SETTLING:
            return True
    return False


def own_doubt(verb: Token) -> bool:
    """Whether a speaker's "I" says they do not know or see it ("I don't know what the feeling of being unbeatable
    is", "I did not see how the tiny keyboard could be useful"): one person's doubt or view, not what the article
    leaves open (an organisation's "we cannot discuss who was responsible" still is)."""
    governor = next((t for t in verb.ancestors if t.pos_ in _VERBS), None)
    if governor is None or not negated(governor):
        return False  # "I fully expect Tarnwick to lose": an expectation, asked as any other
    return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in governor.children)
