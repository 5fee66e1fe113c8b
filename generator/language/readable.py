"""Whether a reader of a line alone can follow it, however faithful to its sentence it is.

:mod:`.faithful` asks whether a line says what its sentence says; this module
asks whether the line, read without its neighbours, says who or what it speaks
of, whose words it gives, and whether it is one piece of text.  What a question's
words point to that it does not name is :mod:`.unnamed`'s (re-exported here).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .glue import glued_clause, glued_word
from .lexicon import (
    COLLECTIVE_HEADS,
    DEMONSTRATIVES,
    OPENING_QUOTES,
    OPINION_VERBS,
    ORG_WORDS,
    PICTURE_PLACES,
    POINTING_PRONOUNS,
)
from .phrases import AFTER_THE_CLAUSE
from .standalone import FIRST_PERSON, epithet, unmarked
from .tokens import tokens
from .unnamed import question_reference_problems as question_reference_problems

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..model import Document

# Entities that name someone or something a pronoun can stand for: not a date, a time or a number ("In 2010, she ...").
_NAMES = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})  # "On Monday, it ..."
_CLAUSE_MARKS = frozenset({"that", "whether", "if", "to", "because"})


def reader_problems(source: Span, kept: set[int], *, named: frozenset[int] = frozenset()) -> list[str]:
    """What a reader of the kept words alone cannot follow, however faithful they are.

    The main clause's subject, or another pronoun, stands for someone or something
    the line does not name ("It has been around since ...", "..., he said.",
    "Redford knows this"); the line speaks in the first person outside quotation
    marks (someone's words, their speaker not given); two pieces of text run
    together with no stop between them, a capital word starting the second ("...
    last year However, the deal ...": a caption glued to a sentence); or a
    caption's label opens it ("Flying high: ..."), or a note on a picture stands in brackets ("(left)").
    ``named``: pronouns the line shows as the names they stand for: they name, and stand for no one unnamed.
    """
    found = []
    words = [token for token in tokens(source) if token.i in kept]
    top = next((t for t in words if t.head.i not in kept or t.head.i == t.i), None)
    subjects = [child for child in top.children if child.i in kept] if top is not None else []
    subjects = [child for child in subjects if child.i not in named]
    if any(_refers_elsewhere(child, top) and not _named_before(child, words, named) for child in subjects if top):
        found.append("its subject is a pronoun for something the line does not name")
    outside = _outside_quotes(words)
    if any(token.lower_ in FIRST_PERSON and token.pos_ == "PRON" for token in outside):
        found.append("someone's words in the first person, their speaker not given")
    if any(glued_word(token) or glued_clause(token, words) for token in words[1:]):
        found.append("two pieces of text run together")
    elif _labelled(words) or _label_inside(words):
        found.append("a caption's label before the sentence")
    elif _pictured(words):
        found.append("a photograph's caption")
    if not found and any(_points_elsewhere(token, words, named) for token in outside):
        found.append("a pronoun for something the line does not name")
    return found


def _points_elsewhere(token: Token, words: Sequence[Token], named: frozenset[int] = frozenset()) -> bool:
    """A demonstrative standing alone ("Redford knows this", "that simple fact" opening a line), or a personal
    pronoun with no name or noun before it in the line ("Like her apparent mishap, ...", "Many of them ...")."""
    lower = token.lower_
    if lower == "that" and token.dep_ == "mark" and token.head.dep_ == "ROOT" and token.nbor().pos_ in ("ADJ", "NOUN"):
        return True  # "And perhaps that simple fact alone means …": a demonstrative the parser took for "that" S
    if lower in DEMONSTRATIVES and token.tag_ not in ("WDT", "WP", "IN") and token.dep_ != "mark":
        qualified = any(c.dep_ in ("acl", "relcl", "prep") for c in token.children)
        if token.head.ent_type_ in ("DATE", "TIME") or qualified:
            return False  # "this week", "those who ...", "those with ..."
        top = next((t for t in words if t.head.i == t.i or t.head not in words), words[0])
        if token.dep_ == "det":  # "These claims ...", "Since that inquiry ...", "And perhaps that simple fact ..."
            return token.i in (words[0].i, words[1].i) or (token.head.dep_ == "nsubj" and token.head.head == top)
        return token.i < top.i or (token.dep_ == "dobj" and token.head.i == top.i)  # not "..., as that could ..."
    if lower in ("it", "this") and token.dep_ in ("nsubj", "nsubjpass") and token.i not in named:  # as a subject
        return _refers_elsewhere(token, token.head) and not _named_before(token, words, named)
    if lower in POINTING_PRONOUNS and token.pos_ == "PRON" and token.i not in named:
        return not (_named_before(token, words, named) or _names_after(token))
    return False


def _names_after(pronoun: Token) -> bool:
    """A pronoun before the subject it stands for ("Now in its third year, Bangkok is ...", "If it joins, Turkey")."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("advcl",):  # "If it joins, Turkey may ..."
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < pronoun.i:
        return False  # "Although she has won plaudits, her dress sense has ...": a noun owned by a pronoun names no one
    return subject.pos_ == "PROPN" or (
        subject.pos_ == "NOUN" and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
    )


def _labelled(words: Sequence[Token]) -> bool:
    """Whether the line opens with a caption's label: a few words, no finite verb, a colon ("Flying high: ...")."""
    if not words:
        return False
    doc = words[0].doc
    colon = next((t for t in doc[words[0].i : min(words[0].i + 5, len(doc))] if t.text == ":"), None)
    if colon is None or colon.i == words[0].i or colon.i + 1 >= len(doc):
        return False
    label = doc[words[0].i : colon.i]
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in label) and doc[colon.i + 1].text[:1].isupper()


def _label_inside(words: Sequence[Token]) -> bool:
    """Whether a caption's label sits inside the line, glued to the words before it: a capital word that is no name
    right after a lower-case word or a number, a colon within three words, a capital after it ("... horse in 1913
    Votes for women: Campaigners ...", "... before taping Lost it: McElroy was ...")."""
    if not words:
        return False
    between = words[0].doc[words[0].i : words[-1].i]
    for colon in (t for t in between if t.text == ":" and t.doc[t.i + 1].text[:1].isupper()):
        for token in colon.doc[max(colon.i - 3, words[0].i + 1) : colon.i]:
            before = token.doc[token.i - 1]
            glued = (before.text.islower() and before.is_alpha) or before.like_num
            if token.text[:1].isupper() and token.text[1:2].islower() and not token.ent_type_ and glued:
                return True
    return False


def _pictured(words: Sequence[Token]) -> bool:
    """Whether the line is a photograph's caption, pointing at the picture: "Grant Allen (left), 38, ...", "the plot
    (above)"."""
    for token in words:
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
        opened = any(t.text == "(" for t in token.doc[max(token.i - 4, 0) : token.i])
        if token.lower_ in PICTURE_PLACES and opened and after.text == ")":
            return True  # "(left)", "(behind Allen, left)"
    return False


def _refers_elsewhere(subject: Token, verb: Token) -> bool:
    """Whether a subject is a pronoun whose referent is outside its sentence ("it" that is not empty)."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lower = subject.lower_
    if lower in ("he", "she", "they", "these", "those", "that"):
        return subject.pos_ == "PRON"
    if lower in ("it", "this"):  # empty before the clause it stands for: "It is unclear whether ...", "It was the ..."
        near = [*verb.children, *(g for c in verb.children if c.dep_ in ("acomp", "attr") for g in c.children)]
        clausal = any(
            c.dep_ in ("ccomp", "xcomp", "csubj", "advcl") and c.i > verb.i and _opens_clause(c) for c in near
        )
        named = any(c.dep_ == "attr" and any(g.dep_ == "relcl" for g in c.children) for c in verb.children)
        return not (clausal or named or _impersonal(subject, verb))
    return epithet(subject)


def _impersonal(subject: Token, verb: Token) -> bool:
    """Whether an "it" only stands in for the reported clause put before it: "X will visit Y, it has been announced",
    "..., it is understood", "..., it has emerged" (a passive verb, or one of :data:`AFTER_THE_CLAUSE`, with that
    clause); not "Prices will rise, it said", whose "it" is the one who said so."""
    reported = any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children)
    return reported and (subject.dep_ == "nsubjpass" or verb.lemma_.lower() in AFTER_THE_CLAUSE)


def _opens_clause(verb: Token) -> bool:
    """Whether a clause opens with what an empty "it" stands before: "that", "whether", "if", "to", a wh-word."""
    first = next(verb.subtree)
    return first.lower_ in _CLAUSE_MARKS or first.tag_ in ("WDT", "WP", "WRB") or first.i == verb.i


def _named_before(pronoun: Token, words: Sequence[Token], named: frozenset[int] = frozenset()) -> bool:
    """Whether the line names someone or something before the pronoun ("While Ed Miliband has admitted ..., he ..."),
    or shows a pronoun before it as the name it stands for (``named``)."""
    said = {t.i for child in pronoun.head.children if child.dep_ in ("ccomp", "xcomp") for t in child.subtree}
    plural = pronoun.lower_ in ("they", "them", "their")  # "the software … from them": no plural, no "them"
    return any(  # what "he said" reports names no speaker: "The plan will fail, he said."
        word.i in named
        or (word.pos_ == "PROPN" and word.ent_type_ not in _NOT_NAMES)
        or word.ent_type_ in _NAMES
        or (word.pos_ == "NOUN" and word.dep_ in ("nsubj", "nsubjpass") and (not plural or _many(word)))
        for word in words
        if word.i < pronoun.left_edge.i and word.i not in said  # "The Irish-bred horse": not a name before it
    )


def _many(noun: Token) -> bool:  # what "they" may stand for: a plural, or a body of people ("the family … their")
    return noun.tag_ == "NNS" or noun.lemma_.lower() in COLLECTIVE_HEADS or noun.lemma_.lower() in ORG_WORDS


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


def unattributed_quotation(document: Document, index: int) -> bool:
    """Whether a sentence opens a quotation and does not say whose words they are ("We trumpeted that in 1999.",
    "Qantas announced a record profit last year ... so it is totally unnecessary.")."""
    span = unmarked(document, index)
    return span.text.lstrip()[:1] in OPENING_QUOTES and not attributed(span)
