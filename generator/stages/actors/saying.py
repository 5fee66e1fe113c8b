"""Who uses quoted words, read from the parse: the subject of a verb of saying, and for words quoted
inside the reporter's sentence, the subject of the clause they stand in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import LABELLING_VERBS, PERSON_NOUNS, SPEECH_ACT_NOUNS, SPEECH_VERBS
from ...language.speechacts import SAYING_PREPOSITIONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Document

_NEAR_ARCS = 2  # at most, from quoted words up to a clause whose subject uses them: "thanked X for their “y”"
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def subject(verb: Token) -> Token | None:
    """Who a verb of saying gives as the speaker: its subject, or that of the clause it hangs from (by a
    preposition too: "hit back by telling Radio Kestrel: ...")."""
    clause = verb
    for _ in range(3):  # "he was due to say", "..., describing it as", "appeared and said": the clause's subject
        quoted = [child for child in clause.children if child.dep_ == "dobj"] if clause.lemma_ == "quote" else []
        if quoted:  # "It quoted Trump (telling the leader) ...": who is quoted
            return quoted[0]
        subjects = [  # "it" of an active verb may stand for a body ("It warned that ...")
            child for child in clause.children
            if (child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and child.lower_ != "it"))
            and child.lower_ not in ("that", "which")
        ]
        if subjects:  # of two, the name ("Booker winner and Wolf Hall author Hilary Mantel" parsed as two)
            return next((child for child in subjects if child.pos_ == "PROPN"), subjects[0])
        if clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.lower_ in SAYING_PREPOSITIONS and (
                _colon_after(clause)):
            clause = clause.head.head  # "hit back by telling Radio Kestrel: ...": who hit back
            continue
        if clause.dep_ not in ("xcomp", "acomp", "conj") and not (clause.dep_ == "advcl" and clause.tag_ == "VBG"):
            break
        clause = clause.head
    return None


def _colon_after(verb: Token) -> bool:
    """Whether the first punctuation after a verb is a colon: it opens a quotation ("by telling Radio Kestrel:")."""
    return next((t.text for t in verb.doc[verb.i + 1 : verb.sent.end] if t.is_punct), "") == ":"


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


def clause_subject(
    document: Document, sentence: int, inside: frozenset[tuple[int, int]]
) -> tuple[Token | None, bool]:
    """Who uses the quoted words of a fragment: the subject of the verb of saying they depend on ("the
    report said the CSA was “in crisis”"), else of the clause they stand in (see :func:`_near`), or the agent of a
    passive ("was dubbed “drab” by Atwood"); and whether some clause above them has a subject (one a looser
    reading would give them to)."""
    found, verb, nearest, named = _users(document, sentence, inside)
    return (found, False) if verb is not None else (nearest, named)


def reported_by(
    document: Document, sentence: int, inside: frozenset[tuple[int, int]]
) -> tuple[Token | None, Token] | None:
    """The verb of saying nearest above quoted words in the parse, whose report they stand in ("he says Burns
    agrees the incident was “an accident”": "agrees"), and its subject; None when no such verb is above them."""
    found, verb, _, _ = _users(document, sentence, inside)
    return (found, verb) if verb is not None else None


def _users(
    document: Document, sentence: int, inside: frozenset[tuple[int, int]]
) -> tuple[Token | None, Token | None, Token | None, bool]:
    """(the subject of the verb of saying above quoted words, that verb, the subject of the clause they stand in,
    whether a clause above them has a subject)."""
    quoted = sorted(i for index, i in inside if index == sentence)
    if not quoted:
        return None, None, None, False
    doc = document.spans[sentence].doc
    after = next((t for t in doc[quoted[-1] + 1 : quoted[-1] + 3] if not t.is_punct), None)
    if after is not None and after.lower_ == "by":  # "branded “aloof” by Simon Marsh", whatever the parse
        agent = next((c for c in after.children if c.dep_ == "pobj"), None)
        if agent is not None and (agent.pos_ == "PROPN" or agent.lemma_.lower() in PERSON_NOUNS):
            return agent, None, agent, True
    node = doc[quoted[0]]
    path: list[Token] = []  # the words above the quoted ones, up to the one reached
    nearest: Token | None = None
    named = False  # some clause above has a subject
    open_, crossed = True, False  # a clause further up may still tell; the words stand in a subject or relative
    while node.dep_ != "ROOT" and node.head.i != node.i:
        reported = node.dep_ not in ("advcl", "relcl", "conj")  # "… when she said …, while Smith called it “x”"
        relative = node.dep_ in ("relcl", "acl") and (sentence, node.i) not in inside
        crossed = crossed or relative or node.dep_ in _SUBJECTS
        coordinated = node.dep_ == "conj"  # "apologised for his “deplorable actions” and “a moment's stupidity”"
        node = node.head
        if (sentence, node.i) not in inside and not coordinated:
            path.append(node)
        if node.pos_ not in ("VERB", "AUX"):
            continue
        saying = node.lemma_.lower() in SPEECH_VERBS
        agents = [c for c in node.children if c.dep_ == "agent"]  # "dubbed “x” by A and “y” by B": the one after
        agent = next((c for c in agents if c.i > quoted[-1]), agents[-1] if agents else None)
        found = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else subject(node)
        if found is not None and ((sentence, found.i) in inside or (found.lower_ == "it" and node.lemma_ == "be")):
            found = None  # inside the quotation, or "It was a decision to go for a “girls' night out”"
        if reported and saying:
            return found, node, nearest, True  # "It warned that ...": who "it" is the parse cannot tell
        named = named or found is not None
        if open_:
            open_, nearest = _near(node, found, path, crossed)
    return None, None, nearest, named


def _near(verb: Token, found: Token | None, path: list[Token], crossed: bool) -> tuple[bool, Token | None]:
    """(whether a clause further up may still tell, who uses quoted words in the clause of ``verb``): its subject
    ``found`` when it labels them ("Mr Howard attacked the “chaotic” system", "described Kate as being like a
    “shop window mannequin”"), or they stand in a speech act ("launched an attack on the “chaotic” system"), or a
    couple of words away ("thanked the trio for their “dedication”"). Words in a subject or a relative clause, after
    "be", in a person's speech act ("Hain's description of him as an “attack mongrel”"), or deep in a clause of
    another verb ("the first stop on her “listening” tour", "expanding it to residents in its “neighbourhoods”")
    are nobody's: scare quotes."""
    nouns = path[1:-1]  # the noun the words qualify is no speech act of theirs ("Britain's “chaotic” system")
    if crossed or any(c.dep_ == "poss" and c.pos_ == "PROPN" for noun in nouns for c in noun.children):
        return False, None
    if verb.lemma_ == "be":
        return not any(c.dep_ in _SUBJECTS for c in verb.children), None  # "described X as being like ..."
    if found is None:
        return True, None
    labelled = verb.lemma_.lower() in LABELLING_VERBS or any(t.lemma_.lower() in SPEECH_ACT_NOUNS for t in nouns)
    return False, found if labelled or len(path) <= _NEAR_ARCS else None
