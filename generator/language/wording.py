"""A question's words that cannot stand as written, whatever its parse: a word cut at its hyphen ("Will the Federal
Reserve pre?" of "pre-empt"), a determiner with a capital inside the question ("Will Another 18% rip off ...?"), an
adverb between the auxiliary and the subject ("Will meanwhile any move ...?"), "how" straight before a comparative
("How more money can be raised?"), a clause with a finite verb but no subject run into it ("... any time soon was sent
off ...?"), a quote mark with no partner ("... rallies'?"), a future perfect ("Will the figures have fallen short?"),
"what" as the object of a verb that takes none ("What will the Bank happen to the market?"), "be about to" after
"will" ("Will the situation be about to get worse?": the modal's "may be about to" kept whole), and a verb of telling
with its listener but nothing told ("Did the witness tell the officer?": the quotation that followed is not asked).
And a caption's name run into the phrase before it: "... the review into the team's failure Hadley find?" of a
sentence where a photo caption ("Hadley (left) oversaw ...") follows a noun with no stop; and an adjective cut from
the noun it qualifies in its sentence ("Will the OSI promote democratic and open?"); a figure cut from the unit
written onto it ("$3.8" of "$3.8m")."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from .lexicon import OBJECTLESS, PICTURE_PLACES, TELLING
from .trim import CONNECTIVES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_HYPHENS = frozenset({"-", "–"})
_ABOUT_TO = ("be", "about", "to")
_QUOTE_MARKS = frozenset({"'", "’", "‘", '"', "“", "”"})


def wording_problems(words: Sequence[Token], sources: Sequence[Span]) -> list[str]:
    """What in the question's words (``words``: its tokens, punctuation left out) is written wrong."""
    found = []
    if _cut_at_hyphen(words, sources):
        found.append("a word cut from the hyphenated word of its sentence")
    if _figure_without_unit(words, sources):
        found.append("a figure cut from its unit")  # "by $3.8 to $4.9m" of "by $3.8m to $4.9m"
    if any(word.tag_ in ("DT", "PDT") and word.text[:1].isupper() for word in words[1:]):
        found.append("a determiner with a capital inside the question")
    if len(words) > 2 and _adverb_before_subject(words[0], words[1]):
        found.append("an adverb between the auxiliary and its subject")
    if len(words) > 1 and words[0].lower_ == "how" and words[1].tag_ in ("JJR", "RBR"):
        found.append("'how' before a comparative")
    if any(_subjectless_finite(word) for word in words):
        found.append("a finite verb with no subject and no word linking it")  # "... any time soon was sent off ...?"
    marks = [t for t in words[0].doc if t.text in _QUOTE_MARKS and t.tag_ != "POS" and not _possessive(t)]
    if len(marks) % 2:
        found.append("a quote mark with no partner")  # "Will people attend take back australia rallies'?"
    perfect = any(w.lower_ == "have" and w.dep_ == "aux" and w.head.tag_ == "VBN" for w in words)
    if words[0].lower_ == "will" and perfect:
        found.append("a future perfect, for what may already have happened")  # "Will figures have fallen short?"
    if words[0].tag_ in ("WP", "WDT") and words[0].dep_ == "dobj" and words[0].head.lemma_.lower() in OBJECTLESS:
        found.append("a wh-object of a verb that takes none")  # "What will the Bank happen to the market?"
    triples = zip(words, words[1:], words[2:], strict=False)  # "Will the situation be about to get worse?"
    if words[0].lower_ == "will" and any((a.lower_, b.lower_, c.lower_) == _ABOUT_TO for a, b, c in triples):
        found.append("'be about to' after 'will'")
    if any(_tells_nothing(word) for word in words):
        found.append("a verb of telling with nothing told")
    if _caption_run_in(words, sources):
        found.append("a caption's name run into the phrase before it")
    if _adjective_without_noun(words, sources):
        found.append("an adjective cut from its noun")  # "Will the OSI promote democratic and open?"
    return found


def _adjective_without_noun(words: Sequence[Token], sources: Sequence[Span]) -> bool:
    """Whether the question ends on an adjective that, in its sentence, qualifies a noun the question left out
    ("promote fair and open, well-run markets" asked as "... promote fair and open?")."""
    last = words[-1]
    if last.tag_ != "JJ":
        return False
    kept = {word.lower_ for word in words}
    uses = [token for span in sources for token in span if token.lower_ == last.lower_]
    nouns = []
    for token in uses:
        head = token
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        nouns.append(head.head if head.dep_ == "amod" and head.head.i > token.i else None)
    return bool(nouns) and all(noun is not None and noun.lower_ not in kept for noun in nouns)


def _tells_nothing(verb: Token) -> bool:
    """ "Did the witness tell the officer?": "tell" (or "inform", "assure") with its listener and no clause, object or
    "about" phrase for what was told."""
    if verb.lemma_.lower() not in TELLING or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "prep", "advcl", "conj") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]  # "tell the truth": what is told
    return len(objects) == 1 and (objects[0].pos_ in ("PROPN", "PRON") or objects[0].ent_type_ == "PERSON")


def _caption_run_in(words: Sequence[Token], sources: Sequence[Span]) -> bool:
    """Whether the question holds a lower-case noun and the name right after it that, in its sentence, opens a photo
    caption glued on with no stop: the name followed by its place in the picture ("failure Hadley (left) oversaw")."""
    glued = set()
    for source in sources:
        tokens = [t for t in source if not t.is_space]
        for at in range(1, len(tokens) - 3):
            noun, name, bracket, place = tokens[at - 1], tokens[at], tokens[at + 1], tokens[at + 2]
            if (noun.pos_ == "NOUN" and noun.text.islower() and name.pos_ == "PROPN" and bracket.text == "("
                    and place.lower_ in PICTURE_PLACES):
                glued.add((noun.lower_, name.lower_))
    return any((a.lower_, b.lower_) in glued for a, b in pairwise(words))


def _adverb_before_subject(opener: Token, second: Token) -> bool:
    """ "Will meanwhile any move ...": a connective, or an adverb of the main verb, right after a yes/no question's
    auxiliary."""
    if opener.lower_ in ("how", "why", "when", "where") or second.lower_ in ("not", "n't"):
        return False
    main_adverb = second.tag_ == "RB" and second.dep_ == "advmod" and second.head.dep_ == "ROOT"
    return second.lower_ in CONNECTIVES or main_adverb


def _subjectless_finite(verb: Token) -> bool:
    """A clause hanging on the question with a finite auxiliary of its own ("was sent off") but neither a subject nor a
    word that links it ("as", "after"): two sentences run together."""
    if verb.dep_ not in ("advcl", "ccomp"):
        return False
    finite = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in verb.children)
    linked = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") or c.tag_ in ("WDT", "WP", "WRB")
                 for c in verb.children)
    return finite and not linked


def _possessive(mark: Token) -> bool:
    """ "the journalists' investigation": an apostrophe closing a plural before the noun it owns, not a quote mark."""
    before = mark.doc[mark.i - 1] if mark.i > 0 else None
    after = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    attached = before is not None and not before.whitespace_ and before.lower_.endswith("s")
    return mark.dep_ == "case" or (attached and after is not None and after.is_alpha and mark.text in ("'", "’"))


def _cut_at_hyphen(words: Sequence[Token], sources: Sequence[Span]) -> bool:
    """Whether a question's word is, in its sentences, only ever the first part of a hyphenated word ("pre-empt"), and
    the question does not go on with the hyphen."""
    parts: set[str] = set()
    alone: set[str] = set()
    for source in sources:
        for token in source:
            following = token.nbor() if token.i + 1 < len(token.doc) else None
            if not token.whitespace_ and following is not None and following.text in _HYPHENS:
                parts.add(token.lower_)
            else:
                alone.add(token.lower_)
    cut = parts - alone
    return any(
        word.lower_ in cut and (word.i + 1 >= len(word.doc) or word.nbor().text not in _HYPHENS) for word in words
    )


def _figure_without_unit(words: Sequence[Token], sources: Sequence[Span]) -> bool:
    """Whether a figure of the question is, in its sentences, only ever written with a unit run onto it ("$3.8m",
    "£2bn"; not the "3" of "3G" when "operator 3" stands alone too) that the question does not keep after it."""
    units: dict[str, str] = {}
    alone: set[str] = set()
    for token in (token for source in sources for token in source if token.like_num):
        following = token.nbor() if token.i + 1 < len(token.doc) else None
        if not token.whitespace_ and following is not None and following.is_alpha:
            units[token.text] = following.text
        else:
            alone.add(token.text)
    return any(
        word.like_num and word.text in units and word.text not in alone
        and (word.whitespace_ or word.i + 1 >= len(word.doc) or word.nbor().text != units[word.text])
        for word in words
    )
