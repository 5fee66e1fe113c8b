"""Mentions that are no actor's name as the article means it, told from the other mentions of the article.

A name inside a longer name found in the same words ("Rupert Aldous" of "Rupert Aldous Fenwick Hale"); two
names run together where a full stop was lost, a picture's caption run into the next sentence ("... at Brackley
Holm stayed on the bench": the place, then the subject of a verb that has no other); and a name that only a
picture's caption gives ("Striker Joe Bloggs celebrates his goal by saluting Smith (left)"): the caption tells who is
in the picture, not who acts in the story. Nor is an office with its country ("US Secretary"), nor two names a
possessive joins ("Atletico's Croatia forward"), nor a birth name ("Born Jo Smith, the singer"), nor the initials
of a post ("DPP" of "Director of Public Prosecutions Mara Lindqvist"); and a name loses
the word that opens its sentence when that word is no part of it ("New EU rules").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ...language.dates import MONTHS
from ...language.grammar import NOMINAL_SUBJECTS
from ...language.jobs import BIRTH_NAME_MARKS, RANKS, TITLES
from ...language.lexicon import (
    COUNTRY_FORMS,
    FORMAL_TITLES,
    HONORIFICS,
    INTERJECTIONS,
    NOBLE,
    ORG_WORDS,
    PICTURE_PLACES,
    PLACE_WORDS,
    is_given_name,
)
from ...language.sport import COMPETITION_WORDS
from ...language.tokens import FINITE_TAGS

# Numbers that name a division ("League One", "Division Two").
_NUMBER_WORDS = frozenset("one two three four five".split())

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .mentions import Mention



def without_fragments(mentions: list[Mention], spans: Sequence[Span]) -> list[Mention]:
    """The mentions less those inside a longer one, those run together over a lost full stop, and those that only
    a picture's caption gives."""
    kept = [m for m in mentions if not _inside_another(m, mentions) and not _no_name(m)]
    kept = [m for m in kept if not _run_together(m, kept)]
    posts = _posts(spans)
    kept = [m for m in kept if not (m.text.isupper() and m.text in posts)]
    lower = {token.lower_ for span in spans for token in span if token.is_lower}
    for _ in range(2):  # once more, as a name shortened once may tell another ("Substitute Mateo De Lanza")
        kept = [_without_opening_word(m, kept, lower) for m in kept]
    captions = {index: _caption_end(span) for index, span in enumerate(spans)}
    pictured = [m.span.end <= captions[m.sentence] for m in kept]
    named = {word for m, only in zip(kept, pictured, strict=True) if not only for word in m.words}
    return [m for m, only in zip(kept, pictured, strict=True) if not only or any(word in named for word in m.words)]


def _posts(spans: Sequence[Span]) -> set[str]:
    """The initials of the posts the article writes out, a title and the capitalised words after it ("DPP" of
    "Director of Public Prosecutions Mara Lindqvist"): such letters name a person's post, not a body."""
    found = set()
    for span in spans:
        for token in span:
            if not token.is_title or token.lower_ not in TITLES or token.ent_type_:
                continue  # not "General Motors", a name the recogniser found: "GM" is the company
            letters, at = token.text[0], token.i + 1
            while at < span.end and (span.doc[at].is_title or span.doc[at].lower_ in ("of", "the", "and")):
                letters += span.doc[at].text[0] if span.doc[at].is_title else ""
                at += 1
                found.add(letters)
    return {letters for letters in found if len(letters) > 1}


def _no_name(mention: Mention) -> bool:
    """An office with its country, "US Secretary" of "US Secretary of State John Kerry", or two names a possessive
    joins, "Atletico's Croatia" of "Atletico's Croatia forward": a person's name has no 's inside it."""
    span = mention.span
    country = all(token.ent_type_ in ("GPE", "NORP") or token.lower_ in COUNTRY_FORMS for token in span[:-1])
    if mention.label != "PERSON" and len(span) > 1 and span[-1].lower_ in FORMAL_TITLES and country:
        return True  # not "Mothers 4 Justice", "Ministry of Justice"
    before = span.doc[span.start - 1] if span.start > 0 else None
    if mention.label == "PERSON" and before is not None and before.lower_ in BIRTH_NAME_MARKS:
        return True  # "Born Lottie Varga, the singer ...": the name she had, not another person
    body = span[-1].lower_ in ORG_WORDS | PLACE_WORDS  # "St Aldric's Church", whatever the recogniser's label
    return mention.label == "PERSON" and not body and any(token.text in ("'s", "’s") for token in span[:-1])


def _without_opening_word(mention: Mention, mentions: list[Mention], lower: set[str]) -> Mention:
    """A name without the words before it that are no part of it: the word that opens its sentence ("New" of "New
    EU rules set ...", beside "EU") when the article writes it in lower case elsewhere, names the rest alone, and
    never the whole again; a competition run into a side's name over a lost full stop ("League One Tarnwick",
    "Championship Castlebury") when the article names the side alone; and a job, a plural noun or a cry before a
    person's given name ("Model Tessa Varley", "Contestants Paul Denholm", "'Sorry Lars, ...'")."""
    span = mention.span
    if len(span) < 2 or mention.text.casefold() in COUNTRY_FORMS:
        return mention
    texts = [m.text for m in mentions]
    cut = _competition_end(span)
    if cut and span[cut:].text in texts:
        return replace(mention, text=span[cut:].text, span=span[cut:])
    if mention.label == "PERSON" and _no_part_of_person(span, texts):
        return replace(mention, text=span[1:].text, span=span[1:])
    if not span[0].is_sent_start or not (span[0].lower_ in lower or _inflected(span[0])):
        return mention  # "Married Okafor, 32, ...": a participle or an adverb opening the sentence
    rest = span[1:].text
    if texts.count(mention.text) > 1 or rest not in texts:
        return mention
    return replace(mention, text=rest, span=span[1:])


def _inflected(word: Token) -> bool:
    """Whether a capitalised word has the ending of a participle or an adverb ("Married", "Speaking", "Reportedly")
    and is no given name."""
    return len(word.text) > 4 and word.lower_.endswith(("ed", "ing", "ly")) and not is_given_name(word.text)


def _competition_end(span: Span) -> int:
    """Where the name of a competition that opens a longer name ends ("League One" of "League One Tarnwick",
    "Conference" of "Conference Holbury"), or 0."""
    for at in range(min(len(span) - 1, 3), 0, -1):
        words = [t.lower_ for t in span[:at] if not t.like_num and t.lower_ not in _NUMBER_WORDS]
        if words and words[-1] in COMPETITION_WORDS and all(t.is_title for t in span[:at]):
            return at
    return 0


def _no_part_of_person(span: Span, texts: list[str]) -> bool:
    """Whether a person's name opens with a word that is no part of it: a cry opening a quotation or a sentence
    with the rest named alone elsewhere ("'Sorry Lars"), or, before a common given name and a surname, a job or a
    plural noun ("Model Tessa Varley", "Contestants Paul Denholm"), a word that opens a sentence or a name the
    article gives alone ("team-mate Tino Gareth Pryce (pictured)")."""
    first = span[0]
    if first.lower_ in HONORIFICS | NOBLE | RANKS | set(MONTHS) or is_given_name(first.text):
        return False  # "May Pat Quennell": a month's name left to the dates, that may be a misspelt "Mary"
    before = span.doc[first.i - 1] if first.i > 0 else None
    opens = first.is_sent_start or (before is not None and (before.is_quote or before.is_space or before.text == ":"))
    if first.lower_ in INTERJECTIONS:
        return opens and span[1:].text in texts
    if len(span) < 3 or not is_given_name(span[1].text) or first.lower_ in FORMAL_TITLES:
        return False
    job = first.lower_ in TITLES or first.lower_.removesuffix("s") in TITLES
    return job or first.tag_ == "NNS" or opens or first.text in texts or span[1:].text in texts


def _inside_another(mention: Mention, mentions: list[Mention]) -> bool:
    span = mention.span
    return any(
        other.sentence == mention.sentence and other.span.start <= span.start and span.end <= other.span.end
        and len(other.span) > len(span)
        for other in mentions
    )


def _run_together(mention: Mention, mentions: list[Mention]) -> bool:
    """Two names the article gives apart, run together after a preposition and before a finite verb that has no
    subject of its own ("at Brackley Holm stayed"): a caption or a sentence ran into the next one."""
    span, doc = mention.span, mention.span.doc
    if len(mention.words) < 2 or span.start == 0 or span.end >= len(doc) or doc[span.start - 1].pos_ != "ADP":
        return False
    verb = doc[span.end]
    head = verb.head if verb.dep_ in ("aux", "auxpass") else verb  # "in Sugarloaf Doughnuts have taken": "Shares"
    if verb.tag_ not in FINITE_TAGS or any(child.dep_ in NOMINAL_SUBJECTS for child in head.children):
        return False
    elsewhere = {word for m in mentions if m.sentence != mention.sentence for word in m.words}
    words = mention.words
    return any(
        any(w in elsewhere for w in words[:cut]) and any(w in elsewhere for w in words[cut:])
        for cut in range(1, len(words))
    )


def _caption_end(span: Span) -> int:
    """Where a picture's caption at the head of a sentence ends: after its last place in brackets, "(left)", "(from
    left to right)", when the sentence tells what it shows in the present ("celebrates", "is tackled"), never in the
    past or the future ("Hartigan (pictured) will not face charges" is news); the sentence's start when it has none.
    What follows the last place may be a sentence run into the caption, news."""
    if any(token.tag_ in ("VBD", "MD") for token in span):
        return span.start
    end = span.start
    for token in span:
        opened = any(t.text == "(" for t in span.doc[max(token.i - 4, span.start) : token.i])
        closed = token.i + 1 < span.end and span.doc[token.i + 1].text == ")"
        if token.lower_ in PICTURE_PLACES and opened and closed:
            end = token.i + 2
    return end
