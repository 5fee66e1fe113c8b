"""Open questions: what the article leaves unresolved, as real questions.

Each sentence's unresolved matters (:mod:`.matters`) are turned into
questions from the parse (:mod:`.forms`).  Questions on the same
matter are merged, their sources united; they are ranked by how explicit the
uncertainty is, how near the lead it is and whether it involves a key actor,
and the best few are kept, up to ``MAX_QUESTIONS``.  A weak matter (a plan
told in the past, or as settled: "is set to begin") is not asked: the article
states it, and an editor reads such a question as one the article answers.  Nor are a speaker's hopes and
plans inside a quotation (theirs to state), a plan whose date has passed or
that a verb of saying dated years back reports, a matter a later sentence
settles (a verb with no object done a few sentences on, too), a doubt told as
before the event that settled it ("after weeks of speculation about whether
..."), one speaker's "I don't know" or "I did not see how", or an inquiry whose
launchers later say what they found; nor a question that never says what it is about (:mod:`.topics`), nor a
timetable, how long a scheduled thing takes (:mod:`.timing`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...language.grammar import find_subject
from ...language.lexicon import FINDING_VERBS
from ...language.shape import is_well_formed
from ...language.tokens import tokens
from ...model import Briefing, Document, Question
from ..actors.quotes import quotations
from .conditions import reduced_question
from .embedded import doubt_over, own_doubt
from .forms import question_for
from .framed import (
    award_question,
    contest_question,
    decision_question,
    either_question,
    event_question,
    inquiry_question,
    prize_question,
    unknown_question,
)
from .hedges import EXPLICIT, WEAK
from .matter import Matter
from .matters import matters
from .modals import habitual
from .phrases import mark_capitals
from .possessives import ambiguous_owner
from .referents import Referents
from .timing import dated_before, only_when
from .topics import inquirer, topicless
from .walks import same_doer

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_QUESTIONS = 8
MAX_WORDS = 25
# Two questions are on one matter when they share a verb and its complement,
# or this share (and at least MIN_SHARED) of their predicates' content words.
SAME_MATTER = 0.7
MIN_SHARED = 3
LEAD_WEIGHT = 1.5  # a matter in the lead outranks one at the end by this much
ACTOR_WEIGHT = 0.4  # for each key actor its sentence names, up to three
NEARBY = 3  # sentences apart within which one verb is taken for one matter
STRENGTH_WEIGHT = 1.5  # how explicit the uncertainty is counts most
SUBJECT_WEIGHT = 0.5  # when the question asks what a key actor will do
_PRONOUNS = frozenset({"it", "they", "he", "she", "this", "these", "those", "there"})
_LIGHT = frozenset({"be", "have", "do", "get", "make", "take", "go"})  # verbs too plain to tell one act
_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "dative", "oprd", "xcomp", "ccomp"})


@dataclass
class _QuestionDraft:
    text: str
    sources: list[int]
    verb: str
    core: set[str]  # the heads of the verb's complements: what the matter is about
    words: set[str]  # every content word of the predicate
    score: float
    strength: float
    inquirer: str | None = None  # who holds the inquiry the question asks of: one body's inquiry is asked once


def find_questions(document: Document, briefing: Briefing) -> Briefing:
    """The open questions of the article, most important first (reads ``briefing.actors``)."""
    quoted = _quoted_words(document)
    mark_capitals(document.spans)
    resolve = Referents(document, briefing, quoted)
    key_actors = [(a.name, *a.aliases) for a in briefing.actors if a.key]
    key_names = {name for names in key_actors for name in names}
    people = [name for a in briefing.actors if a.kind == "person" for name in (a.name, *a.aliases)]
    persons = frozenset(word.lower() for name in people for word in name.split())
    drafts: list[_QuestionDraft] = []
    count = len(document.spans)
    by_lemma: dict[str, list[tuple[int, Token]]] = {}  # where each lemma stands (for _answered), made once needed
    for index, span in enumerate(document.spans):
        for matter in matters(index, span):
            if matter.strength <= WEAK or (_hedged(matter) and (index, matter.verb.i) in quoted):
                continue  # a speaker's hopes and plans are theirs to state, not the article's matter
            if doubt_over(matter.verb) or own_doubt(matter.verb) or any(map(habitual, matter.verb.ancestors)):
                continue  # "after weeks of speculation about whether ...", "I did not see how ...": not open; nor
                # what a kind does on an occasion ("octopuses may turn pale when trying to avoid conflict")
            resolve.named_in.clear()
            text = _ask(matter, resolve)
            if text is not None and len(text.split()) > MAX_WORDS:
                resolve.named_in.clear()
                text = _ask(matter, resolve, short=True)
            if text is None or not is_well_formed(text) or len(text.split()) > MAX_WORDS:
                continue
            if ambiguous_owner(matter.verb, matter.subject):  # "they will look at his plans": whose?
                continue
            if not matter.reduced and topicless(text, matter.verb, persons):
                break  # the sentence's strongest matter says not what it is about ("if convicted": a person's fate)
            if only_when(matter):
                continue  # "The inquiry is expected to last six weeks": the timetable, not a matter left open
            if text.startswith("Will ") and dated_before(matter.verb, document.article.date):
                continue  # "was set to fly last Saturday": a plan whose day has passed
            sentence = document.sentences[index].text
            involved = sum(1 for names in key_actors if any(name in sentence for name in names))
            asked = any(text.split(" ", 1)[1].startswith(name) for name in key_names)
            score = STRENGTH_WEIGHT * matter.strength + LEAD_WEIGHT * (1 - index / max(count, 1))
            score += ACTOR_WEIGHT * min(involved, 3) + (SUBJECT_WEIGHT if asked else 0.0)
            verb, core, words = _predicate_of(matter.verb, matter.subject)
            if not by_lemma:
                by_lemma = _lemma_places(document)
            if _answered(by_lemma.get(verb, []), index, matter, core, document) or _reported(matter, by_lemma):
                continue
            sources = sorted({index} | resolve.named_in)  # and the sentence that names whom a pronoun stands for
            holder = inquirer(matter) if text.endswith(" find?") else None
            drafts.append(_QuestionDraft(text, sources, verb, core, words, score, matter.strength, holder))
            break  # one question a sentence: its strongest matter
    merged = _merge(drafts)
    ranked = sorted(merged, key=lambda d: (-d.score, d.sources[0]))
    chosen = ranked[:MAX_QUESTIONS]
    questions = tuple(Question(question=d.text, sources=tuple(sorted(set(d.sources)))) for d in chosen)
    return replace(briefing, open_questions=questions)


def _quoted_words(document: Document) -> frozenset[tuple[int, int]]:
    """(sentence, token index) of the words a speaker says: the article does not ask what a quotation hopes."""
    return frozenset(place for said in quotations(document) for place in said.inside)


def _hedged(matter: Matter) -> bool:
    """A matter opened by a hedge or a plan, not by an embedded question or a pending inquiry."""
    return matter.strength < EXPLICIT - 0.5 and matter.inquiry is None


def _ask(matter: Matter, resolve: Referents, *, short: bool = False) -> str | None:
    if matter.either and matter.subject is not None:
        return either_question(matter.subject, matter.verb)
    if matter.reduced and matter.subject is not None:
        return reduced_question(matter.verb, matter.subject, resolve)
    if matter.unknown and matter.subject is not None:
        return unknown_question(matter.subject, resolve)
    if matter.prize is not None and matter.subject is not None:
        return prize_question(matter.subject, matter.prize, resolve)
    if matter.prize is not None:
        return award_question(matter.prize)
    if matter.opponent is not None and matter.subject is not None:
        return contest_question(matter.subject, matter.opponent)
    if matter.decision and matter.subject is not None:
        return decision_question(matter.verb, matter.subject, resolve, resolve.people)
    if matter.event is not None:
        return event_question(matter.verb, matter.event, matter.subject, resolve)
    if matter.inquiry is not None:
        return inquiry_question(matter.verb, matter.inquiry, resolve)
    return question_for(matter.verb, matter.mode, subject=matter.subject, resolve=resolve, short=short)


def _predicate_of(verb: Token, subject_token: Token | None) -> tuple[str, set[str], set[str]]:
    """(verb lemma, heads of its complements, content words) of a clause."""
    core = set()
    for child in verb.children:
        if child.dep_ in _COMPLEMENTS:
            core.add(child.lemma_.lower())
        elif child.dep_ in ("prep", "agent"):
            core.update(c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
    subject = {t.i for t in subject_token.subtree} if subject_token is not None else set()
    words = {t.lemma_.lower() for t in verb.subtree if t.i not in subject and t.is_alpha and not t.is_stop}
    words |= {t.text for t in verb.subtree if t.like_num and not t.is_alpha and t.ent_type_ not in ("DATE", "TIME")}
    return verb.lemma_.lower(), core, words


def _lemma_places(document: Document) -> dict[str, list[tuple[int, Token]]]:
    """Each lemma of the article, lower-cased: the (sentence, token) places where it stands."""
    places: dict[str, list[tuple[int, Token]]] = {}
    for index, span in enumerate(document.spans):
        for token in tokens(span):
            places.setdefault(token.lemma_.lower(), []).append((index, token))
    return places


def _answered(uses: list[tuple[int, Token]], index: int, matter: Matter, core: set[str], document: Document) -> bool:
    """Whether a later sentence settles the matter: the same verb and complement, stated as done; a verb that takes
    no object, or one the name asked of does, stated as done a few sentences on, whatever its place or time.

    ``uses`` are the (sentence, token) places of the matter's verb lemma.
    """
    for sentence, token in uses:
        if sentence <= index or not _stated(token):
            continue
        if any(m.verb.i == token.i for m in matters(sentence, document.spans[sentence])):
            continue  # "it's been reported that she has been placed on leave": said again, still not settled
        _lemma, complements, _words = _predicate_of(token, None)
        if complements & core or (not core and not complements):
            return True
        verb, near = matter.verb, sentence - index <= NEARBY
        if near and verb.lemma_ != "be" and not _objects(token) and not _objects(verb):
            return True  # "urging protesters to gather in Dunmere. A crowd later gathered outside the hall"
        if near and verb.lemma_ not in _LIGHT and same_doer(token, matter.subject):
            return True  # "urged Hope Aid to close its office ... Hope has since closed down all its ..."
    return False


def _reported(matter: Matter, by_lemma: dict[str, list[tuple[int, Token]]]) -> bool:
    """Whether an inquiry launched in the past has reported: a later sentence says what its launchers, or it, found
    ("The MPs launched their inquiry ... The MPs found the system was nowhere near functional")."""
    if matter.inquiry != "" or matter.verb.head.tag_ != "VBD":
        return False
    launcher = find_subject(matter.verb.head)
    owners = {matter.verb.lemma_.lower(), "report"} | ({launcher.lemma_.lower()} if launcher is not None else set())
    for lemma in FINDING_VERBS:
        for sentence, token in by_lemma.get(lemma, []):
            subject = find_subject(token) if sentence > matter.sentence and token.tag_ == "VBD" else None
            if subject is not None and subject.lemma_.lower() in owners:
                return True
    return False


def _objects(verb: Token) -> bool:
    """Whether the verb takes an object or a clause (not only a place or a time)."""
    return any(c.dep_ in _COMPLEMENTS for c in verb.children)


def _stated(token: Token) -> bool:
    """A plain past or perfect, not negated, hedged or asked about ("whether it closed")."""
    children = list(token.children)
    if any(c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ in ("whether", "if") for c in children):
        return False
    perfect = token.tag_ == "VBN" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in children)
    return token.tag_ == "VBD" or perfect


def _merge(drafts: list[_QuestionDraft]) -> list[_QuestionDraft]:
    """Questions on one matter become one: the better-scored text, all sources."""
    kept: list[_QuestionDraft] = []
    for draft in drafts:
        twin = next((k for k in kept if _same_matter(k, draft)), None)
        if twin is None:
            kept.append(draft)
            continue
        twin.sources.extend(draft.sources)
        if _specific(draft.text) > _specific(twin.text):  # "…in his first 100 days", a name, not "it"
            twin.text, twin.core, twin.words = draft.text, draft.core, draft.words
        twin.score = max(twin.score, draft.score)
        twin.strength = max(twin.strength, draft.strength)
    return kept


def _specific(text: str) -> tuple[bool, int]:
    second = text.split()[1].lower() if len(text.split()) > 1 else ""
    return second not in _PRONOUNS, len(text)


def _same_matter(first: _QuestionDraft, second: _QuestionDraft) -> bool:
    if first.inquirer is not None and first.inquirer == second.inquirer:
        return True  # "a committee that is investigating X … the committee investigating Y": one inquiry
    if first.verb == second.verb and (first.core & second.core or (not first.core and not second.core)):
        return True
    near = abs(first.sources[-1] - second.sources[0]) <= NEARBY
    if first.verb == second.verb and near and first.verb not in ("be", "have", "do"):
        return True  # the same action asked of twice in a few sentences
    shared = first.words & second.words
    if len(shared) >= 2 and any(not word.isalpha() for word in shared):
        return True  # the same figure and a word of what it counts: "transfer 7,000 jobs", "Will 7,000 jobs shift"
    smaller = min(len(first.words), len(second.words))
    return len(shared) >= MIN_SHARED and len(shared) >= SAME_MATTER * smaller
