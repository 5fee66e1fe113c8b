"""Who a "he" or "she" opening a sentence stands for, when the article leaves no doubt.

A background line may show a sentence that opens with "He" or "She" only
with the pronoun replaced by the name it stands for ("He has never hidden
the fact ..." -> "Redford has never hidden the fact ..."), and only when
that name is certain: the sentence before it, in the same paragraph and in
the reporter's words, has a person named as its main subject (others named
only inside that subject, as in "Han, Xi's envoy for Trump's inauguration,
is seen as ..."), or names one person and no one else who could be "he" (a
second name, a person's title or "man" or "woman" on its own).  Across a
paragraph's end, only a paragraph of one sentence (as most are in some
papers) passes on the person who is its main subject.  A sentence
before that itself opens with the pronoun passes its person on ("Redford
was born in 1936. He grew up in ... He studied ...").  A title that says
otherwise ("Mrs Smith" for "he") leaves the pronoun unresolved.

An opening "It" stands for an organisation in the same way, only when the
sentence before has that organisation by name as its main subject and names
no other organisation, place or product ("Airbus is keeping its options
open. It has been producing a rival ..."), and only when "it" acts: an "it"
that announces a clause or a state ("It is unclear whether ...", "It was
revealed that ...", "It is a ...") stands for nothing certain.

The people are the story's actors (their names and aliases, whatever
entity label the parser gave them: "Trump" read as an organisation is
still a person) and the parser's person entities.  The name is written as
the article writes it in that sentence, a title before it kept ("Mr Blair",
"Sir Anthony"); the line checker (:mod:`generator.stages.vetting`) resolves
the pronoun again and lets the line differ from its sentence by that name
alone (:func:`generator.language.faithful.resolved_problems`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .faithful import resolved_problems
from .lexicon import HONORIFICS, IMPERSONAL, NOBLE, PERSON_NOUNS
from .standalone import is_speech, unmarked
from .tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..model import Actor, Document

OPENING_PRONOUNS = frozenset({"he", "she"})
_THING = "it"  # an opening "It" may stand for an organisation
_RIVALS = frozenset({"ORG", "GPE", "PRODUCT", "FAC", "LOC"})  # what else an "it" could stand for, by name
_FEMININE = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady"})
_MASCULINE = frozenset({"mr", "mr.", "sir", "lord"})
_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_CHAIN = 3  # sentences back a pronoun may pass its person on


@dataclass(frozen=True, kw_only=True)
class Referent:
    """The name an opening pronoun stands for, and the sentence that names it."""

    pronoun: int  # the pronoun's token index in the document
    name: str
    sentence: int


@dataclass(frozen=True)
class _Mention:
    root: Token
    start: int
    end: int  # token indices, the name's span
    name: str


def opening_referent(document: Document, index: int, actors: Iterable[Actor]) -> Referent | None:
    """The person an opening "He" or "She" of sentence ``index`` stands for, or None when not certain."""
    span = unmarked(document, index)
    pronoun = _opening_pronoun(span)
    if pronoun is None or is_speech(document, index):
        return None
    people = _people(actors)
    organisations = _organisations(actors)
    before = index
    for _ in range(_CHAIN):
        before -= 1
        if before < 0:
            return None
        crossing = document.sentences[before].paragraph != document.sentences[before + 1].paragraph
        if crossing and not _alone(document, before):
            return None  # a new paragraph after a longer one may turn to someone else
        if is_speech(document, before):
            return None  # someone's words: whom they name is theirs to say
        earlier = unmarked(document, before)
        if pronoun.lower_ == _THING:
            found = _organisation(earlier, organisations)
        else:
            found = _named(earlier, people, subject_only=crossing)
        if found is None:
            return None
        if found != "":
            if not _agrees(pronoun, found) or _named_again(span, found):
                return None
            return Referent(pronoun=pronoun.i, name=found, sentence=before)
        if _opening_pronoun(unmarked(document, before)) is None or pronoun.lower_ != _first_word(before, document):
            return None
    return None


def named_person(document: Document, index: int, actors: Iterable[Actor]) -> str | None:
    """The one person sentence ``index`` leaves a later "he" or "she" to stand for (its main subject, or the only
    person it names and no one else who could be), or None when not certain."""
    return _named(unmarked(document, index), _people(actors)) or None


def with_name(document: Document, index: int, lines: Iterable[str | None], actors: Iterable[Actor]) -> str | None:
    """The first of ``lines`` (made from sentence ``index``, opening with its pronoun) with the name the pronoun
    stands for in its place, as the line checker lets it be shown; None when the name is not certain or none
    passes."""
    referent = opening_referent(document, index, actors)
    if referent is None:
        return None
    span = unmarked(document, index)
    pronoun = span.doc[referent.pronoun]
    for line in lines:
        if not line or not line.startswith(f"{pronoun.text} "):
            continue  # a cut that left the pronoun out has no name to show for it
        name = f"{referent.name[:1].upper()}{referent.name[1:]}"  # "the National Gallery" opens a line: "The ..."
        named = f"{name}{line[len(pronoun.text) :]}"
        if not resolved_problems(named, span, pronoun, name):
            return named
    return None


def _named_again(span: Span, name: str) -> bool:
    """Whether the pronoun's own sentence names the person: "He rejected talk that Mr Brown would ..." is not Brown."""
    return any(token.text == name.split()[-1] for token in span)


def _first_word(index: int, document: Document) -> str:
    return next((t.lower_ for t in tokens(unmarked(document, index)) if not t.is_punct), "")


def _opening_pronoun(span: Span) -> Token | None:
    """The sentence's first token when it is "he", "she" or an "it" that acts, the subject of its main verb."""
    first = span[0] if len(span) else None
    if first is None or first.lower_ not in (*OPENING_PRONOUNS, _THING) or first.pos_ != "PRON":
        return None
    if first.dep_ not in ("nsubj", "nsubjpass") or first.head.i != span.root.i:
        return None
    verb = first.head
    if first.lower_ == _THING and (verb.lemma_.lower() in IMPERSONAL or any(c.dep_ == "ccomp" for c in verb.children)):
        return None  # "It is unclear whether ...", "It was revealed that ...": no one acts
    return first


def _people(actors: Iterable[Actor]) -> frozenset[str]:
    """Every name and alias of the story's people, and their last words (surnames)."""
    names = {name for actor in actors if actor.kind == "person" for name in (actor.name, *actor.aliases) if name}
    return frozenset(names | {name.split()[-1] for name in names})


def _organisations(actors: Iterable[Actor]) -> frozenset[str]:
    """Every name and alias of the story's organisations."""
    return frozenset(
        name for actor in actors if actor.kind == "organization" for name in (actor.name, *actor.aliases) if name
    )


def _organisation(span: Span, organisations: frozenset[str]) -> str | None:
    """The organisation a sentence leaves a following "It" to stand for: its main subject, by name, with nothing
    else named that "it" could be ("Boeing said it expected to sell 500 planes."); "" when it opens with an "it"
    itself (passed on); None when not certain."""
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ == _THING and subject.i == span.start:
        return ""
    entity = next((e for e in span.ents if e.start <= subject.i < e.end), None)
    if entity is None or entity.root.i != subject.i:
        return None
    name = entity.text.removesuffix("’s").removesuffix("'s").strip()
    if entity.label_ != "ORG" and name not in organisations:
        return None
    inside = {t.i for t in subject.subtree}
    if any(e.label_ in _RIVALS and e.root.i not in inside for e in span.ents if e != entity):
        return None  # "TimeWarner is to resolve an inquiry into AOL. It ...": either may be "it"
    before = span.doc[entity.start - 1] if entity.start > span.start else None
    return f"The {name}" if before is not None and before.lower_ == "the" else name


def _alone(document: Document, index: int) -> bool:
    """Whether a sentence is a paragraph by itself, as most are in some papers."""
    paragraph = document.sentences[index].paragraph
    return sum(1 for sentence in document.sentences if sentence.paragraph == paragraph) == 1


def _named(span: Span, people: frozenset[str], *, subject_only: bool = False) -> str | None:
    """The one person a sentence leaves a following "he" or "she" to stand for; "" when it names no one and opens
    with the pronoun itself (the person is the one before); None when it is not certain.  ``subject_only``: the
    person must be the sentence's subject (across a paragraph's end, "The 34-year-old had met Rojo. // She said
    ..." is not Rojo)."""
    mentions = _mentions(span, people)
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or _someone_else(span):
        return None  # "Tony Blair called him a giant. He held ...": "he" may be the one called so
    if subject.lower_ in OPENING_PRONOUNS and subject.i == span.start:
        return "" if not mentions and not _other_people(span, ()) else None
    inside = {t.i for t in subject.subtree}
    chosen = next((m for m in mentions if _is_subject(m, subject)), None)
    if chosen is not None:
        others = [m for m in mentions if m.name != chosen.name and not _same_person(m, chosen)]
        return chosen.name if all(m.root.i in inside for m in others) else None
    if subject_only:
        return None
    distinct = {m.name for m in mentions}
    if len(distinct) != 1 or subject.pos_ == "PRON" or (subject.pos_ == "PROPN" and not subject.ent_type_):
        return None  # "Mr Dunmore rejected the claim that Mr Brown ...": a name the parser did not know may be a person
    only = mentions[0]
    return only.name if not _other_people(span, mentions) else None


def _is_subject(mention: _Mention, subject: Token) -> bool:
    """Whether a name is the subject, or the subject's apposition ("The theatre's director, Paul Okafor, has ...")."""
    root = mention.root
    return subject.i in range(mention.start, mention.end) or (root.dep_ == "appos" and root.head.i == subject.i)


def _same_person(one: _Mention, other: _Mention) -> bool:
    return one.name.split()[-1] == other.name.split()[-1]


def _other_people(span: Span, mentions: Iterable[_Mention]) -> bool:
    """Whether a sentence speaks of a person it does not name, or may not ("the coach", "a woman", "his", "him")."""
    named = {i for m in mentions for i in range(m.start, m.end)}
    for token in tokens(span):
        if token.i in named or token.i == span.start:
            continue
        if token.pos_ == "NOUN" and token.lemma_.lower() in PERSON_NOUNS and token.dep_ != "compound":
            return True
        if token.lower_ in _PERSONAL and token.tag_ in ("PRP", "PRP$"):
            return True  # "The 26-year-old had treatment on his thigh while leading Coria": "his" is not Coria's
    return _someone_else(span)


def _someone_else(span: Span) -> bool:
    """Whether a sentence speaks of a person as "him" or "her" ("Smith met her", "called him a giant")."""
    return any(t.lower_ in ("him", "her") and t.dep_ in ("dobj", "dative", "pobj") for t in tokens(span))


def _mentions(span: Span, people: frozenset[str]) -> list[_Mention]:
    """The people a sentence names: person entities, and entities or proper nouns that are the story's people."""
    found = []
    for entity in span.ents:
        text = entity.text.removesuffix("’s").removesuffix("'s").strip()
        if _described(entity.root):
            continue  # "The Briton, now a dame ...", "the Scot": a person described, not named
        if text and (entity.label_ == "PERSON" or text in people or text.split()[-1] in people):
            found.append(_mention(entity.start, entity.end, entity.root, text))
    for token in tokens(span):
        if token.pos_ == "PROPN" and not token.ent_type_ and token.text in people and not _described(token):
            found.append(_mention(token.i, token.i + 1, token, token.text))
    return found


def _described(token: Token) -> bool:
    return any(c.dep_ == "det" for c in token.children)


def _mention(start: int, end: int, root: Token, text: str) -> _Mention:
    """A name with the title the article puts before it ("Mr Blair", "Sir Anthony")."""
    before = root.doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in HONORIFICS | NOBLE and before.i >= root.sent.start:
        return _Mention(root, start - 1, end, f"{before.text} {text}")
    return _Mention(root, start, end, text)


def _agrees(pronoun: Token, name: str) -> bool:
    """Whether a title before the name does not say the person is of the other sex."""
    title = name.split()[0].lower()
    return title not in (_FEMININE if pronoun.lower_ == "he" else _MASCULINE)
