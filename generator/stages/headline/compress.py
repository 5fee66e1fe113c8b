"""Compressing a sentence into a headline: who did what, in headline grammar.

A headline keeps the main clause's subject, verb and object and drops what
only qualifies them: determiners, relative clauses, appositions, most
prepositional phrases.  Words are added in rounds of decreasing weight (the
core first, then numbers and names, then one place or time phrase) while
the headline stays within its word limit, so it is never a sentence cut
short; if room is left, a last noun gets the phrase that completes it
("start of retirement", "restrictions on foreign ownership").  The verb is
put in headline tense (see :mod:`.tense`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import SPEECH_VERBS
from .tense import verb_group

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OBJECTS = ("dobj", "attr", "dative", "oprd", "acomp")
NAME_PARTS = ("compound", "flat", "nmod", "poss", "case", "amod", "nummod", "quantmod")
# A headline must not end on one of these.
DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART", "PRON", "PUNCT"})
# Determiners a headline keeps: dropping them would turn the meaning round ("left her with no choice").
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
_VERBS = ("VERB", "AUX")


def headline(span: Span, limit: int, bounds: tuple[int, int] | None = None) -> str | None:
    """A headline of at most ``limit`` words built from ``span``'s main clause, if it has one.

    ``bounds`` are the characters where the sentence really starts and ends
    when scraping glued something to its first or last token ("linkJak
    Trueman", "in 2011.Mr"): what lies outside is left out of that word.
    """
    root = main_verb(span)
    if root is None:
        return None
    rounds = _rounds(root)
    kept: set[int] = set()
    for extra in rounds:
        trial = kept | extra
        if len(_words(span, trial, root, bounds)) > limit:
            if not kept:
                return None
            break
        kept = trial
    complement = _dropped_complement(root.doc[max(kept)]) if kept else set()
    if complement and len(_words(span, kept | complement, root, bounds)) <= limit:
        kept |= complement  # "film is start of ...", "agrees to pay total of $...": the noun needs its phrase
    words = _words(span, kept, root, bounds)
    while words and words[-1][1] in DANGLING:
        words.pop()
    if len(words) < 2:
        return None
    text = " ".join(word for word, _ in words)
    return text[:1].upper() + text[1:]


def main_verb(span: Span) -> Token | None:
    """The verb of the clause that carries the news, with its own subject.

    In "Prices rose, the company said" that is "rose", not the attribution.
    """
    root = span.root
    reported = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i and c.pos_ in _VERBS]
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if reported and (root.lemma_ in SPEECH_VERBS or (subjects and subjects[0].i > reported[0].i)):
        root = reported[0]  # "X happened, a judge ruled": the news is what happened
    subjects = [child for child in root.children if child.dep_ in SUBJECT_DEPS]
    if root.pos_ not in _VERBS or not subjects or subjects[0].pos_ == "PRON":
        return None  # "This is the moment ...", "He said ...": the headline would not say who
    return root


def _rounds(root: Token) -> list[set[int]]:
    """Token indices to keep, round by round: core, then modifiers, then one phrase."""
    core: set[int] = {root.i}
    names: set[int] = set()
    for child in root.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in OBJECTS:
            core |= _noun_core(child)
            names |= _noun_modifiers(child)
            if root.lemma_ in SPEECH_VERBS:  # "told advisers he wants ...", parsed as a relative clause
                core |= {i for c in child.children if c.dep_ == "relcl" and _bare(c) for i in _clause_core(c)}
        elif child.dep_ == "prt" or (child.dep_ == "prep" and child.i == root.i + 1 and not _has_object(child)):
            core.add(child.i)  # "ruled out", "turned down"
        elif child.dep_ == "advmod" and root.lemma_ == "be" and child.i > root.i and not _has_complement(root):
            core.add(child.i)  # "are here to stay"
        elif child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX", "ADJ"):
            core |= _clause_core(child)
        if child.dep_ == "acomp":  # "would be able to interact"
            core |= {i for c in child.children if c.dep_ == "xcomp" for i in _clause_core(c)}
    verbs = sorted((token for token in root.doc[root.left_edge.i : root.right_edge.i + 1] if token.i in core
                    and token.pos_ in _VERBS), key=lambda token: token.i)
    phrase: set[int] = set()
    for verb in verbs:
        for child in verb.children:
            # Not a comparison's "than ...": without its "rather" or "more" it makes no sense.
            if not phrase and (child.dep_ == "agent" or (child.dep_ == "prep" and child.i > verb.i
                                                         and child.lower_ != "than")):
                phrase = _phrase(child)
    return [core, names, phrase]


def _dropped_complement(last: Token) -> set[int]:
    """The phrase that completes a headline's last noun ("start of the tour"), if it was left out."""
    if last.pos_ != "NOUN":
        return set()
    for child in last.children:
        if child.dep_ == "prep" and child.i > last.i:
            return _phrase(child)
    return set()


def _bare(clause: Token) -> bool:
    """Whether a clause has its own subject and no relative pronoun (a reported clause)."""
    children = list(clause.children)
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WDT", "WP") for c in children) and not any(
        c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in children)


def _has_object(preposition: Token) -> bool:
    return any(child.dep_ in ("pobj", "pcomp") for child in preposition.children)


def _has_complement(verb: Token) -> bool:
    return any(child.dep_ in ("attr", "acomp", "xcomp", "oprd") for child in verb.children)


def _clause_core(verb: Token) -> set[int]:
    """The core of an embedded clause: its verb, its "to", its subject and object heads."""
    kept = {verb.i}
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg"):
            kept.add(child.i)
        elif child.dep_ in SUBJECT_DEPS or child.dep_ in OBJECTS:
            kept |= _noun_core(child)
        elif child.dep_ in ("xcomp", "ccomp", "prt"):
            kept |= _clause_core(child) if child.pos_ in ("VERB", "AUX") else {child.i}
    return kept


def _noun_core(noun: Token) -> set[int]:
    """A noun and the parts of its name ("Time Warner"); a person by surname, as headlines do."""
    person = _person(noun)
    if person:
        return person
    kept = {noun.i}
    for child in noun.children:
        if _negative_determiner(child) or (noun.dep_ == "attr" and child.dep_ == "amod" and child.i == noun.i - 1):
            kept.add(child.i)  # "no choice"; "is a far cry": a complement's adjective is its meaning
        if _as_much_as(noun, child):
            kept.add(child.i)  # "as likely as men": without the first "as" the comparison turns round
        if _written_together(noun, child):  # "76-year-old", "well-known": one word in the article
            kept |= set(range(child.left_edge.i, noun.i))
        elif child.dep_ in ("compound", "flat") or (
                child.dep_ in ("nummod", "quantmod", "nmod") and child.pos_ in ("NUM", "SYM", "PROPN")):
            kept |= {token.i for token in child.subtree}
        elif child.dep_ == "appos" and child.pos_ == "PROPN":
            kept |= _noun_core(child)
        elif child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):  # "GM and Ford"
            kept |= _noun_core(child) | {c.i for c in noun.children if c.dep_ == "cc"}
    return kept


def _written_together(noun: Token, child: Token) -> bool:
    """Whether a modifier before ``noun`` is written together with it, hyphenated: "76-year-old"."""
    doc = noun.doc
    return child.i < noun.i and all(not doc[k].whitespace_ for k in range(child.left_edge.i, noun.i))


def _as_much_as(head: Token, child: Token) -> bool:
    """Whether ``child`` is the first "as" of an equal comparison ("as likely as", "as big as")."""
    return child.dep_ == "advmod" and child.lower_ == "as" and any(
        other.dep_ == "prep" and other.lower_ == "as" for other in head.children
    )


def _negative_determiner(token: Token) -> bool:
    return token.dep_ == "det" and token.lower_ in NEGATIVE_DETERMINERS


def _person(noun: Token) -> set[int]:
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


def _noun_modifiers(noun: Token) -> set[int]:
    """Adjectives, numbers, possessors and one phrase of a noun (no clauses, no determiners)."""
    kept: set[int] = set()
    phrase: set[int] = set()
    for child in noun.children:
        if child.dep_ in NAME_PARTS:
            kept |= {token.i for token in child.subtree if token.dep_ != "det"}
        elif child.dep_ == "prep" and not phrase:
            phrase = _phrase(child)
    return kept | phrase


def _phrase(preposition: Token) -> set[int]:
    """A prepositional phrase, its object reduced to its core."""
    kept = {preposition.i}
    for child in preposition.children:
        objects = [c for c in child.children if c.dep_ == "dobj"]
        if child.dep_ == "pcomp" and child.pos_ == "VERB" and objects and not any(
                c.dep_ in ("aux", "auxpass") for c in child.children):  # "accused of killing an employee"
            kept |= {child.i} | _noun_core(objects[0])
        if child.dep_ == "pobj":
            kept |= _noun_core(child) | {c.i for c in child.children if c.dep_ == "amod" and c.i == child.i - 1}
    return kept if len(kept) > 1 else set()


def _words(span: Span, kept: set[int], root: Token, bounds: tuple[int, int] | None = None) -> list[tuple[str, str]]:
    """The kept words in order, as (text, part of speech), the main verb in headline tense.

    Tokens written together in the article ("Kilroy-Silk", "$1.13bn") stay
    together as one word.
    """
    words: list[tuple[str, str]] = []
    previous: Token | None = None
    bracketed = _bracketed(span)
    kept = _hyphenated(span, kept - {root.i}) | {root.i}
    for token in span:
        if token.i == root.i:
            words.extend(verb_group(root))
        elif token.i in kept and token.i not in bracketed and not (
                token.is_punct and token.text not in ("-", "/", "%")) and (
                # "all-time": a determiner written together with the next word is part of it
                token.dep_ != "det" or _negative_determiner(token) or not token.whitespace_):
            glued = previous is not None and previous.i == token.i - 1 and not previous.whitespace_
            # A particle ("ruled out", "says he is coming out") may end a headline: it counts as an adverb.
            particle = token.dep_ == "prt" or (
                token.dep_ == "prep" and token.head.i == root.i and token.i == root.i + 1)
            pos = "ADV" if particle else token.pos_
            begin, end = bounds or (token.idx, token.idx + len(token.text))
            text = token.text[max(0, begin - token.idx) : max(0, end - token.idx)]
            if glued and words:
                words[-1] = (words[-1][0] + text, pos)
            elif text and not (token.idx < begin and text.lower() in ("the", "a", "an")):
                words.append((text, pos))
        else:
            previous = None
            continue
        previous = token
    return words


def _hyphenated(span: Span, kept: set[int]) -> set[int]:
    """The kept tokens with the rest of any word they are hyphenated into ("on-going", "long-running")."""
    doc = span.doc
    whole = set(kept)
    for index in kept:
        left = index
        while left - 2 >= span.start and doc[left - 1].text == "-" and not (
                doc[left - 2].whitespace_ or doc[left - 1].whitespace_):
            left -= 2
        right = index
        while right + 2 < span.end and doc[right + 1].text == "-" and not (
                doc[right].whitespace_ or doc[right + 1].whitespace_):
            right += 2
        whole |= set(range(left, right + 1))
    return whole


def _bracketed(span: Span) -> set[int]:
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
