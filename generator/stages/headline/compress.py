"""Compressing a sentence into a headline: who did what, in headline grammar, from whole constituents.

A headline is the main clause of the sentence that carries the news: its
subject, its verb in headline tense (see :mod:`.tense`) and the verb's
complement, each a whole constituent of the parse.  It is made shorter only
by leaving whole constituents out, never by cutting one short:

* always left out: asides (what commas, dashes or brackets set off),
  relative and adverbial clauses, a second clause joined to the first,
  times and dates, sentence adverbs ("also", "now"), determiners and
  punctuation;
* then, while the headline is longer than it aims to be, the verb's
  adverbial phrases and the phrases that qualify a noun, the rightmost
  first (a noun's "of" phrase stays: "series of strikes");
* never: the subject's and the complement's heads and their names, a
  negation, a modal, a condition ("if ...") or an attribution ("according
  to"); a clause that cannot fit without one of them makes no headline.

When the lead attributes its news ("Prices rose, the bank said"), the
headline keeps the attribution in headline form ("Prices rise, bank says").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.faithful import CONDITIONS, NEGATIONS, OPINION_VERBS, cut_problems
from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import SPEECH_VERBS
from .tense import keeps_auxiliaries, present, source_group, verb_group

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OBJECTS = ("dobj", "attr", "dative", "oprd", "acomp")
# A headline must not end on one of these.
DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART", "PRON", "PUNCT"})
# Determiners a headline keeps: dropping them would turn the meaning round ("left her with no choice").
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
# The determiners a headline leaves out.
ARTICLES = frozenset({"the", "a", "an", "this", "these", "that", "those"})
# Clauses and phrases a headline always leaves out: they qualify the news, they are not it.
ASIDES = frozenset({"relcl", "advcl", "appos", "parataxis", "intj", "meta", "dep", "preconj"})
# Adverbs a headline leaves out: they place the news in time or link it to what came before.
LOOSE_ADVERBS = frozenset(
    """also now still already just today yesterday tonight recently earlier later then finally currently
    however meanwhile moreover furthermore instead again once soon""".split()
)
# Set-off marks: a constituent that opens after one of them is an aside.
_SET_OFF = frozenset({",", "-", "–", "—", "(", ";", ":"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_PLACE_ENTITIES = frozenset({"GPE", "NORP", "LOC"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# What cut_problems reports that a headline does by design: determiners and asides dropped from inside,
# the verb in headline tense ("to cut" for "will cut") rather than finite.
_HEADLINE_CUTS = frozenset({"words cut from inside the line", "no finite verb with its subject"})
_VERBS = ("VERB", "AUX")
# Adjectives that say what a thing is, not how it is: a headline keeps them ("former minister", "alleged fraud").
KEPT_ADJECTIVES = frozenset(
    """former alleged suspected accused fake false possible potential so-called would-be ex late acting
    deputy vice new first last only second third top chief senior junior""".split()
)


def headline(span: Span, limit: int, bounds: tuple[int, int] | None = None, aim: int | None = None) -> str | None:
    """A headline of at most ``limit`` words (aiming at ``aim``) built from ``span``'s main clause, if it has one.

    ``bounds`` are the characters where the sentence really starts and ends
    when scraping glued something to its first or last token ("linkJak
    Trueman", "in 2011.Mr"): what lies outside is left out of that word.
    """
    found = main_verb_and_speaker(span)
    if found is None or _dated_past(found[0]):
        return None
    root, speech = found
    clause = _clause(root, span)
    shorter = [clause]  # the clause after each constituent left out
    for group, only_if_too_long in _optional(root, clause):
        most = limit if only_if_too_long else (aim or limit)
        for constituent in group:
            if len(_headline_words(span, shorter[-1], root, speech, bounds)) <= most:
                break
            shorter.append(shorter[-1] - constituent)
    for kept in reversed(shorter):  # the shortest first; a longer one if leaving something out broke a rule
        text = _checked(span, kept, root, speech, bounds, limit)
        if text is not None:
            return text
    return None


def _dated_past(verb: Token) -> bool:
    """Whether the verb tells of a past dated by a year ("visited Beijing in 2017"): background, not the news.

    A headline puts the past in the present, and leaves dates out: it would
    tell an old event as today's.
    """
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(
        token.ent_type_ == "DATE" and token.like_num and len(token.text) == 4
        for child in verb.children if child.dep_ in ("prep", "npadvmod", "advmod") for token in child.subtree
    )


def _checked(span: Span, clause: set[int], root: Token, speech: Token | None, bounds: tuple[int, int] | None,
             limit: int) -> str | None:
    """The headline of the words ``clause`` keeps, if it fits and passes the checks."""
    words = _headline_words(span, clause, root, speech, bounds)
    if len(words) > limit or len(words) < 2 or words[-1][1] in DANGLING - {"PRON"}:
        return None
    last = next(token for token in reversed(span) if token.i in clause | {root.i})
    if speech is None and last.pos_ == "PRON" and last.dep_ not in ("dobj", "pobj", "dative"):
        return None  # "... says he": an object pronoun ("left her") may end it
    if _problems(span, clause, root, speech):
        return None
    plain = _headline_words(span, clause, root, speech, bounds, plain=True)
    if not reads_as_clause(" ".join(word for word, _ in plain)):
        return None
    text = " ".join(word for word, _ in words)
    return text[:1].upper() + text[1:]


def reads_as_clause(text: str) -> bool:
    """Whether ``text``, parsed again, is a clause: its root a verb with its subject.

    The headline is parsed with its verbs as the article has them ("Uber has
    poached ..."): the small model reads headline grammar ("Uber poaches
    ...") as a noun phrase too often for that to be a test.
    """
    from ...nlp.parse import load_model

    root = load_model()(text)[:].root
    if root.pos_ not in _VERBS:
        return False
    return any(c.dep_ in SUBJECT_DEPS for c in root.children) or any(
        c.dep_ in ("ccomp", "parataxis") and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in root.children)


def main_verb_and_speaker(span: Span) -> tuple[Token, Token | None] | None:
    """The verb of the news and, when the sentence attributes it after the news ("..., X said"), the speech verb."""
    root = span.root
    speech: Token | None = None
    reported = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i and c.pos_ in _VERBS]
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    attributes = root.lemma_ in OPINION_VERBS or not any(c.dep_ in OBJECTS for c in root.children)
    if reported and attributes and (root.lemma_ in SPEECH_VERBS or (subjects and subjects[0].i > reported[0].i)):
        speech, root = root, reported[0]  # "X happened, a judge ruled": the news is what happened
        if not subjects or subjects[0].pos_ == "PRON":
            speech = None if not subjects else speech
    subjects = [child for child in root.children if child.dep_ in SUBJECT_DEPS]
    if root.pos_ not in _VERBS or not subjects or subjects[0].pos_ == "PRON":
        return None  # "This is the moment ...", "He said ...": the headline would not say who
    if speech is not None and not [c for c in speech.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]:
        return None  # "..., he said": whose claim it is would be lost
    return root, speech


def _clause(root: Token, span: Span) -> set[int]:
    """The main clause's tokens a headline may show: no asides, no punctuation, no articles."""
    kept: set[int] = set()
    bracketed = _bracketed(span)
    aside: set[int] = set()
    for token in root.subtree:
        if token.i == root.i:
            continue
        if _always_out(token, root):
            aside |= {t.i for t in token.subtree}
    for token in root.subtree:
        if token.i in aside or token.i in bracketed or token.i < span.start or token.i >= span.end:
            continue
        if token.is_punct and (token.text not in ("-", "/", "%", "&") or (token.text == "-" and token.whitespace_)):
            continue
        if _article(token) and token.whitespace_ and token.head.dep_ != "poss":
            continue  # "the", "a"; not "this" of "this year's event"
        if token.head.i == root.i and token.dep_ in ("aux", "auxpass", "neg") and not keeps_auxiliaries(root):
            continue  # the verb group says them (see .tense)
        if token.dep_ == "poss" and token.tag_ == "PRP$":
            continue  # "its Leeds plant": a headline says "Leeds plant"
        kept.add(token.i)
    return kept


def _always_out(token: Token, root: Token) -> bool:
    """Whether a headline leaves ``token``'s constituent out whatever room it has."""
    if _protected(token):
        return False
    head = token.head
    if token.dep_ == "appos" and not _set_off(token):
        return False  # "leaders Yeading": a name that follows its description without a comma
    if token.dep_ == "relcl" and head.dep_ == "attr" and any(c.lower_ == "it" for c in head.head.children):
        return False  # "it is the minister who ...": the cleft needs its clause
    if token.dep_ == "relcl" and not _set_off(token) and not any(
            t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in token.subtree if t.i < token.i):
        return False  # "as the deadline ... passed": no relative word, perhaps not a relative clause at all
    if token.dep_ == "advcl" and _purpose(token):
        return False  # "created graphs to reveal ...": what the verb is for may stay if there is room
    if token.dep_ in ASIDES:
        return True
    if token.dep_ == "mark" and token.lower_ == "that":
        return True  # "said that ...": a headline says "says ..."
    if token.dep_ in ("cc", "conj") and head.pos_ in _VERBS and head.i == root.i:
        return True  # "... and then ...": a second clause
    if token.dep_ == "conj" and token.pos_ in _VERBS:
        return True
    if token.dep_ in ("ccomp", "xcomp") and token.i < head.i and head.lemma_ not in OPINION_VERBS and _set_off(token):
        return True  # "Despite X pulled low, Y cuts ...": a clause before the verb, set off, is not its complement
    if token.dep_ == "advmod" and token.lower_ in LOOSE_ADVERBS:
        return True
    if token.dep_ in ("prep", "advmod", "npadvmod") and _is_time(token) and not (
            token.dep_ == "prep" and head.pos_ in _VERBS and _completes(token)):  # "was held in 2011" keeps it
        return True  # "on Monday", "last week"
    if token.dep_ in ("conj", "cc", "punct") or _complement(token):
        return False
    return _set_off(token)  # "..., a decision that ...", "Despite the rain, ..."


def _set_off(token: Token) -> bool:
    """Whether punctuation sets ``token``'s constituent off: "Despite the rain, ...", "..., in a statement, ..."."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    before = left > 0 and left > token.head.left_edge.i and doc[left - 1].text in _SET_OFF
    after = right < token.head.i and right + 1 < len(doc) and doc[right + 1].text in _SET_OFF
    return before or after


def _protected(token: Token) -> bool:
    """Constituents a headline never leaves out: a condition, a negation, an attribution ("according to")."""
    for inner in token.subtree:
        if inner.dep_ in ("mark", "advmod") and inner.lower_ in CONDITIONS and inner.head.i == token.i:
            return True
        if inner.lower_ == "according" or inner.dep_ == "neg" or inner.lower_ in NEGATIONS:
            return True  # "according to X"; "with no other choice"
    return False


def _is_time(token: Token) -> bool:
    words = [t for t in token.subtree if not t.is_punct]
    return bool(words) and all(t.ent_type_ in _TIME_ENTITIES or t.pos_ in ("ADP", "DET") for t in words) and any(
        t.ent_type_ in _TIME_ENTITIES for t in words)


def _optional(root: Token, clause: set[int]) -> list[tuple[list[set[int]], bool]]:
    """Constituents a headline may leave out to be shorter, in groups tried in turn, the rightmost first.

    The descriptions before a name ("insurance broker Marsh", "US retail
    giant Federated"); then the verb's adverbial phrases; then, only when
    the headline would otherwise be too long (the group's flag), what
    qualifies a noun (a phrase, a participle clause), and last a person's
    given names, as headlines name people by surname.
    """
    verb_phrases: list[set[int]] = []
    noun_phrases: list[set[int]] = []
    descriptions: list[set[int]] = []
    for index in sorted(clause, reverse=True):
        token = root.doc[index]
        if _protected(token) or token.head.i not in clause | {root.i} or _complement(token):
            continue
        subtree = {t.i for t in token.subtree} & clause
        if (token.dep_ in ("prep", "agent") and _in_verb_chain(token.head, root) and _has_object(token) and (
                not _completes(token))) or (token.dep_ == "advcl" and _purpose(token)):
            verb_phrases.append(subtree)
        elif (token.dep_ in ("prep", "acl", "relcl") or (token.dep_ == "amod" and token.i > token.head.i)) and (
                token.head.pos_ in ("NOUN", "PROPN", "NUM") and token.lower_ != "of") and not (
                any(c.dep_ in SUBJECT_DEPS for c in token.children)):  # "no doubt it is ...": a clause it needs
            noun_phrases.append(subtree)
        elif _describes_name(token):
            descriptions.append(subtree)
    given_names = [{token.i for token in root.doc[name.start : name.end - 1]} & clause
                   for name in root.doc.ents if name.label_ == "PERSON" and len(name) > 1 and name.end - 1 in clause]
    return [(descriptions, False), (verb_phrases, False), (noun_phrases, True), (given_names, True)]


def _describes_name(token: Token) -> bool:
    """Whether ``token`` opens a description before a name that a headline can do without ("Premiership side")."""
    head = token.head
    if token.dep_ not in ("compound", "amod") or token.i > head.i or token.lower_ in KEPT_ADJECTIVES:
        return False
    doc = token.doc
    same_entity = bool(token.ent_type_) and all(doc[k].ent_iob_ == "I" for k in range(token.i + 1, head.i + 1))
    if head.pos_ != "PROPN" or head.ent_type_ not in _NAMED or same_entity:
        return False  # only before a name, and not a part of it
    return all(t.pos_ in ("NOUN", "ADJ", "PROPN") and t.dep_ in ("compound", "amod") for t in token.subtree) and all(
        t.pos_ != "PROPN" or t.ent_type_ in _PLACE_ENTITIES for t in token.subtree)


def _completes(preposition: Token) -> bool:
    """Whether a phrase is what its verb needs: the first after a verb with no object ("billed as", "rely on")."""
    verb = preposition.head
    if verb.lemma_ == "be" and not any(c.dep_ in (*OBJECTS, "xcomp", "ccomp") for c in verb.children):
        return True
    return not any(
        c.dep_ in (*OBJECTS, "xcomp", "ccomp", "prt") or (c.dep_ in ("prep", "agent") and c.i < preposition.i)
        for c in verb.children if c.i != preposition.i
    )


def _in_verb_chain(verb: Token, root: Token) -> bool:
    """Whether ``verb`` is the main verb or a verb it governs as complement ("is to buy", "says he will ...")."""
    while verb.i != root.i:
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True


def _complement(token: Token) -> bool:
    """Whether ``token`` completes its verb: an object, or the phrase a bare "be" needs ("is of importance")."""
    head = token.head
    if token.dep_ in OBJECTS or token.dep_ in ("xcomp", "ccomp", "prt") or token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ == "prep" and head.lemma_ == "be" and not any(
        c.dep_ in (*OBJECTS, "xcomp", "ccomp") for c in head.children)


def _headline_words(
    span: Span, clause: set[int], root: Token, speech: Token | None, bounds: tuple[int, int] | None,
    *, plain: bool = False,
) -> list[tuple[str, str]]:
    """The headline's words; ``plain``: with the verbs as the article has them, for the parser to check."""
    words = _words(span, clause, root, bounds, plain=plain)
    if speech is None:
        return words
    speaker = next(c for c in speech.children if c.dep_ in SUBJECT_DEPS)
    said = source_group(speech) if plain else [(present(speech.lemma_, plural=speaker.tag_ in ("NNS", "NNPS")), "VERB")]
    who = _words(span, _noun_core(speaker), None, bounds)
    if not words or not who:
        return []
    return [*words[:-1], (words[-1][0] + ",", words[-1][1]), *who, *said]


def _problems(span: Span, clause: set[int], root: Token, speech: Token | None) -> list[str]:
    """What the line checker finds wrong with the headline's words taken as a cut of the sentence."""
    kept = set(clause) | {root.i} | {c.i for c in root.children if c.dep_ in ("aux", "auxpass", "neg")}
    kept |= {t.i for t in root.subtree if t.dep_ == "det" and t.head.i in kept}
    if speech is not None:
        speaker = next(c for c in speech.children if c.dep_ in SUBJECT_DEPS)
        kept |= {speech.i} | {t.i for t in speaker.subtree}
    found = [problem for problem in cut_problems(span, kept) if problem not in _HEADLINE_CUTS]
    if "drops an attribution" in found and not _keeps_what_is_said(span, kept):
        found.remove("drops an attribution")  # "X condemned Y, saying Z" -> "X condemns Y": nothing of Z is told
    return found


def _keeps_what_is_said(span: Span, kept: set[int]) -> bool:
    """Whether a verb of saying left out governs a word that is kept: the only way its loss misleads."""
    return any(
        token.i not in kept and token.head.i in kept and token.lemma_.lower() in OPINION_VERBS
        and any(inner.i in kept for inner in token.subtree)
        for token in span
    ) or any(token.lower_ == "according" and token.i not in kept for token in span)


def _has_object(preposition: Token) -> bool:
    return any(child.dep_ in ("pobj", "pcomp", "prep") for child in preposition.children)


def _noun_core(noun: Token) -> set[int]:
    """A noun and the parts of its name ("Time Warner"); a person by surname, as headlines do."""
    person = _person(noun)
    if person:
        return person
    kept = {noun.i}
    for child in noun.children:
        if _negative_determiner(child) or (noun.dep_ == "attr" and child.dep_ == "amod" and child.i == noun.i - 1):
            kept.add(child.i)  # "no choice"; "is a far cry": a complement's adjective is its meaning
        if _as_much_as(noun, child):
            kept.add(child.i)  # "as likely as men": without the first "as" the comparison turns round
        if _written_together(noun, child):  # "76-year-old", "well-known": one word in the article
            kept |= set(range(child.left_edge.i, noun.i))
        elif child.dep_ in ("compound", "flat") or (
                child.dep_ in ("nummod", "quantmod", "nmod") and child.pos_ in ("NUM", "SYM", "PROPN")):
            kept |= {token.i for token in child.subtree}
        elif child.dep_ == "appos" and child.pos_ == "PROPN":
            kept |= _noun_core(child)
        elif child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):  # "GM and Ford"
            kept |= _noun_core(child) | {c.i for c in noun.children if c.dep_ == "cc"}
    return kept


def _written_together(noun: Token, child: Token) -> bool:
    """Whether a modifier before ``noun`` is written together with it, hyphenated: "76-year-old"."""
    doc = noun.doc
    return child.i < noun.i and all(not doc[k].whitespace_ for k in range(child.left_edge.i, noun.i))


def _as_much_as(head: Token, child: Token) -> bool:
    """Whether ``child`` is the first "as" of an equal comparison ("as likely as", "as big as")."""
    return child.dep_ == "advmod" and child.lower_ == "as" and any(
        other.dep_ == "prep" and other.lower_ == "as" for other in head.children
    )


def _purpose(clause: Token) -> bool:
    """Whether an adverbial clause is a bare "to" infinitive: what its verb is done for."""
    children = list(clause.children)
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in children) and (
        not any(c.dep_ in ("mark", "nsubj") for c in children))


def _article(token: Token) -> bool:
    """Whether ``token`` is an article, which headlines leave out ("the", "a"; not "no", "another")."""
    return token.dep_ == "det" and token.lower_ in ARTICLES


def _negative_determiner(token: Token) -> bool:
    return token.dep_ == "det" and token.lower_ in NEGATIVE_DETERMINERS


def _person(noun: Token) -> set[int]:
    """The tokens of a person's surname when ``noun`` ends a person's name, else nothing."""
    if noun.ent_type_ != "PERSON":
        return set()
    for entity in noun.doc.ents:
        if entity.start <= noun.i < entity.end and entity.label_ == "PERSON":
            last = entity.end - 1
            first = last
            while first > entity.start and not noun.doc[first - 1].whitespace_:
                first -= 1
            return set(range(first, last + 1))
    return set()


def _words(
    span: Span, kept: set[int], root: Token | None, bounds: tuple[int, int] | None = None, *, plain: bool = False
) -> list[tuple[str, str]]:
    """The kept words in order, as (text, part of speech), the main verb in headline tense (``plain``: as written).

    Tokens written together in the article ("Kilroy-Silk", "$1.13bn") stay
    together as one word.
    """
    words: list[tuple[str, str]] = []
    previous: Token | None = None
    bracketed = _bracketed(span)
    verb = root.i if root is not None else -1
    kept = _hyphenated(span, kept - {verb}) | {verb}
    if plain:  # the articles too, for the parser
        kept |= {token.i for token in span if token.dep_ == "det" and token.head.i in kept}
    for token in span:
        if root is not None and token.i == root.i:
            if keeps_auxiliaries(root):  # "would rather have": the auxiliaries stand where the article has them
                words.append((root.text, "VERB"))
            else:
                words.extend(source_group(root) if plain else verb_group(root))
        elif token.i in kept and token.i not in bracketed and not (
                token.is_punct and token.text not in ("-", "/", "%", "&")) and (
                # "all-time": a determiner written together with the next word is part of it
                not _article(token) or plain or not token.whitespace_
                or token.head.dep_ == "poss"):
            glued = previous is not None and previous.i == token.i - 1 and not previous.whitespace_
            # A particle ("ruled out", "says he is coming out") may end a headline: it counts as an adverb.
            particle = token.dep_ == "prt" or (
                token.dep_ == "prep" and token.head.i == verb and token.i == verb + 1)
            pos = "ADV" if particle else token.pos_
            begin, end = bounds or (token.idx, token.idx + len(token.text))
            text = token.text[max(0, begin - token.idx) : max(0, end - token.idx)]
            if token.lower_ == "according" and words and token.i > 0 and token.doc[token.i - 1].text == ",":
                words[-1] = (words[-1][0] + ",", words[-1][1])  # "..., according to ...": the attribution set off
            if glued and words:
                words[-1] = (words[-1][0] + text, pos)
            elif text and not (token.idx < begin and text.lower() in ("the", "a", "an")):
                words.append((text, pos))
        else:
            previous = None
            continue
        previous = token
    return words


def _hyphenated(span: Span, kept: set[int]) -> set[int]:
    """The kept tokens with the rest of any word they are hyphenated into ("on-going", "long-running")."""
    doc = span.doc
    whole = set(kept)
    for index in kept:
        left = index
        while left - 2 >= span.start and doc[left - 1].text == "-" and not (
                doc[left - 2].whitespace_ or doc[left - 1].whitespace_):
            left -= 2
        right = index
        while right + 2 < span.end and doc[right + 1].text == "-" and not (
                doc[right].whitespace_ or doc[right + 1].whitespace_):
            right += 2
        whole |= set(range(left, right + 1))
    return whole


def _bracketed(span: Span) -> set[int]:
    """Indices of the tokens inside brackets ("$3.25bn (£1.7bn)"): a headline leaves asides out."""
    inside: set[int] = set()
    depth = 0
    for token in span:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(token.i)
    return inside
