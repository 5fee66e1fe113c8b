"""Which mentions make a name an actor of the story.

A name is an actor when at least one of its mentions is a real one.  Not
real: a name that only modifies a noun ("his Florida estate"); the title of
a work ("the film Nora Quill") or its maker as its owner ("Brightwell's drama"); a place in a
possessive ("Norway's cup"), locating an office ("the prosecutor in Lyon") or
another place after a comma ("Park City, Utah"), or one of a list of five names or more without acting ("in Ohio, Texas,
Maine, Utah and Iowa"); a publication or agency cited only as a source
("according to the Daily Courier", "told the Evening Post", "the Courier
reported", "(XYZ News)"); an organisation or place inside a person's job
title ("president of Hobbs Consulting", "Ohio's top law officer, Ann Reyes"; a body before a capitalised title:
"Education Secretary Ann Reyes")
or in a person's address ("Edward Byatt, 39, of Buckhurst Hill") or seat ("Derby North's Bob Laxton");
a place where a person or a thing comes from ("the professor from Leeds", "grapes imported from Chile");
a site where words were posted ("a post on Twitter"); a technology given as an example of its kind ("formats
such as MP3", "3G networks like UMTS").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import example_kind, list_head
from ...language.lexicon import (
    OFFICE_NOUNS,
    ORG_WORDS,
    POSTING_WORDS,
    PUBLICATION_WORDS,
    STATE_VERBS,
    TITLES,
    WORK_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .mentions import Mention

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LIST = 5  # names listed together, from which a place that does not act is only one of a list
_ACTING_SLOTS = frozenset({"nsubj", "nsubjpass", "agent", "dobj", "dative"})
BEING = (STATE_VERBS - {"own", "hold", "hide", "control", "owe"}) | {"become"}  # what a place is, not does
_PARTY_PREPOSITIONS = frozenset({"with", "between", "against", "by"})  # "talks with Turkey", "a deal between ..."
_SEAT_TITLES = frozenset({"mp", "mep", "msp", "am", "senator", "congressman", "congresswoman", "councillor", "member"})
_REPORTING = frozenset({"note", "say", "write", "reveal", "claim", "add", "learn", "understand"})
_SOURCE_NOUNS = frozenset({"email", "statement", "interview", "letter", "report", "reports"})
# What an outlet puts out, with the outlet's name before it ("a string of Valley News reports", "a CBS News poll").
_OUTPUT_NOUNS = frozenset({"report", "show", "programme", "program", "interview", "poll", "documentary", "article"})
# Verbs of what a newspaper found out or put out, in the passive ("identified by the Post", "published by the Times").
_FINDING = frozenset({"identify", "name", "obtain", "see", "report", "publish", "release", "broadcast", "air"})
# Nouns of kinds of news outlet, right before an outlet's name ("the news website Zorka", "the tabloid Bild").
_OUTLET_NOUNS = frozenset({"newspaper", "paper", "tabloid", "daily", "website", "broadcaster", "channel", "magazine"})
_BEFORE_KIND = frozenset({"compound", "amod", "nmod"})  # a name before its kind's noun: "the Kestrel newspaper"
# Nouns of kinds of technology whose examples are things, not actors ("standards such as Wi-Fi").
_TECHNOLOGY_NOUNS = frozenset(
    "standard technology format protocol codec browser software console handset chip processor".split()
)


def is_real(mention: Mention, place: bool) -> bool:
    """Whether this mention shows its actor taking part in the story."""
    if mention.modifier or names_work(mention) or _example_of_technology(mention.span.root):
        return False
    root = mention.span.root
    if place and (root.dep_ == "poss" or _locates_office(root) or (not mention.subject and listed(root) >= _LIST)):
        return False
    if place and locates_place(mention.span) and listed(root) <= 2:
        return False
    if place and (inside_name(mention.span) or _origin(root)):
        return False
    capital = () if place else ("PROPN",)  # "Education Secretary Ann Reyes"; not "New York Mayor Ann Reyes"
    titled = in_job_title(root, capital)
    if mention.label != "PERSON" and (is_source(mention) or titled or _address(root) or _seat(root)):
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_.lower() in _SEAT_TITLES:
        return False  # "MP for Llanelli": a constituency, whatever the recogniser calls it
    if root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.lemma_.lower() in POSTING_WORDS:
        return False  # "a post on Twitter", "shared on Facebook": where words were posted, not who posted them
    return mention.subject or mention.label == "PERSON" or not is_topic(root)


def acts_as_place(mention: Mention) -> bool:
    """A place that acts or is acted on ("Turkey refused", "talks with Cyprus", "invaded Iraq"), not one
    that only locates an event ("a hearing in Essex", "the Race to Dubai", "at Old Trafford")."""
    root = list_head(mention.span.root)
    if root.dep_ == "nsubj" and root.head.lemma_ in BEING:
        return False  # "Eastland has been in turmoil", "Westerby will become the next Dunmere": a state, no act
    if mention.subject or root.dep_ in _ACTING_SLOTS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in _PARTY_PREPOSITIONS


def inside_name(span: Span) -> bool:
    """A place written as the end of another capitalised name ("the Race to Dubai", "the Tour of Britain")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("to", "of"):
        return False
    before = doc[span.start - 2]
    return before.is_title and before.pos_ in ("NOUN", "PROPN") and before.i > before.sent.start and (
        before.ent_type_ not in _PLACE_LABELS
    )


def names_work(mention: Mention) -> bool:
    """A title of a work ("the film Nora Quill", "a version of House of the Dead"), what or who a work
    is about or by, named only as its modifier or owner ("Ella Varn biopic", "Ana Brightwell's drama"), or a
    character played in it."""
    span, root = mention.span, mention.span.root
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lower_ in WORK_NOUNS:
        return True
    if any(c.dep_ == "compound" and c.lower_ in WORK_NOUNS for c in root.children):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in WORK_NOUNS:
        return True
    if _character(root):
        return True
    after = [t for t in doc[span.end : span.end + 4] if t.lower_ not in ("'s", "’s", "'", "’")]
    nouns = []
    for token in after:
        if token.pos_ != "NOUN":
            break
        nouns.append(token.lower_)
    return bool(set(nouns) & WORK_NOUNS)


def _example_of_technology(root: Token) -> bool:
    """A name given as an example of a kind of technology ("formats such as MP3"); of networks only when a
    generation with a digit modifies them ("2G networks like GSM"), for "mobile networks like Orange" are firms."""
    kind = example_kind(root)
    if kind is None:
        return False
    if kind.lemma_.lower() == "network":
        return any(c.dep_ in ("compound", "amod", "nummod") and any(ch.isdigit() for ch in c.text) for c in kind.lefts)
    return kind.lemma_.lower() in _TECHNOLOGY_NOUNS


def _character(root: Token) -> bool:
    """A person played in a work ("nominated for playing Howard Hughes in The Aviator"): the object of
    "play" or "portray" that has "in" and a title or a work ("in the film"), not a place ("in Melbourne")."""
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in ("play", "portray"):
        return False
    works = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return any(
        (w.pos_ == "PROPN" and w.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "EVENT"))
        or w.lemma_.lower() in WORK_NOUNS
        for w in works
    )


def is_topic(root: Token) -> bool:
    """A name listed among common nouns, as a subject of talks ("trade, fentanyl, TikTok")."""
    siblings = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        siblings.append(root.head)
    return any(s.pos_ == "NOUN" and not s.ent_type_ and s.lower_ not in ORG_WORDS for s in siblings)


def is_source(mention: Mention) -> bool:
    """A publication or agency named as where the news comes from."""
    root = mention.span.root
    head = root.head
    doc = root.doc
    if mention.span.start > 0 and doc[mention.span.start - 1].text == "(" and mention.span.start - 1 == root.sent.start:
        return True
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if root.dep_ == "poss" and head.dep_ in ("dobj", "dative"):
        root, head = head, head.head
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
        return True
    if root.dep_ == "nsubj" and head.lemma_ == "report":
        return True  # "the Courier reported": the news comes from it
    return root.dep_ == "pobj" and head.head.lower_ in _SOURCE_NOUNS


def credits_news(mention: Mention, named: bool = False) -> bool:
    """A newspaper or news site named as the one that tells the news ("notes Philly.com", "the Herald said", "a string
    of Valley News reports"); ``named``: another mention reads as an outlet's ("AP" of "the AP news agency")."""
    root = mention.span.root
    doc, start = root.doc, mention.span.start
    kind = doc[start - 1] if start > 0 and doc[start - 1].lemma_.lower() in _OUTLET_NOUNS else None
    outlet = outlet_named(mention)
    if (mention.label == "PERSON" and not (outlet or named)) or not (named or is_publication(mention.text) or outlet):
        return False  # "Alan Press said": a person whose name ends like a newspaper's; "the news website Zorka" is one
    if kind is not None and root.dep_ == "appos" and root.head == kind:
        kind = root = kind  # "told the news website Zorka": the name stands in its kind's slot
    elif root.dep_ in _BEFORE_KIND and root.head.lemma_.lower() in _OUTLET_NOUNS:
        kind = root = root.head  # "told the Kestrel newspaper"
    if kind is root and root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell":
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.head.lower_ in _SOURCE_NOUNS:
        return True  # "an email sent to her by the Associated Press": the outlet asking for comment
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in _FINDING:
        return True  # "the man, identified by the Harbour Gazette as ...": what the paper found
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in ("speak", "talk"):
        return True  # "Speaking to the Evening Post, she said ...": where the words were given
    product = root
    while product.dep_ == "compound" and product.head.i != product.i:
        product = product.head
    if product.i != root.i and product.lemma_.lower() in _OUTPUT_NOUNS:
        return True  # "featured in a string of Valley News reports", "the Valley News television show"
    return is_source(mention) or (root.dep_ == "nsubj" and root.head.lemma_ in _REPORTING)


def outlet_named(mention: Mention) -> bool:
    """Whether the noun of a kind of outlet names a mention's kind: before it ("the news website Zorka"), after it
    ("the Kestrel newspaper") or apposed to it ("La Voce Nord, Italy's regional newspaper")."""
    root, start = mention.span.root, mention.span.start
    kind = root.doc[start - 1] if start > 0 and root.doc[start - 1].lemma_.lower() in _OUTLET_NOUNS else None
    if kind is not None and (kind.head == root or (root.dep_ == "appos" and root.head == kind)):
        return True
    kinds = [root.head] if root.dep_ in _BEFORE_KIND else [c for c in root.children if c.dep_ == "appos"]
    return any(k.lemma_.lower() in _OUTLET_NOUNS for k in kinds)


def is_publication(name: str) -> bool:
    """A name that reads as a newspaper, broadcaster or news site ("Philly.com", "the Evening Herald")."""
    words = name.casefold().split()
    agency = words[-2:] in (["news", "agency"], ["news", "service"], ["wire", "service"])  # "the AP news agency"
    return bool(words) and (agency or words[-1] in PUBLICATION_WORDS or words[-1].endswith((".com", ".co.uk", ".org")))


def in_job_title(root: Token, proper: tuple[str, ...] = ()) -> bool:
    """Whether ``root`` sits inside the job title of a named person; ``proper=("PROPN",)`` takes a title written
    with a capital too ("Education Secretary Ann Reyes")."""
    token = root
    for _ in range(4):
        if token.dep_ in ("ROOT",) or token.head == token:
            return False
        token = token.head
        title = token.lemma_.lower() in TITLES or token.lower_ in TITLES
        if token.pos_ in ("NOUN", *proper) and title and _names_person(token):
            return True
        if token.pos_ == "VERB":
            return False
    return False


def _names_person(title: Token) -> bool:
    if title.dep_ == "appos" and title.head.ent_type_ == "PERSON":
        return True
    if title.head.ent_type_ == "PERSON" and title.dep_ in ("compound", "appos", "nmod"):
        return True
    return any(child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON" for child in title.children)


def locates_place(span: Span) -> bool:
    """A place named after a comma to locate the place before it ("Park City, Utah", "Pusan, South Korea");
    the caller checks that the two are not part of a list ("China, New Zealand and Italy")."""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ in _PLACE_LABELS


def _address(root: Token) -> bool:
    """A place where a person lives, named beside them ("Edward Byatt, 39, of Buckhurst Hill")."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("of", "from"):
        return False
    owner = root.head.head
    if owner.dep_ == "appos" and owner.like_num:
        owner = owner.head  # "Byatt, 39, of ...": the age stands between
    return owner.ent_type_ == "PERSON"


def _origin(root: Token) -> bool:
    """A place named as where a person or a thing comes from ("the professor from Leeds", "grapes imported
    from Chile"), not where the story happens."""
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    owner = root.head.head
    return owner.pos_ in ("NOUN", "PROPN") or (owner.tag_ == "VBN" and owner.dep_ == "acl")


def _seat(root: Token) -> bool:
    """A place or body named as the owner of a person, for the person's seat or side ("Derby North's Bob Laxton")."""
    return root.dep_ == "poss" and root.head.ent_type_ == "PERSON" and root.head.pos_ == "PROPN"


def _locates_office(root: Token) -> bool:
    head = root.head
    owner = head.head.lower_
    return root.dep_ == "pobj" and head.lower_ in ("in", "of", "for") and (owner in OFFICE_NOUNS or owner in ORG_WORDS)


def listed(root: Token, proper: bool = False) -> int:
    """How many names stand in the list that ``root`` is part of: a chain of conjuncts (and of
    appositions, which the parser sometimes makes of a list's commas: "Ohio, Texas, Maine"); with ``proper``,
    only the proper nouns count (not "a shareholder" of "DaimlerChrysler, a shareholder in ...")."""
    links = ("conj", "appos")
    first = root
    while first.dep_ in links and first.head.i != first.i:
        first = first.head
    count, todo = 0, [first]
    while todo:
        token = todo.pop()
        count += not proper or token.pos_ == "PROPN"
        todo.extend(c for c in token.children if c.dep_ in links)
    return count
