"""Whether a question says what it is about.

"Will Congress act?", "Will the taxes go up?", "Should charges be brought?": a question that ends on its verb (or the
verb's particle) asks of its subject a matter it never names; the reader cannot tell what is open.  Such a question
is worth asking only of a named person ("Will Halvard be executed?", "Will Mr Ferrand be convicted?"), whose fate is
the matter; of anyone or anything else it is left out.

:func:`inquirer` names who holds the inquiry a "What will … find?" question asks of: one body's inquiry, told twice
("a committee that is investigating X … the committee investigating Y"), is one matter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from ...language.grammar import find_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .matter import Matter


_SUBJECT_WORDS = 1  # a subject of more content words than this says what the matter is about


def topicless(question: str, verb: Token, persons: frozenset[str]) -> bool:
    """Whether ``question``, asked from the clause of ``verb``, ends on the verb (or its particle) with nothing it is
    about, and its subject is a single word ("Congress", "the taxes") that is none of ``persons``' words (the words of
    the story's people's names, lower-cased)."""
    words = [word.lower() for word in question.rstrip("?").split()]
    if len(words) < 2 or verb.pos_ != "VERB" or words[1] == "there":
        return False  # "Will there be a full recovery?": the noun is the matter
    forms = {verb.lemma_.lower(), verb.lower_}
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if not (words[-1] in forms or (words[-1] in particles and words[-2] in forms)):
        return False  # something stands after the verb: what the matter is about
    content = [word for word in words[1:] if word not in STOP_WORDS and word not in forms | particles]
    if len(content) > _SUBJECT_WORDS:
        return False  # "Will other public sector unions follow?", "Will nearly 250,000 cases be processed?"
    return not {word.removesuffix("'s").removesuffix("’s") for word in content} & persons


def inquirer(matter: Matter) -> str | None:
    """The head word of who holds the matter's inquiry ("committee"), when it is asked what the inquiry will find."""
    if matter.inquiry is None:
        return None
    verb = matter.verb
    holder = verb.head if verb.dep_ == "acl" else find_subject(verb.head if matter.inquiry == "" else verb)
    return holder.lemma_.lower() if holder is not None and holder.pos_ != "PRON" else None
