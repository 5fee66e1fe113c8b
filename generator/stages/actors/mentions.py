"""Finding the mentions of named actors in a parsed article.

A mention is a named entity (person, organisation, place, nationality
group) cleaned to the name as written: without a leading "the", without a
possessive 's when it is used as a possessive, without an honorific
("Mr"), and with a proper-noun word spaCy left off put back ("Blue" of "Blue
Harbour Tours").  What is not a mention: names in credit lines ("X
contributed to this report"), in picture captions (a stretch of text without
a finite verb; but each side of a fixture line, "Arsenal v Stoke", is a
team), names of competitions, events, records, awards ("the Oscars"), trophies and works (a name that is a whole
quotation is a title, once trimmed of its marks; a PERSON after "the" is
none: "the Holy Grail"), nationality adjectives ("Chinese imports"; a word listed with them: "Pakistani,
Bangladeshi and African immigrants"), creeds and doctrines ("Judaism"), and time zones ("BST").
Whether a mention only modifies a noun ("his Florida estate") is recorded, so that an actor needs one real mention.
A given name and a surname the recogniser took for a product or a work ("Bradley Fenwick") is a person's when the
article names a person by that surname elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...language.grammar import NOMINAL_SUBJECTS, list_head
from ...language.lexicon import COUNTRY_FORMS, HOLIDAYS, HONORIFICS, POST_NOMINALS, SPEECH_VERBS, TITLES
from ...language.tokens import caption_tokens, tokens
from .edges import (
    coordinated_start,
    dangling_end,
    extend_left,
    extend_right,
    glued_link,
    hyphenated_start,
    in_hyphenated_word,
    owns_nothing,
    participle_end,
    quoted_title,
    run_on_part,
)
from .forms import folded
from .fragments import without_fragments
from .nationalities import nationality, without_common_noun
from .shapes import given_and_family
from .things import quoted_titles, things

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...model import Document

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Labels of a work or a product, which the recogniser gives some people's names ("Bradley Fenwick").
_WORK_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})
# Last words of names that are events, competitions or awards, not actors.
NOT_ACTOR_WORDS = frozenset(
    "league cup championship championships tournament olympics games prize award awards festival war "
    "opera show programme program record trophy medal oscars baftas emmys grammys globes stakes oaks guineas "
    "handicap election elections referendum conference policy act treaty agreement accord directive trial".split()
)
# Time zones, which the recogniser takes for organisations ("at 23:00 BST").
TIME_ZONES = frozenset("gmt bst utc cet cest est edt cst cdt mst mdt pst pdt aest".split())
_POSSESSIVE = ("'s", "’s", "'", "’")
# An age glued to the end of a name with no space after the comma ("Fairweather,31").
_GLUED_AGE = re.compile(r"(?<=[^\W\d]),\d{1,3}$")
# A line of a draw or of results: two sides and "v" between them.
FIXTURE = re.compile(r"^([A-Z][\w.'’ /-]{1,40}?) (?:v|vs\.?) ([A-Z][\w.'’ /-]{1,40}?)$")


@dataclass(frozen=True)
class Mention:
    """One mention of a name in one sentence."""

    text: str  # the name as written, cleaned
    label: str  # spaCy's label, or ALIAS for a name found again by its text
    sentence: int
    span: Span  # the name's tokens
    honorific: str | None = None  # "Mr" of "Mr Okafor"
    modifier: bool = False  # only modifies a noun: "his Florida estate", "Green plans"

    @property
    def words(self) -> list[str]:
        return self.text.split()

    @property
    def key(self) -> str:
        """The name folded, less an 's: the store "Macy's" is "Macy" as an owner ("Macy's chief executive"); a curly
        apostrophe (U+2019) read as a straight one, so the two spellings of "O'Toole" are one name, and so are a name
        with and without its accents ("Åkerlund", "Akerlund")."""
        return folded(self.text).removesuffix("'s")

    @property
    def subject(self) -> bool:
        """Whether the name is a subject, or one of a list or an apposition that is ("X, Y and Z are ...")."""
        root = list_head(self.span.root)
        return root.dep_ in NOMINAL_SUBJECTS


def find_mentions(document: Document) -> list[Mention]:
    """Every mention of a named actor, in reading order."""
    mentions: list[Mention] = []
    works: list[tuple[Span, int]] = []
    for index, span in enumerate(document.spans):
        if index in document.credits:
            continue
        sides = _fixture_sides(span, index)
        if sides:
            mentions.extend(sides)  # "Arsenal v Stoke": a line of the draw names two teams
            continue
        captions = caption_tokens(span)
        for entity in span.ents:
            if entity.label_ in _WORK_LABELS and entity.root.i not in captions:
                works.append((entity, index))
            if entity.label_ not in LABELS or entity.root.i in captions:
                continue
            mention = clean(entity, index)
            if mention is not None:
                mentions.append(mention)
                mentions.extend(_listed_with(entity, index))
        mentions.extend(_unrecognised_people(span, index, captions))
    for person in _people_taken_for_works(works, mentions):  # in reading order, after its sentence's mentions
        at = next((n for n, m in enumerate(mentions) if m.sentence > person.sentence), len(mentions))
        mentions.insert(at, person)
    titles = quoted_titles(document) | things(document)
    nouns = {t.lemma_.lower() for span in document.spans for t in tokens(span) if t.pos_ == "NOUN" and t.is_lower}
    mentions = [without_common_noun(mention, nouns) for mention in mentions]
    return without_fragments([mention for mention in mentions if mention.text not in titles], document.spans)


def _people_taken_for_works(works: list[tuple[Span, int]], mentions: list[Mention]) -> list[Mention]:
    """A given name and a surname the recogniser took for a product or a work ("Other winners included Bradley
    Fenwick"), when the article names a person by that surname elsewhere ("said Fenwick"): that person."""
    surnames = {m.words[-1] for m in mentions if m.label == "PERSON" and len(m.words) == 1}
    found = []
    for entity, index in works:
        if given_and_family(entity.text.split()) and entity.text.split()[-1] in surnames:
            mention = clean(entity, index)
            if mention is not None:
                found.append(replace(mention, label="PERSON"))
    return found


def _fixture_sides(span: Span, sentence: int) -> list[Mention]:
    """The teams of a fixture line ("Arsenal v Stoke", "Tarnwick/Holbury Co v Castlebury"), as organisations."""
    text = span.text.strip()
    fixture = FIXTURE.match(text)
    if fixture is None:
        return []
    result = []
    begin = span.start_char + len(span.text) - len(span.text.lstrip())
    for group in (1, 2):
        at = fixture.start(group)
        for side in fixture.group(group).split("/"):
            name = span.doc.char_span(begin + at, begin + at + len(side.strip()), alignment_mode="expand")
            if name is not None and side.strip():
                result.append(Mention(" ".join(side.split()), "ORG", sentence, name))
            at += len(side) + 1
    return result


def _unrecognised_people(span: Span, sentence: int, captions: frozenset[int]) -> list[Mention]:
    """Two or three title-case proper nouns that speak or have a job title, missed by the recogniser."""
    result = []
    for token in tokens(span):
        if token.pos_ != "PROPN" or token.ent_type_ or token.i in captions or not token.is_title:
            continue
        speaks = token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS
        titled = any(c.dep_ == "appos" and c.lemma_.lower() in TITLES for c in token.children)
        if not (speaks or titled):
            continue
        lefts = [t for t in token.lefts if t.dep_ == "compound"]
        if len(lefts) not in (1, 2) or not all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in lefts):
            continue
        if token.i - lefts[0].i != len(lefts):
            continue  # the words are not written together
        honorific = lefts[0].text if lefts[0].lower_ in HONORIFICS else None  # "Mr Treloar said"
        name = span.doc[lefts[0].i + (honorific is not None) : token.i + 1]
        if not any(t.lower_ in TITLES for t in name):
            result.append(Mention(name.text, "PERSON", sentence, name, honorific))
    return result


def _listed_with(entity: Span, sentence: int) -> list[Mention]:
    """Proper nouns listed after a name that the recogniser left out ("Crest Bank and Halden")."""
    result = []
    for token in entity.root.children:
        if token.dep_ == "conj" and token.pos_ == "PROPN" and token.is_title and not token.ent_type_:
            start = token.left_edge.i if all(t.pos_ == "PROPN" for t in token.lefts) else token.i
            name = token.doc[start : token.i + 1]
            result.append(Mention(name.text, entity.label_, sentence, name, modifier=_modifies(name)))
    return result


def _figure(token: Token, start: int) -> bool:
    """Whether a name's last word is a figure run into it, not a spelled-out number that names ("Formula Three")."""
    named = token.is_title and token.is_alpha and token.i > start and token.nbor(-1).is_title
    return token.like_num and not named


def clean(entity: Span, sentence: int) -> Mention | None:
    """The mention an entity stands for, or None when it is not an actor's name."""
    doc = entity.doc
    start, end = entity.start, entity.end
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    owned = end - start > 2 and doc[end - 1].text in _POSSESSIVE and doc[end - 2].like_num  # "Radio 3's Night Air"
    if end - start > 1 and doc[end - 1].text in _POSSESSIVE and (entity.root.dep_ == "poss" or owned):
        end -= 1
    while not owned and end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text != ".") or _figure(doc[end - 1], start)
    ):
        end -= 1  # a score or a figure run into the name ("Xiao Guodong 13-6"; not "Formula Three", "Radio 3")
    comma = next((i for i in range(start + 1, end) if doc[i].text == ","), None)
    if comma is not None and doc[comma - 1].is_title and comma + 1 < end and doc[comma + 1].is_title:
        end = comma  # two names run together by the recogniser ("Tarnwick, Castlebury go to ...")
    honorific = None
    while start < end - 1 and doc[start].lower_ in HONORIFICS:
        honorific = doc[start].text
        start += 1
    if honorific is None and start > 0 and doc[start - 1].lower_ in HONORIFICS:
        honorific = doc[start - 1].text
    start = extend_left(doc, start, end)
    if entity.label_ == "ORG":
        start = coordinated_start(doc, hyphenated_start(doc, start, end))
        end = participle_end(doc, start, end)
    end, label = extend_right(doc, start, end, entity.label_)
    if label == "ORG" and owns_nothing(doc, end):
        end += 1  # "stores like Macy's, Bloomingdale's and ...": the 's is the store's name
    while end - start > 1 and label == "PERSON" and doc[end - 1].text.casefold() in POST_NOMINALS:
        end -= 1  # "Stephen Kramer QC": letters after a name are no part of it
    if end - start > 1 and label == "PERSON" and doc[end - 1].text in _POSSESSIVE:
        end -= 1  # "Rita Vane's": a person's name takes no 's, whatever the parse made of it
    start, end = run_on_part(doc, start, end, entity.root.i)
    end = dangling_end(doc, start, end)
    if start >= end or in_hyphenated_word(doc, start, end) or quoted_title(doc, entity.start, entity.end):
        return None
    if glued_link(doc, start, end):
        return None  # "AleppoHow": a link's words run into the name
    if quoted_title(doc, start, end) or (entity.label_ == "PERSON" and doc[entity.start].lower_ == "the"):
        return None  # a title in quote marks; "the Holy Grail": a person's name takes no "the"
    name = doc[start:end]
    words = name.text.split()
    last = next((word for word in reversed(name) if not word.like_num), name[-1]).lower_  # "League One"
    if last in NOT_ACTOR_WORDS or words[0].lower() in HOLIDAYS or not words[0][:1].isupper():
        return None  # an event, a holiday, or not a proper name at all
    if len(words) == 1 and words[0].lower() in TIME_ZONES:
        return None  # "at 23:00 BST": the time of day, not a body
    if len(words) == 1 and words[0].lower().endswith("ism"):
        return None  # a creed or a doctrine ("Judaism", "Thatcherism"), not who holds it
    if label == "GPE" and len(words) == 1 and start > 0 and doc[start - 1].lower_ == "the" and (
        name.text.casefold() not in COUNTRY_FORMS
    ):
        return None  # "the Premiership": a one-word place does not take "the", unless a country's short form
    if nationality(name, label):
        return None
    text = _GLUED_AGE.sub("", " ".join(words))  # "Nadia Fairweather,31": an age glued on with no space
    return Mention(text, label, sentence, name, honorific, modifier=_modifies(name))


def _modifies(name: Span) -> bool:
    """Whether the name only modifies a common noun ("Florida estate", "Green plans")."""
    root = name.root
    while root.dep_ == "conj" and root.head != root and root.head.ent_type_ == root.ent_type_:
        root = root.head
    if root.dep_ not in ("compound", "amod", "nmod", "npadvmod"):
        return False
    head = root.head
    nominal = head.pos_ == "NOUN" or head.dep_ in ("pobj", "dobj", "nsubj")
    return head.ent_type_ == "" and (nominal or (head.pos_ in ("ADJ", "PROPN") and not head.is_title))
