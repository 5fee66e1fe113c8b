"""The words beside a name that give its role: an appositive ("Lin Chia-lung, Taiwan's foreign minister";
"Taiwan's foreign minister, Lin Chia-lung"; "Spain's minister of sport Jaime Ruiz", the name parsed as the title's
appositive) and a title before it ("Chinese leader Xi Jinping", "chairman and chief executive Gene Kahn")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.dates import MONTHS, WEEKDAYS
from ...language.jobs import COUNSEL, POSITIONS
from ...language.lexicon import (
    HONORIFICS,
    ORG_KIND_NOUNS,
    ORG_ROLE_NOUNS,
    PERSON_NOUNS,
    PLACE_WORDS,
    POST_NOMINALS,
    RELATIONS,
    TITLES,
)
from .matches import fixture_word
from .predicates import subtree

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .mentions import Mention

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "cc", "conj", "case", "punct"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
_ROLE_WORDS = TITLES | ORG_ROLE_NOUNS | POSITIONS  # a position only before a name ("Wales lock Owen Tarrant")
_PICTURED = frozenset("left right centre center pictured above below top bottom l r c".split())  # "(3rd L)"


def _misread_noun(word: Token) -> bool:
    """Whether an adjective set off after a name is a noun misread, by the article before it ("Claire Putnam, an
    obstetrician and gynecologist")."""
    return word.pos_ == "ADJ" and word.tag_ == "JJ" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in (
        word.children))


def _one_job(conj: Token) -> bool:
    """Whether a noun joined to an appositive's is a second job of the same person ("a painter and sculptor"), not
    a second item of a list ("the world's biggest broker - and other US insurance firms", "someone who ...")."""
    job = (conj.tag_ == "NN" and conj.pos_ == "NOUN") or conj.lower_ in TITLES  # "and also Commissioner for Energy"
    return job and not conj.ent_type_ and not any(
        d.dep_ == "det" for d in conj.children
    )


def appositive(mention: Mention, root: Token) -> list[Token]:
    after = root.doc[mention.span.end] if mention.span.end < len(root.doc) else None
    if after is not None and (after.tag_ == "POS" or (after.text in ("'", "’") and mention.words[-1].endswith("s"))):
        return []  # "Peter Moores' considerable good fortune": what he owns, misread as an appositive
    for child in root.children:
        one_of = child.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children)
        if child.dep_ == "appos" and child.i >= mention.span.end and (child.pos_ in ("NOUN", "PROPN") or one_of or (
            _misread_noun(child))):
            if (child.ent_type_ and not one_of) or child.tag_ == "NNPS" or any(
                c.dep_ == "conj" and not _one_job(c) for c in child.children  # a list, not "a painter and sculptor"
            ) or (child.pos_ == "PROPN" and (mention.label in PLACES or mention.words[-1].lower() in PLACE_WORDS)):
                continue  # a list of names, or a place a name is in ("Cawdor Barracks, Pembrokeshire"): no role
            if child.lower_ in _PICTURED or fixture_word(child):
                continue  # "Peter Moores (right)": where a photograph shows him; "Derby (away to Millwall)": a fixture
            if root.doc[child.left_edge.i - 1].is_quote:
                continue  # "said Fenwick's Ada Moll, \"not a typical customer\"": the speaker's words, no role
            if not root.doc[child.left_edge.i - 1].is_punct:
                continue  # no comma nor dash sets it off: "Ben Currie the pick of ...", "QPR the club's 'biggest game'"
            found = sorted(subtree(child), key=lambda t: t.i)
            for sibling in root.children:  # "vice - president": a hyphenated title parsed as three appositions
                if sibling.dep_ == "appos" and sibling.i > child.i and sibling.left_edge.i == found[-1].i + 1:
                    found.extend(sorted(sibling.subtree, key=lambda t: t.i))
            return found
    before = root.doc[mention.span.start - 1] if mention.span.start > 0 else None
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and _titled_phrase(root.head, mention):
        return [t for t in root.head.subtree if t.i < mention.span.start]  # "Spain's minister of sport Jaime Ruiz"
    if title := _title_above(mention, root):
        return [t for t in title.subtree if t.i < mention.span.start - 1]  # "The head of the Red Cross, Jo Li,"
    person = mention.label != "PERSON" or _agent_noun(root.head)  # not "the vacant seat - Ann Lee", "the accident, Jo"
    alone = root.head.tag_ == "NNS" or not any(c.dep_ == "conj" for c in root.children)  # not "the seat - Ann and Jo"
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < mention.span.start and person and alone and (
        before is not None and before.text in (",", "-", "—", "–", "(")
    ):
        names = {t.i for c in root.head.children if c.dep_ == "appos" and c.ent_type_ for t in c.subtree}
        return [t for t in root.head.subtree if t.i not in names and not (t.is_punct and t.i > root.head.i)]
    return []


def counsel(mention: Mention, root: Token) -> str | None:
    """The side a barrister speaks for, set off by commas after the name ("Alan Reed, prosecuting, told the court":
    "for the prosecution")."""
    doc, end = root.doc, mention.span.end
    if mention.label in PLACES or end + 2 >= len(doc) or doc[end].text != ",":
        return None
    side, after = doc[end + 1], doc[end + 2]
    return COUNSEL.get(side.lower_) if after.text in (",", ".", ";") else None


def _title_above(mention: Mention, root: Token) -> Token | None:
    """The title a person's name is set off after when the parse hangs the name on the last name of the title's
    phrase ("The head of the Norland Red Cross, Marit Solberg, told"; "The chief of the army's General Staff, Gen Ivo
    Marek,"): the title is the subject, the name between commas right after its phrase."""
    doc, start, end = root.doc, mention.span.start, mention.span.end
    if mention.label != "PERSON" or root.dep_ != "appos" or root.head.pos_ != "PROPN":
        return None
    if root.head.ent_type_ == "PERSON":
        return None
    if start < 1 or end >= len(doc) or doc[start - 1].text != "," or doc[end].text != ",":
        return None
    noun = root.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    if noun == root.head or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ROLE_WORDS or not noun.is_lower:
        return None
    return noun if noun.dep_ in ("nsubj", "nsubjpass") and noun.right_edge.i == end else None


def _agent_noun(noun: Token) -> bool:
    """Whether a noun may name a person or body: a title, a person's or body's noun, a noun of a doer ("a former
    intelligence contractor, Edward Snowden"), or the subject ("His cousin, Jo Bell, said"); not "the vacant seat",
    "Following the accident, Jo, who ..."."""
    lemma = noun.lemma_.lower()
    doer = lemma.endswith(("er", "or", "ist", "ian", "ee")) or noun.dep_ in ("nsubj", "nsubjpass")  # "His cousin, Jo,"
    return doer or lemma in PERSON_NOUNS | ORG_KIND_NOUNS | POSITIONS  # "the Georgian lock, Zurab Keladze"


def _titled_phrase(title: Token, mention: Mention) -> bool:
    """Whether a title's phrase runs up to the name with no comma, the name parsed as its appositive ("Spain's
    minister of sport Jaime Lissavetzky"): a title, or a noun a possessive pronoun owns ("his friend"), lower-case,
    whose words all come right before the name."""
    words = [t for t in title.subtree if t.i < mention.span.start]
    owned = _owned_relation(title, mention)
    return (
        title.is_lower and title.tag_ == "NN" and (title.lemma_.lower() in TITLES or owned) and bool(words)
        and words[-1].i == mention.span.start - 1
        and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words)
    )


def _owned_relation(noun: Token, mention: Mention) -> bool:
    """Whether a noun before a person's name is a relation or a doer a possessive pronoun owns, and whose the
    sentence names before it ("Her father Tom Baker and his friend Chris Kent": Tom Baker's friend; not "his
    friend Kent" of a man the sentence names only as "the defender", nor "their hike President Obama")."""
    pronoun = next((c for c in noun.children if c.tag_ == "PRP$" and c.lower_ in ("his", "her")), None)
    named = pronoun is not None and any(e.label_ == "PERSON" and e.end <= pronoun.i for e in noun.sent.ents)
    return mention.label == "PERSON" and named and (noun.lemma_.lower() in RELATIONS or _agent_noun(noun))


_OWNER_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})


def premodifier(mention: Mention, root: Token) -> list[Token]:
    start, end = mention.span.start, mention.span.end
    result: list[Token] = []
    if root.dep_ == "compound" and root.head.i == mention.span.end:
        root = root.head  # "Judge Stephen Kramer QC": the letters after the name head the phrase
    for child in root.lefts:
        if child.i < start and child.dep_ in _MODIFIER_DEPS:
            result.extend(child.subtree)
    before = root.doc[start - 1] if start > 0 else None
    loose = before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in TITLES and before.head.i != root.i
    if not result and loose and before is not None:  # "Their coach John Kirwan", the title parsed apart
        result = list(before.subtree)
    if not result and before is not None and before.is_lower and before.lower_ in _ROLE_WORDS and before.pos_ != "NOUN":
        result = _words_before(before)  # "Bayer Leverkusen defender Emir Spahic", the title misread as a verb
    first = _first_title(start, root, before)
    if first is not None:  # "May's chairman and chief executive Gene Kahn": both titles and their owner
        result = list(first.subtree)
    result = _unsplit([t for t in result if t.i < start])
    marks = [n for n, t in enumerate(result) if t.is_quote and not _possessive_mark(t)]
    result = result[marks[-1] + 1 :] if marks else result  # "... internet propaganda' City schools superintendent"
    # A verb in the modifiers is no role, unless capitalised (a misread name) or the title itself misread.
    misread = before.i if before is not None and before.lower_ in _ROLE_WORDS else None
    verbs = [t for t in result if t.pos_ == "VERB" and not t.text[:1].isupper() and t.i != misread and not (
        _glued(t) or _gerund_modifier(t))]
    titles = [t for t in result if _ROLE_WORDS & {t.lower_, t.lemma_.lower()} or _agent_job(t) or _doer(t, start)]
    if verbs or all(t.pos_ == "ADJ" and t.head.i >= end for t in titles):  # not "Ann's official Vimeo account"
        return []
    while len(result) > 1 and _name_word(result[-1], result[-2]):
        result = result[:-1]  # "association leader Dr Mark Porter", "Hartlepool MP Iain Wright": the name's own
    return _from_nearest_owner(result)


def _unsplit(words: list[Token]) -> list[Token]:
    """A title with the first half of its hyphened word, which the parse hung elsewhere ("RFF vice-president",
    "Labour co-chairman": not "president", "chairman"), with the words that half owns."""
    doc = words[0].doc if words else None
    at = words[0].i if words else 0
    if doc is None or at < 2 or doc[at - 1].text != "-" or doc[at - 1].whitespace_ or doc[at - 2].whitespace_:
        return words
    half = [t for t in doc[at - 2].subtree if t.i <= at - 2]
    whole = half and half[-1].i - half[0].i == len(half) - 1 and doc[at - 2].is_alpha
    return [*half, doc[at - 1], *words] if whole else words


def _possessive_mark(mark: Token) -> bool:
    """Whether an apostrophe is a plural's possessive ("the players' coach"), not a closing quotation mark."""
    return mark.text in ("'", "’") and mark.i > 0 and mark.doc[mark.i - 1].text.lower().endswith("s")


def _gerund_modifier(word: Token) -> bool:
    """Whether a verb form in -ing or a participle only qualifies the noun of a title ("managing director",
    "goalkeeping coach", "retired defender"): part of the title, not a clause."""
    qualifies = word.dep_ in ("amod", "compound") and word.head.pos_ in ("NOUN", "PROPN")
    clause = any(c.dep_ in ("dobj", "nsubj", "prep") for c in word.children)
    return word.tag_ in ("VBG", "VBN") and qualifies and not clause


def _agent_job(word: Token) -> bool:
    """Whether a lower-case noun before a name is a job by its ending ("forensic pathologist Dr Ann Lee",
    "physician", "guitarist"), not a thing ("playlist")."""
    lemma = word.lemma_.lower()
    return word.pos_ == "NOUN" and word.is_lower and len(lemma) >= 6 and lemma.endswith(("ist", "ian")) and not (
        lemma.endswith("list")
    )


def _doer(word: Token, start: int) -> bool:
    """Whether the noun right before a name is a doer by its ending ("Asylum seeker Jafar Adeli", "Backbencher
    Stephen Pound" at a sentence's start): the person's title, though no list has it."""
    lemma, first = word.lemma_.lower(), word.i == word.sent.start
    written = word.is_lower or (first and word.text[:1].isupper() and word.text[1:].islower())
    return word.i == start - 1 and word.pos_ in ("NOUN", "PROPN") and written and word.ent_type_ not in (
        "ORG", "GPE", "NORP") and len(lemma) >= 5 and lemma.endswith(("er", "or", "ist", "ian", "ee"))


def _from_nearest_owner(words: list[Token]) -> list[Token]:
    """A title's words without a date run in before them ("26 November" of "on 26 November singer Brian Harvey"),
    and without a name run into the owner's over a caption ("Crystal Palace" of "Crystal Palace Manchester City
    captain Vincent Kompany"): a title has one owner, the name right before it. A word that owns what follows is
    no date ("May's chairman", the company May's), and a title is never left with its owner's "'s" alone."""
    while len(words) > 1 and words[0].ent_type_ in ("DATE", "TIME") and _a_day(words[0]) and words[1].tag_ != "POS":
        words = words[1:]
    starts = [n for n, t in enumerate(words) if t.ent_iob_ == "B" and t.ent_type_ in _OWNER_LABELS]
    for n in reversed(starts[1:]):
        previous = words[n - 1]
        inside = previous.ent_iob_ == "I" and previous.ent_type_ in _OWNER_LABELS  # a name of two words or more
        if inside and previous.i == words[n].i - 1 and words[n].ent_iob_ == "B" and _long_entity(words[n]):
            return words[n:]  # not "US Defence Secretary", "Australian Idol winner": a country, a people before
    return words


def _a_day(word: Token) -> bool:
    """Whether a word is of a date that names a day or a month ("26 November", "last Monday"), not an age."""
    entity = [t for t in word.doc[word.i : word.i + 6] if t.ent_type_ == word.ent_type_]
    named = any(t.lower_ in MONTHS or t.lower_ in WEEKDAYS for t in entity)
    return named and not any(t.lower_ == "old" for t in entity)


def _long_entity(first: Token) -> bool:
    """Whether the name that starts at a word has two words or more."""
    doc = first.doc
    return first.i + 1 < len(doc) and doc[first.i + 1].ent_iob_ == "I"


def _glued(word: Token) -> bool:
    """Whether a word is the end of a hyphenated adjective ("Kiev-based", "award-winning"): no verb of a clause."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before is not None and before.text == "-" and not before.whitespace_ and word.tag_ in ("VBN", "VBG")


def _name_word(last: Token, title: Token) -> bool:
    """Whether the last word before a name is the name's own: an honorific, or a given name after a title."""
    honorific = last.lower_ in HONORIFICS and last.lower_ not in _ROLE_WORDS
    given = last.pos_ == "PROPN" and last.is_title and last.lower_ not in _ROLE_WORDS and last.ent_type_ not in (
        "ORG", "GPE", "NORP") and title.lower_ in _ROLE_WORDS | POST_NOMINALS
    return honorific or given


def _first_title(start: int, root: Token, before: Token | None) -> Token | None:
    """The first of two titles joined right before a name ("chairman and chief executive Gene Kahn"), of which
    the parser made the name or the second title a conjunct; only titles and their words stand between."""
    for token in (root, before):
        head = token.head if token is not None and token.dep_ == "conj" else None
        if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in _ROLE_WORDS or head.i >= start:
            continue
        between = root.doc[head.i + 1 : start]
        if any(t.dep_ == "cc" for t in between) and any(t.lower_ in _ROLE_WORDS for t in between) and all(
            t.dep_ == "cc" or t.pos_ in ("ADJ", "NOUN") or t.lower_ in _ROLE_WORDS for t in between
        ):
            return head
    return None


def _words_before(title: Token) -> list[Token]:
    """The title and the names and adjectives right before it, up to the start of the clause."""
    found = [title]
    for token in reversed(title.doc[max(title.sent.start, title.i - 5) : title.i]):
        if token.pos_ not in ("PROPN", "ADJ", "NOUN", "PART") or (token.pos_ == "NOUN" and token.is_lower):
            break
        found.insert(0, token)
    return found
