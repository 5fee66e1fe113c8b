"""Topics: a handful of tags per briefing, from its key actors and key phrases.

Two sources, merged and ranked:

* the key actors and the places and organizations the article keeps
  returning to, by their names (an actor known only by a common noun,
  "the government", is none);
* recurring subjects: noun phrases whose head has a compound modifier
  ("tuition fees", "border security"; the head lemmatised, common nouns
  lower-cased) and named events, laws, works, products and buildings, each
  found at least twice in the article.  A lone common noun ("woman",
  "phone", "count") is never a topic: it says too little to be followed
  across briefings.

Tags are normalised (folded whitespace, no punctuation but hyphens, periods
and apostrophes inside words) so that the same topic gets the same tag in
every briefing, and ordered by score, then first mention, then text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..language.tokens import noun_chunks
from ..model import Briefing, Document

if TYPE_CHECKING:
    from spacy.tokens import Span

MAX_TOPICS = 6
MAX_PHRASES = 3
_UNSAFE = re.compile(r"[^\w\s.'’-]|_")
# Nouns too general to say what an article is about.
GENERIC = frozenset(
    "year month week day time people thing way lot part number percent per cent issue case "
    "statement report official spokesman spokeswoman source interest moment term plan deal "
    "side place end point kind group member decision comment request question leader".split()
)
# Named entities that are subjects rather than actors: events, laws, works, products, buildings.
SUBJECT_ENTITIES = frozenset({"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "FAC"})


def tag(text: str) -> str:
    """A topic's canonical form: safe characters only, whitespace folded."""
    return " ".join(_UNSAFE.sub(" ", text).split()).strip(" .'’-")


def _noun_chunks(document: Document) -> list[tuple[int, Span]]:
    """(sentence id, noun chunk) for the whole document."""
    return [(index, chunk) for index, span in enumerate(document.spans) for chunk in noun_chunks(span)]


def _subject(chunk: Span) -> str:
    """A noun phrase as a subject a reader could follow: its head with its last compound modifier, or nothing."""
    head = chunk.root
    if head.pos_ != "NOUN" or head.is_stop or not head.is_alpha or len(head) < 3:
        return ""
    lemma = head.lemma_.lower()
    if lemma in GENERIC:
        return ""
    modifiers = [
        t for t in chunk
        if t.dep_ == "compound" and t.head == head and t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN")
        and t.ent_type_ not in ("DATE", "TIME")
    ]
    if not modifiers:
        return ""
    modifier = modifiers[-1]
    return tag(f"{modifier.text if modifier.pos_ == 'PROPN' else modifier.lemma_.lower()} {lemma}")


def find_topics(document: Document, briefing: Briefing) -> Briefing:
    scores: Counter[str] = Counter()
    first: dict[str, int] = {}
    for actor in (*briefing.actors, *briefing.places):  # a place of the setting is a topic as much as one that acts
        mentions = len(actor.mentions)
        if actor.kind == "group" or not actor.mentions:
            continue
        if actor.key or (actor.kind in ("place", "organization") and mentions >= 2):
            name = tag(actor.name)
            if name != name.lower():  # a name, not a common noun ("government", "police")
                scores[name] += mentions + (3 if actor.key else 0)
                first.setdefault(name, min(actor.mentions))
    phrases: Counter[str] = Counter()
    for index, chunk in _noun_chunks(document):
        phrase = _subject(chunk)
        if phrase:
            phrases[phrase] += 1
            first.setdefault(phrase, index)
    for index, span in enumerate(document.spans):
        for entity in span.ents:
            if entity.label_ in SUBJECT_ENTITIES and (name := tag(entity.text)):
                phrases[name] += 1
                first.setdefault(name, index)
    ranked_phrases = sorted((p for p in phrases if phrases[p] >= 2), key=lambda p: (-phrases[p], first[p], p))
    for phrase in ranked_phrases[:MAX_PHRASES]:
        if phrase not in scores and not any(phrase.lower() in name.lower() for name in scores):
            scores[phrase] += phrases[phrase]
    ranked = sorted(scores, key=lambda t: (-scores[t], first[t], t))
    return replace(briefing, topics=tuple(ranked[:MAX_TOPICS]))
