"""Compressing a sentence into a headline: who did what, in headline grammar, from whole constituents.

A headline is the main clause of the sentence that carries the news: its
subject, its verb in headline tense (see :mod:`.tense`) and the verb's
complement, each a whole constituent of the parse.  It is made shorter only
by leaving whole constituents out, never by cutting one short:

* always left out: asides (what commas, dashes or brackets set off), relative clauses set off by a comma,
  adverbial clauses, a second clause joined to the first, times and dates, sentence adverbs, determiners, marks;
* then, while the headline is longer than it aims to be, the verb's adverbial phrases and the phrases that
  qualify a noun, the rightmost first (a noun's "of" phrase stays, "series of strikes", unless it is a
  time, "actor of 2004"; so does what a noun bears on, "embargo on China",
  "plans to end X"; an "of" phrase the parser hung on the verb goes
  with the object or phrase right before it, "accused X of lying", "in
  favour of leaving"); a relative
  clause that says which one ("a phone that responds to movements") stays
  if there is room, and goes whole or not at all;
* never: the subject's and the complement's heads and their names, a
  negation, a modal, a condition ("if ...") or an attribution ("according
  to"), nor a verb that "but" sets against the news ("as likely to ask [but less likely to get one]"); a
  clause that cannot fit without one of them makes no headline.

A headline keeps no pronoun without the word it stands for ("Kemp says it would be ...", "would bring us
parcels"; see :mod:`.pronouns`), and no subject that says which one only by pointing back ("his move", "this
work", which a headline would show as "Move", "Work").

A headline is refused that ends right before a phrase its last verb may need, which the parser hung on a word
before it ("accepts mistakes contributed [to the deaths]"); that keeps a clause of seeming without the "but" that
undoes it ("looks set to take part [but withdrew]"); or that is made from a participle the parser read as the main
verb ("The woman accused of X has been seen ..."): see :mod:`.cuts`.

When the lead attributes its news ("Prices rose, the bank said"), the headline keeps it ("..., bank says"), or,
when that is too long, names the speaker first ("Mercer: novel may not be suitable for young readers"). When
that order makes no headline of the lead, it is the clause less any one or two constituents (an inner phrase first).
What led to the news ("after they posted ...") is added back when there is room: see :mod:`.cause`."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ...language.faithful import CONDITIONS, cut_problems
from ...language.grammar import SUBJECT_DEPS
from ...language.lexicon import OPINION_VERBS
from .cause import with_cause
from .complements import VERBS
from .constituents import asks_whether, clause_tokens, hypothetical_condition
from .cuts import (
    conjoins_what_is_left_out,
    cuts_a_clause_short,
    cuts_off_a_name,
    drops_a_misread_clause,
    drops_what_undoes_it,
    ends_before_its_phrase,
    ends_on_a_connector,
    leaves_a_verb_without_its_subject,
    leaves_out_its_but,
    loses_a_subject,
    misplaced_object,
    named_after,
    parts_a_fixed_phrase,
    parts_a_range,
    reduced_relative,
)
from .lede import dated_past, held_since, participle_read_as_subject, points_back, split
from .optional import optional_constituents
from .pronouns import unresolved_pronoun
from .subject import Groups, complement_last, complement_qualifiers, keeps_subject_head, subject_first, tells_more
from .tense import past_aim, present, reads_as_active, source_group
from .verb import between_dashes, disclosed, hearer_of, main_verb_and_speaker, speaker_core
from .verb import speaker_of as _speaker
from .words import noun_core
from .written import headline_words_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A headline must not end on one of these.
DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART", "PRON", "PUNCT"})
# What cut_problems reports that a headline does by design: determiners and asides dropped from inside,
# the verb in headline tense ("to cut" for "will cut") rather than finite.
_HEADLINE_CUTS = frozenset({"words cut from inside the line", "no finite verb with its subject"})
COMPLEMENT_DROPPED = "drops the complement of a word it keeps"


def headline(span: Span, limit: int, bounds: tuple[int, int] | None = None, aim: int | None = None,
             year: int | None = None, *, lead: bool = False) -> str | None:
    """A headline of at most ``limit`` words (aiming at ``aim``) built from ``span``'s main clause, if it has one.

    ``bounds`` are the characters where the sentence really starts and ends
    when scraping glued something to its first or last token ("linkJak
    Trueman", "in 2011.Mr"): what lies outside is left out of that word.
    ``year`` is the article's: an event it dates to that year or the one
    before is news (a year's results), an older one is not.
    """
    found = main_verb_and_speaker(span)
    if found is None or dated_past(found[0], year) or held_since(found[0], year) or split(span):
        return None
    root, speech = found
    if reads_as_active(root) or past_aim(root) or reduced_relative(root) or participle_read_as_subject(root):
        return None  # "Court told Green must have drunk ...", "Daggers need victory" (they needed it, and lost)
    if any(child.dep_ in SUBJECT_DEPS and points_back(child) for child in root.children):
        return None  # "His move was condemned", "This work is ongoing": which, the headline would not say
    clause = clause_tokens(root, span)
    according = according_to(root) if speech is None else None
    if according is not None:  # "..., according to federal regulators": "..., regulators say"
        speech = according
        clause -= {token.i for token in according.subtree}
    groups = optional_constituents(root, clause)
    usual = _shortened(span, clause, root, speech, bounds, groups, limit, aim or limit)
    titles_first = subject_first(root, clause, groups)  # with no titles to drop, the same as ``usual``
    shorter_subject = _shortened(span, clause, root, speech, bounds, titles_first, limit, aim or limit) if (
        titles_first[0][0]) else None
    if shorter_subject and (not usual or tells_more(root, shorter_subject[1], usual[1])):
        usual = shorter_subject  # "McElroy sends link to pornographic website" (see .subject)
    if usual and any(not found <= usual[1] for found in complement_qualifiers(root, groups)):
        longer = _shortened(span, clause, root, speech, bounds, complement_last(root, clause, groups), limit,
                            aim or limit)  # "Mitsubishi Motors strikes deal to supply Peugeot with ..."
        if longer and tells_more(root, longer[1], usual[1]) and keeps_subject_head(root, longer[1], usual[1]):
            usual = longer
    if usual is None and lead:  # "Midwife accepts mistakes contributed to deaths of two babies [at ...]"
        usual = _inner_cut(span, clause, root, speech, bounds, groups, limit, aim or limit)
    if usual is None and lead and speech is not None:  # "Mercer: novel may not be suitable for ..."
        usual = _shortened(span, clause, root, speech, bounds, groups, limit, aim or limit, colon=True)
    if usual and (caused := with_cause(span, root, usual[1], lambda k: _checked(span, k, root, speech, bounds, limit))):
        usual = caused  # "Guards suspended after they posted anti-Islamic messages"
    return usual[0] if usual else None


def _inner_cut(span: Span, clause: set[int], root: Token, speech: Token | None, bounds: tuple[int, int] | None,
               groups: Groups, limit: int, aim: int) -> tuple[str, set[int]] | None:
    """The lead's safe form when leaving constituents out in turn makes none: the clause less any one or two of
    them (an inner phrase before the outer one that holds it), the longest within ``aim`` else the shortest."""
    found = [c for group, _ in groups for c in group]
    cuts = [{*one} for one in found] + [one | two for n, one in enumerate(found) for two in found[n + 1:]]
    made = [(text, clause - cut) for cut in cuts if (text := _checked(span, clause - cut, root, speech, bounds, limit))]
    return min(made, key=lambda m: (len(m[0].split()) > aim, abs(aim - len(m[0].split()))), default=None)


def _shortened(span: Span, clause: set[int], root: Token, speech: Token | None, bounds: tuple[int, int] | None,
               groups: Groups, limit: int, aim: int, *, colon: bool = False) -> tuple[str, set[int]] | None:
    """The headline of ``clause`` less ``groups``' constituents, in turn, while too long, and the words it keeps;
    when none of those passes, the constituents kept for room are left out too, in turn ("Fifty areas getting help
    [to fight X in England] and Wales to be named": the rest of the misparsed phrase goes too)."""
    shorter = [clause]  # the clause after each constituent left out
    spared: list[set[int]] = []  # what room allowed to keep
    for group, only_if_too_long in groups:
        most = limit if only_if_too_long else aim
        for constituent in group:
            if len(_headline_words(span, shorter[-1], root, speech, bounds, colon=colon)) <= most:
                spared.append(constituent)
            else:
                shorter.append(shorter[-1] - constituent)
    further = [shorter[-1]]
    for constituent in spared:
        further.append(further[-1] - constituent)
    # the shortest first; a longer one if leaving something out broke a rule; then shorter still
    for kept in [*reversed(shorter), *further[1:]]:
        text = _checked(span, kept, root, speech, bounds, limit, colon=colon)
        if text is not None:
            return text, kept
    return None


def _checked(span: Span, clause: set[int], root: Token, speech: Token | None, bounds: tuple[int, int] | None,
             limit: int, *, colon: bool = False) -> str | None:
    """The headline of the words ``clause`` keeps, if it fits and passes the checks."""
    words = _headline_words(span, clause, root, speech, bounds, colon=colon)
    if len(words) > limit or len(words) < 2 or words[-1][1] in DANGLING - {"PRON"}:
        return None
    first = next(token for token in span if token.i in clause | {root.i})
    if first.tag_ == "WRB" or first.pos_ == "SCONJ":
        return None  # "When Alan Lawrence learns mind was flooded ...": a clause that frames another, misread
    last = next(token for token in reversed(span) if token.i in clause | {root.i})
    if speech is None and last.pos_ == "PRON" and last.dep_ not in ("dobj", "pobj", "dative"):
        return None  # "... says he": an object pronoun ("left her") may end it
    if speech is not None and last.pos_ in ("CCONJ", "SCONJ", "ADP", "DET") and last.dep_ != "prt":
        return None  # "... facing Britain and, Howard says"; a verb's particle may end it ("Trust breaks down, X says")
    ends = (cuts_off_a_name, ends_before_its_phrase, ends_on_a_connector, cuts_a_clause_short)
    if any(cut(span, last, clause | {root.i}) for cut in ends) or (
            loses_a_subject(span, clause | {root.i})) or (
            leaves_a_verb_without_its_subject(span, clause | {root.i}) or parts_a_range(span, clause)) or (
            parts_a_fixed_phrase(span, clause | {root.i}) or drops_a_misread_clause(span, clause | {root.i})):
        return None
    if drops_what_undoes_it(root, clause) or leaves_out_its_but(root, clause):
        return None  # "American looks set to take part [but he then withdrew]"
    if any(conjoins_what_is_left_out(span, token, clause | {root.i}) for token in span if token.i in clause):
        return None  # "areas getting help and Wales": the words before "and" ("in England") are left out
    if root.lemma_ == "come" and not [c for c in root.children if c.i > root.i and c.i in clause] and any(
            c.dep_ == "advcl" and c.i > root.i for c in root.children):
        return None  # "The tie-up comes as prices fall": a verb that only frames its clause tells nothing without it
    if not [c for c in root.children if c.i > root.i and c.i in clause] and any(
            c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)
            for c in root.children):
        return None  # "ID theft occurs [when criminals use ...]": a definition, which says nothing without its clause
    speaker = speaker_core(_speaker(speech)) if speech is not None else set()
    if unresolved_pronoun(span, clause | {root.i}, speaker):
        return None  # "Kemp says it would be a brief return": what "it" is, the headline would not say
    if _problems(span, clause, root, speech):
        return None
    plain = _headline_words(span, clause, root, speech, bounds, plain=True)
    if not reads_as_clause(" ".join(word for word, _ in plain)):
        return None
    text = " ".join(word for word, _ in words)
    opening = len(text) - len(text.lstrip("'"))  # "'Digital divide' narrowing": the capital after the mark
    return text[: opening + 1].upper() + text[opening + 1 :]


@functools.lru_cache(maxsize=4096)
def reads_as_clause(text: str) -> bool:
    """Whether ``text``, parsed again, is a clause: its root a verb with its subject.

    The headline is parsed with its verbs as the article has them ("Uber has
    poached ..."): the small model reads headline grammar ("Uber poaches
    ...") as a noun phrase too often for that to be a test.
    """
    from ...nlp.parse import load_model

    root = load_model()(text, disable=["ner"])[:].root  # the parse alone: no entities are read
    if root.pos_ not in VERBS:
        return False
    return any(c.dep_ in SUBJECT_DEPS for c in root.children) or any(
        c.dep_ in ("ccomp", "parataxis") and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in root.children)


def according_to(root: Token) -> Token | None:
    """The "according" of the verb's "according to X", if it has one with its X: the attribution of the news."""
    return next((child for child in root.children if child.dep_ == "prep" and child.lower_ == "according" and any(
        to.lower_ == "to" and any(g.dep_ == "pobj" for g in to.children) for to in child.children)), None)


def _headline_words(
    span: Span, clause: set[int], root: Token, speech: Token | None, bounds: tuple[int, int] | None,
    *, plain: bool = False, colon: bool = False,
) -> list[tuple[str, str]]:
    """The headline's words; ``plain``: with the verbs as the article has them, for the parser to check; ``colon``:
    the speaker before the news ("Mercer: novel may not be suitable ..."), a person by surname, when "..., X says"
    makes no headline."""
    words = headline_words_of(span, clause, root, bounds, plain=plain)
    if speech is None:
        return words
    speaker = _speaker(speech)
    plural = speaker.tag_ in ("NNS", "NNPS")
    if speech.lower_ == "according":
        said = [(present("say", plural=plural), "VERB")]
    else:
        said = source_group(speech) if plain else [(present(speech.lemma_, plural=plural), "VERB")]
    person = colon and not plain and speaker.ent_type_ == "PERSON"
    who = headline_words_of(span, {speaker.i} if person else speaker_core(speaker), None, bounds)
    if not words or not who:
        return []
    if colon and not plain:
        return [*who[:-1], (who[-1][0] + ":", who[-1][1]), *words]
    hearer = hearer_of(speech)  # "..., associate tells US court": whom the verb of telling needs
    heard = headline_words_of(span, noun_core(hearer), None, bounds) if hearer is not None else []
    return [*words[:-1], (words[-1][0] + ",", words[-1][1]), *who, *said, *heard]


def _problems(span: Span, clause: set[int], root: Token, speech: Token | None) -> list[str]:
    """What the line checker finds wrong with the headline's words taken as a cut of the sentence."""
    kept = set(clause) | {root.i} | {c.i for c in root.children if c.dep_ in ("aux", "auxpass", "neg")}
    kept |= {t.i for t in root.subtree if t.dep_ == "det" and t.head.i in kept}
    kept |= {i for noun in root.subtree if named_after(noun, kept) for i in range(noun.left_edge.i, noun.i + 1)}
    if speech is not None and speech.lower_ == "according":
        kept |= {t.i for t in speech.subtree}
    elif speech is not None:
        kept |= {speech.i} | {t.i for t in _speaker(speech).subtree}
        kept |= {t.i for t in hearer.subtree} if (hearer := hearer_of(speech)) is not None else set()
    found = [problem for problem in cut_problems(span, kept) if problem not in _HEADLINE_CUTS]
    if speech is None and root.head.i == span.root.i != root.i and (disclosed(span.root) or between_dashes(span.root)):
        found = [problem for problem in found if problem != "drops the attribution of what it keeps"]
    conditions = [token for token in span if token.i not in kept and token.head.i in kept and (
        CONDITIONS & {t.lower_ for t in token.subtree})]
    if "drops a condition or concession" in found and all(
            hypothetical_condition(token) or asks_whether(token) for token in conditions):
        found.remove("drops a condition or concession")  # "would not rule out X if ...", "wait to see if ..."
    misplaced = {t.i for token in span if token.i not in kept and misplaced_object(token) for t in token.subtree}
    if COMPLEMENT_DROPPED in found and misplaced and COMPLEMENT_DROPPED not in cut_problems(span, kept | misplaced):
        found.remove(COMPLEMENT_DROPPED)  # "urges Villa to man up" without the "QPR" a misparse hung on "urged"
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


