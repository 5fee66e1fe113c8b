"""Which constituents of a clause a headline shows; which it may leave out to be shorter is :mod:`.optional`'s.

See :mod:`.compress` for the rules: asides are always left out (not a relative clause that says which
one, with no comma before it); the verb's adverbial phrases, a noun's qualifiers and the descriptions
before a name may be; a condition, a negation, an attribution, the verb's complement and the stretch a first or a
best is counted over ("first title in five years") never are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.faithful import CONDITIONS, NEGATIONS
from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import OPINION_VERBS, TIME_NOUNS
from .complements import VERBS, complement, completes, continued, for_to, purpose, relative
from .cuts import misplaced_object
from .tense import keeps_auxiliaries
from .words import article, bracketed_tokens, fixed_of_a

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Clauses and phrases a headline always leaves out: they qualify the news, they are not it.
ASIDES = frozenset({"relcl", "advcl", "appos", "parataxis", "intj", "meta", "dep", "preconj"})
# What the parser reads a name as when it splits the name from its description ("leaders Ashing").
MISREAD = frozenset({"advcl", "dep", "parataxis"})
# Adverbs a headline leaves out: they place the news in time or link it to what came before.
LOOSE_ADVERBS = frozenset("""also now still already just today yesterday tonight recently earlier later then finally
    currently however meanwhile moreover furthermore instead again once soon""".split())
# Verbs whose "and" joins the verb of what is done, not a second event ("try and defend", "go and see").
PSEUDO_COORDINATING = frozenset({"try", "go", "come", "wait"})
# Modals that make what they say hypothetical, with or without an "if" clause.
HYPOTHETICAL = frozenset({"would", "could", "might", "may"})
# Set-off marks: a constituent that opens after one of them is an aside.
_SET_OFF = frozenset({",", "-", "--", "–", "—", "(", ";", ":"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Prepositions of the stretch a first or a best is counted over ("first title in five years", "best since 1990").
_OVER = frozenset({"in", "since", "for"})


def clause_tokens(root: Token, span: Span) -> set[int]:
    """The main clause's tokens a headline may show: no asides, no punctuation, no articles."""
    kept: set[int] = set()
    bracketed = bracketed_tokens(span)
    aside: set[int] = set()
    for token in root.subtree:
        if token.i == root.i:
            continue
        if always_out(token, root):
            aside |= {t.i for t in token.subtree}
    for token in root.subtree:
        if token.i in aside or token.i in bracketed or token.i < span.start or token.i >= span.end:
            continue
        if token.is_punct and token.dep_ != "case" and (  # "Thomas' team-mate": the possessive's mark stays
                token.text not in ("-", "/", "%", "&") or (token.text == "-" and token.whitespace_)):
            continue
        if article(token) and token.whitespace_ and token.head.dep_ != "poss" and not fixed_of_a(token):
            continue  # "the", "a"; not "this" of "this year's event", nor the "a" of "one hell of a show"
        if token.head.i == root.i and token.dep_ in ("aux", "auxpass", "neg") and not keeps_auxiliaries(root):
            continue  # the verb group says them (see .tense)
        if token.dep_ == "poss" and token.tag_ == "PRP$":
            continue  # "its Leeds plant": a headline says "Leeds plant"
        kept.add(token.i)
    return {index for index in kept if not (misread_name(span.doc[index]) and index - 1 not in kept)}


def always_out(token: Token, root: Token) -> bool:
    """Whether a headline leaves ``token``'s constituent out whatever room it has."""
    if protected(token) or any(counted_over(above) for above in token.ancestors):
        return False  # "in [almost] five years": the stretch whole
    if (phrase := continued(token)) is not None:
        return always_out(phrase, root)  # "in the space of 138 seconds": out with the phrase it continues, or not
    head = token.head
    if token.dep_ == "appos" and not set_off(token):
        return False  # "leaders Yeading": a name that follows its description without a comma
    if misread_name(token):
        return False  # "leaders Ashing" read as a clause of its own: the name the description needs
    if misread_name(head) and token.i > head.i:
        return True  # what the parser hung on that name: misread too, and not needed
    if cleft(token):
        return False  # "it is the minister who ...": the cleft needs its clause
    if token.dep_ == "relcl" and not set_off(token) and not relative(token):
        return False  # "as the deadline ... passed": no relative word, perhaps not a relative clause at all
    if token.dep_ == "prep" and head.pos_ in VERBS and not complement(token) and any(
            g.dep_ in ("advcl", "ccomp") for c in token.children for g in c.children):
        return True  # "as the deadline for voters to choose passed": a clause the parser read as a phrase
    if token.dep_ == "relcl" and not set_off(token):
        return False  # "a phone that responds to movements": which one it is, if there is room
    if token.dep_ == "conj" and head.dep_ == "relcl" and not set_off(head):
        return False  # "a phone that recognises and responds to movements": the clause whole
    if token.dep_ == "advcl" and purpose(token):
        return False  # "created graphs to reveal ...": what the verb is for may stay if there is room
    if for_to(token):
        return False  # "called for an independent body to be set up": what the verb asks for
    if token.dep_ in ASIDES:
        return True
    if token.dep_ == "ccomp" and head.lemma_ not in OPINION_VERBS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children) and any(
            c.dep_ == "prep" and head.i < c.i < token.i for c in head.children):
        return True  # "have begun on the last day that hunting is legal": a relative clause read as a complement
    if token.dep_ == "mark" and token.lower_ == "that" and not (head.dep_ == "acl" and head.head.dep_ in SUBJECT_DEPS):
        return True  # "said that ...": a headline says "says ..."; not "the fear that ... grows", its subject
    if token.dep_ in ("cc", "conj") and head.pos_ in VERBS and head.i == root.i:
        return True  # "... and then ...": a second clause
    if token.dep_ == "conj" and token.pos_ in VERBS and not pseudo_coordinated(token):
        return True
    if token.dep_ == "cc" and head.pos_ in VERBS and any(c.dep_ == "conj" and c.i > token.i and always_out(c, root)
                                                         for c in head.children) and complete_before(head, token):
        return True  # "says man arrested [and had now been bailed]": the "and" goes with the verb it joins
    if token.dep_ in ("ccomp", "xcomp") and token.i < head.i and head.lemma_ not in OPINION_VERBS and set_off(token):
        return True  # "Despite X pulled low, Y cuts ...": a clause before the verb, set off, is not its complement
    if token.dep_ == "advmod" and token.lower_ in LOOSE_ADVERBS and not (
            token.lower_ == "again" and any(c.dep_ == "neg" for c in head.children)):
        return True  # not the "again" of "never ... again": "vows never to drink" would say another thing
    if misplaced_object(token):
        return True  # "urged Villa to man up [as he labelled ...] QPR": the parser hung a word of the clause on it
    if token.dep_ in ("prep", "advmod", "npadvmod") and is_time(token) and not (
            token.dep_ == "prep" and head.pos_ in VERBS and completes(token)) and not (  # "was held in 2011" keeps it
            token.lower_ == "of" and head.pos_ in ("NOUN", "PROPN")) and not (  # "the space of 138 seconds"
            deadline(token)):  # "will be a pensioner by 2040": those two, only if too long
        return True  # "on Monday", "last week"
    if token.dep_ in ("conj", "cc", "punct") or complement(token):
        return False
    return set_off(token)  # "..., a decision that ...", "Despite the rain, ..."


def deadline(phrase: Token) -> bool:
    """Whether a phrase of time is the "by" of what is to come ("will be a pensioner by 2040", "to double by 2050"):
    when it will be so, which the forecast does not tell without it; not the date of an event."""
    verb = phrase.head  # or the verb of the phrase it is hung on: "be a pensioner by 2040", "run on power by 2030"
    while verb.pos_ not in VERBS and verb.dep_ in ("attr", "dobj", "acomp", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    return phrase.dep_ == "prep" and phrase.lower_ == "by" and verb.pos_ in VERBS and any(
        child.dep_ == "aux" and (child.tag_ == "MD" or child.lower_ == "to") for child in verb.children)


def complete_before(verb: Token, conjunction: Token) -> bool:
    """Whether ``verb`` says all it says before ``conjunction``: it has a word of its own between them, or is passive
    ("was arrested [and bailed]"); not "can make [or break a manager]", whose object the second verb carries."""
    return any(child.dep_ == "auxpass" or (verb.i < child.i < conjunction.i and not child.is_punct)
               for child in verb.children)


def pseudo_coordinated(verb: Token) -> bool:
    """Whether ``verb`` is the "defend" of "try and defend": the base form right after "try and", "go and", which
    says what is tried; without it the headline ends on "try and"."""
    head, doc = verb.head, verb.doc
    return verb.dep_ == "conj" and head.lemma_ in PSEUDO_COORDINATING and head.tag_ in ("VB", "VBP") and (
        verb.i == head.i + 2 and doc[head.i + 1].lower_ == "and")


def misread_name(token: Token) -> bool:
    """Whether ``token`` is a name right after its description that the parser read as a clause or an aside
    ("face a trip to league leaders Ashing in the cup", "Ashing" an adverbial clause): it belongs to the noun."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return token.dep_ in MISREAD and token.left_edge.i == token.i and before is not None and (
        before.pos_ == "NOUN" and bool(before.whitespace_) and before.i in {t.i for t in token.head.subtree}) and (
        token.is_title and token.pos_ in ("PROPN", "VERB", "NOUN") and token.ent_type_ not in _TIME_ENTITIES)


def cleft(token: Token) -> bool:
    """Whether ``token`` is the clause of a cleft ("it is the minister who ..."), which the sentence needs."""
    head = token.head
    return token.dep_ == "relcl" and head.dep_ == "attr" and any(c.lower_ == "it" for c in head.head.children)


def set_off(token: Token) -> bool:
    """Whether punctuation sets ``token``'s constituent off: "Despite the rain, ...", "..., in a statement, ..."."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    before = left > 0 and left > token.head.left_edge.i and _sets_off(doc[left - 1])
    after = right < token.head.i and right + 1 < len(doc) and _sets_off(doc[right + 1])
    return before or after


def _sets_off(mark: Token) -> bool:
    """Whether ``mark`` sets a phrase off: a comma, a dash, a bracket; not a hyphen inside a word ("Non-European")."""
    if mark.text not in _SET_OFF:
        return False
    doc = mark.doc
    return not (mark.text == "-" and not mark.whitespace_ and mark.i > 0 and not doc[mark.i - 1].whitespace_)


def hypothetical_condition(token: Token) -> bool:
    """Whether ``token`` opens an "if" clause on a verb group whose modal already says the news may not happen
    ("would not rule out scrapping the agency if it failed"): a headline too long with it may leave it out."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children) and any(
        above.pos_ in VERBS and any(c.tag_ == "MD" and c.lower_ in HYPOTHETICAL for c in above.children)
        for above in token.ancestors)


def asks_whether(token: Token) -> bool:
    """Whether every condition word in ``token``'s phrase is the "if" of an indirect question, a verb's complement
    ("to see if the party has plans"): it asks whether, it sets no condition on the news."""
    marks = [t for t in token.subtree if t.dep_ in ("mark", "advmod") and t.lower_ in CONDITIONS]
    return bool(marks) and all(t.lower_ == "if" and t.head.dep_ == "ccomp" and t.head.head.pos_ in VERBS
                               for t in marks)


def protected(token: Token) -> bool:
    """Constituents a headline never leaves out: a condition, a negation, an attribution ("according to"), the
    stretch a first or a best is counted over."""
    if counted_over(token):
        return True
    # a clause of its own ("... and it appears there's no slacking", "because he was not coping") goes whole, its
    # negation with it, and so does a participle clause set off after the verb ("..., choosing not to attend"):
    # what the headline keeps says no less
    own_clause = (token.pos_ in VERBS and token.dep_ in ("conj", "advcl", "relcl") and any(
        child.dep_ in SUBJECT_DEPS for child in token.children)) or trailing_participle(token)
    for inner in token.subtree:
        if inner.dep_ in ("mark", "advmod") and inner.lower_ in CONDITIONS and inner.head.i == token.i:
            return True
        if inner.lower_ == "according" or (not own_clause and (inner.dep_ == "neg" or inner.lower_ in NEGATIONS)):
            return True  # "according to X"; "with no other choice"
    return False


def counted_over(token: Token) -> bool:
    """Whether a phrase of time says over how long a first or a best is counted ("won her first title in almost five
    years", "its highest level since 1990"): without it, the headline tells a first ever or a record."""
    if token.dep_ != "prep" or token.lower_ not in _OVER or not is_time(token):
        return False
    head = token.head
    counted = [head] if head.pos_ in ("NOUN", "PROPN", "ADJ") else [
        child for child in head.children if child.dep_ in ("dobj", "attr", "acomp", "oprd", "npadvmod")]
    return any(word.tag_ in ("JJS", "RBS") or word.lower_ == "first" for noun in counted
               for word in (noun, *noun.children) if word.i != token.i)


def is_time(token: Token) -> bool:
    """Whether a phrase is a date or a time: "on Monday", "last week", or a noun of time that "this", "last" or "next"
    places, which the model may not mark as a date ("this season"; not "for the first time", "every day")."""
    words = [t for t in token.subtree if not t.is_punct]
    nouns = [t for t in words if t.pos_ not in ("ADP", "DET", "ADJ")]
    if nouns and all(t.lemma_.lower() in TIME_NOUNS - {"time"} for t in nouns) and any(
            t.lower_ in ("this", "last", "next") for t in words):
        return True
    return bool(words) and all(t.ent_type_ in _TIME_ENTITIES or t.pos_ in ("ADP", "DET") for t in words) and any(
        t.ent_type_ in _TIME_ENTITIES for t in words)


def trailing_participle(token: Token) -> bool:
    """Whether ``token`` heads a participle clause after its verb, set off by a comma ("refused to defend herself,
    choosing not to attend") or opened by a preposition ("reopened the dispute after claiming X was not good
    enough"; not "without"): a clause of its own, which a headline leaves out whole, its negation with it."""
    if token.dep_ == "prep" and token.lower_ not in NEGATIONS and token.i > token.head.i:
        return any(child.dep_ == "pcomp" and child.tag_ == "VBG" for child in token.children)
    return token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN") and token.i > token.head.i and set_off(token) and (
        not any(child.dep_ in ("mark", "advmod") for child in token.children if child.i < token.i))
