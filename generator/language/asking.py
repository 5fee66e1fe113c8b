"""Whether a generated question may be shown: its surface, its parse, its words.

:func:`generator.language.shape.problems` checks the shape, from the text alone.
:func:`question_problems` is the line checker's rule for questions (see
:mod:`generator.language.faithful`): the question, parsed again, has the
form intended (an interrogative opener, a subject that is a noun phrase and
not an unresolved pronoun, an auxiliary that agrees with it and governs a
verb of the right form, one finite verb in the main clause), and its words
are the source sentences' words (verbs in another form, names for the
pronouns that stood for them) and the template's; no speaker's "we" or
"you", no negative in its main clause, and a when-question does not give
its date (see also :func:`generator.language.unnamed.question_reference_problems`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .aligned import words_of
from .faithful import FINITE_TAGS
from .grammar import empty_it
from .lexicon import INQUIRY_NOUNS, PLURAL_PRONOUNS
from .negation import lost_condition
from .readable import question_reference_problems
from .shape import AUXILIARY_OPENERS, WH_OPENERS, problems
from .standalone import FIRST_PERSON
from .wording import wording_problems

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words a question template adds to the source's: openers, wh-words and the set phrases of the forms.
TEMPLATE_WORDS = AUXILIARY_OPENERS | WH_OPENERS | frozenset(
    {"be", "been", "being", "able", "to", "much", "many", "happen", "happens", "find", "beat", "win", "next", "whether",
     "s", "not", "out", "come", "become", "outcome", "of", "the", "a", "an", "get", "go", "ahead", "there",
     "take", "place", "hold", "make", "and", "or", "into", "face"}
)
_UNRESOLVED = frozenset(
    {"it", "he", "she", "they", "him", "her", "them", "this", "these", "those", "i", "we", "you",
     "himself", "herself", "itself", "themselves"}
)
_SINGULAR_OPENERS = frozenset({"does", "is", "was", "has"})
_PLURAL_OPENERS = frozenset({"do", "are", "were", "have"})
_BASE_OPENERS = AUXILIARY_OPENERS - {"is", "are", "was", "were", "has", "have", "had"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_SPEAKER_WORDS = FIRST_PERSON | {"you", "your", "yours"}
_CLAUSES = frozenset({"relcl", "ccomp", "acl", "advcl", "csubj"})
_TAKING = frozenset({"have", "get", "make", "take", "give", "put", "bring", "afford", "need", "want", "require"})
_HAD = frozenset({"dobj", "xcomp", "ccomp", "attr", "acomp", "oprd", "dative"})
_COMPARING = frozenset({"rather", "other", "more", "less", "fewer", "different", "else", "sooner", "later"})


def question_problems(question: str, parsed: Doc | Span, sources: Sequence[Span]) -> list[str]:
    """What keeps ``question`` (``parsed``: its parse) from being shown; empty when nothing.

    ``sources`` are the sentences it asks about; a name may come from anywhere in their article.
    The small model tags questions poorly, so forms are read from the words (a base form is its
    own lemma) rather than from the tags alone.
    """
    found = problems(question)
    words = [token for token in parsed if not token.is_punct and not token.is_space]
    if len(words) < 2:
        return [*found, "no words"]
    opener, second = words[0], words[1]
    root = next((token for token in parsed if token.dep_ == "ROOT"), opener)
    subject = _subject(root, opener)
    if opener.lower_ not in WH_OPENERS:
        if second.lower_ in _UNRESOLVED and (len(words) < 3 or words[2].pos_ not in ("NOUN", "PROPN", "ADJ")):
            if not empty_it(second):
                found.append("its subject is a pronoun")
        elif second.pos_ in ("VERB", "AUX") and second.lower_ != "there" and not _base(second) and (
            second.dep_ not in _SUBJECTS  # "Will talks avert …": "talks" tagged a verb, parsed the subject
        ):
            found.append("no subject")
        elif subject is not None:
            found.extend(_agreement(opener, subject))
        if opener.lower_ in _BASE_OPENERS:
            verb = _first_verb_after(words, subject)
            if verb is not None and not _base(verb):
                found.append("the verb after the auxiliary is not in its base form")
    if _finite_count(parsed, root) > 1:
        found.append("a second finite verb in the main clause")
    named = subject is not None and subject.dep_ != "expl" and opener.lower_ not in WH_OPENERS
    if named and subject is not None and not _whole_phrase(subject, sources):
        found.append("its subject is not a whole phrase of the article")
    if subject is not None and any(c.dep_ == "det" and c.lower_ == "another" for c in subject.children):
        found.append("a subject that points back ('another solution': another than what?)")
    found.extend(_foreign_words(question, parsed, sources))
    found.extend(question_reference_problems(words, sources))
    found.extend(wording_problems(words, sources))
    if lost_condition(words, sources):
        found.append("the sentence asked about holds on a condition the question leaves out")
    triples = zip(words, words[1:], words[2:], strict=False)
    if any(a.lower_ == "be" and b.lower_ == "to" and c.pos_ != "VERB" for a, b, c in triples):
        found.append("'be to' with no verb after it")  # "Will Raw T be to F4?": a comparison cut from its other half
    if opener.lower_ in WH_OPENERS and _not_inverted(root, opener):
        found.append("a wh-question whose subject comes before its auxiliary")
    if opener.lower_ in WH_OPENERS and subject is not None and subject.lower_ in _UNRESOLVED:
        found.append("its subject is a pronoun")  # "How many hours will they get?"
    auxiliary = next((w for w in words[1:] if w.pos_ == "AUX"), None)  # "What do the plan go forward?"
    if opener.lower_ in WH_OPENERS and subject is not None and auxiliary is not None and auxiliary.i < subject.i:
        found.extend(_agreement(auxiliary, subject))
    if opener.tag_ == "WP" and opener.dep_ == "pobj" and opener.head.pos_ != "ADP":
        found.append("a wh-word that asks for nothing")  # "What will credentials do the job?"
    if sum(c.dep_ == "nsubj" for c in root.children) > 1:
        found.append("two subjects")  # "What is Eastfield forward Tomas Velder?"
    fronted = [c for c in root.children if c.dep_ == "dobj" and subject is not None and c.i < subject.i]
    if fronted and opener.lower_ not in WH_OPENERS:
        found.append("the verb's object before its subject")  # "Will the starting XI Hartigan select?"
    if _takes_nothing(root):
        found.append("a verb with nothing it takes")  # "Will Carver have on Sunday afternoon?", "Will a court get?"
    inner_wh = any(w.tag_ in ("WP", "WDT") and w.i > second.i for w in words[2:])
    if opener.lower_ not in WH_OPENERS and inner_wh and not any(w.dep_ in _CLAUSES for w in words):
        found.append("a wh-word inside a yes/no question")  # "Will Gates be talking what about …?"
    if second.lower_ == "there" and len(words) > 2 and words[2].lemma_ != "be":
        found.append("'there' without 'be'")  # "Will there podcast from the corporate world?"
    if opener.lower_ == "when" and any(word.ent_type_ == "DATE" or word.like_num for word in words[1:]):
        found.append("asks when, and says when")
    if any(word.lower_ == "than" and not _compares(words[:index]) for index, word in enumerate(words)):
        found.append("'than' with nothing it compares")  # "have a referendum than another vote": "rather" cut
    if any(word.lower_ in _SPEAKER_WORDS and word.pos_ == "PRON" for word in words):
        found.append("a speaker's own words ('we', 'you'): the question is not the article's")
    names = {t.text for source in sources for t in source if t.pos_ == "PROPN" or t.ent_type_}
    if any(_run_in(word) and word.text not in names for word in words[1:]):  # "Trump" may be tagged a verb
        found.append("a title or caption run into the question")
    return list(dict.fromkeys(found))


def _takes_nothing(root: Token) -> bool:
    """ "have", "get", "make", "take" … with no object, unless passive ("be taken") or phrasal ("make for")."""
    if root.lemma_ not in _TAKING or root.pos_ not in ("VERB", "AUX") or any(c.dep_ in _HAD for c in root.children):
        return False
    phrasal = root.lemma_ != "have" and any(c.dep_ in ("prep", "prt") for c in root.children)
    return not phrasal and not any(c.dep_ == "auxpass" for c in root.children)


def _not_inverted(root: Token, opener: Token) -> bool:
    """ "What impact a victory will have …?": the subject, not holding the wh-word, before every auxiliary."""
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or opener.i in {t.i for t in subject.subtree}:
        return False
    finite = [c for c in root.children if c.dep_ in ("aux", "auxpass")] + ([root] if root.pos_ == "AUX" else [])
    return bool(finite) and all(t.i > subject.i for t in finite)


def _compares(before: Sequence[Token]) -> bool:
    """Whether a word before "than" compares: a comparative ("more", "bigger", "sooner") or "rather", "other"."""
    return any(t.tag_ in ("JJR", "RBR") or t.lower_ in _COMPARING for t in before)


def _run_in(word: Token) -> bool:
    """A capitalised verb, or a capitalised word that opens a clause, inside a question: the words of a title
    ("Who Wants to Be a Millionaire") or of a caption glued to the sentence ("... stewards After initially ...")."""
    if not (word.text[:1].isupper() and word.text[1:2].islower()) or word.pos_ == "PROPN":
        return False
    if word.ent_type_ and word.pos_ not in ("VERB", "AUX"):  # a name's word; a verb in a "name" is a title's
        return False
    return word.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "ADV") and word.doc[word.i - 1].text[:1] not in ".:;\"“"


def _base(token: Token) -> bool:
    return token.tag_ == "VB" or token.lower_ == token.lemma_.lower()


def _finite(token: Token) -> bool:
    """A finite verb by its form: a modal, or a verb whose form is not its lemma ("called", "are")."""
    if token.tag_ == "MD":
        return True
    if any(child.dep_ in ("aux", "auxpass") for child in token.children):
        return False  # "Was the family made ill?": the auxiliary is the finite verb, not "made" (tagged VBD)
    return token.tag_ in FINITE_TAGS and token.lower_ != token.lemma_.lower() and token.pos_ in ("VERB", "AUX")


def _first_verb_after(words: list[Token], subject: Token | None) -> Token | None:
    start = subject.right_edge.i + 1 if subject is not None else words[1].i + 1
    # a verb heading a clause of its own is not the one the auxiliary takes ("... if elected")
    return next((t for t in words if t.i >= start and t.pos_ in ("VERB", "AUX") and t.dep_ != "advcl"), None)


def _finite_count(parsed: Doc | Span, root: Token) -> int:
    """Finite verbs of the main clause, and those that hang on it without a linking word."""
    count = 0
    opener = parsed[0]
    for token in parsed:
        if not _finite(token):
            continue
        if root.i == opener.i and opener.lemma_ == "have" and token.tag_ == "VBD" and token.head.i == root.i:
            continue  # "Has the success of X, which …, prompted …?": the participle parsed as a second verb
        clause = token.head if token.dep_ in ("aux", "auxpass") else token
        if clause.i == root.i or (clause.dep_ == "conj" and clause.head.i == root.i):
            count += 1
        elif clause.dep_ == "ccomp" and not any(
            c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WRB", "WP$") for c in clause.subtree
        ):
            count += 2  # "… be optimistic were now stabilising": a clause without its link
    return count


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).lower()


def _whole_phrase(subject: Token, sources: Sequence[Span]) -> bool:
    """Whether the question's subject is a phrase of a source: a word's subtree, cut after a whole dependent.

    A name with "'s" may stand for a possessive pronoun ("Howard's party" for "his party").
    """
    start = max(subject.left_edge.i, 1)  # the opener is never the subject's: "Will up to 1.4m workers …" parsed whole
    phrase = _normal(subject.doc[start : subject.right_edge.i + 1].text).strip(" ,;:-–—")
    named = re.match(r"(?i)^(?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*\s?'s\s(.+)$", phrase)
    for source in sources:
        for token in source:
            if phrase in _phrases(token) or phrase in _name_parts(token):
                return True
        if named:
            for token in source:
                if token.tag_ == "PRP$" and token.head.i < source.end:
                    rest = _normal(source.doc[token.i + 1 : token.head.right_edge.i + 1].text)
                    if rest.startswith(named.group(1)):
                        return True
    return False


def _name_parts(token: Token) -> list[str]:
    """The names that end at a proper noun, a title or role before them left out: "Elena Ruiz" of "Mayor Elena Ruiz"."""
    if token.pos_ != "PROPN" or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN"):
        return []
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return [_normal(token.doc[begin : token.i + 1].text) for begin in range(start, token.i + 1)]


def _phrases(token: Token) -> list[str]:
    """The texts of ``token``'s subtree and of its prefixes that end after a whole dependent or the token."""
    doc = token.doc
    start = token.left_edge.i
    ends = [token.i, token.right_edge.i]
    ends += [child.right_edge.i for child in token.children if child.i > token.i]
    texts = []
    for end in sorted(set(ends)):
        text = _normal(doc[start : end + 1].text).strip(" ,;:-–—")
        texts.append(text)
    return texts


def _subject(root: Token, opener: Token) -> Token | None:
    for head in (root, opener):
        for child in head.children:
            if child.dep_ in _SUBJECTS:
                return child
    return None


def _agreement(opener: Token, subject: Token) -> list[str]:
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PLURAL_PRONOUNS
    plural = plural or any(child.dep_ == "conj" for child in subject.children)
    if opener.lower_ in _SINGULAR_OPENERS and plural:
        return ["the auxiliary does not agree with the subject"]
    if opener.lower_ in _PLURAL_OPENERS and not plural and subject.tag_ in ("NN", "NNP"):
        return ["the auxiliary does not agree with the subject"]
    return []


def _foreign_words(question: str, parsed: Doc | Span, sources: Sequence[Span]) -> list[str]:
    """Words of the question that are neither the template's nor its sources' (a name: its article's)."""
    if not sources:
        return ["no source sentence"]
    known: set[str] = set()
    for source in sources:
        known.update(words_of(source.text))
        for token in source:
            known.add(token.lower_)
            known.add(token.lemma_.lower())
    article = set(words_of(sources[0].doc.text))
    lemmas = {token.lower_: token.lemma_.lower() for token in parsed}
    for word in words_of(question):
        if word in TEMPLATE_WORDS or word in INQUIRY_NOUNS or word in known or lemmas.get(word, word) in known:
            continue
        if word in article and any(t.lower_ == word and t.pos_ == "PROPN" for t in parsed):
            continue  # a name put for the pronoun that stood for it
        if not word.isalpha() and any(word in w for w in known):
            continue
        return [f"a word that is not the article's ('{word}')"]
    return []
