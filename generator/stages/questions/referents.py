"""Who a personal pronoun stands for: the most recent person named before it.

Good enough for the openings of questions ("He is expected to…" -> "Will
Trump…?", "Harbour Rail said it will…" -> "Will Harbour Rail…?"): the
parser's person entities, plus entities the actors stage merged into a
person and named subjects it found no entity for, are the candidates; the
nearest one before the pronoun, in the same sentence or an earlier one,
wins.  A name from an earlier sentence is taken only when that sentence,
at most ``REACH`` before, leaves no doubt whom a later "he" stands for
(:func:`generator.language.antecedents.named_person`: not "McIlroy finished
level with Aphibarnrat. He bids ..."), and that sentence is noted
(``named_in``): the question draws its name from it, and cites it.  "It"
and "they" go to the named subject of the verb their clause depends on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.antecedents import named_person
from ...language.lexicon import CONDITIONS, SPEECH_VERBS
from ...language.standalone import FIRST_PERSON
from ...language.tokens import tokens
from ...model import Briefing, Document

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
REACH = 3  # sentences back a name may be taken from for a "he" or "she"
_MASCULINE = frozenset({"he", "him", "his", "himself"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})
_PAIR_WORDS = 8  # the longest pair of names a "they" is told as


class Referents:
    """Resolves he/she/his/her to the surface name of the last person named."""

    def __init__(
        self, document: Document, briefing: Briefing, quoted: frozenset[tuple[int, int]] = frozenset()
    ) -> None:
        self._quoted = quoted  # (sentence, token index) of words in quotation marks: their "he" is the speaker's
        self._document, self._actors = document, briefing.actors
        self.named_in: set[int] = set()  # earlier sentences whose names the resolutions since it was cleared took
        people = {a.name for a in briefing.actors if a.kind == "person"}
        people |= {alias for a in briefing.actors if a.kind == "person" for alias in a.aliases}
        self._people = frozenset(people)
        surnames = {name.split()[-1] for name in people if name}
        self._names: list[tuple[int, int, str]] = []  # (sentence, token index, name)
        for index, span in enumerate(document.spans):
            for entity in span.ents:
                text = entity.text.removesuffix("’s").removesuffix("'s").strip()
                if not text:
                    continue
                known = entity.label_ == "PERSON" or text in people or text.split()[-1] in surnames
                if known and entity.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                    surnames.add(text.split()[-1])
                    self._names.append((index, entity.start, text))
            for token in tokens(span):  # a named subject the parser found no entity for: "Mayor Ana Ruiz said…"
                if token.pos_ == "PROPN" and not token.ent_type_ and token.text in people:
                    self._names.append((index, token.i, token.text))  # a known person the parser did not see
                    continue
                if token.dep_ == "nsubj" and token.tag_ == "NNP" and not token.ent_type_:
                    name = [t for t in token.subtree if t.tag_ == "NNP" and t.i <= token.i]
                    if len(name) >= 2:
                        self._names.append((index, name[0].i, " ".join(t.text for t in name)))
        self._names.sort()

    @property
    def people(self) -> frozenset[str]:
        """The names and aliases of the people among the actors."""
        return self._people

    def __call__(self, token: Token) -> str | None:
        if (token._.sentence, token.i) in self._quoted or _in_first_person(token):
            return None  # "We don't know if he slept through it," the officer said: not the officer
        if token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "conj":
            return _object_before(token)
        if token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ccomp":
            found = _first_clause_subject(token)
            if found:
                return found
        if token.lower_ == "it" and token.dep_ == "nsubj" and token.head.dep_ == "advcl":
            return _conditioned(token) or _reporter(token, self._people)
        if token.lower_ in ("it", "they") and token.dep_ == "nsubj":
            return _reporter(token, self._people)
        if token.lower_ not in PERSON_PRONOUNS:
            return None
        sentence: int | None = token._.sentence
        if sentence is None or _another_person_before(token):
            return None
        speaker = _speaker(token)
        if speaker is not None:
            return speaker or None
        best: tuple[int, str, int] | None = None
        for index, position, name in self._names:
            if index > sentence or (index == sentence and position >= token.i):
                break
            best = (index, name, position)
        if best is None or _other_gender_between(best[2], token):
            return None  # "Naomi said she slipped while he …": the name is hers
        if best[0] == sentence:
            before = {name for index, position, name in self._names if index == sentence and position < token.i}
            return best[1] if len(before) == 1 else None  # "Ashby ... his colt Blue Lark in the Holm Stakes ... he"
        spans = self._document.spans
        speech = (best[0], best[2]) in self._quoted or _first_person(spans[sentence]) or _first_person(spans[best[0]])
        near = sentence - best[0] <= REACH and not speech  # someone's words: whom they mean is theirs to say
        named = named_person(self._document, best[0], self._actors) if near else None
        if named is None or named.split()[-1] != best[1].split()[-1]:
            return None  # "McIlroy finished level with Aphibarnrat. He bids …": either may be "he"
        self.named_in.add(best[0])
        return best[1]


def _reporter(pronoun: Token, people: frozenset[str] = frozenset()) -> str | None:
    """The named subject a subordinate "it" or "they" refers back to.

    "Harbour Rail said it will…" -> Harbour Rail; "Ministers have not said
    how they would…" -> ministers: the subject of the verb the pronoun's
    clause depends on, if it is a name (for "it") or a plural noun (for "they").
    """
    clause = pronoun.head
    for condition in (c for c in clause.children if c.dep_ == "advcl" and c.i < pronoun.i):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in condition.children):
            return None  # "if the embargo is lifted, it could lead to …": "it" may be the embargo, or its lifting
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "pcomp", "advcl", "xcomp", "pobj", "prep") or clause.head.i == clause.i:
            return None
        reported = clause.dep_ == "ccomp"  # what the verb above says, not a clause beside it ("while it has yet to")
        clause = clause.head
        subjects = [c for c in clause.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and _pair(c))]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.lower_ == pronoun.lower_:
            continue  # "X confirmed it was looking at whether it might …": the same "it", one clause up
        if pronoun.lower_ == "they" and _pair(subject):
            return _pair(subject)  # "Kim and Lee are set to learn if they will face charges": Kim and Lee
        speaks = clause.lemma_.lower() in SPEECH_VERBS and reported
        name = " ".join(t.text for t in subject.subtree if t.pos_ == "PROPN" or t.dep_ == "compound")
        thing = subject.ent_type_ != "PERSON" or (people and name not in people)
        if pronoun.lower_ == "it" and subject.pos_ == "PROPN" and thing and speaks:
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)  # "The EU said it will …"
            return (f"the {name}" if the else name) or None
        if pronoun.lower_ == "they" and subject.tag_ in ("NNS", "NNPS") and subject.pos_ != "PRON":
            words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ in ("compound", "amod", "nsubj")]
            return " ".join(t.text for t in words).lower() if subject.tag_ == "NNS" else " ".join(t.text for t in words)
        return None
    return None


def _pair(subject: Token) -> str | None:
    """Two or more named ones joined by "and", told whole ("Kim and fellow sprinter Lee"), or None."""
    joined = [c for c in subject.children if c.dep_ == "conj"]
    if subject.pos_ != "PROPN" or not joined or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        return None
    words = list(subject.subtree)
    if len(words) > _PAIR_WORDS or any(t.is_punct or t.pos_ == "PRON" for t in words):
        return None
    if sum(1 for t in words if t.pos_ == "PROPN" and t.dep_ != "compound") < 2:
        return None  # "Kim and her lawyers": one name
    return " ".join(t.text for t in words)


def _conditioned(pronoun: Token) -> str | None:
    """The thing an "it" in a condition stands for: the subject of the clause the condition bears on, when that
    clause names no other thing ("the agency to be wound up unless it improved …" -> "the agency"; not "the firm
    will sell the plant unless it …": the firm or the plant)."""
    condition = pronoun.head
    if not any(c.dep_ == "mark" and c.lower_ in CONDITIONS | {"if", "until"} for c in condition.children):
        return None
    bearing = condition.head
    return _sole_thing(bearing, [c for c in bearing.children if c.dep_ in ("dobj", "dative", "attr", "oprd")])


def _speaker(pronoun: Token) -> str | None:
    """Who a "he" or "she" that opens what someone said stands for: the one who says it.

    "Okoye insisted that he was prepared to fight" -> "Okoye", whoever was named in between; "The father
    said he hopes to ..." -> "" (a person the story does not name here: no name may stand for him); None when
    the pronoun opens no reported clause, or the speaker tells it to someone ("Smith told Jones he would …").
    """
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    saying = clause.head
    if any(c.dep_ in ("dobj", "dative") for c in saying.children):
        return None
    subject = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    if subject.pos_ != "PROPN":
        return ""
    subjects = [c for c in saying.children if c.dep_ == "nsubj"]  # two when a subject's "and" is misparsed
    if len(subjects) > 1 or any(c.dep_ == "conj" for c in subject.children):  # "Veteran Labour MP and former ..."
        edges = range(subjects[0].left_edge.i, subjects[-1].right_edge.i + 1)
        people = [e for e in subject.doc.ents if e.label_ == "PERSON" and e.start in edges]
        return people[0].text if len(people) == 1 else ""  # one person described twice; two people: either may be "he"
    words = [t for t in subject.subtree if t.i <= subject.i]
    person = [t for t in words if t.ent_type_ == "PERSON"]  # "Mayor Elena Ruiz": the name, not the title
    if person:
        return " ".join(t.text for t in person)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)  # "the Prime Minister"
    name = " ".join(t.text for t in words if t.pos_ == "PROPN" or t.dep_ == "compound")
    return f"the {name}" if the else name


def _first_clause_subject(pronoun: Token) -> str | None:
    """The thing an "it" in what is said in a second clause stands for: the first clause's subject, when nothing
    else can be ("The event will be attended by 3,300 people, and organisers say they expect it will be watched
    ..." -> "the event"; not when the first clause has a thing for its object too)."""
    node = pronoun.head
    while node.dep_ in ("ccomp", "xcomp") and node.head.i != node.i:
        if any(c.tag_ in ("WP", "WDT", "WRB") for c in node.subtree if c.i < pronoun.i):
            return None  # "does not know what it is going to be": not the thing the first clause names
        node = node.head
    if node.dep_ != "conj":
        return None
    first = node.head
    return _sole_thing(first, [c for c in first.children if c.dep_ in ("dobj", "attr") and c.tag_ == "NN"])


def _object_before(pronoun: Token) -> str | None:
    """The thing an "it" opening a second clause stands for: the first clause's object, when nothing else can be.

    "Directors have approved the deal and it is expected to conclude…" -> "the deal"; not when the first clause's
    subject is a thing too ("The firm approved the deal and it …": the firm or the deal).
    """
    first = pronoun.head.head
    objects = [c for c in first.children if c.dep_ == "dobj" and c.tag_ == "NN" and c.ent_type_ == ""]
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if len(objects) != 1 or subject is None or subject.tag_ in ("NN", "NNP") or subject.pos_ == "PRON":
        return None
    words = [t for t in objects[0].subtree if t.i <= objects[0].i]
    if any(t.pos_ == "PRON" for t in words) or words[0].lower_ not in ("the", "this"):
        return None
    return _the(words)


def _other_gender_between(start: int, pronoun: Token) -> bool:
    """Whether a "she" or "her" stands between a name and a "he" (or a "he" or "his" before a "she"): the name is
    the other one's."""
    other = _FEMININE if pronoun.lower_ in _MASCULINE else _MASCULINE
    return any(t.lower_ in other and t.pos_ == "PRON" for t in pronoun.doc[start : pronoun.i])


def _another_person_before(pronoun: Token) -> bool:
    """ "Laxton asked him if he would …": a person pronoun after another one in its sentence may be either person."""
    return any(
        token.lower_ in PERSON_PRONOUNS and token.i != pronoun.i and token.dep_ in ("dobj", "dative", "pobj")
        for token in pronoun.sent
        if token.i < pronoun.i
    )


def _first_person(span: Span) -> bool:
    """Whether a sentence speaks in the first person ("I would ride him myself"): someone's words."""
    return any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" for t in span)


def _in_first_person(pronoun: Token) -> bool:
    """Whether a speaker's "I" or "we" comes before the pronoun in its sentence: their words, their "he"."""
    return any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" and t.i < pronoun.i for t in pronoun.sent)


def _sole_thing(clause: Token, others: list[Token]) -> str | None:
    """The clause's subject, "the" and a common noun, when it names no other thing (``others``) an "it" could be."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or others or subject.tag_ != "NN" or subject.ent_type_:
        return None
    words = [t for t in subject.subtree if t.i <= subject.i]
    if any(t.pos_ == "PRON" for t in words) or words[0].lower_ != "the":
        return None
    return _the(words)


def _the(words: list[Token]) -> str:
    """ "the" and the rest of a noun phrase as the article spaces it ("the 41-year-old chart-topper")."""
    rest = words[0].doc[words[1].i : words[-1].i + 1].text if len(words) > 1 else ""
    return f"the {rest}".strip()
