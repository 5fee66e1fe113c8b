"""Whether a reader of a line alone can follow it, however faithful to its sentence it is.

:mod:`.faithful` asks whether a line says what its sentence says; this module
asks whether the line, read without its neighbours, says who or what it speaks
of, whose words it gives, and whether it is one piece of text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lexicon import OPINION_VERBS
from .standalone import FIRST_PERSON
from .tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# What a capital word that opens a second sentence glued to the first is ("However", "After", "The"); a capital
# noun or adjective inside a sentence is most often part of a name ("a third Race to Dubai title").
_CLAUSE_OPENERS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "DET"})


def reader_problems(source: Span, kept: set[int]) -> list[str]:
    """What a reader of the kept words alone cannot follow, however faithful they are.

    The main clause's subject is a pronoun for someone or something the line does
    not name ("It has been around since ...", "That is more important to them",
    "..., he said."); the line speaks in the first person outside quotation marks
    (someone's words, their speaker not given); or two pieces of text run together
    with no stop between them, a capital word starting the second ("... last year
    However, the deal ...": a caption glued to a sentence).
    """
    found = []
    words = [token for token in tokens(source) if token.i in kept]
    top = next((t for t in words if t.head.i not in kept or t.head.i == t.i), None)
    subjects = [child for child in top.children if child.i in kept] if top is not None else []
    if any(_refers_elsewhere(child, top) and not _named_before(child, words) for child in subjects if top):
        found.append("its subject is a pronoun for something the line does not name")
    if any(token.lower_ in FIRST_PERSON and token.pos_ == "PRON" for token in _outside_quotes(words)):
        found.append("someone's words in the first person, their speaker not given")
    if any(_glued(token) for token in words[1:]):
        found.append("two pieces of text run together")
    return found


def _refers_elsewhere(subject: Token, verb: Token) -> bool:
    """Whether a subject is a pronoun whose referent is outside its sentence ("it" that is not empty)."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lower = subject.lower_
    if lower in ("he", "she", "they", "these", "those", "that"):
        return subject.pos_ == "PRON"
    if lower in ("it", "this"):  # empty before the clause it stands for: "It is unclear whether ...", "It was the ..."
        clausal = any(c.dep_ in ("ccomp", "xcomp", "csubj", "advcl") and c.i > verb.i for c in verb.children)
        named = any(c.dep_ == "attr" and any(g.dep_ in ("relcl", "acl") for g in c.children) for c in verb.children)
        return not (clausal or named)
    return False


def _named_before(pronoun: Token, words: Sequence[Token]) -> bool:
    """Whether the line names someone or something before the pronoun ("While Ed Miliband has admitted ..., he ...")."""
    said = {t.i for child in pronoun.head.children if child.dep_ in ("ccomp", "xcomp") for t in child.subtree}
    return any(  # what "he said" reports names no speaker: "The plan will fail, he said."
        word.pos_ == "PROPN" or word.ent_type_ or (word.pos_ == "NOUN" and word.dep_ in ("nsubj", "nsubjpass"))
        for word in words
        if word.i < pronoun.i and word.i not in said
    )


def _outside_quotes(words: Sequence[Token]) -> list[Token]:
    """The words of a line not inside double quotation marks (straight or curly) of its sentence."""
    outside, open_ = [], False
    for token in tokens(words[0].sent) if words else []:
        if token.text in ('"', "“", "”") or (token.text in ("‘", "’") and token.is_punct):
            open_ = token.text in ("“", "‘") or (token.text == '"' and not open_)
            continue
        if not open_ and any(token.i == w.i for w in words):
            outside.append(token)
    return outside


def _glued(token: Token) -> bool:
    """Whether a capital word follows a lower-case word with no stop, and neither name nor "I" makes it so."""
    before = token.doc[token.i - 1]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if after.pos_ == "PROPN" or after.ent_type_:  # "reported in The Times": the first word of a name
        return False
    return (
        token.text[:1].isupper()
        and token.text[1:2].islower()
        and token.pos_ in _CLAUSE_OPENERS
        and not token.ent_type_
        and before.is_alpha
        and before.text.islower()
    )


def attributed(source: Span) -> bool:
    """Whether a sentence says whose view or words it gives: a verb of saying or thinking with a subject that is
    not a pronoun ("Prosecutors allege that ..."), or "according to" a name."""
    for token in tokens(source):
        speaker = (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON")
        if token.lemma_.lower() in OPINION_VERBS and token.pos_ == "VERB" and any(speaker):
            return True
        if token.lower_ == "according" and token.i + 1 < source.end and token.nbor().lower_ == "to":
            return True
    return False


# Words that stand for something named elsewhere; in a question read alone, a reader cannot tell what, unless a
# personal pronoun follows the name it stands for ("Will Allen face jail if he fails to pay?").
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_TIMES = frozenset({"DATE", "TIME"})  # "this month", "that week": a time, not a reference
_PERSONAL = frozenset({"it", "its", "they", "them", "their", "he", "him", "his", "she", "her"})
# Negative subjects: "How will no one get there?" asks nothing ("if no deal is reached" is a fine condition).
_NOBODY = frozenset({"no", "nobody", "nothing", "none", "neither"})


def _introduces_clause(word: Token) -> bool:
    """ "that" opening a clause ("said that ...", "the plan that ..."), "those" with the clause that names them
    ("those pushing for ...", "those who ...")."""
    if word.tag_ in ("WDT", "WP", "IN") or word.dep_ == "mark":
        return True
    return word.lower_ == "those" and any(child.dep_ in ("acl", "relcl") for child in word.children)


def question_reference_problems(words: Sequence[Token], sources: Sequence[Span]) -> list[str]:
    """A word pointing to what the question does not name before it ("Will Microsoft step to it?", "Will that
    support ..."), a negative subject, or a negation of the sentence asked about that the question lost."""
    found = []
    for index, word in enumerate(words):
        if word.lower_ in _DEMONSTRATIVES and not _introduces_clause(word) and word.head.ent_type_ not in _TIMES:
            found.append("a word pointing to something the question does not name")
            break
        named = any(w.pos_ in ("PROPN", "NOUN") or w.ent_type_ for w in words[1:index])
        standing_for = named and (word.tag_ == "PRP$" or word.dep_ in ("poss", "nsubj", "nsubjpass"))
        if word.lower_ in _PERSONAL and word.pos_ == "PRON" and not standing_for:  # "Will Microsoft step to it?"
            found.append("a word pointing to something the question does not name")
            break
    subjects = [w for w in words if w.dep_ in ("nsubj", "nsubjpass") and w.head.dep_ == "ROOT"]
    if any(t.lower_ in _NOBODY for subject in subjects for t in subject.subtree):  # "no one" too
        found.append("a negative where a question needs something to ask about")
    asked = {word.lemma_.lower() for word in words if word.pos_ in ("VERB", "AUX")}
    negated = any(
        token.lemma_.lower() in asked and token.pos_ == "VERB" and any(c.dep_ == "neg" for c in token.children)
        for source in sources
        for token in source
    )
    if negated and not any(word.dep_ == "neg" or word.lower_ in ("not", "n't", "never") for word in words):
        found.append("the sentence asked about is negated; the question is not")
    return found
