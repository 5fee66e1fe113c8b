"""Tense and modality of a sentence or a clause, read from the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dates import YEAR, Direction
from .lexicon import OPINION_VERBS, SPEECH_VERBS
from .tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FUTURE_MARKERS = frozenset({"will", "shall", "'ll"})
_UNTENSED = frozenset({"xcomp", "advcl", "conj", "pcomp", "ccomp"})  # how an untensed verb hangs on what tells its time
PLAN_LEMMAS = frozenset({"plan", "expect", "schedule", "intend", "aim", "set", "due", "prepare", "hope", "likely"})
# Verbs by which a picture or a record tells what it holds: what it shows on a date is done ("footage shows him ...").
_DEPICTING = frozenset("show depict picture capture reveal feature represent suggest indicate".split())
MAY_COME = frozenset({"may", "might", "could"})  # modals of what may yet come ("would" is as often a past's future)
# Nouns of what may come: a date they hold is ahead ("a chance of winning on Saturday").
PROSPECTS = frozenset({"chance", "prospect", "prospects", "likelihood", "possibility", "hope", "hopes", "odds"})
_AHEAD = frozenset({"for", "ahead", "before", "until", "till", "toward", "towards"})  # "in preparation for X"
_AUX = ("aux", "auxpass")


def forms(token: Token) -> set[str]:
    """The word's lemma and its plain stems: the small model's lemmas slip ("hopes" -> "hop")."""
    word = token.lower_
    stems = {word, token.lemma_.lower()}
    for ending in ("s", "es", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems.add(word[: -len(ending)])
    if word.endswith("ied"):
        stems.add(word[:-3] + "y")
    return stems


def verb_is_future(verb: Token) -> bool:
    """Whether ``verb`` speaks of what is to come: "will go", "is expected to go", "plans to go"."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_MARKERS for c in verb.children):
        return True
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i or finite_past(node):
            break  # a clause told in the past keeps its own time: "voters had until Tuesday - late ones will not count"
        node = node.head
        if forms(node) & PLAN_LEMMAS and node.tag_ != "VBD":
            return True
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_MARKERS for c in node.children):
            return True
    infinitive = any(c.dep_ in ("xcomp", "ccomp") and any(g.tag_ == "TO" for g in c.children) for c in verb.children)
    if forms(verb) & PLAN_LEMMAS and infinitive:
        return verb.tag_ in ("VBZ", "VBP", "VBG") or any(c.lemma_ == "be" and c.tag_ != "VBD" for c in verb.children)
    return False


def _modal(verb: Token) -> bool:
    """A verb with a modal of its own keeps its time: "warned that the changes would have to go ahead in April"."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def finite(span: Span) -> bool:
    """Whether a sentence has a verb with a tense or a modal ("Matches to be played on 8 January." has none); a main
    verb the tagger read as a participle counts when it has a subject and no auxiliary ("A dispute in 2019 ended
    ...": the small model's "ended" is often VBN)."""
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span):
        return True
    root = span.root
    children = list(root.children)
    return root.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in children) and not any(
        c.dep_ in ("aux", "auxpass") for c in children
    )


def finite_past(verb: Token) -> bool:
    """Whether a verb is told in the simple past, by itself or by its auxiliary ("had", "was closed")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBD" and not auxes) or any(a.tag_ == "VBD" for a in auxes)


def _participle(verb: Token, date: Token) -> bool:
    """A past participle with no auxiliary that tells a done thing: "the threats made on Monday", "the deal, struck
    last week"; not one that arranges ("the match planned for Saturday", "earmarked for 23 March")."""
    joined = verb.dep_ == "conj" and verb.head.tag_ == "VBN" and verb.head.dep_ == "acl"  # "based on ... and published"
    if verb.tag_ != "VBN" or not (verb.dep_ == "acl" or joined) or any(c.dep_ in _AUX for c in verb.children):
        return False
    before = date.head if date.dep_ == "pobj" else None
    return not forms(verb) & PLAN_LEMMAS and (before is None or before.lower_ not in ("for", "until", "till", "by"))


def _bare_past(verb: Token) -> bool:
    """A participle with a subject and no auxiliary is a simple past mis-tagged: "the fall in July turned ..."."""
    own = any(c.dep_ == "nsubj" for c in verb.children)
    return verb.tag_ == "VBN" and own and not any(c.dep_ in _AUX for c in verb.children)


def _arranged(verb: Token, date: Token) -> bool:
    """A present that speaks of what is to come: "is to present ... on Sunday", "are playing ... on Tuesday", "is being
    staged ... on Saturday", "is tipped to win on Sunday" (not "is said to ...": a view), "runs until 24 January"."""
    present, head = {"VBZ", "VBP"}, verb.head
    passive = head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in present for c in head.children)
    if verb.dep_ == "xcomp" and ((head.lemma_ == "be" and head.tag_ in present) or passive):
        view = passive and (verb.lemma_ == "have" or bool(forms(head) & OPINION_VERBS - PLAN_LEMMAS))
        return any(child.tag_ == "TO" for child in verb.children) and not view
    being = verb.tag_ == "VBG" or any(c.lower_ == "being" and c.dep_ == "auxpass" for c in verb.children)
    if being and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in present for c in verb.children):
        return True
    if _reported_progressive(verb):
        return True
    until = date.head if date.dep_ == "pobj" else None
    return verb.tag_ in present and until is not None and until.lower_ in ("until", "till")


def _reported_progressive(verb: Token) -> bool:
    """A past progressive someone's words report, what was then arranged: "said he was leaving on Friday" (not
    "said he was walking home when ..." nor "said it was raining as ...": a scene, set by another clause)."""
    if verb.tag_ != "VBG" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    past = any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)
    return past and not any(c.dep_ == "advcl" for c in verb.children)


def _takes_time(verb: Token) -> bool:
    """Whether a verb takes its time from the one it hangs on: an untensed verb ("returned in time to defend his
    title in August"), a bare participle that no noun takes as its own ("billed as the first concert broadcast
    on Tuesday"), or a clause standing for a noun ("what has been billed as ...")."""
    if verb.head.i == verb.i or _modal(verb):
        return False
    if (verb.tag_ in ("VB", "VBG") and verb.dep_ in _UNTENSED) or (verb.tag_ == "VBG" and verb.dep_ == "acl"):
        return True  # and a present participle on a noun: "shot at people walking past on Friday night"
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ == "VBN" and bare and verb.dep_ in ("pobj", "dobj", "attr"):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in verb.children)


def is_past_perfect(span: Span) -> bool:  # "had gone"
    return any(t.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_ == "aux" for c in t.children) for t in tokens(span))


def governing_verb(token: Token) -> tuple[Token | None, bool]:  # and whether a noun stood between: "his ... on Monday"
    node, through_noun = token, False
    for _ in range(8):
        if node.head.i == node.i:
            return (node if node.pos_ in ("VERB", "AUX") else None), through_noun
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node, through_noun
        if node.pos_ in ("NOUN", "PROPN") and node.dep_ != "npadvmod":
            through_noun = True
    return None, through_noun


def direction_of(token: Token) -> Direction:
    """Whether a date word in this place points to the past, the future or either."""
    if token.dep_ == "pobj" and token.head.lower_ == "since":
        return "past"  # "since September": where a stretch that reaches the present began
    way = _direction_of(token)
    if way == "past" and token.dep_ == "pobj" and token.head.lower_ in ("until", "till"):
        return "nearest"  # "has been remanded on bail until May 12": a stretch's end, as likely still to come
    return way


def _direction_of(token: Token) -> Direction:
    verb, through_noun = governing_verb(token)
    if verb is None:
        return "nearest"
    if _participle(verb, token) or _bare_past(verb):
        return "past"
    # An untensed verb ("returned in time to defend his title in August", "footage emerged showing him aiming a
    # headbutt on Wednesday") takes its clause's time.
    if _prospect_between(token, verb):
        return "future"
    while _takes_time(verb):
        if verb_is_future(verb) or _arranged(verb, token):
            return "future"
        above = governing_verb(verb)[0]
        if above is None:
            break
        if _prospect_between(verb, above):
            return "future"  # "had a very good chance of doing well on Saturday"
        verb = above
    if verb_is_future(verb) or _arranged(verb, token) or _may_come(verb):
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        existential = any(c.dep_ == "expl" for c in verb.children)  # "there is the prospect of ... on Saturday"
        linked = through_noun and verb.lemma_ == "be" and not existential and not _looks_ahead(token, verb)
        if forms(verb) & _DEPICTING or linked:
            return "past"  # "footage shows him fall on Friday", "the arrest is in connection with a theft on 26 July"
        return "future"  # a present with a date is what is set to happen: "face away games on 8/9 January"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "had" for a in auxes):
        return "nearest"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if any(a.lemma_ == "have" for a in auxes) and not through_noun:
        return "past"
    return "nearest"


def _may_come(verb: Token) -> bool:
    """A verb that says what may come: "there might well be a sweep of awards on Saturday", the reporter's "X should be
    fit on Wednesday" (not "could have won on Saturday": a past that did not come; nor someone's "should" reported)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    should = verb.dep_ == "ROOT" and any(a.lower_ == "should" for a in auxes)
    return (should or any(a.lower_ in MAY_COME for a in auxes)) and not any(a.lemma_ == "have" for a in auxes)


def _prospect_between(word: Token, verb: Token) -> bool:
    """Whether a noun of what may come stands between a word and the verb above it: "a good chance of doing well on
    Saturday", "the prospect of a win on Sunday"."""
    node = word
    while node.i != verb.i and node.head.i != node.i:
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in PROSPECTS:
            return True
    return False


def _looks_ahead(date: Token, verb: Token) -> bool:
    """Whether a word between a date and its verb looks forward: "is in preparation for the summit on Monday"."""
    node = date
    while node.i != verb.i and node.head.i != node.i:
        node = node.head
        if node.lower_ in _AHEAD:
            return True
    return False


def names_stretch(entity: Span) -> bool:
    """Whether a date names a stretch rather than when something happened: "between 2011 and 2051", "the years
    1800-2000", "from 1800" (the start of a stretch the sentence describes, unless what starts is to come), the time
    up to a date ("before 1995"), the present age ("Today, most homes have a phone")."""
    if len(YEAR.findall(entity.text)) > 1 or _nowadays(entity):
        return True
    doc = entity.doc
    before = [t.lower_ for t in doc[max(entity.start - 4, entity.sent.start) : entity.start]]
    if before[-1:] == ["between"] or entity[0].lower_ == "between" or (before[-1:] == ["from"] and _bounded(entity)):
        return True
    if before[-1:] == ["before"] or entity[0].lower_ == "before":
        return True  # "there were online shops before 1995": the time up to a date, not an event on it
    wider = [t.lower_ for t in doc[max(entity.start - 8, entity.sent.start) : entity.start]]
    if before[-1:] in (["and"], ["to"]) and ("between" in wider or "from" in before):
        return True  # "between now and 2051", "between the middle of 2014 and March 2015", "from March to 2026"
    if [t.lower_ for t in doc[entity.end : entity.end + 2]] == ["and", "beyond"]:
        return True  # "growth to 2008 and beyond"
    return _stretch_end(entity.root)


def _bounded(entity: Span) -> bool:
    """Whether "from" a date opens a stretch ("the years from 1800", "from 1800 to 2000"): not when it says when
    something to come begins ("expects the merger to boost earnings from 2007")."""
    after = entity.doc[entity.end : min(entity.end + 3, entity.sent.end)]
    if any(t.lower_ in ("to", "until", "till", "through", "-", "–") for t in after):
        return True
    return direction_of(entity.root) != "future"


def _nowadays(entity: Span) -> bool:
    """Whether "Today," set apart at the head of a sentence whose verb is in the simple present means these days,
    not the day of the news: "Today, most homes have a phone" (not "Today, the minister says ...": a verb of saying
    tells what was said on the day)."""
    first, doc = entity[0], entity.doc
    if entity.text.lower() != "today" or first.i != entity.sent.start or first.i + 1 >= len(doc):
        return False
    verb = governing_verb(first)[0]
    set_apart = doc[first.i + 1].text == ","
    return set_apart and verb is not None and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in SPEECH_VERBS


def _stretch_end(date: Token) -> bool:
    """Whether a date is one end of a change told from one point to another: "drop from 87.2 per cent in 2011 to
    75.7 per cent in 2015", "rise from 10 in 2011 to 12"."""
    node = date
    for _ in range(5):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return False
        before = node.doc[node.i - 1] if node.dep_ == "prep" and node.i > 0 else None
        node = node.head
        ends = {c.lower_: c for c in node.children if c.dep_ == "prep" and c.lower_ in ("from", "to")}
        if len(ends) == 2:
            return before is not None and any(before.i in {t.i for t in end.subtree} for end in ends.values())
    return False


def present_of(past: Token, plural: bool) -> str | None:
    """The present of a past-tense verb: "were" "are", "failed" "fails"; None for an irregular verb."""
    lower, lemma = past.lower_, past.lemma_.lower()
    irregular = {"was": "is", "were": "are", "had": "have" if plural else "has", "did": "do" if plural else "does"}
    if lower in irregular:
        return "are" if lower == "was" and plural else irregular[lower]
    if not lower.endswith("ed") or not lower.startswith(lemma[: max(len(lemma) - 1, 1)]):
        return None
    if plural:
        return lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"
