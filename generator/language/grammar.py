"""Grammar the stages share, read from spaCy's parse: subjects, wh-words, a clause's mode."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .tokens import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

# How a question asks about a clause: a matter still to come, an unsettled past, an unsettled present ("is said to
# own": "Does X own ...?"), or as the clause has it.
Mode = Literal["future", "past", "present", "asis"]

# Dependencies of a clause's subject: a noun phrase (active or passive), a clause, an expletive "there".
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# A noun phrase as subject, active or passive.
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Penn tags of wh-words: "how", "who", "which", "whose".
WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def find_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it depends on for an infinitive or gerund."""
    token = verb
    for _ in range(6):
        near = [*token.children, *(g for c in token.children if c.dep_ in ("aux", "auxpass") for g in c.children)]
        for child in near:
            if child.dep_ in SUBJECT_DEPS:
                if child.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
                    return token.head  # "staff who were believed…": the antecedent
                return child
        finite = any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in token.children)
        if token.dep_ == "ccomp" and finite:
            return None  # "X defender Y could face a ban", "defender" read as a verb; "say a review ... was supposed
            # to be aimed at": a finite clause has its own subject
        if token.dep_ in ("xcomp", "pcomp", "pobj", "prep", "acomp", "ccomp", "dobj") and token.head.i != token.i:
            head = token.head
            if token.dep_ == "xcomp":  # "what the Bank expects to happen": the wh-object before "expects" is its
                objects = [c for c in head.children if c.dep_ == "dobj" and c.i < token.i]  # object, "happen"'s subject
                objects += [c for c in token.children if c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") and c.i < head.i]
                if objects:
                    return objects[0]
            token = head
            continue
        if token.dep_ == "conj" and any(c.dep_ == "npadvmod" and c.i < token.i for c in token.children) and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in token.children
        ):
            return None  # "..., but this Saturday could see ups and downs": its own subject, misparsed
        if token.dep_ == "conj" and token.head.i != token.i:
            objects = [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i]
            if token.head.lemma_ in ("say", "tell") and objects:  # "said X and Y … have met": a misparse
                return objects[0]
            token = token.head
            continue
        return None
    return None


_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade"})


def list_head(token: Token) -> Token:
    """The word a list or an apposition that ``token`` stands in hangs on: "Netquill" of "Blogwise and Netquill are
    ...", "Hull" of "his club, Hull, ..." give the word whose place in the clause they share."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token


def empty_it(pronoun: Token) -> bool:
    """An "it" that stands for nothing: before "take" and a stretch of time, then what it takes ("it could take up
    to 15 years before Turkey is able to join")."""
    verb = pronoun.head
    duration = any(c.dep_ == "dobj" and c.lemma_.lower() in _TIME_UNITS for c in verb.children)
    waiting = any(c.dep_ in ("advcl", "xcomp", "ccomp") for c in verb.children)
    return pronoun.lower_ == "it" and pronoun.dep_ == "nsubj" and verb.lemma_ == "take" and duration and waiting


def example_kind(name: Token) -> Token | None:
    """The noun ``name`` is given as an example of ("sites like Hotbot", "formats such as MP3", "festivals such as
    Slamdance and Sundance"), or None."""
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    preposition = name.head
    if name.dep_ != "pobj" or preposition.lower_ not in ("like", "as"):
        return None
    if preposition.lower_ == "as" and (preposition.i == 0 or preposition.doc[preposition.i - 1].lower_ != "such"):
        return None
    kind = preposition.head
    if kind.lower_ == "such" and kind.dep_ == "amod":
        kind = kind.head
    return kind if kind.pos_ == "NOUN" else None


def unlinked_conjunct(token: Token) -> bool:
    """Whether the parse joins a verb to another as a conjunct with no "and", "but" or comma before it: two sentences
    run together over a lost stop ("... pay homage to Saint Agnes Director Michael Tarrant paid tribute ..."), or
    a misparse whose clause belongs elsewhere ("images which showcase how a plan she began ... has not only helped
    her")."""
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX"):
        return False
    first = token.left_edge
    before = token.doc[first.i - 1] if first.i > 0 else None
    linked = any(child.dep_ == "cc" and child.i < token.i for child in token.head.children)
    return not linked and not any(word is not None and (word.dep_ == "cc" or word.text in (",", ";", "—", "–"))
                                  for word in (first, before))

