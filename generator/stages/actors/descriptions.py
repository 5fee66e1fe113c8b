"""Roles from descriptions that stand for a person named near them ("Trump invited Xi, but the Chinese leader ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import PERSON_NOUNS, SPEECH_VERBS, TITLES
from ...language.tokens import join, tokens
from .quotes import quotations
from .roles import Role

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...model import Document
    from .mentions import Mention

_PLAIN = PERSON_NOUNS - TITLES  # "man", "old": a description only with a place or an age ("the Leicester man")


def described(
    document: Document, people: dict[str, list[Mention]], nouns: frozenset[str] = PERSON_NOUNS, ahead_only: bool = False
) -> dict[str, Role]:
    """Roles from descriptions that stand for a person named before them ("The Labour leader said").

    A description is a singular subject "the ... <title>" without a name of its own, or "the <place or age> man"
    ("The Leicester man, who beat ..."; "the 33-year-old added"); a relative clause after a comma does not stop it,
    one without does ("the man who started the festival").  An indefinite one ("A Delaware father is in stable
    condition") counts only in the lead (after a dateline: "(CNN)"), for the person named next.  It stands for the
    person named last before it in the same sentence and not as its subject ("Trump invited Xi, but the Chinese
    leader ..."; in a clause joined by "and", for the subject: "X tackled Y, and the Bosnian defender was booked"),
    not one whose relative clause it is in ("Milburn - who the prime minister put in charge") nor an owner ("Peston's
    book claims the prime minister ..."); else for the one name that is a subject in the sentence before, when it is
    the subject of the main verb or the only name there (not "X said he would not apologise even if Y asked", "when
    X visited Y") and no "he" or "she" before the description takes it ("He didn't say so, but the Tories believe
    the prime minister ..."); in what the subject named before claims, for the one other person the sentence before
    names ("Eerdekens claims the US Open champion tested positive"); a description before any name stands for the
    subject of the next sentence named there first ("The Belgian sports minister at the centre of the row says ...
    Claude Eerdekens claims ...").  Not one in a speaker's quoted words: whom the speaker means, the reader cannot
    tell.  ``nouns`` are the heads a description may have; with ``ahead_only``, only a description before any name
    counts (for bodies: "The US stock market regulator is investigating ... The Securities and Exchange Commission
    has asked ...").  An object description with a title ("pay $1m to the ex-finance chief who stepped down")
    counts only for the next sentence's subject, named there first.
    """
    found: dict[str, Role] = {}
    quoted = {word for said in quotations(document) if not said.fragment for word in said.inside}
    for index, span in enumerate(document.spans):
        for token in tokens(span):
            noun = token.tag_ == "NN" or (token.lower_ == "old" and any(t.like_num for t in token.subtree))
            if not noun or token.lemma_.lower() not in nouns:
                continue
            if token.dep_ not in ("nsubj", "nsubjpass") and not _inverted(token) and not (
                token.dep_ in ("pobj", "dobj") and token.lemma_.lower() in TITLES and _named_next(index, token, people)
            ):
                continue  # an object only for the next sentence's subject ("pay $1m to the ex-finance chief ... Jo Li")
            lefts = list(token.lefts)
            named = any(c.ent_type_ == "PERSON" for c in token.children)
            if not lefts or lefts[0].lower_ not in ("the", "a", "an") or named or (index, token.i) in quoted:
                continue
            ahead = _named_next(index, token, people)
            if lefts[0].lower_ != "the" and (not ahead or not _lead(document, index)):
                continue  # "A Delaware father is in stable condition ... Steve Esmond": only the lead's, named next
            if not ahead and any(c.dep_ in ("prep", "acl", "appos") or _restrictive(c) for c in token.children):
                continue  # "the man who started the festival" says who is meant, not whom it stands for
            who = ahead if ahead_only else _referent(index, token, people, quoted) or ahead
            words = [t for t in token.subtree if lefts[0].i < t.i <= token.i]
            while words and words[0].dep_ == "det":
                words = words[1:]  # "the the striker": a word written twice
            if token.lemma_.lower() in _PLAIN and not any(t.pos_ in ("PROPN", "NUM") for t in words):
                continue  # "the Leicester man", "the 33-year-old": not "the young man"
            if who is not None and len(words) > 1:
                _add(found, who, Role(join(words).strip(), token.lemma_.lower(), index))
    return found


def _saying(subject: Token) -> bool:
    """Whether a subject is the speaker of a verb of saying (the quotation before it goes on from what the
    speaker named before said, not from whom that speaker talked of)."""
    return subject.head.lemma_.lower() in SPEECH_VERBS and subject.head.pos_ == "VERB"


def _inverted(token: Token) -> bool:
    """Whether an object after a verb of saying is its speaker, the subject put after it ("'...,' continued the
    75-year-old author", parsed as what was continued): the verb has no subject of its own, and a quotation or a
    clause said comes before it."""
    verb = token.head
    said = any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)
    return token.dep_ == "dobj" and verb.i < token.i and verb.lemma_.lower() in SPEECH_VERBS and said and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _add(found: dict[str, Role], who: str, role: Role) -> None:
    """A description for ``who``, or a second one after the first when it says something else ("the Leicester
    man ... the 33-year-old": "Leicester man; 33-year-old")."""
    first = found.get(who)
    if first is None:
        found[who] = role
    elif ";" not in first.text and role.head != first.head and role.text.casefold() not in first.text.casefold():
        found[who] = Role(f"{first.text}; {role.text}", first.head, first.sentence)


def _lead(document: Document, index: int) -> bool:
    """Whether sentence ``index`` is the lead: only a dateline with no verb ("(CNN)") comes before it."""
    return not any(t.pos_ in ("VERB", "AUX") for span in document.spans[:index] for t in span)


def _restrictive(child: Token) -> bool:
    """A relative clause that picks out whom the noun means, with no comma before it."""
    return child.dep_ == "relcl" and child.doc[child.left_edge.i - 1].text != ","


def _referent(
    index: int, token: Token, people: dict[str, list[Mention]], quoted: set[tuple[int, int]]
) -> str | None:
    """Whom a description stands for (see :func:`described`); a "he" or "she" in a speaker's quoted words is
    the speaker's, not the reporter's ("'I think she is right,' said the 75-year-old author")."""
    before = [
        (m.span.start, key, m.subject)
        for key, mentions in people.items()
        for m in mentions
        if m.sentence == index and m.span.end <= token.i
    ]
    objects = [item for item in before if not item[2] and not _apart(token, item[0], people, index)]
    if token.head.dep_ == "conj" and not any(t.lower_ in ("but", "yet") for t in token.sent if t.dep_ == "cc"):
        subjects = [item for item in before if item[2]]  # "X tackles Y, and the Bosnian midfielder ...": X again
        return min(subjects)[1] if subjects else None
    if objects:
        return max(objects)[1]
    previous = [(m.span.start, key, m) for key, mentions in people.items() for m in mentions if m.sentence == index - 1]
    named = {key for _, key, m in previous if m.subject}
    if len(named) > 1 and _saying(token) and token.sent[0].is_quote:  # "X revealed Y is ... '...,' the author added"
        named = {key for _, key, m in previous if _main_subject(m.span.root) and _saying(m.span.root)} or named
    alone = {key for _, key, _ in previous} == named or any(_main_subject(m.span.root) for _, _, m in previous)
    taken = any(  # "He didn't say so, but the ...", not "'She is right,' said the author"
        t.lower_ in ("he", "she") and t.i < token.i and (index, t.i) not in quoted for t in token.sent
    )
    if len(named) == 1 and alone and not before and not taken:  # not "X said he would not, if Y asked"
        return named.pop()
    if before and token.head.dep_ == "ccomp":  # "Eerdekens claims the US Open champion tested positive": another
        others = {key for _, key, _ in previous} - {item[1] for item in before}
        return others.pop() if len(others) == 1 else None
    return None


def _main_subject(root: Token) -> bool:
    """Whether a name is the subject of its sentence's main verb, or of one joined to it by "and"."""
    verb = root.head
    while verb.dep_ == "conj":
        verb = verb.head
    return root.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ROOT"


def _apart(token: Token, start: int, people: dict[str, list[Mention]], index: int) -> bool:
    """Whether the name at ``start`` cannot be the one the description stands for: an owner ("Peston's book
    claims the prime minister ...") or the name whose relative clause holds it ("Milburn - who the prime minister
    put in charge", "his rival Milburn - who the prime minister put in charge")."""
    root = next(m.span.root for mentions in people.values() for m in mentions if (m.sentence, m.span.start) == (
        index, start))
    named = {root, *(c for c in root.children if c.dep_ == "appos")} | ({root.head} if root.dep_ == "appos" else set())
    return root.dep_ == "poss" or any(t.dep_ == "relcl" and t.head in named for t in token.ancestors)


def _named_next(index: int, token: Token, people: dict[str, list[Mention]]) -> str | None:
    """The person a description stands for when no one is named before it: the subject of the next sentence,
    named there for the first time."""
    named_before = any(
        m.sentence < index or (m.sentence == index and m.span.start < token.i)
        for mentions in people.values()
        for m in mentions
    )
    if named_before:
        return None
    subjects = [
        (m.span.start, key)
        for key, mentions in people.items()
        for m in mentions
        if m.sentence == index + 1 and m.subject and min(n.sentence for n in mentions) == index + 1
    ]
    return min(subjects)[1] if subjects else None
