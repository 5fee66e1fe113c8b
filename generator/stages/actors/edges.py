"""Where a name the recogniser found begins and ends in its sentence: the proper nouns it left off put back
("Blue" of "Blue Harbour Tours", "Sir", "the Port and" of a union's name, the "'s" of a store's name, "Northern
Short-haul" before a body's name, "in Wartime" after a participle), the words
it ran into the name taken out ("Dunmere to Westerby", "Hollis Brand - now", "Northern Rivers Trust (NRT"), and the
names that are no actor's as written: a whole quotation (a title) or a part of a hyphenated word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.dates import DAYS_FROM_TODAY
from ...language.lexicon import HONORIFICS, NAME_JOINERS, NOBLE, TITLES
from ...language.shape import WH_OPENERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DASHES = frozenset({"-", "–", "—"})
# Abbreviated ranks written with a full stop before a name.
RANKS_WITH_STOPS = frozenset({"st.", "ste.", "mt.", "ft."})


def run_on_part(doc: Doc, start: int, end: int, root: int) -> tuple[int, int]:
    """The part of a name that the recogniser ran into other words: before a bracket it does not close ("Northern
    Rivers Trust (NRT"); of two parts at a spaced dash, the one with a proper noun ("Hollis Brand - now"; none when
    both have one: "Velden - Korrin"); at a lower-case word that joins no name's parts ("Dunmere to Westerby",
    "Tarnwick at Millbrook"; not "Bank of England", "Marks and Spencer", "Riverside city council"), the part with the
    name's head.  Joining words left at the part's edges go ("Rise of" of "Rise of a Kingdom"); an empty range when
    no name is left."""
    cut = next((at for at in range(start + 1, end) if breaks_name(doc, at, end)), None)
    if cut is None:
        return start, end
    left, right = trimmed(doc, start, cut), trimmed(doc, cut + 1, end)
    if doc[cut].text == "(":
        part = left
    elif doc[cut].text in _DASHES:
        named = [p for p in (left, right) if any(t.pos_ == "PROPN" for t in doc[p[0] : p[1]])]
        part = named[0] if len(named) == 1 else (start, start)
    else:  # the head's side; none when the head is the joining word ("Research at Alzheimer's")
        part = left if root < cut else right if root > cut else (start, start)
    if not any(t.pos_ == "PROPN" for t in doc[part[0] : part[1]]):
        return start, start  # "Caring" of "Caring cat Pumpernickel" when the head is the adjective
    return run_on_part(doc, part[0], part[1], root)


def dangling_end(doc: Doc, start: int, end: int) -> int:
    """The end of a name without a joining word the recogniser left at it ("Noor-ul-Amin and" of "captain
    Noor-ul-Amin and Tariq Bashir"), or a person's without the day word of a sentence run into it over a lost full
    stop ("called John Baird Yesterday he was jailed"; a paper's stays: "USA Today")."""
    while end - start > 1 and (doc[end - 1].pos_ == "CCONJ" or doc[end - 1].lower_ in ("of", "the", "for")):
        end -= 1
    if end - start > 1 and doc[start].ent_type_ == "PERSON" and doc[end - 1].lower_ in DAYS_FROM_TODAY:
        end -= 1
    return end


def glued_link(doc: Doc, start: int, end: int) -> bool:
    """A word of the name run into a question word that opens the next link of a scraped page ("AleppoHow",
    "AleppoWhat's happening"): no one's name."""
    for token in doc[start:end]:
        text = token.text
        for at in range(1, len(text)):
            if text[at].isupper() and text[at - 1].islower() and text[at:].lower() in WH_OPENERS:
                return True
    return False


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The range without the joining words and marks at its edges ("of the", a closing bracket)."""
    while start < end and (doc[start].lower_ in NAME_JOINERS or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in NAME_JOINERS or doc[end - 1].is_punct):
        end -= 1
    return start, end


def breaks_name(doc: Doc, at: int, end: int) -> bool:
    """Whether a word inside a recognised name shows that other words were run into it (see ``run_on_part``)."""
    token = doc[at]
    spaced = bool(doc[at - 1].whitespace_)  # not the end of a hyphenated part ("Han Kuo-yu")
    if token.text in _DASHES:
        return spaced and bool(token.whitespace_)
    if token.text == "(":
        return not any(t.text == ")" for t in doc[at:end])
    function_word = token.pos_ not in ("NOUN", "ADJ", "PROPN", "NUM")  # "Riverside city council" is a name
    return spaced and function_word and token.is_alpha and token.text.islower() and token.lower_ not in NAME_JOINERS


def quoted_title(doc: Doc, start: int, end: int) -> bool:
    """A name that is all of a quotation: the title of a work (the painting "Anna Berg")."""
    quotes = ("\"", "“", "”", "'", "‘", "’")
    return start > 0 and end < len(doc) and doc[start - 1].text in quotes and doc[end].text in quotes


def in_hyphenated_word(doc: Doc, start: int, end: int) -> bool:
    """A name glued into a longer word by a hyphen ("ABC-Cup", "Taiwan-U.S. relations")."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    return (after is not None and after.text == "-" and not doc[end - 1].whitespace_ and not after.whitespace_) or (
        before is not None and before.text == "-" and not before.whitespace_ and start > 1
        and not doc[start - 2].whitespace_
    )


def extend_right(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """Take in the proper nouns a name modifies ("New Zealand" + "High Court"): an organisation."""
    stop = end
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_title and doc[stop].ent_type_ == "" \
            and stop - end < 3:
        stop += 1
    if stop > end and doc[end - 1].head.i in range(end, stop) and doc[stop - 1].dep_ != "compound":
        return stop, "ORG"
    return end, label


def extend_left(doc: Doc, start: int, end: int) -> int:
    """Put back title-case proper nouns (and "Sir") that spaCy left off the name."""
    while start > 0:
        token = doc[start - 1]
        inside = start <= token.head.i < end
        if token.lower_ in NOBLE and inside:
            start -= 1
            continue
        if (token.pos_ == "PROPN" and token.is_title and inside and token.dep_ == "compound"
                and token.ent_type_ in ("", doc[start].ent_type_) and token.lower_ not in TITLES
                and token.lower_ not in HONORIFICS and not _ends_sentence(token)):
            start -= 1
            continue
        break
    return start


def _ends_sentence(token: Token) -> bool:
    """Whether a word ends with the full stop of a sentence run into the name ("Jools and Kit. Nadia Fairweather's
    decision"): a stop after a word longer than an initial ("J.") or "St."."""
    return token.text.endswith(".") and len(token.text) > 2 and token.lower_ not in RANKS_WITH_STOPS


def owns_nothing(doc: Doc, end: int) -> bool:
    """Whether the name is followed by an 's that owns nothing (a comma, "and", the end follows): part of it."""
    if end >= len(doc) or doc[end].text not in ("'s", "’s"):
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or after.pos_ == "CCONJ" or after.text in (",", ".", ";", ")")


def coordinated_start(doc: Doc, start: int) -> int:
    """Where an organisation's name starts when the recogniser left off a word joined by "and" after "the"
    ("the Port and Harbour Workers Union" read as "Harbour Workers Union")."""
    if start < 3 or doc[start - 1].lower_ != "and" or doc[start - 3].lower_ != "the":
        return start
    word = doc[start - 2]
    alone = word.ent_type_ in ("", "ORG")  # or an organisation of one word of its own ("Port")
    return start - 2 if word.is_title and alone and word.pos_ in ("PROPN", "ADJ") else start


def hyphenated_start(doc: Doc, start: int, end: int) -> int:
    """Where an organisation's name starts when the recogniser left off the words before it up to "the", one of them
    joined by hyphens ("the Northern Short-haul Ferries Association" read as "Ferries Association"): title-case
    words and the parts of a hyphenated one, each modifying a word of the name or of the words taken in."""
    at = start
    while at > 0 and doc[at - 1].lower_ != "the" and (doc[at - 1].is_title or _hyphen_piece(doc, at - 1)):
        at -= 1
    hyphened = any(doc[i].text == "-" for i in range(at, start))
    if at == start or at == 0 or doc[at - 1].lower_ != "the" or not hyphened:
        return start
    return at if all(at <= doc[i].head.i < end for i in range(at, start)) else start


def _hyphen_piece(doc: Doc, at: int) -> bool:
    """A hyphen with no space on either side, or the word right after one, no participle ("-" and "haul" of
    "Short-haul")."""
    token = doc[at]
    if token.text == "-":
        return at > 0 and not doc[at - 1].whitespace_ and not token.whitespace_
    glued = at > 0 and doc[at - 1].text == "-" and not doc[at - 1].whitespace_ and token.is_alpha
    return glued and token.tag_ not in ("VBN", "VBD")  # not "San Francisco-based": where the body is


def participle_end(doc: Doc, start: int, end: int) -> int:
    """Where an organisation's name ends when the recogniser cut it after a capitalised participle, which ends no
    body's name ("Hillside Fund for Children Orphaned" of "... Orphaned in Wartime"): on over the preposition
    and the title-case proper nouns after it."""
    last = doc[end - 1]
    if end - start < 2 or not last.is_title or last.tag_ != "VBN" or end + 1 >= len(doc):
        return end
    if doc[end].pos_ != "ADP" or not doc[end].is_lower or doc[end].head.i != end - 1:
        return end
    stop = end + 1
    while stop < len(doc) and doc[stop].is_title and doc[stop].pos_ == "PROPN":
        stop += 1
    return stop if stop > end + 1 else end
