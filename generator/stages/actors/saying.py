"""Who uses quoted words, read from the parse: the subject of a verb of saying, and for words quoted
inside the reporter's sentence, the subject of the clause they stand in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import PERSON_NOUNS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Document


def subject(verb: Token) -> Token | None:
    """Who a verb of saying gives as the speaker: its subject, or that of the clause it hangs from."""
    if verb.lemma_ == "quote":
        for child in verb.children:
            if child.dep_ == "dobj":
                return child
    clause = verb
    for _ in range(3):  # "he was due to say", "..., describing it as", "appeared and said": the clause's subject
        subjects = [  # "it" of an active verb may stand for a body ("It warned that ...")
            child for child in clause.children
            if (child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and child.lower_ != "it"))
            and child.lower_ not in ("that", "which")
        ]
        if subjects:  # of two, the name ("Booker winner and Wolf Hall author Hilary Mantel" parsed as two)
            return next((child for child in subjects if child.pos_ == "PROPN"), subjects[0])
        if clause.dep_ not in ("xcomp", "acomp", "conj") and not (clause.dep_ == "advcl" and clause.tag_ == "VBG"):
            break
        clause = clause.head
    return None


def other_clause_subject(verb: Token, inside: frozenset[tuple[int, int]]) -> Token | None:
    """The named subject of a clause of its own that quoted words stand in, set against the
    clause of the verb of saying ("she said …, while Joan Smith labelled her “dull and bland”")."""
    node = verb.doc[min(i for _, i in inside)]
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        contrast = any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in node.children)
        if subjects and contrast and any(a.i == verb.i for a in node.ancestors):
            return subjects[0]
    return None


def clause_subject(document: Document, sentence: int, inside: frozenset[tuple[int, int]]) -> Token | None:
    """Who uses the quoted words of a fragment: the subject of the verb of saying they depend on ("the
    report said the CSA was “in crisis”"), else of the clause they stand in ("Mr Howard attacked the
    “chaotic” system"), or the agent of a passive ("was dubbed “drab” by Atwood")."""
    quoted = sorted(i for index, i in inside if index == sentence)
    if not quoted:
        return None
    doc = document.spans[sentence].doc
    after = next((t for t in doc[quoted[-1] + 1 : quoted[-1] + 3] if not t.is_punct), None)
    if after is not None and after.lower_ == "by":  # "branded “aloof” by Simon Marsh", whatever the parse
        agent = next((c for c in after.children if c.dep_ == "pobj"), None)
        if agent is not None and (agent.pos_ == "PROPN" or agent.lemma_.lower() in PERSON_NOUNS):
            return agent
    node = doc[quoted[0]]
    nearest: Token | None = None
    while node.dep_ != "ROOT" and node.head.i != node.i:
        reported = node.dep_ not in ("advcl", "relcl", "conj")  # "… when she said …, while Smith called it “x”"
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        saying = node.lemma_.lower() in SPEECH_VERBS
        agents = [c for c in node.children if c.dep_ == "agent"]  # "dubbed “x” by A and “y” by B": the one after
        agent = next((c for c in agents if c.i > quoted[-1]), agents[-1] if agents else None)
        found = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else subject(node)
        if found is not None and ((sentence, found.i) in inside or (found.lower_ == "it" and node.lemma_ == "be")):
            found = None  # inside the quotation, or "It was a decision to go for a “girls' night out”"
        if reported and saying:
            return found  # "It warned that ...": who "it" is the parse cannot tell
        nearest = nearest or found
    return nearest
