"""Whose an office of state is: a bare "President" of the country the article gives that office elsewhere, or of
the one country that is a subject beside it; a "national coach" of the one country named in the sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import COUNTRY_FORMS, DEMONYMS, OFFICES_OF_STATE
from .owners import possessive

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ...model import Document
    from .drafts import ActorDraft

_NATIONAL_WORDS = 3  # at most, in a title of a national side ("national team coach")
_ADJECTIVES = {country: form.title() for form, country in reversed(DEMONYMS.items()) if not form.endswith("s")}


def complete_offices(drafts: list[ActorDraft], document: Document) -> None:
    """A person's bare office of state with the country the article gives that office elsewhere, without a name
    ("the Pakistani president's visit ... President Musharraf's safety": "Pakistani President"), when it gives it
    one country only, and no other country is named in the sentence the role is read from (not "where he met
    President George W Bush" in the United States); when it gives none, of the one country that is a subject
    beside it (``_subject_country``). A title of a national side, of the one country its sentence
    names ("Spain's Football Federation has charged national coach Luis Aragones": "Spain's national coach")."""
    countries = [_countries(span) for span in document.spans]
    for draft in drafts:
        if draft.kind != "person" or draft.role is None or len(draft.role_sources) != 1:
            continue
        office = tuple(draft.role.lower().split())
        named = countries[draft.role_sources[0]]
        national = office[0] == "national" and len(office) <= _NATIONAL_WORDS and draft.role.islower()
        if national and len(named) == 1 and _owning(document.spans[draft.role_sources[0]]):
            draft.role = f"{possessive(next(iter(named)))} {draft.role}"  # "Spain's Football Federation ... against
            continue  # national coach Luis Aragones": "Spain's national coach"
        if office not in OFFICES_OF_STATE:
            continue
        held = {country for span in document.spans for country in _qualified(span, office[-1])}
        held = held or _subject_country(document, draft.role_sources[0], countries)
        if len(held) != 1 or countries[draft.role_sources[0]] - held:
            continue
        country = next(iter(held))
        adjective = _ADJECTIVES.get(country)
        draft.role = f"{adjective} {draft.role}" if adjective else f"{draft.role} of {country}"


def _subject_country(document: Document, index: int, countries: list[set[str]]) -> set[str]:
    """The country an office of state with no country given anywhere is most likely held in: the one country
    the role's sentence names, when it is a subject there ("Greece, which has sent troops, will take in families,
    President Anton Varga said"); when that sentence names none, the one country of the whole article, the subject of
    the sentence before ("Greece has been in turmoil ... President Varga said"). Not "where he met President George W
    Bush" in the United States: no subject."""
    named = countries[index]
    if not named and index > 0 and len(set().union(*countries)) == 1:
        index, named = index - 1, countries[index - 1]
    if len(named) != 1:
        return set()
    subjects = [e for e in document.spans[index].ents if e.root.dep_ in ("nsubj", "nsubjpass") and _countries(e)]
    return named if any(_countries(e, whole=True) == named for e in subjects) else set()


def _owning(span: Span) -> bool:
    """Whether every country the sentence names owns or qualifies a noun ("Spain's Football Federation"), not
    one the side met ("after losing to Spain")."""
    names = [e for e in span.ents if e.label_ in ("GPE", "NORP") and _countries(e, whole=True)]
    return bool(names) and all(e.root.dep_ in ("poss", "compound", "amod") for e in names)


def _qualified(span: Span, title: str) -> set[str]:
    """The countries a sentence gives an office with no name ("the Pakistani president", "Germany's chancellor")."""
    found = set()
    for token in span:
        if token.lower_ != title or token.pos_ != "NOUN" or any(c.dep_ == "appos" for c in token.children):
            continue
        for child in token.children:
            if child.dep_ in ("amod", "poss", "compound") and child.i < token.i and child.ent_type_ in ("NORP", "GPE"):
                found |= _countries(span[child.i - span.start : child.i - span.start + 1], whole=True)
    return found


def _countries(span: Span, whole: bool = False) -> set[str]:
    """The countries a sentence names, by name or adjective ("Pakistani": Pakistan); with ``whole``, the words
    of the span whatever the recogniser made of them."""
    found = set()
    texts = [span.text] if whole else [e.text for e in span.ents if e.label_ in ("GPE", "NORP")]
    for raw in texts:
        text = raw.removeprefix("the ").casefold().removesuffix("'s").removesuffix("’s")
        if text in COUNTRY_FORMS:
            found.add(COUNTRY_FORMS[text])
        elif text in DEMONYMS:
            found.add(DEMONYMS[text])
    return found
