"""A headline's words: which tokens stand for a noun, and the kept tokens written out in headline form.

Articles and punctuation are left out, words written together in the
article stay together ("Kilroy-Silk", "$1.13bn"), what brackets enclose is
left out, words the article quotes keep their marks, single as headlines
have them ("'chaotic' asylum system": without them the reporter would say
it), and the main verb is put in headline tense (see :mod:`.tense`).  Which
descriptions before a name a headline may do without ("Championship side
Hull City") is told here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import QUOTE_TOKENS
from ...language.phrases import DEGREE_NOUNS
from .tense import keeps_auxiliaries, source_group, verb_group

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words that make a preposition with the "to" after them ("thanks to", "owing to").
TO_PREPOSITIONS = frozenset({"thanks", "owing", "due", "prior"})
# Determiners a headline keeps: dropping them would turn the meaning round ("left her with no choice").
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
# Words that take a part of a whole with "of" ("any of the centres"): the article after them stays.
PARTS = frozenset("any all some none each most many both either neither one few several half".split())
# The marks that open or close a quotation (single marks are apostrophes too often to pair).
DOUBLE_QUOTES = frozenset({'"', "“", "”", "``", "''"})
# The determiners a headline leaves out.
ARTICLES = frozenset({"the", "a", "an", "this", "these", "that", "those"})
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
    that dropped it would read "one hell of show"."""
    before = article.doc[article.i - 1] if article.i > 0 else None
    return article.lower_ in ("a", "an") and before is not None and before.lower_ == "of" and (
        before.head.lemma_.lower() in DEGREE_NOUNS)


def article(token: Token) -> bool:
    """Whether ``token`` is an article, which headlines leave out ("the", "a"; not "no", "another").

    Not after a part taken of a whole ("any of the centres"): "any of centres" is not English.
    """
    return token.dep_ == "det" and token.lower_ in ARTICLES and not (
        token.i >= 2 and token.doc[token.i - 1].lower_ == "of" and token.doc[token.i - 2].lower_ in PARTS)


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


def doubled(span: Span, index: int) -> bool:
    """Whether the word at ``index`` is written again next, the same or with a letter it lacks ("law profesor
    professor"): a slip of the article's that a headline, repeating it, would look garbled by; not a name ("Duran
    Duran")."""
    following = index + 1
    if following >= span.end or not span.doc[index].is_alpha or len(span.doc[index]) < 4 or (
            span.doc[index].is_title and span.doc[following].is_title):
        return False
    word, twin = span.doc[index].lower_, span.doc[following].lower_
    return word == twin or (len(twin) == len(word) + 1 and any(
        twin[:cut] + twin[cut + 1 :] == word for cut in range(len(twin))))


def headline_words_of(
    span: Span, kept: set[int], root: Token | None, bounds: tuple[int, int] | None = None, *, plain: bool = False
) -> list[tuple[str, str]]:
    """The kept words in order, as (text, part of speech), the main verb in headline tense (``plain``: as written).

    Tokens written together in the article ("Kilroy-Silk", "$1.13bn") stay
    together as one word.
    """
    words: list[tuple[str, str]] = []
    previous: Token | None = None
    last: Token | None = None  # the last word kept
    bracketed = bracketed_tokens(span)
    verb = root.i if root is not None else -1
    kept = hyphenated(span, kept - {verb}) | {verb}
    kept = {index for index in kept if not joins_what_is_left_out(span, index, kept) and not doubled(span, index)}
    runs = [[i for i in run if not (article(span.doc[i]) or span.doc[i].is_punct)] for run in quoted_runs(span)]
    quoted = {run[0]: run[-1] for run in runs if run and set(run) <= kept and verb not in run}
    closing = set(quoted.values())
    cited = {i for first, last in quoted.items() for i in range(first, last) if article(span.doc[i])}  # 'a target'
    kept |= cited
    if plain:  # the articles too, for the parser
        kept |= {token.i for token in span if token.dep_ == "det" and token.head.i in kept}
    for token in span:
        if root is not None and token.i == root.i:
            if keeps_auxiliaries(root):  # "would rather have": the auxiliaries stand where the article has them
                words.append((root.text, "VERB"))
            else:
                words.extend(source_group(root) if plain else verb_group(root))
        elif token.i in kept and token.i not in bracketed and not (
                token.is_punct and token.text not in ("-", "/", "%", "&") and token.dep_ != "case") and (
                # "all-time": a determiner written together with the next word is part of it
                not article(token) or plain or not token.whitespace_ or fixed_of_a(token)
                or token.head.dep_ == "poss" or token.i in cited):
            glued = previous is not None and previous.i == token.i - 1 and not previous.whitespace_
            # A particle ("ruled out", "says he is coming out") may end a headline: it counts as an adverb.
            particle = token.dep_ == "prt" or (
                token.dep_ == "prep" and token.head.i == verb and token.i == verb + 1)
            pos = "ADV" if particle else token.pos_
            begin, end = bounds or (token.idx, token.idx + len(token.text))
            text = token.text[max(0, begin - token.idx) : max(0, end - token.idx)]
            if words and opens_a_quotation(token):
                text = text.lower()  # 'said: "If the agency ...' -> "says if agency ..."
            if token.lower_ == "according" and words and token.i > 0 and token.doc[token.i - 1].text == ",":
                words[-1] = (words[-1][0] + ",", words[-1][1])  # "..., according to ...": the attribution set off
            if words and _opens_a_listed_item(token, kept, last):
                words[-1] = (words[-1][0] + ",", words[-1][1])  # "Sony, Microsoft and Nintendo": a list's commas
            if token.i in quoted and not plain:
                text = "'" + text  # 'chaotic': words the article quotes stay quoted, in a headline's single marks
            if token.i in closing and not plain:
                text += "'"
            if glued and words:
                words[-1] = (words[-1][0] + text, pos)
            elif text and not (token.idx < begin and text.lower() in ("the", "a", "an")):
                words.append((text, pos))
        else:
            previous = None
            continue
        previous = last = token
    return words


def _opens_a_listed_item(token: Token, kept: set[int], last: Token | None) -> bool:
    """Whether ``token`` is the first word kept of an item of a list whose comma follows the word kept before it
    ("Willie Walsh, Brian Dunne and ..." from "executive Willie Walsh, officer Brian Dunne and ...")."""
    if last is None or last.i + 1 >= token.i or token.doc[last.i + 1].text != ",":
        return False
    comma = token.doc[last.i + 1]
    return any(above.dep_ == "conj" and comma.head.i == above.head.i and min(
        t.i for t in above.subtree if t.i in kept or t.i == token.i) == token.i for above in (token, *token.ancestors))


def quoted_runs(span: Span) -> list[list[int]]:
    """The words between each opening double quotation mark in ``span`` and the closing one after it ("chaotic",
    "fundamental importance"); a mark closing a quotation opened before the sentence opens none."""
    runs: list[list[int]] = []
    inside: list[int] | None = None
    for token in span:
        if token.text not in DOUBLE_QUOTES:
            if inside is not None:
                inside.append(token.i)
            continue
        attached_before = token.i > span.start and not span.doc[token.i - 1].whitespace_
        closing = token.text in ("\u201d", "''") or (token.text == '"' and attached_before)
        if inside is not None and closing:
            runs.append(inside)
            inside = None
        elif not closing:
            inside = []
    # a quoted clause ('said: "Nothing will stop it"') is attributed by its verb of saying: no marks needed
    return [run for run in runs if run and not any(
        token.dep_ in SUBJECT_DEPS and token.head.i in run for token in (span.doc[i] for i in run))]


def opens_a_quotation(token: Token) -> bool:
    """Whether ``token`` is capitalised only because it opens a quotation or follows a colon: 'said: "If ...'."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and (before.text in QUOTE_TOKENS or before.text == ":") and token.is_title and (
        token.pos_ != "PROPN" and not token.ent_type_ and token.text != "I")


def joins_what_is_left_out(span: Span, index: int, kept: set[int]) -> bool:
    """Whether the token is a hyphen inside a word ("non-League") that the headline does not keep whole."""
    doc = span.doc
    return doc[index].text == "-" and not doc[index].whitespace_ and index > span.start and (
        not doc[index - 1].whitespace_) and not {index - 1, index + 1} <= kept


def hyphenated(span: Span, kept: set[int]) -> set[int]:
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
