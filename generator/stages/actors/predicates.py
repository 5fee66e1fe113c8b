"""Roles read from a phrase or a clause about a name: an "of" phrase right after it ("Ana Ruiz of the Tenants
Union"), a predicate ("Ruiz has been a leading critic of ..."), a title the name completes ("The new chairman is Ann
Reyes") and a relative clause ("Philip Rees, who led the project"); or from what punctuation sets off after it: a
title between commas or dashes ("Federated - owner of Macy's -")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.countries import HOME_NATIONS
from ...language.lexicon import COUNTRY_FORMS, OFFICE_VERBS, ORG_ROLE_NOUNS, REPUTED, TITLES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mentions import Mention

MAX_ROLE_WORDS = 16
_ROLE_WORDS = TITLES | ORG_ROLE_NOUNS
_DASHES = frozenset({"-", "–", "—"})
_NUMBERS = {word: str(n) for n, word in enumerate("zero one two three four five six seven eight nine ten".split())}
_HOMES = frozenset({"GPE", "LOC", "FAC"})
_ALLEGING = REPUTED - {"say", "report", "understand"}  # "allege", "believe": a claim follows, not a fact


def subtree(token: Token, skip: Token | None = None) -> list[Token]:
    excluded = {t.i for t in skip.subtree} if skip is not None else set()
    return [t for t in token.subtree if t.i not in excluded]


def of_phrase(mention: Mention, root: Token) -> list[Token]:
    """Where a person works or comes from, right after the name ("Ana Ruiz of the Tenants Union", "Kevin Morgan
    from the University of Leeds", "Nathalie Dechy of France"), or between commas after it ("Jo Ames, of the
    Tenants Union, said"; "Jo Ames, from the pressure group Families For Fairness, said", the phrase parsed as the
    verb's)."""
    if mention.label != "PERSON":
        return []
    doc, end = root.doc, mention.span.end
    hung = doc[end + 1] if end + 1 < root.sent.end and doc[end].text == "," else None
    hung = hung if hung is not None and root.dep_ == "nsubj" and hung.head == root.head else None  # on the verb
    for child in [*root.rights, *([hung] if hung is not None else [])]:
        named = any(
            c.ent_type_ == "ORG" or ((c.ent_type_ == "GPE" or _country(c)) and child.lower_ != "at") or _named_body(c)
            for c in child.children
        )
        after = _name_end(child.right_edge)
        last = after >= root.sent.end or (doc[after].is_punct and after + 1 == root.sent.end)  # the sentence ends
        closed = last or doc[after].text == ","
        commas = child.i == end + 1 and doc[end].text == "," and closed  # "said Derek Holt, from Microsoft."
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "at") and (child.i == end or commas) and named:
            return list(doc[child.i : after]) if commas else subtree(child)
    return []


def _country(noun: Token) -> bool:
    """Whether the object of a preposition is a country's name, known to the list though the recogniser missed it
    ("Van Aalst of South Africa")."""
    return noun.dep_ == "pobj" and noun.pos_ == "PROPN" and a_country(list(noun.subtree))


def a_country(words: list[Token]) -> bool:
    """Whether words ("South Africa", "the United States", "Wales") are a country's name."""
    name = " ".join(t.text for t in words if t.lower_ != "the").casefold()
    return name in COUNTRY_FORMS or name in HOME_NATIONS


def _named_body(noun: Token) -> bool:
    """Whether a common noun is followed by the body's name ("from the pressure group Families For Fairness")."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "appos" and c.ent_type_ == "ORG" and c.i > noun.i for c in noun.children
    )


def _name_end(last: Token) -> int:
    """Where the phrase ending at ``last`` ends, the rest of a name the parse cut off taken in ("from Parents |
    Need Time,")."""
    if last.ent_iob_ == "O":
        return last.i + 1
    end = last.i + 1
    while end < len(last.doc) and last.doc[end].ent_iob_ == "I":
        end += 1
    return end


def predicate(mention: Mention, root: Token) -> list[Token]:
    for clause in root.children:
        if clause.dep_ == "relcl" and clause.lemma_ in ("act", "serve"):
            for child in clause.children:
                if child.dep_ == "prep" and child.lower_ == "as":
                    return [t for c in child.children for t in c.subtree]
    wished = any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in root.head.children)
    if root.dep_ != "nsubj" or root.head.lemma_ != "be" or wished or any(c.dep_ == "neg" for c in root.head.children):
        return []  # not "wanted Sundance to be a platform", "could be a rival"
    if any(t.lemma_ in _ALLEGING or t.lower_ in _ALLEGING for t in root.doc[root.sent.start : mention.span.start]):
        return []  # "police allege Nazir was the man who ...": a claim, not who he is (the verb misread or not)
    for child in root.head.children:  # "a leading critic", "its founder", "chairman": not "level par for the day"
        named = child.lemma_.lower() in _ROLE_WORDS or any(c.dep_ in ("det", "poss") for c in child.children)
        one_of = child.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children)
        if child.dep_ == "attr" and ((child.pos_ == "NOUN" and named) or one_of):  # "is one of the net giants"
            return [t for t in subtree(child) if t.i >= child.i or not one_of]  # not "just" before "one"
    return []


def complement(mention: Mention, root: Token) -> list[Token]:
    """The subject of a name that completes "be", when it is a title ("The only other non-League side in the draw
    are Hinckley United", "The new chairman is Ann Reyes")."""
    subjects = [c for c in root.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not c.ent_type_]
    if root.dep_ == "attr" and root.head.lemma_ == "be" and subjects and subjects[0].lemma_.lower() in _ROLE_WORDS:
        return subtree(subjects[0])
    return []


def relative(mention: Mention, root: Token) -> list[Token]:
    """A relative clause that says what a person is: "Philip Rees, who is the project's director, said ...", "Jo
    Ames, who chairs the committee", "who was jailed for fraud", "who is due to give birth"; what a person did
    ("who lost four games", "who was at the festival") is no role, and is left out."""
    if mention.label != "PERSON":
        return []
    for clause in root.children:
        who = [c for c in clause.children if c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass")]
        if clause.dep_ == "relcl" and clause.i > root.i and who:  # not "who the minister put in charge": not hers
            if _in_plural(clause):  # "Wood and Bland, who were tied": not this name alone
                return []
            if any(c.dep_ == "neg" or c.tag_ == "MD" for c in clause.children):
                return []  # "who will not face charges because ...": what may or may not happen to them, no role
            after = clause.right_edge.i + 1
            if after < clause.sent.end and not (clause.doc[after].is_punct or clause.doc[after].is_title):
                return []  # the clause misread, cut short ("who spends much of her time | doing charity work")
            what = [c for c in clause.children if c.dep_ == "attr" and (c.pos_ == "NOUN" or c.lower_ == "one")]
            if clause.lemma_ == "be" and what:
                return list(what[0].subtree)  # "who is an author": "author"
            done = [t for t in clause.subtree if t.lower_ != "who"]
            if clause.lemma_ == "be":  # "who is due to give birth": "due to ..."; not "who was at the festival"
                state = any(c.dep_ == "acomp" for c in clause.children) and done and done[0] == clause
                return done[1:] if state else []
            if clause.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in clause.children):  # "jailed for fraud"
                return [t for t in done if t.i > clause.i or t.dep_ not in ("aux", "auxpass", "neg")]
            office = clause.lemma_.lower() in OFFICE_VERBS and clause.tag_ in ("VBZ", "VBD")  # "who chairs the ..."
            return done if office else []  # not a deed: "who lost four games", "who kicked three penalties"
    return []


def _in_plural(verb: Token) -> bool:
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]
    return finite[0].tag_ == "VBP" or finite[0].lower_ == "were"


def residence(mention: Mention, root: Token) -> list[Token]:
    """A person's age and home town between commas after the name ("Edward Byatt, 39, of Buckhurst Hill, Essex,
    was ordered ..."): both, or nothing (an age alone says little)."""
    doc, end = root.doc, mention.span.end
    if mention.label != "PERSON" or end + 5 > root.sent.end or doc[end].text != ",":
        return []
    age, comma, of = doc[end + 1], doc[end + 2], doc[end + 3]
    if not (age.text.isdigit() and len(age.text) <= 3 and comma.text == "," and of.lower_ in ("of", "from")):
        return []
    found = [age, comma, of]
    for token in doc[end + 4 : root.sent.end]:
        following = doc[token.i + 1] if token.i + 1 < root.sent.end else None
        if token.text == "," and (following is None or following.ent_type_ not in _HOMES):
            break  # "of Harlow, Essex, travelled": the place ends at the comma before the verb
        if token.text != "," and token.ent_type_ not in _HOMES:
            break  # "from Westerby, Hampshire said", or "from the start": no place
        found.append(token)
    return found if found[-1].ent_type_ in _HOMES else []


def listed_in(mention: Mention, root: Token) -> list[Token]:
    """The group a name is given as an example of ("giants of the technology world such as Microsoft and Yahoo"):
    a plural noun that says more than a kind ("Hollywood stars", not "companies"), less its "such as" list."""
    name = root.head if root.dep_ == "conj" else root
    example = name.head if name.dep_ == "pobj" else None
    if example is None or example.lower_ != "as" or example.i < 1 or example.doc[example.i - 1].lower_ != "such":
        return []
    group = example.head  # "giants of the technology world such as": the parse may hang the list on "world"
    if example.i < 2 or group.i != example.i - 2:
        return []  # "makers in the best-known regions, such as Burgundy": which noun the list belongs to is unclear
    while group.tag_ != "NNS" and group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.tag_ == "NNS":
        group = group.head.head
    said = [c for c in group.children if c.dep_ in ("amod", "compound", "nmod", "prep") and c.lower_ != "such"]
    if group.tag_ != "NNS" or group.ent_type_ or not [c for c in said if c.i != example.i]:
        return []
    skip = {t.i for t in example.subtree} | {example.i - 1}
    found = [t for t in group.subtree if t.i not in skip and not (t.i < group.i and t.dep_ == "det")]
    if any(t.lower_ in ("other", "such") or t.is_punct for t in found):
        return []  # "the other foreign firms": other than the story's; a comma: more than one phrase
    return found


def between_commas(mention: Mention, root: Token) -> list[Token]:
    """A title between commas after a name, missed by the parse ("Theresa May, Tory shadow ... secretary, said")."""
    doc = root.doc
    if mention.label != "PERSON" or mention.span.end >= len(doc) or doc[mention.span.end].text != ",":
        return []
    found: list[Token] = []
    for token in doc[mention.span.end + 1 : min(mention.span.end + 1 + MAX_ROLE_WORDS, root.sent.end)]:
        if token.text == ",":
            return found if found and found[-1].lemma_.lower() in _ROLE_WORDS else []
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ") or token.ent_type_ == "PERSON":
            return []
        found.append(token)
    return []


def between_dashes(mention: Mention, root: Token) -> list[Token]:
    """A noun phrase between dashes after a name, headed by a title ("Federated - owner of Macy's - will")."""
    doc, end = root.doc, mention.span.end
    if end >= root.sent.end or doc[end].text not in _DASHES:
        return []
    found: list[Token] = []
    for token in doc[end + 1 : min(end + 1 + MAX_ROLE_WORDS, root.sent.end)]:
        if token.text in _DASHES:
            nouns = [t for t in found if t.pos_ == "NOUN"]
            return found if nouns and nouns[0].is_lower and nouns[0].lemma_.lower() in _ROLE_WORDS else []
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ", "PART", "NUM"):
            return []
        found.append(token)
    return []


def counted(mention: Mention, root: Token) -> list[Token]:
    """The group a list of names right after it counts ("the other three players that took part, Belgian Justine
    Henin, Nathalie Dechy of France and Russia's Elena Dementieva": "the other three players that took part": "other"
    says that a fourth took part too): a plural noun
    with a number, whose phrase runs up to the comma before the list, and as many names in the list as the number
    says."""
    first = root
    while first.dep_ in ("conj", "appos") and first.head.pos_ == "PROPN":
        first = first.head
    names = [first]
    while following := next((c for c in names[-1].children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN"), None):
        names.append(following)
    start = first.left_edge.i
    doc = root.doc
    if mention.label != "PERSON" or start < 2 or doc[start - 1].text != "," or len(names) < 2:
        return []
    heads = [t for t in doc[root.sent.start : start - 1] if t.tag_ == "NNS"]  # all up to the comma its phrase
    group = next((t for t in reversed(heads) if all(t.is_ancestor(w) for w in doc[t.i + 1 : start - 1])), None)
    number = next((c for c in group.children if c.dep_ == "nummod"), None) if group is not None else None
    if group is None or number is None or _NUMBERS.get(number.lower_, number.text) != str(len(names)):
        return []
    return [t for t in group.subtree if t.i < start - 1 and not (t.i < group.i and t.lower_ == "such")]
