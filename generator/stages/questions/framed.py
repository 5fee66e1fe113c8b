"""The questions asked in a set frame, not built on a clause's verb (see :mod:`.forms` for those).

"What will the inquiry find?" for a pending inquiry, "Will Trump make the trip to India?" for a planned event,
"What are its motives?" for a thing the article calls unknown, "How will MPs vote on the bill?" for a decision,
"Will Exeter City beat Manchester United?" and "Will Selby face Fu or Robertson?" for a contest, "Will Selby win a
third world title?" for a prize sought and "Who will win the Golden Kinnarees?" for one still to be handed out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.grammar import WH_TAGS, find_subject
from ...language.lexicon import DEMONYMS, QUOTE_TOKENS, SENTENCING
from .phrases import SPEAKERS, Resolver, lower_article, noun_phrase, phrase, phrase_tokens, render

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

_OF_A_NOUN = frozenset({"to", "of", "behind"})  # prepositions that complete a noun: "the background to X"


def inquiry_question(token: Token, noun: str, resolve: Resolver | None = None) -> str | None:
    """"What will … find?" for a pending inquiry: a verb ("is investigating X") or a noun."""
    if not noun:  # the inquiry is a noun: "has launched an investigation"
        words = [t for t in token.subtree if t.text not in QUOTE_TOKENS]
        if token.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "prep") for c in token.children):
            return None  # "a hunter carrying out covert internet investigations": a practice ("inquiries into the
            # accounts" are still asked)
        if any(t.dep_ in ("acl", "relcl") and t.head.i == token.i and any(c.tag_ == "TO" for c in t.children)
               for t in words):
            return None  # "an injury audit to find out how players are coping": "What will ... find?" garbles it
        named = phrase(token, set()) if words else ""
        first = named.split(" ", 1)
        bare = first[1] if first[0].lower() in ("a", "an", "the", "its", "their", "his", "her") else named
        launcher = find_subject(token.head)  # "Bayer have launched a review of the incident"
        if first[0].lower() not in ("the",) and launcher is not None and launcher.pos_ == "PROPN" and len(first) > 1:
            owner = noun_phrase(launcher, resolve)
            owner = lower_article(owner, ("The",))
            return f"What will {owner}’s {bare} find?" if owner and len(owner.split()) <= 6 else None
        facing = token.head.lemma_ in ("face", "stand") and first[0].lower() != "the"
        faced = _faced_by(launcher, resolve) if facing else ""
        if faced:  # "Both he and Harwood are due to face a committal hearing": whose hearing it is
            return f"What will the {bare} of {faced} find?" if len(faced.split()) <= 6 else None
        if token.head.lemma_ == "stand":
            return None  # "will stand trial" with no name to give: "What will the trial find?" says not whose
        named = "the " + bare
        return f"What will {named} find?" if len(named.split()) > 1 else None
    if any(c.lower_ == "being" for c in token.children):  # "X is being investigated": the inquiry into X
        investigated = find_subject(token) if token.dep_ != "acl" else token.head
        if investigated is None or any(c.dep_ == "det" and c.lower_ in _POINTING for c in investigated.children):
            return None  # "these matters": what they are, the question cannot say
        inside = {t.i for t in investigated.subtree}
        named = phrase(investigated, {t.i for t in token.subtree} - inside)
        return f"What will the {noun} {lower_article(named)} find?" if named else None
    subject = find_subject(token)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for c in token.children if c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]
    if not objects:
        return None
    target = phrase(objects[0], set())
    after = objects[0].right_edge.i + 1
    cut = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _OF_A_NOUN and c.i == after]
    if cut:  # "investigating the background to one of Europe's largest scandals", "to" hung on the verb: the noun's
        target = f"{target} {phrase(cut[0], set())}"  # own complement, without which "the background" says nothing
    owner = noun_phrase(subject, resolve) if subject is not None and subject.pos_ != "PRON" else ""
    owner = lower_article(owner, ("The",))
    if owner and owner.lower() not in ("it", "we", "they") and subject is not None:
        mark = "’" if subject.tag_ in ("NNS", "NNPS") and owner.endswith("s") else "’s"  # "the journalists’ inquiry"
        return f"What will {owner}{mark} {noun} {target} find?"
    return f"What will the {noun} {target} find?"


def _faced_by(subject: Token | None, resolve: Resolver | None) -> str:
    """The people who face a trial or a hearing, by name ("he and Harwood" -> "Kent and Harwood"); none when one
    of them is not named, or a pronoun was read as another of them."""
    if subject is None:
        return ""
    people = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    names = [noun_phrase(person, resolve) if person.ent_type_ == "PERSON" or person.pos_ == "PRON" else ""
             for person in people]
    if not all(names) or any(name.lower() == person.lower_ for name, person in zip(names, people, strict=True)
                             if person.pos_ == "PRON"):
        return ""
    words = [word for name in names for word in name.split()]
    return " and ".join(names) if len(words) == len(set(words)) else ""  # "he" read as Harwood beside Harwood


_POINTING = frozenset({"this", "these", "that", "those"})


VENUE_WORDS = frozenset({"option", "venue", "location", "alternative", "host"})


def event_question(noun: Token, verb: str, subject: Token | None, resolve: Resolver | None = None) -> str | None:
    """ "Will Trump make the trip to India?" for a planned or discussed event noun."""
    if verb == "there":  # hoped for: "hopeful for a full recovery"
        return f"Will there be {phrase(noun, set())}?"
    words = [t for t in noun.subtree if t.i >= noun.i or t.dep_ in ("compound", "nmod")]
    event = _phrase_of(words, noun)
    owner = noun_phrase(subject, resolve) if subject is not None and subject.lower_ not in SPEAKERS else ""
    where = ", and where" if _venue_open(noun) else ""
    if not owner or (subject is not None and subject.tag_ in WH_TAGS):
        if verb == "go ahead with":
            return f"Will the {event} go ahead{where}?"
        return f"Will the {event} take place{where}?"
    return f"Will {owner} {verb} the {event}{where}?"


def _venue_open(noun: Token) -> bool:
    """Whether the sentence weighs where the event happens: it speaks of options or a
    venue and names a place ("…meeting in person, with one option involving … to the U.S.")."""
    sentence = noun.sent
    weighing = any(t.lemma_.lower() in VENUE_WORDS for t in sentence)
    places = any(e.label_ in ("GPE", "LOC", "FAC") for e in sentence.ents)
    return weighing and places


def _phrase_of(words: list[Token], head: Token) -> str:
    text = phrase(head, {t.i for t in head.subtree} - {t.i for t in words})
    return text


def unknown_question(subject: Token, resolve: Resolver | None = None) -> str | None:
    """ "What are Baikal's motives for buying the unit?" for "Baikal's motives for buying the unit are unclear"."""
    named = noun_phrase(subject, resolve)
    if not named or subject.lower_ in ("it", "this", "that"):
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    named = lower_article(named)
    return f"What {'are' if plural else 'is'} {named}?"


def decision_question(
    verb: Token, subject: Token, resolve: Resolver | None = None, people: Collection[str] = ()
) -> str | None:
    """ "How will MPs vote on the bill?" for "MPs will vote on the bill next week": the decision, not its date; "What
    sentence will the pair get?" for "The pair will be sentenced on 6 February"."""
    named = noun_phrase(subject, resolve)
    if not named or (subject.pos_ == "PRON" and named.lower() == subject.lower_):
        return None  # "She is due to be sentenced": asked only of the name she stands for
    named = lower_article(named)
    if verb.lemma_.lower() in SENTENCING:
        if named == subject.lower_ and any(subject.text in name.split() for name in people):
            named = subject.text  # "Treloar has been remanded": a person's name the tagger took for a common noun
        return f"What sentence will {named} get?"
    on = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "in")]
    about = phrase(on[0], set()) if on else ""
    return " ".join(w for w in ("How will", named, verb.lemma_.lower(), about) if w) + "?"


def contest_question(side: Token, opponent: Token) -> str | None:
    """ "Will Exeter City beat Manchester United?" for a contest still to be played: the sides' names alone
    ("Conference side Exeter City", "holders Manchester United" say more than the question needs)."""
    us, them = _name_of(side), _name_of(opponent)
    return f"Will {us} beat {them}?" if us and them else None


def either_question(side: Token, first: Token) -> str | None:
    """ "Will Selby face Marco Fu or Neil Robertson?" for a side that will meet either of two."""
    second = next((c for c in first.children if c.dep_ == "conj"), None)
    us, one, other = _name_of(side), _name_of(first), _name_of(second) if second is not None else ""
    return f"Will {us} face {one} or {other}?" if us and one and other else None


def prize_question(seeker: Token, prize: Token, resolve: Resolver | None = None) -> str | None:
    """ "Will Selby win a third world title?" for a prize sought."""
    named = noun_phrase(seeker, resolve)
    sought = phrase(prize, set())
    return f"Will {lower_article(named)} win {sought}?" if named and sought else None


def award_question(prize: Token) -> str | None:
    """ "Who will win the Golden Kinnarees?" for a prize still to be handed out."""
    words = phrase_tokens(prize, set())
    if not words:
        return None
    sought = render(words)
    opening = words[0].i == words[0].sent.start and words[0].pos_ != "PROPN"  # "This year's awards will be …"
    return f"Who will win {sought[:1].lower() + sought[1:] if opening else sought}?"


def _name_of(head: Token) -> str:
    """The proper name that ends at ``head``: its run of proper nouns ("Manchester United"), without a nationality
    before it ("Spaniard Ortega"); none when the nationality is all there is ("The Peruvian will meet ...")."""
    start = head.i
    while start > head.sent.start and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].head.i == head.i:
        start -= 1
    while start <= head.i and (head.doc[start].ent_type_ == "NORP" or head.doc[start].lower_ in DEMONYMS):
        start += 1
    described = start == head.i and any(c.lower_ == "the" for c in head.children)  # "the Slovakian"
    return head.doc[start : head.i + 1].text if start <= head.i and not described else ""
