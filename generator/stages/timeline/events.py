"""The text of a date's event: the clause the date belongs to, or the noun phrase it qualifies, with its content
words; none for a date in a clause that cannot be told alone, a relative clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...language.clauses import clause_text, sentence_text
from ...language.grammar import SUBJECT_DEPS
from ...language.pieces import relative_subject, without_later, without_other_date
from ...language.tense import governing_verb, verb_is_future
from ...language.tokens import join

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CONTENT = frozenset({"NOUN", "PROPN", "VERB"})
_ASIDES = frozenset({"relcl", "acl", "appos", "punct", "advcl"})
MIN_EVENT_WORDS = 3
MIN_REPORT_WORDS = 6
_DEPENDENT = frozenset({"xcomp", "advcl", "acl", "pcomp", "pobj", "prep", "ccomp", "conj", "relcl", "dobj"})
_RELATIVES = frozenset({"which", "who", "that", "whom", "whose", "where", "when", "what"})
_OPEN_MARKS = frozenset({"whether", "if", "unless"})
_STOPPED = re.compile(r"[.!?][\"'”’]?$")  # a line that ends its sentence, its closing quote mark after the stop
_ASIDE_MARKS = frozenset({",", "-", "–", "—"})


def event(span: Span, root: Token, dated: set[int]) -> tuple[str, set[str], bool, Token | None] | None:
    """(the event's text, its content words, whether it is told in the future, the verb heading the text when the
    text is one clause), or None when the date belongs to a
    clause that cannot be told alone ("Exeter, who knocked out Doncaster on Saturday, will travel ...": the sentence
    would date what its main clause tells)."""
    verb, through_noun = governing_verb(root)
    if through_noun:
        noun = root.head
        while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i != noun.i:
            noun = noun.head
        tokens = [t for t in noun.subtree if not _aside(t, noun)]
        if len([t for t in tokens if t.i not in dated and t.is_alpha]) >= 2:
            text = clause_text_of(tokens)
            return text, event_words(tokens, dated), False, None
    if verb is None:
        return sentence_text(span), event_words(list(span), dated), False, None
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and _of_a_noun(verb.head):
        return None  # "contrasts with the findings of the index published earlier this month": the index's date
    if verb is not None and set_off_on_subject(verb):
        return None  # "The depot, built in 2004, was sealed off ...": the building's year, not the sealing off's
    while verb.dep_ in _DEPENDENT and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "…tried to merge two years ago": the clause with a subject
    text, head = clause_text(verb, reported=False), verb
    if len(text.split()) < MIN_REPORT_WORDS:  # "On Monday, Mr Howard said.": keep what he said
        text = clause_text(verb)
    text = without_other_date(without_later(text, verb, root), verb, dated)
    if verb.dep_ == "relcl" or relative_subject(verb):
        return None  # "the letter Lord Hartigan signed on April 9": the date of what tells who or what someone is
    if text.split() and text.split()[0].lower() in _RELATIVES:
        if verb.dep_ == "acl":
            return None
        text = sentence_text(span)  # "When the home was raided in 2011, detectives found ...": the whole sentence
        head = span.root
    if len(text.split()) < MIN_EVENT_WORDS:
        text, head = sentence_text(span), span.root
    return text, event_words(list(verb.subtree), dated), verb_is_future(verb), head


def _of_a_noun(noun: Token) -> bool:
    """Whether a noun hangs on another noun, not on its clause's verb: "the findings of the index" (not "In an op-ed
    published on Wednesday, X explained ...": the op-ed is where the clause takes place; nor its subject's)."""
    node, nouns = noun, 0
    while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
        nouns += node.pos_ in ("NOUN", "PROPN", "PRON")
    return nouns > 0 and node.dep_ not in SUBJECT_DEPS  # "All of the threats made on Monday" are what the clause tells


def set_off_on_subject(verb: Token) -> bool:
    """Whether a date's verb is a bare past participle set off by commas after its clause's subject, and that clause
    tells an event of its own: "Hals, named coach of the decade in 2019, also won three caps" (not a state the
    participle's date may date, "The Zeta 80, launched in 1985, was one of the first cheap home computers")."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject, before = verb.head, verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if subject.dep_ not in SUBJECT_DEPS or before is None or before.text not in _ASIDE_MARKS or before.i < subject.i:
        return False
    return subject.head.lemma_.lower() != "be" and subject.head.pos_ in ("VERB", "AUX")


def fits_sentence(date: Token) -> bool:
    """Whether the whole sentence may stand for the event of a date: not when the date is in a clause the sentence
    leaves open or sets a condition with ("to investigate whether the family was made ill after a fumigation on
    March 18", "if action is taken after the incident on Wednesday"), nor in a clause of someone's reported words
    joined after another with a subject of its own ("X had said Y has decided to step in and a decree could be
    signed this week": the week is the decree's, not the saying's)."""
    verb, _through_noun = governing_verb(date)
    while verb is not None:
        if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in verb.children) or verb.dep_ == "relcl":
            return False  # nor in a relative clause: "the Duchess, who is due to give birth later this month"
        if verb.dep_ == "conj" and verb.head.dep_ in ("ccomp", "parataxis") and _subject_of_its_own(verb):
            return False  # (not "X have approved the deal and it is expected to conclude in 2025": no one's words)
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return True


def _subject_of_its_own(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def clause_text_of(tokens: list[Token]) -> str:
    """A noun phrase as a line: "Friday's phone call between Trump and Xi."; one stop only, when its last word already
    ends with one ("... both a 'gift' and a 'burden'.")."""
    text = join(tokens).strip(" ,;:")
    text = text[0].upper() + text[1:]
    return text if _STOPPED.search(text) else text + "."


def _aside(token: Token, head: Token) -> bool:
    node = token
    while node.i != head.i:
        if node.head.i == head.i:
            return node.dep_ in _ASIDES
        node = node.head
    return False


def event_words(tokens: list[Token], dated: set[int]) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in _CONTENT and not t.is_stop and t.i not in dated}
