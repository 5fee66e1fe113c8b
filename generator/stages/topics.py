"""Topics: a handful of tags per briefing, from its key actors and key phrases.

Two sources, merged and ranked:

* the key actors and the places and organizations the article keeps
  returning to, by their names;
* key phrases: the heads of the article's noun phrases (with a compound
  modifier: "trade deal", "border security"), lemmatised and lower-cased,
  that recur in the article.

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


def tag(text: str) -> str:
    """A topic's canonical form: safe characters only, whitespace folded."""
    return " ".join(_UNSAFE.sub(" ", text).split()).strip(" .'’-")


def _noun_chunks(document: Document) -> list[tuple[int, Span]]:
    """(sentence id, noun chunk) for the whole document."""
    return [(index, chunk) for index, span in enumerate(document.spans) for chunk in noun_chunks(span)]


def find_topics(document: Document, briefing: Briefing) -> Briefing:
    scores: Counter[str] = Counter()
    first: dict[str, int] = {}
    for actor in briefing.actors:
        mentions = len(actor.mentions)
        if actor.kind == "group" or not actor.mentions:
            continue
        if actor.key or (actor.kind in ("place", "organization") and mentions >= 2):
            name = tag(actor.name)
            if name:
                scores[name] += mentions + (3 if actor.key else 0)
                first.setdefault(name, min(actor.mentions))
    phrases: Counter[str] = Counter()
    for index, chunk in _noun_chunks(document):
        head = chunk.root
        if head.pos_ != "NOUN" or head.is_stop or not head.is_alpha or len(head) < 3:
            continue
        lemma = head.lemma_.lower()
        if lemma in GENERIC:
            continue
        modifiers = [t.lemma_.lower() for t in chunk if t.dep_ == "compound" and t.head == head and t.is_alpha]
        phrase = tag(" ".join([*modifiers[-1:], lemma]))
        for candidate in dict.fromkeys([phrase, lemma]):
            phrases[candidate] += 1
            first.setdefault(candidate, index)
    ranked_phrases = sorted((p for p in phrases if phrases[p] >= 2), key=lambda p: (-phrases[p], first[p], p))
    for phrase in ranked_phrases[:MAX_PHRASES]:
        if phrase not in scores and not any(phrase in name.lower() for name in scores):
            scores[phrase] += phrases[phrase]
    ranked = sorted(scores, key=lambda t: (-scores[t], first[t], t))
    return replace(briefing, topics=tuple(ranked[:MAX_TOPICS]))
