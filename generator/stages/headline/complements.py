"""What a verb needs: its object, the phrase it cannot do without, and what it is done for.

A headline never leaves out the verb's complement ("is of importance", "rely
on X", "bring the number to 69"); the phrase of what the verb is done for
("carded a 67 to tie with X") may go, whole, when there is no room.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.phrases import TELLING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECTS = ("dobj", "attr", "dative", "oprd", "acomp")
VERBS = ("VERB", "AUX")
# Prepositions of the one asked to do something ("called on X to", "appealed to X to", "waited for X to").
ASKING_PREPOSITIONS = frozenset({"on", "upon", "to", "for"})
# Verbs of placing, which need the phrase of where after their object ("put X on hold", "placed X under arrest").
PLACING_VERBS = frozenset({"put", "place", "lay"})
# Verbs of leading, which need where they take their object ("guided his team to two titles", "fired Chelsea to
# victory"): "guides team" says nothing.
LEADING_VERBS = frozenset({"lead", "guide", "steer", "propel", "fire", "drive", "carry", "lift", "take", "shoot"})
# Verbs that say what their object is, or is taken for, with "as" ("used the shed as a studio", "named X as captain",
# "hailed X as one of the best"): without the "as" phrase the verb tells another thing ("uses shed", "names X").
AS_VERBS = frozenset(
    "use see regard describe name appoint elect choose cast dub portray identify list class classify rank treat view "
    "brand label hail crown install confirm unveil reappoint nominate select".split())
# Prepositions of when or despite what, which never complete a verb ("suspended after failing tests").
ADVERBIAL_PREPOSITIONS = frozenset({"during", "despite", "throughout"})  # not "following", "amid": often why
_FIGURES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def completes(preposition: Token) -> bool:
    """Whether a phrase is what its verb needs: the first after a verb with no object ("billed as", "rely on")."""
    verb = preposition.head
    if preposition.lower_ in ADVERBIAL_PREPOSITIONS or when_clause(preposition):
        return False  # "have been suspended after failing to take tests": when, not what the passive verb needs
    if verb.lemma_ == "be" and not any(c.dep_ in (*OBJECTS, "xcomp", "ccomp") for c in verb.children):
        return first_phrase(preposition)
    if preposition.lower_ == "to" and any(c.dep_ == "pobj" and figure(c) for c in preposition.children):
        return True  # "bring the number to 69", "rose to $1bn": the figure it comes to is the news
    if preposition.lower_ == "to" and verb.lemma_ in LEADING_VERBS and any(
            c.dep_ == "dobj" and c.right_edge.i + 1 == preposition.i for c in verb.children):
        return True  # "guided his team to two titles": where it took its object is the news
    if preposition.lower_ in ("about", "of") and verb.lemma_ in TELLING_VERBS and any(
            c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children):
        return True  # "reveal who told them about unreleased products": what was told
    if preposition.lower_ == "as" and verb.lemma_ in AS_VERBS and any(
            c.dep_ == "dobj" and c.i < preposition.i for c in verb.children):
        return True  # "used the shed he was kept in as a studio": what the verb makes of its object
    if asks_someone(preposition):
        return True  # "called on rich nations to fund it": who is to do it, the infinitive's subject
    if verb.lemma_ in PLACING_VERBS and not any(
            c.dep_ in ("prep", "prt") and c.i < preposition.i for c in verb.children):
        return True  # "put their holiday on hold": a verb of placing needs where it puts its object
    return not any(
        c.dep_ in (*OBJECTS, "xcomp", "ccomp", "prt") or (c.dep_ in ("prep", "agent") and c.i < preposition.i)
        for c in verb.children if c.i != preposition.i
    )


def when_clause(preposition: Token) -> bool:
    """Whether a phrase is "after" or "before" with a verb of its own on a passive verb ("were suspended after
    failing to take tests"): what led to the news, which the verb does not need."""
    return preposition.lower_ in ("after", "before") and any(c.dep_ == "pcomp" for c in preposition.children) and (
        any(c.dep_ == "auxpass" for c in preposition.head.children))


def continued(preposition: Token) -> Token | None:
    """The verb's object or phrase that an "of" phrase the parser hung on the verb continues, right before it: the
    object of "accused Labour of being ...", the phrase of "in the space of 138 seconds", "in favour of leaving"; the
    "of" phrase is never left out without it."""
    verb = preposition.head
    if preposition.dep_ != "prep" or preposition.lower_ != "of" or verb.pos_ not in VERBS:
        return None
    return next((child for child in verb.children if child.i < preposition.i and child.right_edge.i + 1 == (
        preposition.i) and (child.dep_ in OBJECTS or (child.dep_ == "prep" and has_object(child)))), None)


def figure(token: Token) -> bool:
    """Whether ``token`` is a number, an amount or a share: "69", "$1bn", "5%"."""
    return token.like_num or token.ent_type_ in _FIGURES or any(
        child.dep_ in ("nummod", "quantmod") for child in token.children)


def in_verb_chain(verb: Token, root: Token) -> bool:
    """Whether ``verb`` is the main verb or a verb it governs as complement ("is to buy", "says he will ...")."""
    while verb.i != root.i:
        if (verb.dep_ not in ("xcomp", "ccomp") and not what_for(verb)) or verb.head.i == verb.i:
            return False
        # "carded a 67 to tie": a clause of what for, which the parser may hang on the object, is the verb's
        verb = next((up for up in verb.ancestors if up.pos_ in VERBS), verb.head) if what_for(verb) else verb.head
    return True


def complement(token: Token) -> bool:
    """Whether ``token`` completes its verb: an object, or the phrase a bare "be" needs ("is of importance")."""
    head = token.head
    if token.dep_ in OBJECTS or token.dep_ in ("xcomp", "ccomp", "prt") or token.dep_ in SUBJECT_DEPS or for_to(token):
        return True
    return token.dep_ == "prep" and head.lemma_ == "be" and not any(
        c.dep_ in (*OBJECTS, "xcomp", "ccomp") for c in head.children) and first_phrase(token)


def first_phrase(preposition: Token) -> bool:
    """Whether ``preposition`` is the first phrase of its verb: a bare "be" needs that one, not the next ("is not up
    for renegotiation [at next week's summit]", "is in London [on Monday]")."""
    verb = preposition.head
    return not any(c.dep_ == "prep" and verb.i < c.i < preposition.i for c in verb.children)


def for_to(clause: Token) -> bool:
    """Whether a clause is a "for X to do" infinitive the parser hung on the verb as an adverbial clause ("called for
    an independent body to be set up"): what the verb asks for, its complement."""
    children = list(clause.children)
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in children) and any(
        c.dep_ in SUBJECT_DEPS for c in children)


def has_object(preposition: Token) -> bool:
    return any(child.dep_ in ("pobj", "pcomp", "prep") for child in preposition.children)


def what_for(clause: Token) -> bool:
    """Whether ``clause`` says what its verb's action is for ("carded a 67 to tie with ..."), read as an adverbial
    clause or, on a number, as a relative one (a number is not qualified by what it is for)."""
    return (clause.dep_ == "advcl" or (clause.dep_ == "relcl" and clause.head.pos_ == "NUM")) and purpose(clause) and (
        not relative(clause))


def purpose(clause: Token) -> bool:
    """Whether an adverbial clause is a bare "to" infinitive: what its verb is done for."""
    children = list(clause.children)
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in children) and (
        not any(c.dep_ in ("mark", "nsubj") for c in children))


def relative(clause: Token) -> bool:
    """Whether a relative clause opens with a relative word ("who", "which", "that"): surely one."""
    return clause.dep_ == "relcl" and any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in clause.subtree if t.i < clause.i)


def asks_someone(preposition: Token) -> bool:
    """Whether the phrase names who the verb asks to do what the "to" infinitive after it says ("called on rich nations
    to fund it", "appealed to shops to donate food"), the verb having no object: not "return on Wednesday to seek"."""
    verb, after = preposition.head, preposition.right_edge.i + 1
    if preposition.lower_ not in ASKING_PREPOSITIONS or any(c.dep_ in OBJECTS for c in verb.children):
        return False
    return not any(c.ent_type_ in ("DATE", "TIME") for c in preposition.children) and any(
        c.dep_ in ("xcomp", "advcl") and c.left_edge.i == after and c.left_edge.lower_ == "to" for c in verb.children)
