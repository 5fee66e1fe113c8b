"""What a line would show wrong however it is cut from its sentence: the article's own slips, and a pointer to a
picture the reader of a briefing does not see.

A line keeps its sentence's words, so a slip of the article's typing or editing shows in it as it stands:

* a word next to a misspelt copy of itself ("law profesor professor") or next to itself ("and and");
* "the" before a country that takes none, as an owner ("the Germany's cup");
* a noun phrase run into the one before it, its preposition lost ("an inquiry the Ohio state auditor into
  whether ...": an inquiry by);
* a passive with its "be" lost ("is reported to set by a kite": to have been set);
* two sentences run together at a closing quotation mark ("... 'on writing briefs' Following a number of ...");
* a picture pointed at ("The plot above", "the graph below"), a caption's words ("the boy, pictured, ...", "is
  shown, left, ...", "started in August 2013, left; as of April 2015, right, ...") or the web page's ("Scroll
  down for video", "at the top of this article", a player's notice
  "Media playback is not supported on this device", see generator.language.furniture);
* a cut that splits a phrase, its degree word dropped ("But so far, any policy ..." shown "Far, any policy ...");
* a cut that ends on a word leading into what it cut ("... when today's pupils are voters, and.");
* a quotation in single marks opened and not closed ("A spokesman said: 'It is clear that ..."), the first
  sentence of a longer quotation, or closed after a comma or stop and not opened ("... in the pool,' Dunmore
  explained."), its last (double marks are counted by :func:`generator.language.standalone.unbalanced`).

Each is a reason to leave the line out (a summary point, a background line or a timeline event); the stages then
choose another sentence.  Only the tokens the line keeps are read.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from .lexicon import COUNTRY_FORMS, PICTURE_PLACES, shows_notice

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Span, Token

# Countries that take "the" ("the Gambia's", "the Congo's"), besides plural names ("the Netherlands'"), and one that
# names a cup ("the America's Cup").
_WITH_THE = frozenset({"gambia", "congo", "sudan", "ukraine", "lebanon", "yemen", "vatican", "crimea", "america"})
_CLOSING = frozenset({"'", "’", '"', "”"})
_POINTING = frozenset({"above", "below"})
_TWICE = frozenset({"had", "that", "is", "do", "bye", "no", "very", "so", "knock", "ha", "la"})  # may stand twice
_PAGES = frozenset({"article", "page", "gallery", "slideshow"})
_MORE = frozenset({"more", "update", "latest"})  # "More on this story", "Updates on this story"
_PICTURES = frozenset(
    {"picture", "photo", "photograph", "image", "graph", "chart", "plot", "map", "graphic", "video", "table", "diagram",
     "illustration", "infographic", "footage", "clip", "screenshot", "shot", "gallery"}
)


def slips(source: Span, kept: Collection[int] | None = None) -> list[str]:
    """What the words of ``source`` a line keeps (``kept``: document indices of its words, the marks between them
    going with them; all of them when None) show wrong."""
    words = [t for t in source if not t.is_space]
    if kept is not None:  # the marks between the words kept, and those right before and after them, go with them
        shown = [at for at, t in enumerate(words) if t.i in kept]
        if not shown:
            return []
        first, last = shown[0], shown[-1]
        while first > 0 and words[first - 1].is_punct:
            first -= 1
        while last + 1 < len(words) and words[last + 1].is_punct:
            last += 1
        words = [t for t in words[first : last + 1] if t.i in kept or t.is_punct]
    found: list[str] = []
    if any(_stutter(first, second) for first, second in pairwise(words)):
        found.append("a word next to a misspelt copy of itself")
    if any(_doubled(first, second) for first, second in pairwise(words)):
        found.append("a word written twice")
    if any(_the_country(first, second) for first, second in pairwise(words)):
        found.append("'the' before a country's name")
    if any(_run_into(first, second) for first, second in pairwise(words)):
        found.append("a noun phrase run into the one before it")
    if any(_passive_without_be(token) for token in words):
        found.append("a passive without its 'be'")
    if any(_fused(first, second) for first, second in pairwise(words)):
        found.append("two sentences run together at a quotation mark")
    if any(_picture(token) or _caption_word(token) for token in words):
        found.append("points to a picture the reader does not see")
    if any(_page_furniture(first, second) for first, second in pairwise(words)) or shows_notice(_text(words)):
        found.append("points to the web page the article was on")
    end = next((t for t in reversed(words) if not t.is_punct), None)
    cut_after = end is not None and any(not t.is_punct and t.i > end.i for t in source)
    if kept is not None and end is not None and cut_after and _leads_on(end):
        found.append("ends on a word that leads into what was cut")
    if kept is not None and any(_split(t, kept) for t in source):
        found.append("splits a phrase it keeps")
    if _left_open(words):
        found.append("a quotation opened and not closed")
    if _closed_unopened(words):
        found.append("a quotation closed that it does not open")
    return found


def _text(words: list[Token]) -> str:
    return "".join(token.text_with_ws for token in words)


def stutters(span: Span) -> bool:
    """Whether a word stands next to a misspelt copy of itself ("law profesor professor"): a typing slip that a
    line copied from the sentence would show."""
    words = [token for token in span if not token.is_space]
    return any(_stutter(first, second) for first, second in pairwise(words))


def _stutter(first: Token, second: Token) -> bool:
    """"profesor professor": one letter more or less, the same opening letter; not two words that only look alike
    ("Hong Kong", "then they", "been keen"), a word and its plural, nor a name ("Sandy Sand")."""
    short, long = sorted((first.lower_, second.lower_), key=len)
    return (first.is_alpha and second.is_alpha and len(short) >= 5 and len(long) == len(short) + 1
            and short[0] == long[0] and long != short + "s" and not (first.is_title and second.is_title)
            and _one_edit(short, long))


def _doubled(first: Token, second: Token) -> bool:
    """ "and and", "hostility hostility": the same lower-case word twice with nothing between; not "had had", "that
    that", nor a name that repeats a word ("Mango Mango", "Bora Bora")."""
    return (first.is_alpha and first.text.islower() and first.text == second.text and first.lower_ not in _TWICE
            and bool(first.whitespace_))


def _one_edit(first: str, second: str) -> bool:
    """Whether one letter added, dropped or changed makes ``first`` into ``second``."""
    if len(first) > len(second):
        first, second = second, first
    if len(second) - len(first) > 1:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second, strict=True)) == 1
    return any(second[:cut] + second[cut + 1 :] == first for cut in range(len(second)))


def _the_country(first: Token, second: Token) -> bool:
    """"the Germany's": a one-word country that takes no "the", as an owner."""
    name = second.lower_
    return (first.lower_ == "the" and second.text[:1].isupper() and not second.text.isupper()
            and name in COUNTRY_FORMS and name not in _WITH_THE and not name.endswith("s")
            and any(c.tag_ == "POS" for c in second.children))


def _run_into(noun: Token, determiner: Token) -> bool:
    """"an inquiry the Ohio state auditor into ...": a determiner right after a common noun, its phrase hung on
    that noun with no verb or preposition between (not "gave the man the book", "the plan the council drew up", "his
    wife the actress", "a meeting the day before")."""
    if noun.pos_ != "NOUN" or determiner.dep_ != "det" or determiner.text not in ("the", "a", "an"):
        return False
    node = determiner.head
    if (node.dep_ in ("appos", "npadvmod", "nmod") and node.head.i == noun.i) or node.ent_type_ in ("DATE", "TIME"):
        return False
    while node.i != noun.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX", "ADP", "ADJ", "ADV") or node.dep_ in ("relcl", "acl", "appos"):
            return False
        node = node.head
    return node.i == noun.i


def _passive_without_be(verb: Token) -> bool:
    """"is reported to set by a kite": a bare infinitive with the agent of a passive, its "be" (or "been") lost."""
    if verb.tag_ != "VB" or not any(c.dep_ == "agent" for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ == "to" for c in auxiliaries) and not any(c.dep_ == "auxpass" for c in auxiliaries)


def _fused(mark: Token, word: Token) -> bool:
    """A quotation closed right after a word (not "...," said) then a capitalised word that is no name, with no stop
    between: "... 'Great article on writing briefs' Following a number of complaints, ..."; not a plural's
    apostrophe ("Hollis' Arrow"), which opens no quotation."""
    if mark.text not in _CLOSING or mark.i == mark.sent.start:
        return False
    before = mark.doc[mark.i - 1]
    if before.is_punct or before.whitespace_ or not mark.whitespace_:
        return False
    family = ("'", "’", "‘") if mark.text in ("'", "’") else ('"', "”", "“")
    opened = any(
        t.text in family and not t.whitespace_ and (t.i == mark.sent.start or t.doc[t.i - 1].whitespace_)
        for t in mark.doc[mark.sent.start : mark.i]
    )
    capital = word.is_alpha and word.text[:1].isupper() and not word.text.isupper() and len(word) > 1
    return opened and capital and word.pos_ not in ("PROPN", "PRON") and not word.ent_type_


def _picture(token: Token) -> bool:
    """"The plot above", "the graph below": a picture the article shows beside its words."""
    head = token.head
    return token.lower_ in _POINTING and token.dep_ in ("advmod", "amod") and head.lemma_.lower() in _PICTURES


def _caption_word(token: Token) -> bool:
    """A caption's words: "the boy, pictured, was found", "Marlow is shown, left, refusing ..." (or "shown left
    holding ..."); not the news that
    someone was pictured ("guards were pictured with ...")."""
    if token.lower_ == "pictured" and token.tag_ == "VBN":
        return token.i == token.sent.start or not any(c.dep_ == "auxpass" for c in token.children)  # "Pictured is"
    after = [t for t in token.doc[token.i + 1 : token.i + 3] if t.text != ","]  # "shown, left," or "shown left"
    if token.lemma_.lower() == "show" and token.tag_ == "VBN" and bool(after) and after[0].lower_ in PICTURE_PLACES:
        return True
    return _set_off_place(token)


def _set_off_place(token: Token) -> bool:
    """A place in the picture set off by commas, a caption's pointer: "started training in August 2013, left; as of
    April 2015, right, she has lost ..."."""
    if token.lower_ not in PICTURE_PLACES or token.lower_ == "pictured" or any(token.children) or token.i == 0:
        return False
    doc, end = token.doc, token.sent.end
    after = doc[token.i + 1].text if token.i + 1 < end else "."
    return doc[token.i - 1].text == "," and after in (",", ";", ".", ":")


def _page_furniture(first: Token, second: Token) -> bool:
    """ "Scroll down for video", "the photograph at the top of this article": the web page, not the news; so are
    "The video is at the top of this story" and "More on this story" (but not a speaker's "in this story")."""
    scroll = first.lemma_.lower() == "scroll" and second.lower_ in ("down", "up")
    held = second.head.head.lemma_.lower()  # "(the top) of", "(More) on"
    story = second.lower_ == "story" and second.dep_ == "pobj" and (
        (second.head.lower_ == "of" and held in PICTURE_PLACES) or (second.head.lower_ == "on" and held in _MORE))
    return scroll or (first.lower_ == "this" and (second.lower_ in _PAGES or story))


def _left_open(words: list[Token]) -> bool:
    """Whether a single mark opens a quotation (after a space, or first, and leaning on the word after it) and no
    single mark after it closes one (leaning on the word before it)."""
    for place, mark in enumerate(words):
        leaning = not mark.whitespace_ and (place == 0 or bool(words[place - 1].whitespace_))
        if mark.text in ("'", "‘") and leaning:
            rest = words[place + 1 :]
            if all(t.is_punct for t in rest):
                return False  # a stray mark that opens the next sentence's quotation ("... on Wednesday. '")
            return not any(t.text in ("'", "’") and not rest[at - 1].whitespace_ for at, t in enumerate(rest) if at)
    return False


def _leads_on(word: Token) -> bool:
    """Whether a word cannot end a clause: a conjunction, or a preposition or determiner with what it takes cut."""
    if word.dep_ in ("cc", "det", "mark") or word.pos_ in ("CCONJ", "SCONJ"):
        return True
    taking = any(c.dep_ == "pobj" for c in word.children)
    return word.pos_ == "ADP" and word.dep_ in ("prep", "agent", "dative") and taking


def _split(word: Token, kept: Collection[int]) -> bool:
    """Whether a word cut away is the degree word of an adverb or adjective the line keeps ("so far", "too late")."""
    head = word.head
    return word.i not in kept and word.dep_ == "advmod" and head.i in kept and head.pos_ in ("ADV", "ADJ")


def _closed_unopened(words: list[Token]) -> bool:
    """Whether a single mark closes a quotation right after a comma or a stop ("in the pool,' Dunmore said") with no
    mark before it in the line that opens one (a plural's apostrophe, "the Lions' man", closes nothing)."""
    for place, mark in enumerate(words):
        if mark.text in ("'", "’") and place and words[place - 1].text in (",", ".", "!", "?"):
            before = words[place - 1].whitespace_ == ""
            return before and not any(t.text in ("'", "‘") and not t.whitespace_ for t in words[: place - 1])
    return False
