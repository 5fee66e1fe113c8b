"""Which clause a date belongs to.

A date tells the time of the clause it stands in, not of the clause that
clause hangs on: in "Yukos will sue after the government ignored an order
last week" the week is the ignoring's, in "Despite a profit last year,
Qantas has argued ..." the year is the profit's, in "X condemned the
closure, saying there had been a barracks since 1805" the year is what X
said; in "pulled out of January's tournament" the month is the tournament's,
not the pulling out's.  A line that shows a clause may carry a date only
when the date belongs to it; the clause the date does belong to may be told
instead when it can stand alone, with a subject of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .dates import MONTHS, WEEKDAYS, YEAR
from .faithful import CONDITIONS
from .grammar import SUBJECT_DEPS
from .lexicon import AMOUNTS, CHANGE_ADVERBS, CHANGE_BASES, CLOCK_WORDS, COMPARING, SPEECH_VERBS
from .tense import finite_past, forms, governing_verb, verb_is_future
from .undated import described
from .undated import names_title as names_title  # a paper's name, read by the background stage too

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# How a clause hangs on another that it does not share its time with: "after ...", "despite making ...",
# "compared with ...", "who ...", "that it ... (is clear)".
# How a date qualifies a noun ("January's", "the 1997 crisis"), and the words that put a clause at a dated event.
_MODIFIERS = frozenset({"poss", "compound", "nummod", "amod", "nmod"})
_DURING = frozenset({"at", "in", "during"})
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "lunchtime", "midday", "noon", "midnight"})
_SUBORDINATE = frozenset({"advcl", "pcomp", "prep", "relcl", "csubj", "csubjpass", "acomp"})
# Prepositions that set a clause apart in time or in reason ("despite making a profit last year"), unlike those that
# complete their verb ("accused of raping a passenger in December").
_APART = frozenset(
    {"despite", "after", "before", "since", "following", "besides", "unlike", "notwithstanding", "until"}
)
_SAME_TIME = frozenset({"when", "whenever"})  # "When the home was raided in 2011, detectives found ...": one time
_REPORTED = frozenset({"ccomp", "parataxis"})
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"mid", "early", "late", "last", "next", "this", "since"}
_AHEAD = frozenset({"next", "tomorrow", "coming", "upcoming"})
_PRESENT = frozenset({"VBZ", "VBP"})
_NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})  # "the Australian Open", "his 2010 debut"
_TENSES = _PRESENT | {"VBD", "MD"}
_OPEN = CONDITIONS | {"whether", "as"}  # a clause set on a condition, or on "as" (a reason or a time)


def belongs(date: Token, head: Token) -> bool:
    """Whether ``date`` tells the time of the clause ``head`` heads: it stands in that clause, in a clause joined to
    it or that it reports ("X said on Monday", "said that talks sped up in January"), or in a bare participle that
    opens it ("Speaking on Tuesday, X said ...")."""
    return _crossing(date, head) is None


def dated_clause(date: Token) -> Token | None:
    """The verb of the clause a date belongs to when that clause can be told alone: one set on another by a
    time word, with a subject of its own that names it ("after the Russian government ignored an order last
    week"); None otherwise (no subject, a "who", a condition or a reason, a reported claim)."""
    verb, _through_noun = governing_verb(date)
    if verb is None:
        return None
    clause = _crossing(date, verb.doc[verb.sent.root.i])
    if clause is None or clause.dep_ != "advcl":
        return None
    if any(c.dep_ == "mark" and c.lower_ in _OPEN for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return clause if subjects and all(s.pos_ in ("NOUN", "PROPN") for s in subjects) else None


def _crossing(date: Token, head: Token) -> Token | None:
    """The verb of the first clause between a date and ``head`` that has a time of its own, or None."""
    verb, _through_noun = governing_verb(date)
    if verb is None:
        return None
    node = verb
    while node.i != head.i:
        if node.pos_ in ("VERB", "AUX"):
            if node.dep_ in _SUBORDINATE and not _shares_time(node, node.i == verb.i):
                return node
            if node.dep_ in _REPORTED and node.head.i != head.i:
                return node
        if node.head.i == node.i:
            return node  # ``head`` does not govern the date
        node = node.head
    return None


def _shares_time(verb: Token, dated: bool) -> bool:
    """Whether a clause hung on another tells the same time: a bare participle that carries the date ("Speaking on
    Tuesday, Putin said ..."), a purpose ("will travel to Old Trafford to meet United in January"), a "when"
    clause, an attribution ("according to a statement released Monday"), a clause completing a preposition its
    verb takes ("accused of raping a passenger in December")."""
    children = list(verb.children)
    if verb.dep_ == "pcomp":
        return verb.head.lower_ not in _APART
    if verb.dep_ == "prep":
        return verb.lemma_.lower() == "accord"
    if verb.dep_ != "advcl":
        return False
    if any(c.lower_ in _SAME_TIME and c.dep_ in ("advmod", "mark") for c in children):
        return True
    if verb.tag_ == "VB" and any(c.tag_ == "TO" or (c.dep_ == "aux" and c.lower_ == "to") for c in children):
        return True
    return dated and verb.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in children)


def names_person(entity: Span, named: frozenset[str] = frozenset()) -> bool:
    """Whether a bare month is a name: in a list of people's names, "Carla, June and Tom", or a name the article
    gives someone ("Granny June"), when it stands where a person does ("June's daughter", "June said"), not after a
    preposition ("in June")."""
    token = entity.root
    if token.lower_ in named and token.dep_ in SUBJECT_DEPS | {"poss", "dobj", "compound"}:
        return True
    if len(entity) != 1 or entity.root.pos_ != "PROPN":
        return False
    listed = [c for c in token.children if c.dep_ in ("conj", "appos")]
    if token.dep_ in ("conj", "appos"):
        listed.append(token.head)
    return any(other.ent_type_ == "PERSON" for other in listed)


def month_names(spans: Iterable[Span]) -> frozenset[str]:
    """The months whose words an article uses as part of a person's name: "Granny June", "Theresa May" (then "June's
    daughter" is hers too, in any sentence)."""
    return frozenset(
        t.lower_ for span in spans for t in span if t.lower_ in MONTHS and (t.ent_type_ == "PERSON" or _named_by(t))
    )


def _named_by(token: Token) -> bool:
    """Whether a word follows a name's first word, "Granny June", not a date's ("Independence Day" is one)."""
    first = token.doc[token.i - 1] if token.i > 0 else None
    if first is None or first.dep_ != "compound" or first.head.i != token.i or first.pos_ != "PROPN":
        return False
    return first.ent_type_ != "DATE" or (first.is_title and first.lower_ not in _DATE_WORDS)


def ahead_of(entity: Span) -> bool:
    """Whether a date that says it is to come ("next week", "tomorrow") stands in a sentence told in the simple past:
    "The qualifier due to contest the Masters next week told Sportsmail ...": the date is not the telling's."""
    ahead = any(t.lower_ in _AHEAD for t in entity)
    return ahead and finite_past(entity.sent.root) and entity.root.head.i != entity.sent.root.i


def told_now(date: Token, verb: Token, past: bool) -> bool:
    """Whether the clause ``verb`` heads is told in the simple present or the present progressive and its ``past``
    date only starts a stretch a first or a most measures ("is playing in his first Grand Slam since the US
    Open in 2011", "are out of their first final since 1986") or dates a noun by a participle ("ends a saga
    dating back to 2001", "is one of the captains included in the squad on 5 March"): the date is not the clause's."""
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "One of the captains included ...": the clause's verb, "is"
    tensed = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSES] or [verb]
    if not past or tensed[0].tag_ not in _PRESENT or (tensed[0].lemma_ == "have" and tensed[0].i != verb.i):
        return False  # a past, a modal, an infinitive, a present perfect ("has been in controversy since 1993")
    if verb_is_future(verb) or (verb.dep_ in ("ccomp", "xcomp") and finite_past(verb.head)):
        return False  # a plan ("is not expected to break even until 2006"); "saw its sales rise 2% in 2004"
    node, participle = date, False
    while node.i != verb.i and node.head.i != node.i:
        node = node.head
        if node.lower_ == "according" or forms(node) & SPEECH_VERBS:
            return False  # "is hopeful, according to a statement released Monday": the telling's date
        participle = participle or (node.dep_ == "acl" and node.tag_ in ("VBG", "VBN"))
    return participle or _measured_since(date)


def _measured_since(date: Token) -> bool:
    """Whether a date follows a "since" (the parser may hang the date apart from it: "since the Australian Open in
    2014") that a first or a most before it measures ("their first final since 1986", "the highest since")."""
    start = date.head if date.dep_ == "pobj" else date
    since = start if start.lower_ == "since" else None
    for token in reversed(date.doc[date.sent.start : start.i]):
        if since is not None or (token.pos_ not in _NOUN_PHRASE and token.lower_ != "since"):
            break
        since = token if token.lower_ == "since" else None
    if since is None:
        return False
    return any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" for t in date.doc[date.sent.start : since.i])


def untold(entity: Span, named: frozenset[str] = frozenset()) -> bool:
    """Whether a date tells the time of no event its line would show: it is a paper's name or a person's
    (:func:`names_title`, :func:`names_person`), what its clause describes (:func:`described`), starts a stretch
    after "since" it does not tell (:func:`since_untold`), is the base a figure is measured against
    (:func:`compares`), a clock's time, or bounds a stretch whose time is not the line's (after "beyond", or
    "until" a past clause or a noun's term)."""
    return (
        names_title(entity) or names_person(entity, named) or described(entity) or since_untold(entity.root)
        or compares(entity) or clock(entity) or _until_then(entity.root)
    )


def _until_then(date: Token) -> bool:
    """Whether a date bounds a stretch whose time is not the line's: one a past clause began ("were bailed until
    mid-December", not "voters had until Tuesday"), one a purpose ends ("signed a contract to stay until May 2008":
    the signing is not then), or one that opens after it ("to stay beyond 2011", "an extension beyond 2010")."""
    if date.dep_ != "pobj":
        return False
    if date.head.lower_ == "beyond":
        return True
    if date.head.lower_ not in ("until", "till"):
        return False
    verb = date.head.head
    if verb.tag_ == "VB" and verb.dep_ in ("acl", "advcl") and any(c.tag_ == "TO" for c in verb.children):
        return True  # "to stay until": the term of what the clause or noun it hangs on settles
    return verb.pos_ == "VERB" and verb.lemma_ != "have" and finite_past(verb)


def clock(entity: Span) -> bool:
    """Whether what looks like a year is a time of day on the 24-hour clock: "at 1830 GMT", "at 0300 hours"."""
    after = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    timed = entity.label_ == "TIME" or (after is not None and after.lower_ in CLOCK_WORDS)
    return timed and YEAR.search(entity.text) is not None


def compares(entity: Span) -> bool:
    """Whether a date is the base a figure is measured against, not the time of an event: "down from 12.3% in 2003",
    "up 10% on 2003" (not "up 3% on Tuesday": a day is when), "fell to 9.6% from 10.6% in November", "higher than
    in 2001", "compared with last year"."""
    daily = any(t.lower_ in WEEKDAYS or t.lower_ in ("today", "yesterday") or _day(t) for t in entity)
    node = entity.root
    while node.head.i != node.i:
        head = node.head
        if head.i not in range(entity.start, entity.end) and (node.lower_ in COMPARING or head.lower_ in COMPARING):
            return True
        base = node.dep_ == "prep" and node.lower_ in CHANGE_BASES and not (daily and node.lower_ == "on")
        if base and _measured(node):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
        node = head
    return False


def _day(token: Token) -> bool:
    return token.like_num and len(token.text) <= 2


def _measured(prep: Token) -> bool:
    """Whether "from" or "on" gives a figure's base: after "up" or "down", or "from" a figure ("from 10.6%")."""
    if prep.head.lower_ in CHANGE_ADVERBS:
        return True
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ == "from" and any(o.ent_type_ in AMOUNTS or (o.like_num and not o.ent_type_) for o in objects)


def dates_noun(date: Token) -> bool:
    """Whether a date only qualifies a noun that the clause's event does not take place at, and so dates that noun,
    not what the clause tells: "pulled out of January's tournament", "in the wake of the 2008 crash", "drove a 1999
    Ford" (a model year); a dated subject or object, or an event the verb is at, tells the clause's time
    ("Friday's attack killed 12 people", "missed Wednesday's deadline", "was a replacement in Saturday's defeat", "were
    hurt in the 1989 disaster")."""
    noun = date.head
    if date.dep_ not in _MODIFIERS or noun.i == date.i or noun.pos_ not in ("NOUN", "PROPN") or _timely(noun):
        return False  # "until Tuesday afternoon": a time of the date itself
    if date.dep_ != "poss" and date.i > 0 and date.doc[date.i - 1].lower_ in _DURING | {"on"}:
        return False  # "a cruise in 2012 worth £900": the preposition's own object ("for February delivery" is not)
    while noun.dep_ in _MODIFIERS and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    at = noun.head  # "in last Saturday's defeat", "hurt in the 1989 disaster": the clause happens at the dated event
    named = date.dep_ != "poss" and YEAR.fullmatch(date.text) is not None and noun.pos_ == "PROPN"  # "a 1999 Ford"
    if noun.dep_ == "pobj" and at.lower_ in _DURING and (at.head.pos_ in ("VERB", "AUX") or at.head.dep_ == "attr"):
        return named
    while True:  # up to the noun the phrase hangs on: "the official account of Friday's call said ..."
        above = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun.head
        if not (noun.dep_ in _MODIFIERS or noun.head.lower_ == "of") or above.pos_ not in ("NOUN", "PROPN"):
            break
        noun = above
    if noun.dep_ in SUBJECT_DEPS:
        return False
    if date.dep_ != "poss" and YEAR.fullmatch(date.text):
        return True  # "stole a 1999 Ford Fiesta": a year naming a thing (a model, an edition), not an act
    return noun.dep_ not in ("dobj", "attr")


def _timely(noun: Token) -> bool:
    return noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in _TIMES_OF_DAY


def since_untold(date: Token) -> bool:
    """Whether a date after "since" starts a stretch its line would not tell: one a noun measures ("their worst
    result since 1906") or one in someone's reported words ("X said 900 jobs had gone since 2001": the line tells
    the saying, now); "Since 2001, the firm has been restructured" tells the stretch itself."""
    since = date.head
    if date.dep_ != "pobj" or since.lower_ != "since":
        return False
    verb = since.head
    if verb.pos_ in ("NOUN", "PROPN"):
        return True
    return verb.dep_ == "ccomp" and forms(verb.head) & SPEECH_VERBS != set()
