"""Merging mentions into one cluster per real-world actor.

Full names first: mentions of two words or more, and names of countries (by
any of their forms: "U.S.", "America"), are grouped by their text.  A
capital joins its country when the country is named too ("Beijing" stands
for China); a name of two words or more joins the one name that only adds a last word to it ("Krimson Kettle",
"Krimson Kettle Bakeries"), unless that word makes it another's ("Jr", "Trust").  Then each one-word mention joins
the full name it is part of:
the surname or given name of a person ("Trump", "Xi"), the first word or the
acronym of an organisation ("Northwind", "FDA"); a name written another way joins the full one:
shortened word by word ("Man Utd", "Manchester United"), without its middle words, its particle ("Assad") or a
space ("PowerPage"), in ``forms.py``.  When two full names fit
(Han Zheng and Han Kuo-yu share "Han"), the one whose sentences share the
most words with the mention's neighbourhood wins, then the latest named.
A long one-word name misspelt by two letters swapped joins the right one.
Finally each name is looked for again where the entity recogniser missed it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...language.lexicon import CAPITALS, COUNTRY_FORMS, NOBLE, ORG_WORDS, PARTIES, is_given_name
from ...language.tokens import content_words
from . import bare_names
from .beside import PLACES
from .forms import hyphen_part, hyphen_spaced, same_name
from .found_again import find_again

if TYPE_CHECKING:
    from ...model import Document
    from .mentions import Mention

# Last words that make a name another's: a child's ("Donald Trump Jr"), or a body's that holds, runs or backs the
# one named ("Brindle Academy Trust", "Ashcombe Town Foundation").
_APART = frozenset(
    "jr jr. sr sr. ii iii iv trust trusts foundation fund council association union committee board federation"
    " society group holdings partners".split()
)
_MISSPELT_LENGTH = 8  # letters, at least, in a name that two letters swapped still name


@dataclass
class Cluster:
    """The mentions of one actor, gathered."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    canonical: str | None = None  # the country or party name the forms stand for

    @property
    def forms(self) -> set[str]:
        return {m.text.casefold() for m in self.mentions}

    @property
    def full_forms(self) -> list[str]:
        return [m.text for m in self.mentions if len(m.words) > 1]

    @property
    def first(self) -> int:
        return min(m.sentence for m in self.mentions)

    def labels(self) -> Counter[str]:
        return Counter(m.label for m in self.mentions)


def canonical(text: str, countries_named: set[str]) -> str | None:
    """The country or party a form stands for, if any (capitals only when their country is named)."""
    folded = text.casefold()
    if folded in COUNTRY_FORMS:
        return COUNTRY_FORMS[folded]
    if folded in CAPITALS and CAPITALS[folded] in countries_named:
        return CAPITALS[folded]
    return PARTIES.get(folded)


def merge(mentions: list[Mention], document: Document) -> list[Cluster]:
    """Cluster the mentions; clusters in order of first mention."""
    countries = {COUNTRY_FORMS[m.text.casefold()] for m in mentions if m.text.casefold() in COUNTRY_FORMS}
    clusters: dict[str, Cluster] = {}
    short: list[Mention] = []
    for mention in mentions:
        known = canonical(mention.text, countries)
        if known is None and len(mention.words) < 2:
            short.append(mention)
            continue
        key = known.casefold() if known else mention.key
        key = _suffix_of(key, clusters) or _shortened(key, clusters) or key
        clusters.setdefault(key, Cluster(key, canonical=known)).mentions.append(mention)
    _join_knighted(clusters)
    _join_fuller(clusters)
    full = list(clusters.values())
    bags = [set(content_words(span)) for span in document.spans]
    for mention in short:
        candidates = bare_names.candidates(mention, full)
        if len(candidates) > 1:
            candidates = [bare_names.by_context(mention, candidates, bags)]
        if candidates:
            candidates[0].mentions.append(mention)
        else:
            key = mention.key
            key = next((other for other, cluster in clusters.items()
                        if _transposed(key, other) or _one_with_particle(mention, cluster)
                        or hyphen_spaced(key, other)), key)  # "Al-Qaeda" and "Al Qaeda"
            clusters.setdefault(key, Cluster(key)).mentions.append(mention)
    result = sorted(clusters.values(), key=lambda c: (c.first, c.key))
    find_again(result, document, bags)
    for cluster in result:
        cluster.mentions.sort(key=lambda m: (m.sentence, m.span.start))
    return result


def _one_with_particle(mention: Mention, cluster: Cluster) -> bool:
    """A one-word name and its form with a particle between hyphens, either first ("Noor", "Noor-ul-Amin")."""
    text = cluster.mentions[0].text
    return hyphen_part(mention.text, text) or hyphen_part(text, mention.text)


def _transposed(one: str, other: str) -> bool:
    """A long one-word name misspelt by two letters swapped ("Yuganksneftegas" for "Yuganskneftegas")."""
    if len(one) != len(other) or len(one) < _MISSPELT_LENGTH or " " in one + other:
        return False
    diff = [n for n in range(len(one)) if one[n] != other[n]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and one[diff[0]] + one[diff[1]] == other[diff[1]] + other[diff[0]]


def _join_knighted(clusters: dict[str, Cluster]) -> None:
    """A knight or a lady by title and first name ("Sir Anthony") is the one whose full name starts so
    ("Sir Anthony O'Reilly", "Anthony O'Reilly"), when only one does."""
    for key in list(clusters):
        words = key.split()
        if len(words) != 2 or words[0] not in NOBLE:
            continue
        fuller = {
            other for other in clusters
            if (len(other.split()) > 2 and other.split()[:2] == words)
            or (len(other.split()) == 2 and other.split()[0] == words[1])
        }
        if len(fuller) == 1:
            clusters[fuller.pop()].mentions.extend(clusters.pop(key).mentions)


def _join_fuller(clusters: dict[str, Cluster]) -> None:
    """A name of two words or more joins the one name that adds a last word to it ("Marlow Bakes" and "Marlow Bakes
    Cafes", "Anna Lee" and "Anna Lee Tarrant"); not a place's ("New York", "New York Times"), nor when two names
    do ("Elm Grove School", "Elm Grove College"), nor a child's or a body's that holds it ("Donald Trump Jr", "Elm
    Grove Trust")."""
    for key in list(clusters):
        cluster = clusters[key]
        if key.count(" ") < 1 or cluster.canonical is not None or _placed(cluster):
            continue
        fuller = [other for other in clusters if other.startswith(key + " ") and other.count(" ") == key.count(" ") + 1]
        if len(fuller) == 1 and fuller[0].split()[-1] not in _APART and not clusters[fuller[0]].canonical:
            clusters[fuller[0]].mentions.extend(clusters.pop(key).mentions)


def _placed(cluster: Cluster) -> bool:
    """Whether the recogniser calls a name a place more often than anything else."""
    labels = cluster.labels()
    places = sum(labels[label] for label in PLACES)
    return places > 0 and places >= max(labels.values())


def _suffix_of(key: str, clusters: dict[str, Cluster]) -> str | None:
    """An organisation's name with a prefix dropped ("U.S. X Agency" and "X Agency"), a person's with the given name."""
    for other in clusters:
        if other.endswith(" " + key) and (key.split()[-1] in ORG_WORDS or _given_before(key, other)):
            return other
        if key.endswith(" " + other) and other.split()[-1] in ORG_WORDS:
            cluster = clusters.pop(other)
            clusters[key] = Cluster(key, cluster.mentions, cluster.canonical)
            return key
    return None


def _given_before(key: str, other: str) -> bool:
    """A family name of words, then a given name before it ("Van Dorn Marsh", "Philip van Dorn Marsh")."""
    return " " in key and other.count(" ") == key.count(" ") + 1 and is_given_name(other.split()[0].title())


def _shortened(key: str, clusters: dict[str, Cluster]) -> str | None:
    """A name that is another form of ``key`` ("Man Utd" and "Manchester United", "Notts Co" and "Notts County",
    "Sky Desk" and "SkyDesk": ``forms.same_name``)."""
    for other in clusters:
        if same_name(key, other):
            return other
    return None
