"""Turning one clause of the parse into an English question.

A clause is given by its verb token and the question's *mode*:

- ``future``: the matter is still to come ("X may go" -> "Will X go?");
  a hedge modal becomes *will*, a passive keeps *be* ("Will X be paid?").
- ``past``: an unsettled fact about the past ("X may have paid", "unclear
  if X paid") -> "Did X pay?", passive "Was X paid?".
- ``asis``: the clause's own tense and auxiliaries are kept and inverted
  ("whether X will be able to pay" -> "Will X be able to pay?", "whether X
  is ready" -> "Is X ready?"), with do-support when it has none.

A wh-word at the front of the clause ("how he will handle…", "how much the firm may pay…") makes a wh-question:
the wh-phrase goes first, then the inverted auxiliary.  Negation is dropped: a yes/no question asks about the matter,
not about its polarity ("would not rule out X" asks "Will … X?").  The subject is trimmed of appositions and
comments set off by commas, a subject pronoun is replaced by the name it stands for, and the rest of the clause
stops before a comment, an attribution or a new clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.grammar import NOMINAL_SUBJECTS, SUBJECT_DEPS, WH_TAGS, Mode, find_subject
from ...language.lexicon import SPEECH_VERBS
from .conditions import present_conditions, with_condition
from .phrases import (
    DROP_MARKS,
    SPEAKERS,
    Resolver,
    lower_article,
    marker,
    noun_phrase,
    phrase_tokens,
    render,
    words_of,
)
from .verb_groups import auxiliaries, base, finite, misparsed_perfect, verb_group
from .walks import bare_without, contact_clause_after, defined_by_its_clause, defining, measures_nothing_named

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Token

# Children of the verb whose whole subtree leaves the question: attributions,
# comments, reasons, clauses of their own.
_DROP_DEPS = frozenset({"punct", "cc", "conj", "parataxis", "discourse", "intj", "appos", "mark", "neg", "meta", "dep"})
_DROP_WORDS = frozenset({"according", "also", "however", "instead", "now", "already", "still", "reportedly"})
_DETERMINERS = frozenset({"The", "A", "An", "This", "These", "Those", "Its", "Their", "Some", "Many", "Several"})
_LONG = frozenset({"advcl", "acl", "relcl", "npadvmod", "appos"})


def question_for(
    verb: Token, mode: Mode, *, subject: Token | None = None, resolve: Resolver | None = None, short: bool = False
) -> str | None:
    """The question asking about the clause headed by ``verb``, or None if it cannot be made.

    ``short`` leaves out the clause's adverbial clauses and the clauses that
    modify its nouns, for a sentence too long to ask whole.
    """
    subject = subject if subject is not None else find_subject(verb)
    if subject is None or (subject.tag_ in WH_TAGS and subject.dep_ != "nsubj"):
        return None
    if sum(c.dep_ in NOMINAL_SUBJECTS for c in subject.head.children) > 1:
        return None  # "the recall of promising goalkeeper Danny Wragg could prove": two subjects, one misparsed
    pointing = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("that", "this") and verb.dep_ == "ROOT"]
    if any(c.i == subject.left_edge.i - 1 for c in pointing):
        return None  # "However, that access may come at a price": no clause to mark, so a "that" that points back
    speaking = subject.dep_ == "nsubj" and subject.head.lemma_.lower() in SPEECH_VERBS
    if speaking and subject.head.i != verb.i and subject.head in verb.ancestors:
        return None  # "Mr Treloar said taxation would go up": the speaker is not what the clause is about
    infinitive = any(c.tag_ == "TO" for c in verb.children)
    asked = any(t.tag_ in WH_TAGS for t in verb.doc[verb.left_edge.i : verb.i])
    if infinitive and asked and subject.head.lemma_ == "be" and subject.head.i != verb.i:
        return None  # "The only problem would be how to judge …": "the problem" does not judge
    auxes = auxiliaries(verb)
    if _counterfactual(auxes):
        return None  # "would have won": what did not happen is no open matter
    if verb.lemma_ == "be" and any(c.dep_ in ("ccomp", "attr") and marker(c) == "that" for c in verb.children):
        return None  # "One concern may be that if Britain leaves, X will fall away": the matter is the clause's own
    if verb.lemma_ == "be" and subject.tag_ == "VBG":
        return None  # "replacing the CSA would be the nuclear option": what an act would amount to, a view
    wh = _wh_phrase(verb, subject)
    if wh is None and any(c.dep_ in ("dobj", "attr") and c.i < verb.i for c in verb.children):
        return None  # "knows what impact a victory could have": the object went ahead of its verb, out of reach
    asked_what = subject.lower_ == "what" and wh is not None and verb.dep_ == "ccomp"  # "unclear what caused it"
    if subject.lower_ in SPEAKERS or (subject.lower_ in ("that", "this", "which", "what", "these", "those")
                                      and not asked_what):
        return None  # "we", "you", "I": the words of a quote, not the article's matter
    holding = [c for c in subject.children if c.dep_ == "acl" and verb in c.subtree]  # "talks aimed at averting X"
    leave_out = frozenset(t.i for c in holding for t in c.subtree)
    subject_text = noun_phrase(subject, resolve, leave_out)
    if not subject_text or defined_by_its_clause(subject) or measures_nothing_named(subject):
        return None
    subject_text = lower_article(subject_text, _DETERMINERS)  # "The European Union…" from a sentence's start
    closing = subject.doc[subject.right_edge.i : subject.right_edge.i + 2]  # "X, who has scored five goals, play"
    if "," in [t.text for t in closing] and ", " in subject_text and not subject_text.endswith(","):
        subject_text += ","
    misparsed = misparsed_perfect(verb, auxes)
    names = _named_pronouns(verb, subject, resolve)
    rest = _rest(verb, wh, subject, {misparsed.i} if misparsed is not None else set(), short, names)
    if rest is None:
        return None
    front, middle = verb_group(verb, auxes, mode, subject, wh is not None)
    based = {c.i: c.lemma_ for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG"}
    if verb.tag_ == "VBG" and verb.text not in middle.split() and based:  # "avert X and end Y", not "and ending Y"
        rest = _rest(verb, wh, subject, {misparsed.i} if misparsed is not None else set(), short, names | based)
    if misparsed is not None:
        front, middle = "did", base(misparsed)
    if wh is not None and subject.i in {t.i for t in wh}:  # "who was there", "how much money is left" keep their order
        words = [subject_text, *(finite(verb, auxes, mode, subject)), rest]
    elif wh is not None:
        words = [words_of(wh), front, subject_text, middle, rest]
    else:
        words = [front, subject_text, middle, rest]
    question = " ".join(w for w in words if w).strip()
    question = " ".join(question.split()).rstrip(" .,;:")
    question = re.sub(r" (['’](?:s|re|ll|d)|n['’]t)\b", r"\1", question)  # "who 's right" -> "who's right"
    if len(question.split()) < 3:
        return None
    if front == "will":
        question = present_conditions(with_condition(question, verb), verb)
        if not question:
            return None
    return question[0].upper() + question[1:] + "?"


def _counterfactual(auxes: list[Token]) -> bool:
    modals = [a.lower_ for a in auxes if a.tag_ == "MD"]
    return bool(modals) and modals[0] in ("would", "could", "should") and any(a.lemma_ == "have" for a in auxes)


def _wh_phrase(verb: Token, subject: Token) -> list[Token] | None:
    """The wh-phrase that opens the clause ("how", "how much", "who"), if any."""
    for token in verb.doc[verb.left_edge.i : verb.i]:
        if token.tag_ in WH_TAGS and token.lower_ not in ("that",):
            top = token
            while top.head.i != verb.i and top.head.i != top.i and top.head.i < verb.i:
                top = top.head
            if top.head.i != verb.i and top.i != subject.i:
                return None
            if top.dep_ == "mark":
                return None
            return list(top.subtree)
        if token.dep_ in SUBJECT_DEPS:
            return None
    return None


def _named_pronouns(verb: Token, subject: Token, resolve: Resolver | None) -> dict[int, str]:
    """Names for "he"/"she" in the clause asked about ("a cold remedy she took", "Kuznetsova says" left out)."""
    if resolve is None:
        return {}
    if subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she"):
        return {}  # "Will Allen face jail if he fails to pay?": "he" reads as the subject, as the sentence means
    inside = {t.i for t in subject.subtree}
    pronouns = [t for t in verb.subtree if t.lower_ in ("he", "she") and t.dep_ == "nsubj" and t.i not in inside
                and t.head.dep_ == "relcl"]  # only in a clause that describes a thing: "a remedy she took"
    return {t.i: name for t in pronouns if (name := resolve(t))}


def _rest(verb: Token, wh: list[Token] | None, subject: Token, skip: set[int], short: bool = False,
          names: Mapping[int, str] | None = None) -> str | None:
    """The words after the verb that belong in the question."""
    skip = skip | ({t.i for t in wh} if wh else set())
    if short:
        long = [node for node in verb.subtree if node.dep_ in _LONG]
        if any(bare_without(node) or defining(node) for node in long):
            return None  # "encompass viewpoints [he believes the media fails to reflect]": the noun needs its clause
        skip |= {t.i for node in long for t in node.subtree}
    inside = {t.i for t in verb.subtree}
    skip |= {t.i for t in subject.subtree} - inside  # a subject may hold the clause ("staff who were…")
    kept: list[Token] = []
    for child in verb.children:
        if child.i < verb.i or child.dep_ in ("aux", "auxpass", "neg"):
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and not _has_subject(child):
            if child.tag_ != verb.tag_ and not {child.tag_, verb.tag_} <= {"VB", "VBG", "VBP"}:
                break  # a verb of another tense belongs to another clause
            kept += [c for c in verb.children if c.dep_ == "cc" and c.i < child.i][-1:]
            modal = {c.i for c in child.children if c.dep_ == "aux" and c.tag_ == "MD"}  # "and would cost more"
            kept += phrase_tokens(child, skip | modal)
            continue
        if child.dep_ in _DROP_DEPS or child.lower_ in _DROP_WORDS:
            if child.dep_ == "punct" and child.text in (",", ";", "—", "–", ":", "-"):
                if _conjunct_follows(verb, child):
                    kept.append(child)
                    continue
                break
            continue
        if child.dep_ == "advcl" and marker(child) in DROP_MARKS:
            continue
        if child.dep_ in ("ccomp",) and child.i > verb.i and _is_attribution(child):
            continue
        kept += phrase_tokens(child, skip)
    if kept and contact_clause_after(max(kept, key=lambda t: t.i)):
        return None
    return render(kept, names)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _conjunct_follows(verb: Token, comma: Token) -> bool:
    """Whether a comma only separates verbs sharing the subject ("made, sold and shipped")."""
    following = [c for c in verb.children if c.i > comma.i]
    return bool(following) and following[0].dep_ == "conj" and following[0].pos_ in ("VERB", "AUX")


def _is_attribution(clause: Token) -> bool:
    return clause.lemma_ in SPEECH_VERBS
