"""Which constituents a line may lose of its sentence (:mod:`generator.language.faithful`'s cuts): a line is one
constituent of its sentence with a finite verb and its subject; what it leaves out is at its edges, or set off by
punctuation inside it, and holds no negation, modal, condition, attribution, exception, nor a complement of a word
it keeps; nothing above it that it leaves out says it is someone's view, negated, possible or conditional.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import OPINION_VERBS
from .tokens import FINITE_TAGS as FINITE_TAGS
from .tokens import opens_sentence, tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Markers of a condition or a concession: a clause they open may not be cut from a line.
CONDITIONS = frozenset({"if", "unless", "although", "though", "whereas", "provided", "providing", "lest"})
# Marks of a time clause that tells a fact whatever the clause above it says ("... after the government ignored ...").
TOLD_TIMES = frozenset({"after", "since", "when", "once"})
# Words opening an exception, or a sentence's set counted in: cut, the line says more ("Apart from this", "Of the ten").
EXCEPTIONS = frozenset({"apart", "except", "besides", "aside", "excluding", "barring"})
SETS = frozenset({"of", "outside", "among", "amongst"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "neither", "without", "nobody", "nothing", "none"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# What a verb or preposition needs after it: cut, the line asks "what?" ("The council approved.").
_COMPLEMENTS = frozenset({"ccomp", "dobj", "xcomp", "attr", "acomp", "oprd", "dative", "pobj", "pcomp"})
_ASIDE_MARKS = frozenset({",", "-", "–", "—", "(", ")", ";", ":"})


def cut_problems(source: Span, kept: set[int]) -> list[str]:
    """What is wrong with keeping only the tokens ``kept`` of ``source`` (document indices)."""
    found: list[str] = []
    words = [token for token in tokens(source) if is_word(token)]
    tops = [token for token in words if token.i in kept and (token.head.i not in kept or token.head.i == token.i)]
    if len(tops) != 1:
        return ["not one constituent of the sentence"]
    top = tops[0]
    removed = [token for token in words if token.i not in kept]
    if _cut_inside(source, kept):
        found.append("words cut from inside the line")
    for token in removed:
        problem = _lost(token, kept)
        if problem:
            found.append(problem)
            break
    governing = [token for token in top.ancestors]
    told = _told_time(top)
    for token in governing:
        problem = _governs(token, modal=not told)
        if problem:
            found.append(problem)
            break
    if not _finite_with_subject(top, kept):
        found.append("no finite verb with its subject")
    return list(dict.fromkeys(found))


def is_word(token: Token) -> bool:
    return not (token.is_punct or token.is_space) or token.text in ("$", "£", "€", "%")


def _cut_inside(source: Span, kept: set[int]) -> bool:
    """Whether a run of removed words inside the line is not set off by punctuation."""
    first, last = min(kept), max(kept)
    doc = source.doc
    index = first
    while index <= last:
        if index in kept or not is_word(doc[index]):
            index += 1
            continue
        start = index
        while index <= last and index not in kept:
            index += 1
        before, after = doc[start - 1], doc[index] if index < len(doc) else None
        set_off = before.text in _ASIDE_MARKS or (after is not None and after.text in _ASIDE_MARKS)
        set_off = set_off or any(doc[i].text in _ASIDE_MARKS for i in (start, index - 1))
        if not set_off:
            return True
    return False


def _lost(token: Token, kept: set[int]) -> str | None:
    """What a removed token takes from the line when its head is kept."""
    lower = token.lower_
    if token.head.i not in kept:
        return None
    if token.dep_ == "neg" or lower in NEGATIONS:
        return "drops a negation"
    if token.tag_ == "MD":
        return "drops a modal"
    if any(child.lower_ in CONDITIONS and child.dep_ in ("mark", "advmod") for child in token.subtree):
        return "drops a condition or concession"
    if lower == "according" or any(t.lower_ == "according" for t in token.subtree):
        return "drops an attribution"
    if lower in EXCEPTIONS or token.left_edge.lower_ in EXCEPTIONS or (lower in SETS and opens_sentence(token)):
        return "drops an exception to what it keeps, or the set it counts from"
    # "The plan will fail, the minister said": a verb of saying hung on the kept clause attributes it; one in a
    # clause of its own ("..., saying ...", "which asks for ...") goes with its clause and attributes nothing kept.
    if token.lemma_.lower() in OPINION_VERBS and token.pos_ == "VERB" and token.dep_ in ("parataxis", "ccomp"):
        return "drops an attribution"
    if token.dep_ in _COMPLEMENTS:  # "Speaking on Tuesday, the president said.": said what?
        return "drops the complement of a word it keeps"
    return None


def _told_time(top: Token) -> bool:
    """Whether the kept clause is a time clause in the past ("after the government ignored an order last week"): what
    it tells happened, and a modal of the clause above it ("will attempt ... after ...") is not the kept clause's."""
    past = top.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in top.children)
    return top.dep_ == "advcl" and past and any(c.dep_ == "mark" and c.lower_ in TOLD_TIMES for c in top.children)


def _governs(token: Token, *, modal: bool = True) -> str | None:
    """What a removed word above the kept clause says of it (``modal``: whether a modal above it counts)."""
    if token.lemma_.lower() in OPINION_VERBS and token.pos_ in ("VERB", "AUX"):
        return "drops the attribution of what it keeps"
    children = list(token.children)
    if any(child.dep_ == "neg" or child.lower_ in NEGATIONS for child in children):
        return "drops a negation of what it keeps"
    if modal and any(child.tag_ == "MD" for child in children):
        return "drops a modal of what it keeps"
    if any(child.lower_ in CONDITIONS for child in children) or token.lower_ in CONDITIONS:
        return "drops a condition of what it keeps"
    if token.lower_ in ("according", "whether"):
        return "drops an attribution"
    return None


def _finite_with_subject(top: Token, kept: set[int]) -> bool:
    """Whether the kept constituent is a clause: a finite verb (or a finite auxiliary) and a subject."""
    verbs = [top, *(child for child in top.children if child.dep_ == "conj" and child.i in kept)]
    for verb in verbs:
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i in kept]
        finite = verb.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS for a in auxiliaries)
        subject = any(c.dep_ in SUBJECTS and c.i in kept for c in verb.children)
        if finite and subject:
            return True
    return False
