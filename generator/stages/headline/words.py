"""A headline's words: which tokens stand for a noun, which are articles, which brackets enclose, and which
descriptions before a name a headline may do without ("Championship side Hull City"); the kept tokens written out
in headline form are :mod:`.written`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import OPENING_QUOTES, TIME_NOUNS
from ...language.phrases import DEGREE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words that make a preposition with the "to" after them ("thanks to", "owing to").
TO_PREPOSITIONS = frozenset({"thanks", "owing", "due", "prior"})
# Determiners a headline keeps: dropping them would turn the meaning round ("left her with no choice").
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
# Words that take a part of a whole with "of" ("any of the centres"): the article after them stays.
PARTS = frozenset("any all some none each most many both either neither one few several half".split())
# The determiners a headline leaves out.
ARTICLES = frozenset({"the", "a", "an", "this", "these", "that", "those"})
# Words whose "the" is part of them: "will never be the same" (not "be same").
WITH_THEIR_ARTICLE = frozenset({"same"})
# Entities that name a place, and entities that name someone or something: what a description may precede.
PLACE_ENTITIES = frozenset({"GPE", "NORP", "LOC"})
NAMED = frozenset({"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# Adjectives that say what a thing is, not how it is: a headline keeps them ("former minister", "alleged fraud").
KEPT_ADJECTIVES = frozenset(
    """former alleged suspected accused fake false possible potential so-called would-be ex late acting
    deputy vice new first last only second third top chief senior junior""".split()
)


def noun_core(noun: Token) -> set[int]:
    """A noun and the parts of its name ("Time Warner"); a person by surname, as headlines do."""
    person = person_tokens(noun)
    if person:
        return person
    kept = {noun.i}
    for child in noun.children:
        if negative_determiner(child) or (noun.dep_ == "attr" and child.dep_ == "amod" and child.i == noun.i - 1):
            kept.add(child.i)  # "no choice"; "is a far cry": a complement's adjective is its meaning
        if as_much_as(noun, child):
            kept.add(child.i)  # "as likely as men": without the first "as" the comparison turns round
        if written_together(noun, child):  # "76-year-old", "well-known": one word in the article
            kept |= set(range(child.left_edge.i, noun.i))
        elif child.dep_ in ("compound", "flat") or (
                child.dep_ in ("nummod", "quantmod", "nmod") and child.pos_ in ("NUM", "SYM", "PROPN")):
            kept |= {token.i for token in child.subtree}
        elif child.dep_ == "appos" and child.pos_ == "PROPN":
            kept |= noun_core(child)
        elif child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):  # "GM and Ford": the "and" before Ford
            kept |= noun_core(child) | {c.i for c in noun.children if c.dep_ == "cc" and noun.i < c.i < child.i}
    return kept


def written_together(noun: Token, child: Token) -> bool:
    """Whether a modifier before ``noun`` is written together with it, hyphenated: "76-year-old"."""
    doc = noun.doc
    return child.i < noun.i and all(not doc[k].whitespace_ for k in range(child.left_edge.i, noun.i))


def as_much_as(head: Token, child: Token) -> bool:
    """Whether ``child`` is the first "as" of an equal comparison ("as likely as", "as big as")."""
    return child.dep_ == "advmod" and child.lower_ == "as" and any(
        other.dep_ == "prep" and other.lower_ == "as" for other in head.children
    )


def fixed_of_a(article: Token) -> bool:
    """Whether an article is the "a" of a fixed "of a" phrase ("one hell of a show", "a bit of a shock"): a headline
    that dropped it would read "one hell of show"; or the "a" of a rate ("three days' leave a year", "twice a week"),
    which would read "leave year"."""
    before = article.doc[article.i - 1] if article.i > 0 else None
    rate = article.head.dep_ == "npadvmod" and article.head.i == article.i + 1 and article.head.lower_ in TIME_NOUNS
    return article.lower_ in ("a", "an") and (rate or (before is not None and before.lower_ == "of" and (
        before.head.lemma_.lower() in DEGREE_NOUNS)))


def article(token: Token) -> bool:
    """Whether ``token`` is an article, which headlines leave out ("the", "a"; not "no", "another").

    Not after a part taken of a whole ("any of the centres"): "any of centres" is not English; nor the "the" of
    "the same".
    """
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return token.dep_ == "det" and token.lower_ in ARTICLES and following not in WITH_THEIR_ARTICLE and not (
        token.i >= 2 and token.doc[token.i - 1].lower_ == "of" and token.doc[token.i - 2].lower_ in PARTS) and not (
        in_a_name(token))


def in_a_name(token: Token) -> bool:
    """Whether ``token`` is the "the" of a name, which a headline keeps: capitalised inside the sentence before a
    name's word ("beat The Harbourmen", "Exorcist: The Beginning"), or between a name's "of" and its next word ("Player
    of the Year", "Bank of the West")."""
    doc = token.doc
    if token.lower_ != "the" or token.i + 1 >= len(doc) or not doc[token.i + 1].is_title:
        return False
    if token.text == "The":
        return not token.is_sent_start and doc[token.i - 1].text not in OPENING_QUOTES
    return token.i >= 2 and doc[token.i - 1].lower_ == "of" and doc[token.i - 2].is_title and (
        doc[token.i - 2].pos_ == "PROPN" and doc[token.i + 1].pos_ == "PROPN")


def negative_determiner(token: Token) -> bool:
    return token.dep_ == "det" and token.lower_ in NEGATIVE_DETERMINERS


def person_tokens(noun: Token) -> set[int]:
    """The tokens of a person's surname when ``noun`` ends a person's name, else nothing."""
    if noun.ent_type_ != "PERSON":
        return set()
    for entity in noun.doc.ents:
        if entity.start <= noun.i < entity.end and entity.label_ == "PERSON":
            last = entity.end - 1
            first = last
            while first > entity.start and not noun.doc[first - 1].whitespace_:
                first -= 1
            return set(range(first, last + 1))
    return set()


def bracketed_tokens(span: Span) -> set[int]:
    """Indices of the tokens inside brackets ("$3.25bn (£1.7bn)"): a headline leaves asides out."""
    inside: set[int] = set()
    depth = 0
    for token in span:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(token.i)
    return inside


def describes_name(token: Token) -> bool:
    """Whether ``token`` opens a description before a name that a headline can do without ("Premiership side")."""
    head = token.head
    if token.dep_ not in ("compound", "amod") or token.i > head.i or token.lower_ in KEPT_ADJECTIVES:
        return False
    doc = token.doc
    same_entity = bool(token.ent_type_) and all(doc[k].ent_iob_ == "I" for k in range(token.i + 1, head.i + 1))
    if head.pos_ != "PROPN" or head.ent_type_ not in NAMED or same_entity:
        return False  # only before a name, and not a part of it
    return all(t.pos_ in ("NOUN", "ADJ", "PROPN") and t.dep_ in ("compound", "amod") for t in token.subtree) and all(
        t.pos_ != "PROPN" or t.ent_type_ in PLACE_ENTITIES for t in token.subtree)


def names_after_it(token: Token) -> bool:
    """Whether ``token`` opens any description before a name ("Bank of England deputy governor Lomax", "the world's
    biggest carmaker General Motors"): left out last, when nothing else makes the headline short enough."""
    head = token.head
    if token.dep_ not in ("compound", "amod", "nmod") or token.i > head.i or head.pos_ != "PROPN":
        return False
    if head.ent_type_ not in NAMED or (
            head.ent_iob_ == "I" and token.ent_iob_ != "O" and token.ent_type_ == head.ent_type_):
        return False  # a part of the name
    words = list(token.subtree)
    between = token.doc[words[-1].i + 1 : head.i]  # the given names, if any
    first = words[0].i
    if first > 1 and token.doc[first - 1].pos_ == "CCONJ" and token.doc[first - 2].ent_type_ not in NAMED:
        return False  # "Labour MP and former minister Jack Cunningham": one of two descriptions of one person
    return all(t.ent_type_ == head.ent_type_ and t.ent_iob_ == "I" for t in between[1:]) and (
        not between or between[0].ent_type_ == head.ent_type_) and all(
        t.pos_ not in ("VERB", "AUX", "PRON") and t.dep_ not in ("cc", "conj") for t in words)  # not "X and Y"
