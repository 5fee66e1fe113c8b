"""What marks a sentence as background rather than news, read from its parse.

Background is what a reader needs that is not the news itself: earlier
events (a past perfect, a date before the week of the article, "two years
ago", "since 1993", a main clause in the simple past, a relative clause
that tells who someone is or what they did), standing facts told in the present simple ("Federated owns
Macy's", "Beijing claims Taiwan as its territory", "X is the country's
biggest broker"), and who is who ("Han is seen as a pragmatist"); not a named person's act told in the present
simple ("Okafor bows his head", "Delmonte tries a through ball"), a scene as it plays.  Each cue
adds to a sentence's score; what speaks of the news or the future takes off
(a hedge or a future, a direct quote, a bare report of what someone said, a place held now: "are fifth").
What a report dated before the week foresaw is an earlier event, its "would" no hedge ("In 2019, planners
predicted that the city would need ...").  Which dates are before the week, or to come, is :mod:`.dates`'s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ...language.clauses import main_clause
from ...language.lexicon import OPENING_QUOTES, SPEECH_VERBS
from ...language.phrases import HABIT_ADVERBS, KNOWN_STATES, STATE_VERBS
from ...language.tense import is_past_perfect, verb_is_future
from ...language.tokens import tokens as tokens_of
from .dates import is_earlier_report, past_dates, to_come
from .marks import quoted_words
from .statements import STATEMENT, is_statement, told_before

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

EARLIER = 2.0  # a past perfect, a date before this year, "since", "ago"
STANDING = 1.5  # a fact in the present simple, an identity, a reputation
HABIT = 1.0  # any other present simple: "He plays a ceremonial role"
RECENT = 0.5  # a date in the week of the article or after it
TOLD = 1.0  # a main clause in the simple past
ASIDE = 0.5  # a relative clause that tells who or what someone is or did
DEVELOPMENT = 1.0  # a present perfect ("has pledged"), a name introduced with its role
VOICE = 3.0  # a quotation of some length, or a sentence that opens or closes one
QUOTED_WORDS = 5  # words between quotation marks that make a quotation, not a label ("chaotic", "nuclear option")
REACTION = 1.0  # a report made as the news came, when or how told
PLACE = 2.0  # a place held now in a contest: "are fifth and seventh"
PLACED = frozenset({"be", "sit", "lie", "stand"})  # verbs that give a place: "is second", "lies third"
MEDIA = frozenset({"statement", "post", "tweet", "interview", "email", "letter", "briefing", "conference", "release"})
OPEN_WORDS = frozenset({"whether", "unclear", "likely", "unlikely", "expected"})  # still open, or to come
AGO_WORDS = frozenset({"already", "ago", "previously", "formerly", "once", "former", "earlier", "since", "long"})
COUNTS = frozenset({"least", "than", "only", "just", "again", "more", "a", "an", "every", "per"})  # "at least once"
STATIVE = frozenset(
    {
        "be", "have", "own", "claim", "remain", "control", "employ", "operate", "hold", "include", "consist",
        "serve", "belong", "cover", "represent", "contain", "account", "manage", "base", "know", "consider",
        "regard", "restrict", "ban", "allow", "require", "face", "lead", "run", "make", "sell",
    }
)
REPUTATION = frozenset({"see", "consider", "regard", "know", "describe", "view", "widely"})
UNDECIDED = frozenset({"decision", "agreement", "deal", "date", "timetable", "word", "verdict", "ruling"})
HEDGES = frozenset({"will", "would", "may", "might", "could", "shall", "'ll", "should", "must", "can"})


def score(span: Span, today: dt.date, years: Mapping[int, int] | None = None) -> tuple[float, str | None]:
    """(how much of a background sentence this is, its earliest past date or None); ``years``: as for the timeline."""
    value = 0.0
    tokens = tokens_of(span)
    dates = past_dates(span, today, years)
    if dates:
        value += EARLIER
    if told_before(span) or (dates and is_past_perfect(span)):  # a report of the news day that dates its deed before
        value += EARLIER
    elif _present_perfect_since(tokens):
        value += EARLIER * 0.75
    elif _present_perfect(span.root):
        value += DEVELOPMENT
    if _introduces(tokens):
        value += DEVELOPMENT
    if any(tells_before(t) for t in tokens):
        value += 0.5
    if any(e.label_ == "ORDINAL" for e in span.ents):
        value += 0.5  # "now in its third year", "a first victory at the eighth attempt": a record, a count so far
    if any(t.lower_ in ("years", "decades") and t.head.lower_ == "for" for t in tokens):
        value += 1.0  # "ran Shanghai for years"
    root = main_clause(span)
    standing = _standing(root)
    value += standing
    earlier = bool(dates) or told_before(span) or any(tells_before(t) or t.lower_ == "recently" for t in tokens)
    earlier = earlier or _present_perfect(span.root) or is_earlier_report(span, root, today)  # "have pledged to"
    if is_statement(span.root) and not (earlier or standing):
        value -= STATEMENT  # "Elder Aid argued ...", "X disagreed with Y": a statement made as the news came
    if _told_past(root) and not (root.i != span.root.i and _judged(root)):
        value += TOLD  # "Qantas sought a tie-up with Air New Zealand": what happened before the news
    if any(t.dep_ == "relcl" and t.tag_ in ("VBD", "VBN", "VBZ") for t in tokens):
        value += ASIDE  # "Allen, who was jailed for six years, ...": who is who, told on the way
    value -= _news_penalty(span, tokens, root, today, earlier_report=is_earlier_report(span, root, today))
    shown = [date for date, own in dates if own]  # the line's date is its main clause's: an earlier one still counts
    return value, shown[0] if shown else None


def tells_before(token: Token) -> bool:
    """Whether a word tells a time before the news ("already", "ago", "once was"); "once" that counts ("at least
    once", "once again", "once a week") or opens a condition ("once the deal is done") tells none."""
    if token.lower_ not in AGO_WORDS:
        return False
    if token.lower_ != "once":
        return True
    doc = token.doc
    around = {doc[i].lower_ for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)}
    return token.dep_ != "mark" and not around & COUNTS


def _told_past(root: Token) -> bool:
    """A main clause in the simple past with no modal: "Qantas sought a tie-up ...", "The sale was forced ..."."""
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in HEDGES or a.lemma_ == "have" for a in auxes):
        return False
    return (root.tag_ == "VBD" and not auxes) or any(a.tag_ == "VBD" for a in auxes)


def _reacts(speech: Token) -> bool:
    """Whether a report tells how it was made, as the news came: "Speaking on Tuesday, Putin said ...", "In a
    statement, Qantas said ...", "Responding to the latest incidents, Spicer said ..."."""
    for child in speech.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG":
            return True
        if child.dep_ == "prep" and any(_medium(g) for g in child.children):
            return True
    return False


def _medium(noun: Token) -> bool:
    """A statement, a post, an interview ... not told as an earlier one ("In an earlier statement the FBI said")."""
    return noun.dep_ == "pobj" and noun.lemma_.lower() in MEDIA and not any(
        c.dep_ == "amod" and c.lower_ in AGO_WORDS for c in noun.children
    )


def _judged(verb: Token) -> bool:
    """A reported clause that judges rather than tells: "(Ortiz said) the cuts were painful but necessary"."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)


def _present_perfect(root: Token) -> bool:
    """ "X has pledged…", "Y have already attacked…": an earlier step of the story."""
    auxes = [c for c in root.children if c.dep_ == "aux"]
    return root.tag_ == "VBN" and any(a.lower_ in ("has", "have") for a in auxes) and not any(
        a.lower_ in HEDGES for a in auxes
    )


def _introduces(tokens: Sequence[Token]) -> bool:
    """A name given with its role: "Marsh - the world's biggest broker -", "MMC, its equity arm"."""
    return any(t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN" for t in tokens)


def _present_perfect_since(tokens: Sequence[Token]) -> bool:
    for token in tokens:
        perfect = token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children)
        if perfect and any(t.lower_ in ("since", "for", "long", "years") for t in token.subtree):
            return True
    return False


def _standing(root: Token) -> float:
    """A standing fact: a present-simple state, an identity, a reputation."""
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in HEDGES for a in auxes):
        return 0.0
    present = root.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    if not present or root.tag_ == "VBG" or any(a.tag_ == "VBG" for a in auxes):
        return 0.0  # "are preparing", "are being held": what goes on as the news is told, not a standing fact
    passive = any(a.dep_ == "auxpass" for a in auxes)
    if root.lemma_.lower() in REPUTATION and passive and any(c.lower_ == "as" for c in root.children):
        return STANDING + 0.5
    if any(a.lemma_ == "have" for a in auxes) or _reports(root):
        return 0.0
    if root.lemma_.lower() in STATIVE:
        return STANDING
    if not passive and _narrated(root):
        return 0.0  # "Okafor bows his head", "Delmonte tries a through ball": a scene told as it plays, no habit
    return HABIT if not auxes or passive else 0.0


def _narrated(verb: Token) -> bool:
    """Whether a verb in the present simple tells what a named person does, not a state nor a habit of theirs ("wants",
    "lives", "largely plays"): the article narrates a scene (a video, a game as it is played, the side picked for
    it), as it does with "then"."""
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if "then" in adverbs:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she"))
    return person and verb.lemma_.lower() not in STATE_VERBS and not adverbs & HABIT_ADVERBS


def _reports(verb: Token) -> bool:
    """Whether a verb reports what someone said: a speech verb, unless it is active and takes a "to" and no clause
    ("Sundance continues to grow", "The club agreed to pay": what someone or something does, not words; "is thought
    to support", "was reported to have" still report)."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    children = [c.dep_ for c in verb.children]
    reports = any(dep in ("ccomp", "parataxis", "auxpass", "nsubjpass") for dep in children)
    return "xcomp" not in children or reports


def _news_penalty(span: Span, tokens: Sequence[Token], root: Token, today: dt.date, *, earlier_report: bool) -> float:
    """How much the sentence reads as news, future or voice rather than context.  What a report dated before the
    week foresaw ("In July 2010, professors predicted that minorities would make up a fifth by 2051") is an earlier
    event: its "would" and its years to come tell what was expected then, not what is coming."""
    penalty = 0.0
    text = span.text.lstrip()
    voiced = quoted_words(tokens) >= QUOTED_WORDS
    if text[:1] in OPENING_QUOTES or voiced or root.lower_ in ("'", "’") or text.endswith(("'", '"', "”")):
        penalty += VOICE  # someone's words: what they think of the news, not what a reader needs to follow it
    hedged = any(c.dep_ == "aux" and c.lower_ in HEDGES for c in root.children) or verb_is_future(root)
    if hedged and not earlier_report:
        penalty += 2.5
    elif not earlier_report and any(t.tag_ == "MD" and t.lower_ in HEDGES for t in tokens):
        penalty += 1.0  # a hedge or a future in one of its clauses
    if _reports(root):
        penalty += 0.5  # a report whose content could not be told apart
    if span.root.lemma_.lower() in SPEECH_VERBS and _reacts(span.root):
        penalty += REACTION
    if any(t.lower_ in OPEN_WORDS or _not_known(t) for t in tokens) or any(
        t.lower_ == "no" and t.dep_ == "det" and t.head.lemma_.lower() in UNDECIDED for t in tokens
    ):
        penalty += 1.0  # still open: a question, not a fact
    if sum(1 for t in tokens if t.is_alpha) < 6:
        penalty += 2.0
    if any(to_come(e, today) for e in span.ents) and not earlier_report:
        penalty += 1.5  # "is to present a statuette at the ceremony on Sunday": what is coming is news, not context
    if _place(root):
        penalty += PLACE
    return penalty


def _not_known(token: Token) -> bool:
    """ "It is not clear what prompted ...", "it is not yet known whether ...": a matter still open, as "unclear"."""
    if token.lower_ not in KNOWN_STATES:  # with a negation, still open: "It is not clear what ..."
        return False
    return any(c.dep_ == "neg" for c in (*token.children, *token.head.children))


def _place(root: Token) -> bool:
    """A place held now, an ordinal with no noun after a verb in the present ("Wood and Bland are fifth and seventh",
    "The club sits third"): the standings of the news, not a standing fact ("X is the second-largest retailer") nor a
    place in something else the news is not ("The club is fourth in the league", told of a cup tie)."""
    if root.lemma_.lower() not in PLACED or root.tag_ not in ("VBZ", "VBP"):
        return False
    places = [c for c in root.children if c.dep_ in ("acomp", "attr", "advmod", "oprd") and c.ent_type_ == "ORDINAL"]
    return bool(places) and not any(c.dep_ == "prep" for c in (*root.children, *places[0].children))
