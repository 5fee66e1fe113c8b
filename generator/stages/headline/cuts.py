"""What a headline must not leave out around the words it keeps: the second part of "in conjunction with",
the name its last word describes ("leaders
[Yeading]"), the noun its last amount qualifies ("$6.75bn [buyout]"), the word before a conjunction it keeps, the
subject of a verb it keeps, a verb whose subject the parser read into a kept phrase, the "from" of a kept "to".
:mod:`.compress` refuses a headline that does.  And what the parser misreads so that leaving it out would cut a
phrase (:mod:`.constituents` keeps or drops it whole): a noun read as an adjective after another ("Cup final"), a
number's phrase that says what it counts ("two in five"), a word of a clause hung on the verb as a second object, a
clause's verb read as a participle qualifying the object of a verb of owning up ("accepted her mistakes
['contributed']"). Nor may a headline end on a clause cut short: a subject before its finite verb, a participle
without its words, an adverb that opens a clause left out ("regulations so").  A second "of" phrase may go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import AMOUNT_NOUNS, CLAUSE_VERBS
from ...language.phrases import FIXED_PHRASE_PREPOSITIONS
from .complements import VERBS, figure
from .words import TO_PREPOSITIONS, article, bracketed_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs of seeming: what they tell may not have come true ("looked set to take part").
SEEMING_VERBS = frozenset({"look", "seem", "appear"})


def cuts_off_a_name(span: Span, last: Token, kept: set[int]) -> bool:
    """Whether the headline ends on a description whose name the sentence gives next ("... leaders Yeading"),
    which a misparse can leave out: "trip to league leaders" would not say who; or on the "thanks" of "thanks to";
    or on an amount whose noun a bracket parts from it ("to halt $6.75bn [(£3.6bn) buyout]")."""
    following = last.i + 1
    if figure(last) and (noun := _after_brackets(span, last)) is not None and noun.i not in kept:
        return noun.pos_ == "NOUN"
    if following >= span.end or following in kept or last.pos_ != "NOUN" or not last.whitespace_:
        return False
    name = span.doc[following]
    named = name.is_title and name.pos_ in ("PROPN", "VERB", "NOUN") and name.ent_type_ not in ("DATE", "TIME")
    return named or last.lower_ in TO_PREPOSITIONS


def ends_before_its_phrase(span: Span, last: Token, kept: set[int]) -> bool:
    """Whether the headline ends right before a phrase it leaves out that its last word may need: one the parser
    hung on a word before a verb or an adjective ("accepts mistakes 'contributed' [to the deaths]", "Jackson
    subjected [to ...]"), or a noun's "of" ("completes 16 hours [of community service]")."""
    index = last.i + 1
    while index < span.end and span.doc[index].is_quote:
        index += 1
    after = span.doc[index] if index < span.end else None
    if after is None or after.i in kept or after.dep_ not in ("prep", "agent", "dative") or all(
            t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET") for t in after.subtree):
        return False  # "hits all-time high [in May]": a date completes nothing
    if after.lower_ == "of":
        return last.pos_ in ("NOUN", "PROPN", "NUM") and not nested_of(after)
    return (last.pos_ == "VERB" or (last.pos_ == "ADJ" and last.dep_ == "acomp")) and after.head.i < last.i


def parts_a_fixed_phrase(span: Span, kept: set[int]) -> bool:
    """Whether a kept word of a two-part preposition loses its second part and what follows it: "released in
    conjunction [with X]", "ahead [of X]" (not "in line" with no "with" after it)."""
    for token in span:
        second = FIXED_PHRASE_PREPOSITIONS.get(token.lower_)
        if token.i in kept and second is not None and not any(c.dep_ == "det" for c in token.children):
            after = [c for c in token.children if c.dep_ == "prep" and c.lower_ == second and c.i > token.i]
            if any(c.i not in kept for c in after):
                return True
    return False


def _after_brackets(span: Span, word: Token) -> Token | None:
    """The word after ``word`` past what brackets enclose right after it, if brackets do: "buyout" of "$6.75bn
    (£3.6bn) buyout"."""
    bracketed, index = bracketed_tokens(span), word.i + 1
    while index < span.end and (index in bracketed or span.doc[index].text in "()[]"):
        index += 1
    return span.doc[index] if word.i + 1 < index < span.end else None


def conjoins_what_is_left_out(span: Span, token: Token, kept: set[int]) -> bool:
    """Whether ``token`` is a conjunction ("and", "or") whose word before it (not a mark, an article or what brackets
    enclose) is left out."""
    if token.dep_ != "cc":
        return False
    bracketed = bracketed_tokens(span)
    before = next((t for t in reversed(span.doc[span.start : token.i])
                   if not (t.is_punct or article(t) or t.i in bracketed)), None)
    return before is not None and before.i not in kept


def loses_a_subject(span: Span, kept: set[int]) -> bool:
    """Whether a kept verb's subject is left out, or a reported clause has none after a gap ("tells court are ...")."""
    verbs = [span.doc[index] for index in kept if span.doc[index].pos_ in VERBS]
    subjects = {v.i: [c for c in v.children if c.dep_ in SUBJECT_DEPS and span.start <= c.i] for v in verbs}
    return any(c.i not in kept and not named_after(c, kept) for found in subjects.values() for c in found) or any(
        v.dep_ == "ccomp" and not subjects[v.i] and v.left_edge.i - 1 not in kept for v in verbs)


def named_after(noun: Token, kept: set[int]) -> bool:
    """Whether the name right after ``noun``, its apposition with no comma, is kept: it stands for the subject
    ("[the world's biggest carmaker] General Motors is recalling ...")."""
    return any(name.dep_ == "appos" and name.pos_ == "PROPN" and name.left_edge.i == noun.i + 1 and name.i in kept
               for name in noun.children)


def leaves_a_verb_without_its_subject(span: Span, kept: set[int]) -> bool:
    """Whether a finite verb the headline leaves out has no subject nor mark and comes right after a kept word: the
    parser read its subject into the kept phrase ("died after Gary Green, 51, [reversed the vehicle]" gave "Whitlam
    dies after Gary Green")."""
    doc = span.doc
    for verb in span:
        if verb.i in kept or verb.pos_ not in VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in (
                "advcl", "conj", "relcl", "acl") or any(c.dep_ in (*SUBJECT_DEPS, "mark") for c in verb.children):
            continue
        before = next((t for t in reversed(doc[span.start : verb.left_edge.i]) if not t.is_punct), None)
        if verb.left_edge.i != verb.i or before is None or verb.dep_ == "conj":
            continue
        # the phrase the word before ends: kept, its subject is misread ("after Gary Green, 51, of ..."); left out
        # whole, nothing is ("increase in profit [after low rates] boosted demand")
        phrases = [word for word in (before, *before.ancestors) if word.dep_ == "prep" and word.i != span.root.i]
        if (phrases[-1] if phrases else before).i in kept:
            return True
    return False


def parts_a_range(span: Span, kept: set[int]) -> bool:
    """Whether the headline keeps the "to" of a "from X to Y" range and leaves its "from" out ("lauded with prizes[,
    from the Venice festival] to five awards")."""
    doc = span.doc
    return any(token.i in kept and token.lower_ == "to" and token.dep_ == "prep" and any(
        sibling.lower_ == "from" and sibling.dep_ == "prep" and sibling.i not in kept
        and sibling.right_edge.i + 1 == token.i for sibling in token.head.children)
        for token in doc[span.start : span.end])


def misplaced_object(token: Token) -> bool:
    """Whether ``token`` is a second object of its verb, after the verb has its object or complement and past a
    clause with its own subject ("urged Aston Villa to man up as he labelled their clash ... QPR"): a word of that
    clause the parser hung on the verb."""
    head = token.head
    if token.dep_ != "dobj" or head.pos_ not in VERBS or not any(
            c.dep_ in ("dobj", "xcomp", "ccomp") and c.i < token.i for c in head.children):
        return False
    return any(verb.pos_ in VERBS and verb.dep_ in ("advcl", "ccomp", "relcl") and any(
        c.dep_ in SUBJECT_DEPS for c in verb.children) for verb in token.doc[head.i + 1 : token.left_edge.i])


def misread_noun(token: Token) -> bool:
    """Whether an adjective right after a name, no mark between, is a noun the parser misread ("set up an all
    Ghanaian Confederation Cup final", "final" read as qualifying "Cup"): the head a headline cannot leave out."""
    return token.dep_ == "amod" and token.i == token.head.i + 1 and token.head.pos_ == "PROPN"


def bare_number(token: Token) -> bool:
    """Whether a number stands for its noun ("two in five of the reports", "two of the players"): its phrase says
    what it counts, and goes with it."""
    return token.pos_ == "NUM" and token.dep_ not in ("nummod", "quantmod", "compound", "npadvmod")


def reduced_relative(verb: Token) -> bool:
    """Whether the parser read a participle that qualifies the subject as the main verb, the real one hung on it as a
    second verb with no subject nor "and" ("The woman falsely accused of X [has been snapped ...]", "The head ...
    widely reported to have resigned [is still at the helm]"): "Woman falsely accuses of X" would tell another thing."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "conj" and c.pos_ in VERBS and not any(g.dep_ in SUBJECT_DEPS for g in c.children) and (
        c.tag_ in ("VBZ", "VBP") or any(g.dep_ in ("aux", "auxpass") and g.tag_ in ("VBZ", "VBP", "MD")
                                        for g in c.children)) and not any(
        s.dep_ in ("cc", "punct") and verb.i < s.i < c.i and s.head.i in (verb.i, c.i) for s in verb.doc)
        for c in verb.children)


def drops_what_undoes_it(root: Token, kept: set[int]) -> bool:
    """Whether the headline keeps a clause that only sets up the "but" clause it leaves out: what looked likely, or
    may only be so ("The American looked set to take part [but he then withdrew]", "The bee may only be small [but
    ...]"): told alone, it says what did not happen."""
    undone = leaves_out_its_but(root, kept)
    setting_up = root.lemma_ in SEEMING_VERBS or any(
        c.lower_ == "only" and c.dep_ == "advmod" for c in root.children) or any(
        c.tag_ == "MD" and c.lower_ in ("may", "might") for c in root.children)
    return undone and setting_up


def leaves_out_its_but(root: Token, kept: set[int]) -> bool:
    """Whether the headline leaves out a verb joined to its own by "but" or "yet" ("Women are as likely to ask [but
    are less likely to get one]"): what the sentence sets against the news, often the news itself."""
    return any(c.dep_ == "conj" and c.pos_ in VERBS and c.i not in kept and any(
        s.dep_ == "cc" and s.lower_ in ("but", "yet") for s in root.children if root.i < s.i < c.i)
        for c in root.children)


def nested_of(phrase: Token) -> bool:
    """Whether ``phrase`` is an "of" phrase of a noun that is itself in an "of" phrase, the noun no amount ("review
    of the privatisation [of thousands of businesses]"): the first "of" says what the news is about; the second only
    narrows it, and may go when the headline is too long."""
    noun = phrase.head
    return phrase.lower_ == "of" and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
        noun.lemma_.lower() not in AMOUNT_NOUNS and not noun.like_num and not any(
            child.dep_ in ("nummod", "quantmod") for child in noun.children))


def drops_a_misread_clause(span: Span, kept: set[int]) -> bool:
    """Whether the headline keeps the object of a verb of thinking or owning up and leaves out a bare participle the
    parser hung on it, which is the verb of the clause that object opens: "accepted her mistakes 'contributed' to the
    deaths" told as "accepts mistakes" says what she did not."""
    for token in span:
        object_ = token.head
        between = span.doc[object_.i + 1 : token.i]
        if token.dep_ == "acl" and token.tag_ in ("VBD", "VBN") and token.i not in kept and object_.i in kept and (
                object_.dep_ == "dobj" and object_.head.lemma_.lower() in CLAUSE_VERBS) and all(
                word.is_quote for word in between) and all(child.is_punct for child in token.children):
            return True
    return False


def ends_on_a_connector(span: Span, last: Token, kept: set[int]) -> bool:
    """Whether the headline ends on an adverb that opens the clause it leaves out right after it ("will amend the
    regulations so [people can volunteer]", the parser reading "so" as the verb's adverb); not one before a clause
    with a conjunction of its own ("scored twice [as Rovers beat City]")."""
    after = span.doc[last.i + 1] if last.i + 1 < span.end else None
    return after is not None and last.dep_ == "advmod" and last.pos_ == "ADV" and any(
        child.dep_ == "advcl" and child.i > last.i and child.left_edge.i == after.i and child.i not in kept
        and not any(mark.dep_ == "mark" for mark in child.children) for child in last.head.children)


def cuts_a_clause_short(span: Span, last: Token, kept: set[int]) -> bool:
    """Whether the headline ends on a subject whose finite verb it leaves out right after ("report noting chief
    executive ['has now left']"), or on a participle whose own words it leaves out ("embryos created [while they
    dated]"): a clause cut short."""
    index = last.i + 1
    while index < span.end and span.doc[index].is_quote:
        index += 1
    after = span.doc[index] if index < span.end else None
    if after is not None and after.i not in kept and after.tag_ in ("VBZ", "VBP", "VBD", "MD"):
        return True
    return last.dep_ == "acl" and last.tag_ in ("VBN", "VBG") and any(
        child.i > last.i and child.i not in kept and not child.is_punct for child in last.children)
