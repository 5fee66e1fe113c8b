"""Merging mentions into one cluster per real-world actor.

Full names first: mentions of two words or more, and names of countries (by
any of their forms: "U.S.", "America"), are grouped by their text.  A
capital joins its country when the country is named too ("Beijing" stands
for China).  Then each one-word mention joins the full name it is part of:
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

from ...language.lexicon import CAPITALS, COUNTRY_FORMS, NOBLE, ORG_WORDS, PARTIES, TITLES, is_given_name
from ...language.tokens import caption_tokens, content_words
from .forms import hyphen_part, same_name, without_particle
from .mentions import Mention

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Token
    from spacy.vocab import Vocab

    from ...model import Document

_MISSPELT_LENGTH = 8  # letters, at least, in a name that two letters swapped still name
_SKIP_INITIALS = frozenset({"of", "and", "the", "for", "&", "on", "in", "u.s.", "us", "uk"})


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
    full = list(clusters.values())
    bags = [set(content_words(span)) for span in document.spans]
    for mention in short:
        candidates = _candidates(mention, full)
        if len(candidates) > 1:
            candidates = [_by_context(mention, candidates, bags)]
        if candidates:
            candidates[0].mentions.append(mention)
        else:
            key = mention.key
            key = next((other for other, cluster in clusters.items()
                        if _transposed(key, other) or _one_with_particle(mention, cluster)), key)
            clusters.setdefault(key, Cluster(key)).mentions.append(mention)
    result = sorted(clusters.values(), key=lambda c: (c.first, c.key))
    _find_again(result, document, bags)
    for cluster in result:
        cluster.mentions.sort(key=lambda m: (m.sentence, m.span.start))
    return result


def _one_with_particle(mention: Mention, cluster: Cluster) -> bool:
    """A one-word name and its form with a particle between hyphens, either first ("Misbah", "Misbah-ul-Haq")."""
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
    """A family name of words, then a given name before it ("Van Doren Stern", "Philip van Doren Stern")."""
    return " " in key and other.count(" ") == key.count(" ") + 1 and is_given_name(other.split()[0].title())


def _shortened(key: str, clusters: dict[str, Cluster]) -> str | None:
    """A name that is another form of ``key`` ("Man Utd" and "Manchester United", "Notts Co" and "Notts County",
    "Power Page" and "PowerPage": ``forms.same_name``)."""
    for other in clusters:
        if same_name(key, other):
            return other
    return None


def initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word.casefold() not in _SKIP_INITIALS and word[0].isupper())


def _acronyms(name: str) -> set[str]:
    """A name's initials, also without a last word for a kind of body ("PCS": Public and Commercial Services Union)."""
    letters = initials(name)
    return {letters, letters[:-1]} if len(letters) > 2 and name.split()[-1].casefold() in ORG_WORDS else {letters}


def _candidates(mention: Mention, full: list[Cluster]) -> list[Cluster]:
    word = mention.text.casefold()
    found = []
    for cluster in full:
        if cluster.canonical is not None:
            continue
        for form in cluster.full_forms:
            words = form.casefold().split()
            person_like = words[-1] not in ORG_WORDS and "&" not in words
            surname = person_like and without_particle(words[-1]) == word  # "Assad" of "Bashar al-Assad"
            if words[0] == word or surname or same_name(word, form.casefold()) or (
                mention.text.isupper() and len(word) > 1 and mention.text in _acronyms(form)
            ):
                found.append(cluster)
                break
    return found


def _by_context(mention: Mention, candidates: list[Cluster], bags: list[set[str]]) -> Cluster:
    """The candidate that the words around a shared bare name point to.

    Each candidate's context is the words of the sentences that name it in
    full (not those that name two candidates) and its titles.  Words of the
    mention's own sentence weigh three, those of the sentences around it
    (unless they name a candidate in full) one; the candidate that the same
    bare name went to just before gets one more; then the latest named wins.
    """
    index = mention.sentence
    named = {c.key: {m.sentence for m in c.mentions if len(m.words) > 1} for c in candidates}
    everyone = set().union(*named.values())
    shared = {i for i in everyone if sum(i in s for s in named.values()) > 1}
    own = bags[index] - {mention.text.casefold()}
    around = set().union(*(bags[i] for i in (index - 1, index + 1) if 0 <= i < len(bags) and i not in everyone))
    earlier = [
        (m.sentence, c.key) for c in candidates for m in c.mentions
        if m.text == mention.text and index - 2 <= m.sentence < index
    ]
    previous = max(earlier)[1] if earlier else None

    def score(cluster: Cluster) -> tuple[int, int]:
        seen = named[cluster.key] - shared
        context = set().union(*(bags[i] for i in seen)) if seen else set()
        context |= {t.lemma_.lower() for m in cluster.mentions for t in m.span.root.lefts if t.lower_ in TITLES}
        before = [i for i in named[cluster.key] if i <= index]
        points = 3 * len(own & context) + len(around & context) + (cluster.key == previous)
        return points, max(before, default=-1)

    return max(candidates, key=score)


def _find_again(clusters: list[Cluster], document: Document, bags: list[set[str]]) -> None:
    """Add the mentions of known names that the recogniser missed ("May" tagged as a date).

    A PhraseMatcher finds where each name (longer than two characters; a
    person's surname too) is written again, in title case or capitals and
    outside the mentions, credit lines and captions; the longest first, and
    names found again do not overlap.
    """
    owners: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        forms = {m.text for m in cluster.mentions}
        if cluster.labels()["PERSON"]:
            forms |= {m.words[-1] for m in cluster.mentions if len(m.words) > 1}
        for form in forms:
            owners.setdefault(form, []).append(cluster)
    names = {form: found for form, found in owners.items() if len(form) > 2}
    if not names or not document.spans:
        return
    covered = {(m.sentence, i) for c in clusters for m in c.mentions for i in range(m.span.start, m.span.end)}
    longest = max(len(form.split()) for form in names)
    matcher = _name_matcher(clusters, names, document.spans[0].doc.vocab)
    for index, span in enumerate(document.spans):
        if index in document.credits:
            continue
        captions = caption_tokens(span)
        free = span.start  # where the next name found again may begin
        for _, start, end in sorted(matcher(span), key=lambda match: (match[1], -match[2])):
            piece = span.doc[start:end]
            found = names.get(piece.text)
            # A name found again spans no more tokens than the longest name has words (as it always did:
            # "Kuo-yu", three tokens, is not looked for beside names of two words).
            if start < free or end - start > longest or found is None:
                continue
            if any((index, t.i) in covered or t.i in captions for t in piece):
                continue
            if (not piece[0].is_title and not piece[0].is_upper) or _near_number(piece):
                continue
            mention = Mention(piece.text, "ALIAS", index, piece)
            owner = found[0] if len(found) == 1 else _by_context(mention, found, bags)
            owner.mentions.append(mention)
            free = end


def _name_matcher(clusters: list[Cluster], names: dict[str, list[Cluster]], vocab: Vocab) -> PhraseMatcher:
    """A PhraseMatcher of the names, each in the tokens the document wrote it in (attr ORTH)."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    spellings = set()
    for cluster in clusters:
        person = bool(cluster.labels()["PERSON"])
        for mention in cluster.mentions:
            words = [t for t in mention.span if not t.is_space]
            if mention.text in names:
                spellings.add(tuple(t.text for t in words))
            if person and len(mention.words) > 1 and mention.words[-1] in names:
                spellings.add(tuple(t.text for t in _last_word(words)))
    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add("name", [Doc(vocab, words=list(spelling)) for spelling in sorted(spellings)])
    return matcher


def _last_word(tokens: list[Token]) -> list[Token]:
    """The tokens of the last word ("Kuo", "-", "yu" of "Han Kuo-yu")."""
    start = len(tokens) - 1
    while start > 0 and not tokens[start - 1].whitespace_:
        start -= 1
    return tokens[start:]


def _near_number(piece: object) -> bool:
    from spacy.tokens import Span

    assert isinstance(piece, Span)
    doc = piece.doc
    before = doc[piece.start - 1] if piece.start > 0 else None
    after = doc[piece.end] if piece.end < len(doc) else None
    return any(t is not None and t.like_num for t in (before, after))
