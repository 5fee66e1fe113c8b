"""Whether a sentence tells someone's statement or reaction made as the news came, rather than context.

"Labour claims the policy is a desperate attempt to catch up", "Age Concern
argued social care was under-funded", "The chief executive disagreed with the
promoter", "The minister ruled out free care", "A defiant leader pledged to
go on": what someone says of the news, or how they meet it, is the news of
the day.  Such a statement is background only when what it tells is itself
earlier (a past perfect, a date before the week, "already", "recently"), a
standing fact in the present ("The university says federal law requires
..."), or when the statement was made before the week ("In an earlier
statement, the FBI said ..."): :mod:`.cues` reads those; this module tells
whether the sentence's main clause is a statement or a reaction at all.
A past perfect that a source reports of others as the news came ("Police
said the crowd had broken through the fence", "The union confirmed a
deal had been agreed") is the news told in reported speech, not an
earlier time; someone's account of their own past ("The singer said she
had thought of quitting"), a stretch ("had quarrelled for decades") and a
claim argued ("The lawyers insisted he had lied") still tell one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...language.lexicon import NEWS_REPORTING, OPINION_VERBS, SPEECH_VERBS, STANCE_ADVERBS
from ...language.pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS, SPEAKER_PRONOUNS
from ...language.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A speaker's own judgement on a clause's verb, "X arguably gives ...", or a degree that makes an adjective a verdict,
# "was just too broad", "is really important": someone's view, not a fact ("undoubtedly" only stresses a claim).
JUDGING_ADVERBS = STANCE_ADVERBS | frozenset({"arguably", "obviously", "sadly", "unfortunately", "fortunately"})
JUDGING_DEGREES = frozenset({"too", "really", "incredibly", "extremely", "truly", "utterly", "terribly", "awfully"})

STATEMENT = 2.0  # what a statement or a reaction made as the news came takes off a sentence's score
# How someone meets the news: "welcomed the plan", "disagreed with", "pledged to" (not the lexicon's REACTING, whose
# "fight", "back", "drop" or "block" as often tell what someone did).
_MEETING = frozenset(
    """welcome oppose reject criticise criticize condemn attack approve endorse disagree pledge vow promise dismiss
    praise hail rule blame comment""".split()
)
_REPORTED = frozenset({"ccomp", "parataxis"})
# What someone gives, sends or voices as they meet the news: "tweeted their support", "gave his backing", "raised
# concerns", "urged caution", "paid tribute".
_MEETING_NOUNS = frozenset(
    "support backing sympathy condolence congratulation praise welcome concern caution objection doubt tribute".split()
)
# A feeling someone voices as they meet the news, "expressed outrage", "voiced his anger" (one they cause, "caused
# outrage when she said ...", is what they did).
_FEELINGS = frozenset("outrage anger regret dismay disappointment frustration".split())
_VOICING = frozenset({"express", "voice", "vent"})
# How soon someone met the news: "was quick to give his backing", "were swift to condemn".
_SOON = frozenset({"quick", "swift", "fast"})
_OWN = PERSON_PRONOUNS | SPEAKER_PRONOUNS | GROUP_PRONOUNS  # who tells of their own past: "said he had waited"


def is_statement(verb: Token) -> bool:
    """Whether a main verb tells a statement (a speech or opinion verb with what it reports: "claims the policy is
    ...") or a reaction ("disagreed with X", "ruled out free care", "pledged to continue", "was quick to ...",
    "tweeted their support", "raised concerns", "declined to comment", "lined up to criticise"); a speech verb with no
    clause ("Sundance continues to grow", "Kirwan has recalled the centre") tells no statement."""
    lemma = verb.lemma_.lower()
    if lemma == "be":  # "was quick to give his backing", "were swift to condemn": how soon the news was met
        adjectives = [c for c in verb.children if c.dep_ == "acomp"]
        soon = [c for c in adjectives if c.lower_ in _SOON]
        return any(g.dep_ == "xcomp" and (c in soon or _meets(g)) for c in adjectives for g in c.children)  # or
        # how it was met, "was keen to pay tribute"
    if _gives_meeting(verb) or any(_meets(c) and _to_infinitive(c) for c in verb.children):
        return True  # "lined up to criticise", "declined to comment": how someone met the news
    if lemma == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)  # "ruled out", not "ruled the club"
    if lemma in _MEETING:
        return True
    return lemma in SPEECH_VERBS | OPINION_VERBS and any(c.dep_ in _REPORTED for c in verb.children)


def _meets(verb: Token) -> bool:
    """Whether a verb tells how someone meets the news: "condemn", "comment", "pay tribute", "raise concerns"."""
    return verb.lemma_.lower() in _MEETING or _gives_meeting(verb)


def _to_infinitive(verb: Token) -> bool:
    """A verb in the infinitive that a verb above it takes: "declined to comment", "lined up to criticise"."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _gives_meeting(verb: Token) -> bool:
    """Whether a verb's object is how someone meets the news: "tweeted their support", "offered his condolences",
    "expressed outrage"."""
    voicing = verb.lemma_.lower() in _VOICING
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _MEETING_NOUNS or (voicing and c.lemma_.lower() in _FEELINGS))
        for c in verb.children
    )


def told_before(span: Span) -> bool:
    """Whether a sentence tells an earlier time by a past perfect of its own: not one that a source's report in the
    simple past, the sentence's main verb, gives of others ("An official said that a lorry had been stopped")."""
    perfect = [
        t for t in tokens(span) if t.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_ == "aux" for c in t.children)
    ]
    return any(not _reported(verb, span.root) for verb in perfect)


def _reported(verb: Token, root: Token) -> bool:
    """Whether a past-perfect verb lies in what a main verb of news reporting in the simple past says, and its
    subject is not a pronoun of the speaker's own story ("said she had thought of quitting")."""
    if root.tag_ != "VBD" or root.lemma_.lower() not in NEWS_REPORTING:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _OWN for c in verb.children):
        return False
    if any(c.lower_ == "since" or (c.lower_ == "for" and _lasting(c)) for c in verb.children):
        return False  # "said the two countries had fought over the border for decades": a stretch before the news
    node = verb
    while node.head.i != node.i and node.head.i != root.i:
        node = node.head
    return node.head.i == root.i and node.dep_ == "ccomp"


def _lasting(preposition: Token) -> bool:
    """Whether "for" measures a stretch of time: "for decades", "for three years"."""
    return any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in preposition.children)


def speaks_for_itself(span: Span) -> bool:
    """Whether a sentence opens with an adverb of its speaker's own stance set off by a comma ("Frankly, the essence
    of volunteering is that it is voluntary."): an opinion, whoever's it is, not a fact a reader can take as given."""
    words = [token for token in span if not token.is_space]
    return len(words) > 1 and words[0].lower_ in STANCE_ADVERBS and words[1].text == ","


def judges(span: Span) -> bool:
    """Whether a sentence's main clause judges rather than tells, and says whose judgement it is nowhere: an adverb of
    its speaker's stance on the verb ("Sadly, the club has ..."), a degree that makes an adjective
    a verdict ("The plan was simply too vague", "is really important"), or "needs to" ("The model needs to change"):
    an opinion shown as the reporter's fact."""
    verbs = [span.root, *(c for c in span.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    for verb in verbs:
        if any(c.dep_ == "advmod" and c.lower_ in JUDGING_ADVERBS for c in verb.children):
            return True
        if verb.lemma_.lower() == "need" and verb.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in verb.children):
            return True
        complements = [c for c in verb.children if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ"]
        complements = [a for a in complements if not any(d.dep_ == "xcomp" for d in a.children)]  # "too modest to"
        if any(d.dep_ == "advmod" and d.lower_ in JUDGING_DEGREES for a in complements for d in a.children):
            return True
    return False
