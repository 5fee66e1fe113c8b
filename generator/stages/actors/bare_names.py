"""The full names a one-word name may stand for, and which of them the words around it point to.

A one-word name may be the first word of a full name, a person's surname (without its particle: "Assad"), another
form of it (``forms.same_name``), or its initials ("FDA", "PCS" of the Public and Commercial Services Union).  When
several full names fit, the words of the sentences that name each in full, and its titles, are weighed against the
words around the bare name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.countries import HOME_NATIONS
from ...language.lexicon import COUNTRY_FORMS, ORG_WORDS, TITLES, is_given_name
from .forms import folded, same_name, without_particle

if TYPE_CHECKING:
    from .mentions import Mention
    from .merge import Cluster

_COUNTRIES = COUNTRY_FORMS.keys() | HOME_NATIONS  # "Madrid" is "Real Madrid"'s, "Scotland" no body's
_SKIP_INITIALS = frozenset({"of", "and", "the", "for", "&", "on", "in", "u.s.", "us", "uk"})


def initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word.casefold() not in _SKIP_INITIALS and word[0].isupper())


def _acronyms(name: str) -> set[str]:
    """A name's initials, also without a last word for a kind of body ("PCS": Public and Commercial Services Union)."""
    letters = initials(name)
    return {letters, letters[:-1]} if len(letters) > 2 and name.split()[-1].casefold() in ORG_WORDS else {letters}


def candidates(mention: Mention, full: list[Cluster]) -> list[Cluster]:
    word = folded(mention.text)
    found = []
    for cluster in full:
        if cluster.canonical is not None:
            continue
        for form in cluster.full_forms:
            words = folded(form).split()
            person_like = words[-1] not in ORG_WORDS and "&" not in words
            surname = person_like and without_particle(words[-1]) == word and (  # "Assad" of "Bashar al-Assad"
                word not in _COUNTRIES or is_given_name(words[0])  # not "Scotland" of "Halden Research Scotland"
            )
            if words[0] == word or surname or same_name(word, folded(form)) or (
                mention.text.isupper() and len(word) > 1 and mention.text in _acronyms(form)
            ):
                found.append(cluster)
                break
    return found


def by_context(mention: Mention, candidates: list[Cluster], bags: list[set[str]]) -> Cluster:
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
