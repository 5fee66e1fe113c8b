"""Whether a quotation may be shown under its speaker: it reads alone.

A quotation is its speaker's words, verbatim, so the checker does not ask it to be a faithful cut (see
:mod:`generator.language.faithful`); it asks what a reader needs to read it alone, under a name:

- it does not open with a personal pronoun (he, she, they, him, her, them): whom the speaker means, the
  quotation does not say;
- it does not open inside a clause, on a verb whose subject was left out of the quotation ("do show that ...");
- it is not cut off ("committed to performing all work ...");
- it holds words, and is not the title of a work in quote marks ("Not Easy Being Blue"): the annotations do not count
  titles as quotations either.

A phrase in quote marks ("a failing organisation", "red line") is kept as the speaker's: the annotations count such
words as the speaker's.  It is not a quote line, though (see :func:`alone_problems`): an editor reads a phrase of a
word or three, or one with no verb, as saying nothing on its own.  Nor is a quotation whose words stand for what the
speaker said before it ("One of these could ...", "If they are medium-risk, they ...").  The quotation is parsed alone,
as the reader reads it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .faithful import FINITE_TAGS
from .lexicon import shows_notice
from .trim import CONNECTIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PERSONAL = frozenset({"he", "she", "they", "him", "her", "them"})
_CUT = ("...", "…")
_FEW_WORDS = 3  # at most, in a phrase that says nothing alone ("red line", "in crisis")
_OBJECTS = frozenset({"him", "them"})  # not "her", which the parse takes for an object in "watching her back"
_STANDING_FOR = frozenset({"this", "that", "these", "those"})  # as pronouns: what they stand for was said before
_MARKUP = re.compile(r"&#?\w+;")  # an HTML character reference left in the text ("Mr Blair&#191;s")
_OPENING_MARK = re.compile(r"(?:^|(?<=[\s(]))['‘\"“](?=\w)")  # a quote mark inside a quotation opens ...
_CLOSING_MARK = re.compile(r"(?<=[\w.,!?])['’\"”](?=[\s,.;:!?)]|$)")  # ... and closes (or ends a plural's possessive)


def quote_problems(parsed: Doc) -> list[str]:
    """What keeps a quotation, parsed alone, from being shown as what its speaker said; empty when nothing does."""
    words = [token for token in parsed if not token.is_punct and not token.is_space]
    if not words:
        return ["no words"]
    found = []
    if not any(token.is_alpha for token in words):
        found.append("no words, a number or a sign")  # "3"
    elif _title(words):
        found.append("a title in quote marks, not something said")  # "Not Easy Being Blue"
    if words[0].lower_ in _PERSONAL:
        found.append("opens with a pronoun whose person the quotation does not name")
    first = words[0]
    if first.text[:1].islower() and first.pos_ in ("VERB", "AUX") and first.tag_ in FINITE_TAGS | {"VB"}:
        found.append("opens inside a clause, its subject left out")
    if parsed.text.rstrip(" \"'”’").endswith(_CUT):
        found.append("cut off")
    return found


def alone_problems(parsed: Doc) -> list[str]:
    """What keeps a quotation, parsed alone, from being a quote line, though it stays its speaker's words: it is a
    phrase, not a sentence ("red line", "cheap and easy pre-screen"), or a pronoun that opens it stands for what the
    quotation does not name ("One of these could ...", "If they are medium-risk, they ...", "That's not the case"), or
    so does an object pronoun before any noun ("You definitely want to wash them"); or the scraping left it garbled: a
    character reference in it ("Mr Blair&#191;s"), a notice of the page's ("Media playback is not supported ..."), a
    quote mark inside it that opens and is not closed ("It's like 'yes")."""
    words = [token for token in parsed if not token.is_punct and not token.is_space]
    if len(words) <= _FEW_WORDS or not any(_finite(token) for token in words):
        return ["a phrase, not a sentence"]
    if _MARKUP.search(parsed.text):
        return ["a character reference the scraping left (&#191;)"]
    if shows_notice(parsed.text):  # "Media playback is not supported on this device": the page, not the speaker
        return ["the web page's notice, not what the speaker said"]
    if len(_OPENING_MARK.findall(parsed.text)) > len(_CLOSING_MARK.findall(parsed.text)):
        return ["a quote mark inside it opens and is not closed: cut ('It's like 'yes')"]
    root = next(iter(parsed.sents)).root
    named = False
    answers = words[0].lower_ in CONNECTIVES  # "But it's not been poor": "it" is what the speaker was asked about
    for token in opening(parsed):
        named = named or token.pos_ in ("NOUN", "PROPN")
        unnamed = token.lower_ in _PERSONAL or (answers and token.lower_ == "it" and not _announces(token.head))
        if unnamed and token.dep_ in ("nsubj", "nsubjpass") and not named:
            return ["its subject a pronoun for someone it does not name"]
        if _standing_for(token, root):
            return ["a pronoun standing for what the speaker said before"]
    for token in words:  # "You want to wash them": whom or what, the quotation never says
        if token.pos_ in ("NOUN", "PROPN"):
            return []
        if token.lower_ in _OBJECTS and token.tag_ == "PRP" and token.dep_ in ("dobj", "pobj"):
            return ["an object pronoun before anything it could stand for"]
    return []


def opening(parsed: Doc) -> Span:
    """The words of a quotation before its first verb: what the reader meets with nothing told yet ("If they",
    "One of these", "For many of these there")."""
    return parsed[: next((token.i for token in parsed if token.pos_ in ("VERB", "AUX")), len(parsed))]


def _standing_for(token: Token, root: Token) -> bool:
    """A demonstrative pronoun as a subject ("That's not the case") or after "of" ("many of these"); not "those who
    ...", "a test like this", nor "this" that its clause names ("This is a pesticide that has been around ...")."""
    if token.lower_ not in _STANDING_FOR or token.tag_ != "DT" or token.dep_ == "det":
        return False
    if any(child.dep_ in ("relcl", "acl", "prep") for child in token.children):
        return False
    if token.dep_ in ("nsubj", "nsubjpass"):
        return not judges_the_news(token.head) and (token.head.i != root.i or not names_its_subject(root))
    return token.dep_ == "pobj" and token.head.lower_ == "of"


def _announces(verb: Token) -> bool:
    """Whether an "it" subject of ``verb`` stands for a clause that follows, not for something said before ("it is
    not only blue that increases", "it would be wrong to say so")."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ in ("acomp", "attr") for g in c.children)]
    return names_its_subject(verb) or any(token.dep_ in ("ccomp", "xcomp", "csubj") for token in near)


def judges_the_news(verb: Token) -> bool:
    """Whether a clause opening the quotation on "this" is a speaker's verdict on what happened, a noun with "a"
    and an adjective ("This is a big day for ...", "This has been a very hard year"): its "this"
    is the news the briefing tells, not words said before."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ != "be" or subject is None or subject.lower_ != "this" or subject.i != 0:
        return False
    return any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and any(g.dep_ == "amod" for g in c.children)
        and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)
        for c in verb.children
    )


def names_its_subject(root: Token) -> bool:
    """Whether a clause says what its subject is, in a clause of its own: "This is a pesticide that has been ..."."""
    return root.lemma_ == "be" and any(
        c.dep_ == "attr" and any(g.dep_ in ("relcl", "acl") for g in c.children) for c in root.children
    )


def _finite(token: Token) -> bool:
    """A finite verb, or the bare verb of a command that opens the quotation ("Stop the war")."""
    return token.tag_ in FINITE_TAGS or (token.tag_ == "VB" and token.dep_ == "ROOT" and token.i == token.sent.start)


def _title(words: list[Token]) -> bool:
    """Two long words or more, all capitalised, no finite verb: the title of a work, a programme or a report."""
    long = [t for t in words if t.is_alpha and len(t) > 3]
    capitalised = len(long) >= 2 and all(t.text[:1].isupper() for t in long)
    return capitalised and not any(t.tag_ in FINITE_TAGS for t in words)


_NOT_SO = frozenset({"before", "until", "unless", "if", "whether"})  # "five years before the CSA was 'fit for purpose'"
_DOUBTED = frozenset({"suggestion", "claim", "allegation", "accusation", "idea", "notion", "charge", "fear"})


def context_problems(quote: str, sentence: Span) -> list[str]:
    """What the sentence around a phrase in quote marks does to it, which the phrase alone would hide: it stands in
    a clause of what is not (yet) so ("before the CSA was 'fit for purpose'"), under a suggestion laid to rest ("any
    suggestion the EU was 'anti-Islamic'") or under a negation. Only phrases: a quoted clause says what it says."""
    start = sentence.text.find(quote)
    if start < 0:
        return []
    begin = sentence.start_char + start
    words = [t for t in sentence if begin <= t.idx < begin + len(quote) and not t.is_punct]
    if not words or any(t.tag_ in FINITE_TAGS for t in words):
        return []
    top = next((t for t in words if t.head.i == t.i or not begin <= t.head.idx < begin + len(quote)), words[0])
    verb = next((t for t in [top, *top.ancestors] if t.pos_ in ("VERB", "AUX")), None)  # the phrase's own clause
    if verb is None:
        return []
    if any(c.dep_ == "mark" and c.lower_ in _NOT_SO for c in verb.children):
        return ["a phrase whose sentence says it is not (yet) so"]
    if any(c.dep_ == "neg" for c in verb.children):
        return ["a phrase under a negation"]
    if verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in _DOUBTED:
        return ["a phrase that someone only suggested, which its sentence denies or doubts"]
    return []
