"""Actors without a proper name of their own.

Two kinds: an organisation named after a person ("Trump's transition team",
"the Trump administration": a collective noun with a person's name as its
possessive or modifier; every such phrase about the same person is one
organisation), and unnamed groups that act ("Mexican cartels", "U.S.
lawmakers", "Unions criticised the move"): a plural noun for people, or any
plural noun with a nationality or country before it, if it names people ("Chinese characters", "British
borders" are things), is not "such" a kind of those listed ("such Hollywood directors as ...") and does not
count back the bodies named before ("the two companies", "both firms"), nor only says what named actors are ("one
of the key players", "star players Dan Fenwick and Alan Shorrock").  A body named
by what it is takes a place or a name as its modifier, not an ordinal ("the first federal prosecutor").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...language.lexicon import (
    BARE_INSTITUTIONS,
    COLLECTIVE_HEADS,
    COMPARING,
    COUNTRY_FORMS,
    DEMONYMS,
    GROUP_NOUNS,
    INSTITUTIONS,
    SPEECH_VERBS,
)
from ...language.phrases import PART_WORDS, REACTION_NOUNS
from ...language.tokens import caption_tokens, join, tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Document

_DROP = frozenset(
    "the a an some many most more several these those their its his her multiple various other few both all".split()
)
_ASIDE_MARKS = frozenset({"after", "before", "since", "until", "once", "if", "unless", "than"})  # time, condition
_WH = frozenset({"which", "where", "when"})  # the relative words of a thing, a place, a time
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "poss"})
_PLACES = frozenset({"GPE", "LOC"})
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "men", "women")
# Plural nouns with a people's ending that name things ("Chinese characters", "British borders").
_THINGS = frozenset(
    """borders characters numbers letters papers orders matters waters layers chapters centres centers computers
    containers quarters headquarters rivers towers powers sectors factors colours colors errors doors floors motors
    corridors monitors indicators reactors restaurants plants grants""".split()
)
_BODIES = frozenset("companies firms banks insurers businesses carriers airlines retailers carmakers groups".split())
_FEW = frozenset("two three four 2 3 4".split())
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})  # not "first" (ORDINAL) nor a date


@dataclass
class Unnamed:
    """A collective actor: its names as written and the sentences that mention it."""

    key: str
    kind: str
    names: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    subjects: int = 0
    doers: int = 0  # mentions that act: the subject of an active verb, or the agent of a passive one
    heads: list[tuple[int, int]] = field(default_factory=list)  # (sentence, token index) of each mention's head
    lead: bool = False  # named in the first sentence, other than as the voice of its attribution ("experts say")
    acting: set[int] = field(default_factory=set)  # the sentences where it is a subject
    deeds: int = 0  # subjects of a verb that is not one of saying ("Unions reacted", not "analysts said")
    parties: int = 0  # mentions a deed is done to: "emailed students", "Firefighters were called"
    told: int = 0  # mentions in the story's own clauses, not in an aside (see _aside)

    @property
    def party(self) -> bool:
        """Whether the story is about the group, not only told through it: the lead names it other than as its
        voice, or it is the subject in two sentences or more and does something there besides saying."""
        return self.lead or (len(self.acting) >= 2 and self.deeds > 0)


def find_unnamed(
    document: Document, people: dict[tuple[int, int], str], quoted: frozenset[tuple[int, int]] = frozenset()
) -> list[Unnamed]:
    """Collectives in reading order; ``people`` maps (sentence, token index) to a person's key; a group named
    in a speaker's ``quoted`` words (sentence, token index) is theirs ("the best companies"), not the story's."""
    found: dict[str, Unnamed] = {}
    for index, span in enumerate(document.spans):
        if index in document.credits:
            continue
        captions = caption_tokens(span)
        for token in tokens(span):
            if token.pos_ != "NOUN" or token.i in captions or token.dep_ not in _ROLES:
                continue
            group = _group(token) if (index, token.i) not in quoted else None
            result = _collective(token, index, people) or _institution(token, found) or group
            if result is None:
                continue
            key, kind, name = result
            item = found.setdefault(key, Unnamed(key, kind))
            if name not in item.names:
                item.names.append(name)
                if key.startswith("inst:") and " " in name and " " not in item.names[0]:
                    item.names.insert(0, item.names.pop())
            item.mentions.append(index)
            item.heads.append((index, token.i))
            item.subjects += token.dep_ in ("nsubj", "nsubjpass")
            item.doers += _does(token)
            item.parties += _party(token)
            item.told += not _aside(token)
            item.lead = item.lead or (index == 0 and not _voices(token))
            if _subject(token):
                item.acting.add(index)
                item.deeds += not _voices(token)
    told = [item for item in _fold(found) if item.told > 0 or item.lead]  # not only in asides, outside the lead
    return [item for item in told if item.kind == "organization" or _acts(item)]


def _fold(found: dict[str, Unnamed]) -> list[Unnamed]:
    """A bare group joins a fuller one that names it with a word of the same stem ("insurers", "insurance firms")."""
    items = list(found.values())
    full = [item for item in items if item.kind == "group" and " " in item.names[0]]
    result = []
    for item in items:
        bare = item.kind == "group" and " " not in item.names[0]
        stem = item.names[0].lower()[:5]
        home = next((f for f in full if bare and any(w.lower()[:5] == stem for w in f.names[0].split())), None)
        if home is None or len(stem) < 5:
            result.append(item)
            continue
        home.names.extend(name for name in item.names if name not in home.names)
        home.mentions = sorted(home.mentions + item.mentions)
        home.heads = sorted(home.heads + item.heads)
        home.subjects += item.subjects
        home.doers += item.doers
        home.parties += item.parties
        home.told += item.told
        home.lead, home.acting, home.deeds = home.lead or item.lead, home.acting | item.acting, home.deeds + item.deeds
    return result


def _does(token: Token) -> bool:
    """Whether a noun acts: the subject of an active verb ("Unions criticised"), an agent ("called by paramedics",
    "stopped by officers") or the one a relative clause says acts ("officers, who uncovered ..."); not what is
    only acted on ("Firefighters were called", "who called the paramedics")."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ == "nsubj" or (head.dep_ == "pobj" and verb.dep_ == "agent"):
        return True
    if head.dep_ == "pobj" and verb.lower_ == "by" and verb.head.tag_ == "VBN":
        return True  # "he was stopped in his car by officers": an agent the parse took for a place
    if head.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in PART_WORDS:
        return _does(verb.head)  # "a number of shop owners had reported": the part acts for the group
    owned = verb.head if head.dep_ == "pobj" and verb.lower_ == "of" else verb if head.dep_ == "poss" else None
    if owned is not None and (owned.lemma_.lower() in REACTION_NOUNS or (head.dep_ == "poss" and _does(owned))):
        return True  # "drawing the ire of lawmakers", "the library workers' union said": it acts through its own
    return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.tag_ in ("WP", "WDT") for g in c.children)
               for c in token.children)


def _aside(token: Token) -> bool:
    """Whether a noun is named in passing: in a relative clause about a thing, a place or a time ("a game where
    players use", "an evening in which"; not "producers that supply ... to cartels"), a clause of time or condition
    ("after Dutch troops withdrew", "if airlines raised fares"), or a comparison ("busier than commuters")."""
    if token.dep_ == "pobj" and {token.head.lower_, token.head.head.lower_} & (COMPARING | {"like"}):
        return True
    marks = (c for node in (token, *token.ancestors) for c in node.children if c.dep_ == "mark")
    things = (n for n in token.ancestors if n.dep_ == "relcl" and {t.lower_ for t in n.doc[n.left_edge.i : n.i]} & _WH)
    return any(things) or any(c.lower_ in _ASIDE_MARKS for c in marks)


def _subject(token: Token) -> bool:
    """Whether a noun is a subject, or joined to one ("Lawyers and judges fear")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _voices(token: Token) -> bool:
    """Whether a noun is the subject of a verb of saying ("analysts said", "real experts say"): the story's voice."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS


def _acts(item: Unnamed) -> bool:
    """Whether a group takes part: it acts, a deed is done to it ("Firefighters were called", "emailed students",
    "supply chemicals to cartels"), or the story keeps coming back to it; not a group only talked of ("with paper
    fans in their hands", "the fitness of small firms", "earning a crowd of loyal fans")."""
    often = len(item.mentions) >= 3
    return (item.subjects > 0 or " " in item.names[0] or often) and (item.doers > 0 or item.parties > 0 or often)


def _party(token: Token) -> bool:
    """Whether a noun is what a verb is done to: its object, the subject of its passive, or the one it is done to
    or for ("sent to the families", "supply the ingredients for fentanyl to cartels")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ in ("dobj", "dative", "nsubjpass"):
        return head.pos_ == "VERB"
    if token.dep_ != "pobj" or head.lower_ not in ("to", "for"):
        return False
    verb = head.head
    for _ in range(3):  # "supply the ingredients for fentanyl to cartels": the parse may hang "to" on a noun
        if verb.pos_ == "VERB" or head.lower_ != "to" or verb.dep_ not in ("pobj", "prep", "dobj"):
            break
        verb = verb.head
    return verb.pos_ == "VERB"


def _collective(token: Token, index: int, people: dict[tuple[int, int], str]) -> tuple[str, str, str] | None:
    if token.lemma_.lower() not in COLLECTIVE_HEADS:
        return None
    owners = [people[(index, child.i)] for child in token.lefts if (index, child.i) in people]
    if not owners:
        return None
    owner = next(child for child in token.lefts if (index, child.i) in people)
    words = [t for t in token.doc[owner.left_edge.i : token.i + 1]]
    return f"org:{owners[0]}", "organization", join(words).strip()


def _institution(token: Token, found: dict[str, Unnamed]) -> tuple[str, str, str] | None:
    """A public body named by what it is: "the county roads committee", "police"."""
    lemma = token.lemma_.lower()
    if lemma not in INSTITUTIONS or token.ent_type_:
        return None
    key = f"inst:{lemma}"
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "nmod", "amod")]
    places = [
        c for c in token.rights
        if c.dep_ == "prep" and c.lower_ in ("in", "of", "for") and any(g.ent_type_ in _PLACES for g in c.children)
    ]
    proper = places or any(t.pos_ == "PROPN" or t.ent_type_ in _NAME_LABELS for c in modifiers for t in c.subtree)
    if proper:
        start = min([c.left_edge.i for c in modifiers] + [token.i])
        end = max([c.right_edge.i for c in places] + [token.i])
        return key, "organization", token.doc[start : end + 1].text
    subject = token.dep_ in ("nsubj", "nsubjpass") or token.head.dep_ == "agent"
    subject = subject and not any(c.dep_ == "poss" for c in token.children)
    if key in found or (lemma in BARE_INSTITUTIONS and subject):
        return key, "organization", token.text.lower() if token.i == token.sent.start else token.text
    return None


def _group(token: Token) -> tuple[str, str, str] | None:
    if token.tag_ != "NNS" or any(c.lower_ == "such" for c in token.lefts):
        return None  # "such Hollywood directors (as ...)": the kind of the names listed, not a group of its own
    if token.lower_ in _BODIES and _counted_back(token):
        return None  # "the two companies", "both firms": the bodies named before, not a group of their own
    if _describes(token):
        return None  # "one of the key players", "star players Dan Fenwick and Alan Shorrock": what one is
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in _DROP]
    national = any(_national(c) for c in modifiers)
    word = token.lower_
    people = word.endswith(_PEOPLE_ENDINGS) and not word.endswith("ments") and word not in _THINGS
    if token.lower_ not in GROUP_NOUNS and not (national and people):
        return None
    if any(c.ent_type_ in ("PERSON", "ORG") for c in modifiers):
        return None
    start = min([c.left_edge.i for c in modifiers] + [token.i])
    marks = [t.i for t in token.doc[start : token.i] if t.is_quote]
    start = marks[-1] + 1 if marks else start  # 'for "non-existent" workers': the quoted words are the writer's
    counted = {t.i for c in modifiers if _counts(c) for t in c.subtree}  # "Up to 2.3m drivers": keep the count whole
    words = [t for t in token.doc[start : token.i + 1] if t.i in counted or (t.lower_ not in _DROP and not t.like_num)]
    name = join(words).strip()
    if not name:
        return None
    return f"group:{name.casefold()}", "group", name


def _describes(token: Token) -> bool:
    """Whether a plural noun only says what named actors are: the kind that "one of" picks one from ("one of the key
    players", "one of the most influential teachers"), or set before the names it stands for ("star players Dan
    Fenwick and Alan Shorrock")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG") for c in token.children)


def _counted_back(token: Token) -> bool:
    """Whether a plural noun is counted as known ones are: "both companies", "the two firms", or points back to
    them with nothing but "the" or "these" before it ("the firms were abusing their position")."""
    lefts = {c.lower_ for c in token.lefts}
    numbered = any(c.dep_ == "nummod" and c.lower_ in _FEW for c in token.lefts)
    pointing = bool(lefts) and lefts <= {"the", "these", "those"}
    return "both" in lefts or pointing or (numbered and bool(lefts & {"the", "these", "those"}))


def _counts(modifier: Token) -> bool:
    """A unit with a number of its own ("1.4m", "800k"): left whole, or the group's name would keep "m" alone."""
    return not modifier.like_num and any(c.dep_ == "nummod" and c.like_num for c in modifier.children)


def _national(token: Token) -> bool:
    text = token.text.casefold()
    return text in DEMONYMS or text in COUNTRY_FORMS or token.ent_type_ in ("NORP", "GPE")
