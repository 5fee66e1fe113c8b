"""The constituents a headline may leave out to be shorter, in groups tried in turn.

See :mod:`.constituents` for what a headline always leaves out and what it never may: the groups here are
what is left, a relative clause that says which one, the descriptions before a name, what the verb is for,
its adverbial phrases, a date, a noun's qualifiers, a person's given names, and a hypothetical "if" clause.
A noun's phrase that says what it bears on ("embargo on China", "plans to end X") is not one of its qualifiers:
it goes with the noun (its words in :data:`generator.language.phrases.NOUN_ARGUMENTS`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import NAME_JOINERS
from ...language.phrases import NOUN_ARGUMENTS, PHRASE_ADVERBS
from .complements import (
    VERBS,
    complement,
    completes,
    continued,
    has_object,
    in_verb_chain,
    relative,
    what_for,
    when_clause,
)
from .constituents import cleft, hypothetical_condition, is_time, misread_name, protected, set_off
from .cuts import bare_number, misread_noun, nested_of
from .words import NAMED, TO_PREPOSITIONS, describes_name, names_after_it

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def optional_constituents(root: Token, clause: set[int]) -> list[tuple[list[set[int]], bool]]:
    """Constituents a headline may leave out to be shorter, in groups tried in turn, the rightmost first: first,
    only when the headline would be too long, a relative clause that says which one; then the descriptions
    before a name ("insurance broker Marsh", "US retail giant Federated"); then the phrases of what the verb is for
    ("to tie with X on 16 under par"), and, only when still too long, that clause whole ("created graphs to reveal
    ..."); then the verb's adverbial phrases (with a bare word the parser hung beside one, "thanks" of "thanks to");
    then, only when the headline would otherwise be too long (the group's flag), a date or what led to the news
    ("after failing a test"), what qualifies a noun (a phrase, a participle clause), a person's given names, any
    description before a name, and last an "if" clause that a modal makes hypothetical ("would not rule out X if")."""
    verb_phrases: list[set[int]] = []
    dates: list[set[int]] = []
    inner: list[set[int]] = []
    purposes: list[set[int]] = []
    relatives: list[set[int]] = []
    noun_phrases: list[set[int]] = []
    descriptions: list[set[int]] = []
    titles: list[set[int]] = []
    conditions: list[set[int]] = []
    for index in sorted(clause, reverse=True):
        token = root.doc[index]
        if hypothetical_condition(token) and token.head.i in clause | {root.i}:
            conditions.append({t.i for t in token.subtree} & clause)
            continue
        if protected(token) or token.head.i not in clause | {root.i} or complement(token) or cleft(token) or any(
                relative(above) for above in token.ancestors) or continued(token) is not None:
            continue  # a relative clause opened by "who", "that" goes whole or not at all; an "of" with its phrase
        subtree = {t.i for t in token.subtree} & clause
        subtree |= {t.i for after in token.head.children if continued(after) == token for t in after.subtree} & clause
        subtree |= {i + 1 for i in subtree if i + 1 in clause and misread_name(root.doc[i + 1])}  # its name too
        subtree |= _name_after(root.doc, max(subtree, default=len(root.doc)), clause) | _word_before(token, clause)
        if token.dep_ == "prep" and _argument(token.head) and has_object(token) and not completes(token):
            noun_phrases.append(subtree)  # "plans to lift a ban [in the old town]": when too long, as the noun's own
        elif token.dep_ in ("prep", "agent") and in_verb_chain(token.head, root) and has_object(token) and (
                not completes(token)):
            # "to tie with X": what the verb is for goes by phrases first; "after failing a test" only when too long
            (inner if any(what_for(above) for above in token.ancestors) else dates if when_clause(token) else (
                verb_phrases)).append(subtree)
        elif token.dep_ == "prep" and in_verb_chain(token.head, root) and is_time(token):
            dates.append(subtree)  # "set to leave on 28 January": a date the verb might take, when too long
        elif what_for(token):  # whole, or at the aim if its second verb is left out anyway
            halved = any(t.dep_ == "conj" and t.pos_ in VERBS for t in token.subtree)
            (verb_phrases if halved else purposes).append(subtree)
        elif (relative(token) and not any(c.dep_ in SUBJECT_DEPS and c.i < token.i and not (
                c.tag_ in ("WDT", "WP") or c.lower_ == "that") for c in token.children)) or contact_relative(token):
            relatives.append(subtree)
        elif (token.dep_ == "acl" and token.tag_ == "VBD") or misread_noun(token) or bare_number(token.head):
            continue  # "two weeks paid holiday" (no participle), "Cup final", "two in five": a noun phrase split
        elif _argument(token):
            continue  # "arms embargo on China", "plans to end X": what the noun bears on goes with it
        elif (token.dep_ in ("prep", "acl", "relcl") or (token.dep_ == "amod" and token.i > token.head.i) or (
                token.dep_ == "appos" and token.pos_ == "NOUN")) and (
                (token.head.pos_ in ("NOUN", "PROPN", "NUM") or misread_noun(token.head)) and (
                token.lower_ != "of" or is_time(token) or nested_of(token))) and (
                relative(token) or not any(c.dep_ in SUBJECT_DEPS for c in token.children)):
            # not "no doubt it is ...", "told advisers he wants ...": a clause it needs
            noun_phrases.append(subtree)
        elif describes_name(token):
            descriptions.append(subtree | _described_before(token, clause))
        elif names_after_it(token):
            titles.append(subtree | _described_before(token, clause))
    given_names = [found & clause for found in given_names_of(root.doc) if max(found) + 1 in clause]
    return [(relatives, True), (descriptions, False), (inner, False), (purposes, True), (verb_phrases, True),
            (dates, True), (noun_phrases, True), (given_names, True), (titles, True), (conditions, True)]


def name_described(name: Token, clause: set[int]) -> set[int]:
    """The description a name follows with no comma, when the parser made the name its apposition ("the world's
    biggest carmaker [General Motors]", "US retail giant [Federated]"): the noun and what comes before it in its
    phrase, which a headline may do without as it does "Premiership side"; else nothing."""
    noun = name.head
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ not in NAMED or set_off(name) or (
            noun.pos_ != "NOUN" or name.left_edge.i != noun.i + 1 or noun.i not in clause):
        return set()
    return {token.i for token in noun.subtree if token.i <= noun.i} & clause


def _argument(phrase: Token) -> bool:
    """Whether ``phrase`` says what the noun it qualifies bears on ("embargo [on China]", "plans [to end X]"): the
    noun tells nothing without it, so it goes with the noun; its own phrases ("to end X [in May]") may go."""
    opening = _opening(phrase)
    return opening is not None and phrase.head.pos_ == "NOUN" and (
        NOUN_ARGUMENTS.get(phrase.head.lemma_.lower()) == opening)


def _opening(phrase: Token) -> str | None:
    """The preposition of a noun's phrase ("on" of "embargo on China"), or the "to" of its infinitive clause ("plans
    to end X")."""
    if phrase.dep_ == "prep":
        return phrase.lower_
    if phrase.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < phrase.i for c in phrase.children):
        return "to"
    return None


def contact_relative(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause with no relative word, its subject right after the object it
    qualifies ("defend the crown [they won in Seville]"): which one, if there is room; not after "is the ..." ("is
    the song Britons would most like ..."), which says nothing without it."""
    head = clause.head
    return clause.dep_ == "relcl" and not relative(clause) and head.dep_ in ("dobj", "pobj") and (
        clause.left_edge.i == head.i + 1) and any(
        c.dep_ in SUBJECT_DEPS and c.left_edge.i == clause.left_edge.i for c in clause.children)


def _word_before(phrase: Token, clause: set[int]) -> set[int]:
    """The word before a "to" that makes a preposition with it ("thanks to"), or an adverb of it ("only via X")."""
    word = phrase.doc[max(phrase.left_edge.i - 1, 0)]
    alone = [child.i for child in word.children] in ([], [phrase.i]) and phrase.head.i in (word.i, word.head.i)
    adverb = phrase.dep_ == "prep" and word.lower_ in PHRASE_ADVERBS and word.head.i == phrase.head.i
    joined = (word.lower_ in TO_PREPOSITIONS and phrase.lower_ == "to") or adverb
    return {word.i} & clause if joined and alone else set()


def _name_after(doc: Doc, last: int, clause: set[int]) -> set[int]:
    """A name right after a phrase, hung on the noun before it ("shares in retail group Acme"): the phrase's."""
    name = doc[min(last + 1, len(doc) - 1)]
    # a name read as a preposition ("helping retailer Acme inflate ...", "Acme" a "prep" of a noun before): misread too
    misread = name.dep_ == "appos" or (name.dep_ == "prep" and name.pos_ == "PROPN")
    fits = name.i == last + 1 == name.left_edge.i and misread and name.head.i < last and not set_off(name)
    return {t.i for t in name.subtree} & clause if fits else set()


def _described_before(description: Token, clause: set[int]) -> set[int]:
    """The name's other modifiers right before a description ("brewing" of "brewing giant Foster's Group", read as
    two): they describe it with it, and go with it."""
    doc, found = description.doc, set()
    word = description.left_edge.i - 1
    while word >= 0 and word in clause and doc[word].head.i == description.head.i and doc[word].dep_ in (
            "compound", "amod", "nmod"):
        found |= {t.i for t in doc[word].subtree}
        word = doc[word].left_edge.i - 1
    return found & clause


def given_names_of(doc: Doc) -> list[set[int]]:
    """A person's given names, which a headline may leave out: "Alan" of "Alan Greenspan", "Robert" of "Robert De
    Niro" (the words that join a surname, "De", "van", "bin", are the surname's)."""
    found = []
    for name in doc.ents:
        surname = name.end - 1
        while surname - 1 > name.start and doc[surname - 1].lower_ in NAME_JOINERS:
            surname -= 1
        if name.label_ == "PERSON" and surname > name.start:
            found.append(set(range(name.start, surname)))
    return found
