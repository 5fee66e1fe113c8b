"""The kept tokens written out in headline form.

Articles and punctuation are left out, words written together in the
article stay together ("Kilroy-Silk", "$1.13bn"), what brackets enclose is
left out, words the article quotes keep their marks, single as headlines
have them ("'chaotic' asylum system": without them the reporter would say
it), and the main verb is put in headline tense (see :mod:`.tense`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import QUOTE_TOKENS
from .tense import keeps_auxiliaries, source_group, verb_group
from .words import article, bracketed_tokens, fixed_of_a

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The marks that open or close a quotation (single marks are apostrophes too often to pair).
DOUBLE_QUOTES = frozenset({'"', "“", "”", "``", "''"})


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
                token.is_punct and token.text not in ("-", "/", "%", "&") and (
                    token.dep_ != "case" or opening_mark(token))) and (
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


def opening_mark(token: Token) -> bool:
    """Whether a mark the parser read as a possessive's ("errors 'contributed'") opens a quotation: a space before
    it, none after; a headline leaves it out, with the closing mark it leaves out anyway."""
    return token.text in QUOTE_TOKENS and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and (
        not token.whitespace_)


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
