"""Pieces of a sentence a timeline line must keep whole, or not be made from.

Someone's words are theirs only between their quotation marks: a line that
keeps the words and drops the marks gives them as the reporter's.  And a
sentence the parser cut short at an initial ("... Ronnie Vasquez and J.P.")
or one that runs two together without a stop ("... 'Great article on
writing briefs' Following a number of complaints, ...") is no event, nor is the last sentence of a
paragraph that ends with no stop: a photograph's caption ("Halvorsen pictured on the touchline ..."), often
several run together, or a paragraph cut off ("... move to the Western League under Peter"); though a
caption may be one clean sentence, a summary's point ("Tarnwick veteran Colin Pryde made his 400th appearance"):
a finite verb, not in the present (what the photograph shows), with its subject named, and no sentence, label,
"(left)", "pictured" or "this man" glued to it.  A verb
in the present or the future joined to a clause dated earlier is not part of
what the date tells ("X has been manager since 2010 and replaces Y").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .aligned import kept_tokens
from .dates import names_point
from .givennames import is_given_name
from .grammar import SUBJECT_DEPS
from .lexicon import PICTURE_PLACES, PICTURE_VERBS, TIME_NOUNS
from .tokens import join

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..model import Document

QUOTED_WORDS = 5  # words between quotation marks that make someone's words, not a name or a label
_OPENING_MARK = re.compile(r"[\"“]|(?:^|\s)[‘']")  # a mark that opens a quotation, not an apostrophe ("It's")
_INITIAL_END = re.compile(r"\b[A-Z]\.$")
_DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART"})  # a sentence cut off after "as", "the", "and"
_PAIRS = (("‘", "’"), ("“", "”"), ("(", ")"))
_FAR = 8  # words between a caption's subject and its verb that tell of a caption glued before it
_RELATIVE = frozenset({"WDT", "WP", "WP$", "WRB"})
_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD"})
_STOPS = (".", "!", "?", "'", "’", "”", '"', ")", "…")
_MARKS = frozenset({"'", "’", "”", '"'})
# "... the knee. '.", "... significantly. '": a sentence that ends on a lone mark, the next quotation's opening
_STRAY_END = re.compile(r"([.!?])\s+['’‘]\.?$")
_LONE_END = re.compile(r"(\w)\s+['’‘](?=[.!?]?$)")  # "... on Sunday '.": a mark after a space closes nothing


def run_on(span: Span) -> bool:
    """Whether a sentence stops at an initial ("... Ronnie Vasquez and J.P.") or runs two together without a stop
    ("... 'Great article on writing briefs' Following a number of complaints, ...", "... QC's nephew Police were
    forced ...")."""
    if _INITIAL_END.search(span.text.rstrip()):
        return True
    words = list(span)
    if any(t.dep_ in ("aux", "auxpass") and t.tag_ in _TENSED and t.i > t.head.i and t.head.tag_ in _TENSED
           for t in words):
        return True  # "... found delays led to the closure of one school Rosa Kettering is the first ...": an
        # auxiliary after a verb with a tense of its own is the next sentence's, its stop lost
    for before, token, after in zip(words, words[1:], words[2:], strict=False):
        capital = token.text[:1].isupper() and token.text[1:2].islower() and token.pos_ not in ("PROPN", "NUM", "X")
        closing = before.text in _MARKS and before.i > 0 and not before.doc[before.i - 1].whitespace_
        joined = (before.is_lower and before.pos_ in ("NOUN", "VERB")) or closing
        goes_on = after.is_lower and after.pos_ in ("VERB", "AUX", "DET", "ADP", "ADV", "PRON")
        if capital and joined and goes_on and not token.ent_type_ and not before.ent_type_:
            return True
    return False


def relative_subject(verb: Token) -> bool:
    """Whether a verb's subject is a relative's, "whom" or "which" ("in relation to two babies - one of whom died in
    2004"): its clause tells of what another names, and cannot stand alone."""
    relative = ("WP", "WDT")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    of = [c for s in subjects for c in s.children if c.lower_ == "of"]
    whose = [s for s in subjects if s.lower_ != "what"] + [g for c in of for g in c.children]  # "what" is a noun's
    return any(t.tag_ in relative for t in whose)


def unstopped(document: Document, index: int) -> bool:
    """Whether sentence ``index`` ends its paragraph with no stop: a caption, or a paragraph cut off; a lone quote
    mark after a space stops nothing ("Hamilton is congratulated on Sunday '")."""
    sentences = document.sentences
    last = index + 1 == len(sentences) or sentences[index + 1].paragraph != sentences[index].paragraph
    text = _LONE_END.sub(r"\1", sentences[index].text.rstrip())  # "... on Sunday '": the mark opens the next
    return last and not text.endswith(_STOPS)


def drops_opening_mark(line: str, source: Span, kept: set[int]) -> bool:
    """Whether a line keeps words on both sides of an opening mark of its sentence but not the mark ("knighted for
    services to banking' in 2004": the closing mark left alone)."""
    first, last = min(kept, default=0), max(kept, default=0)
    marks = sum(1 for token in source if token.text in ("‘", "“") and first < token.i < last)
    return line.count("‘") + line.count("“") < marks


def clean_caption(span: Span) -> bool:
    """Whether a caption is one clean sentence, a point as good as any: a finite main verb whose subject is named,
    no second sentence glued to it ("... in Spain Delmonte is put through ...", "... near his pub Mr Treloar claimed
    ..."), no label before a colon ("Skilful: ..."), no "(left)" and no "pictured" ("Halvorsen pictured on the
    touchline ..."), nothing only the photograph shows (a verb in the present, "Ostberg looks on dejected", or
    "this man")."""
    words = [token for token in span if not token.is_space]
    roots = [token for token in words if token.dep_ == "ROOT"]
    if len(roots) != 1 or run_on(span) or any(token.text in (":", ";") for token in words):
        return False
    root = roots[0]
    subjects = [child for child in root.children if child.dep_ in SUBJECT_DEPS]
    if root.pos_ not in ("VERB", "AUX") or not (finite_verb(root) and subjects) or subjects[0].pos_ == "PRON":
        return False
    unclosed = any(sum(t.text == a for t in words) > sum(t.text == b for t in words) for a, b in _PAIRS)
    if unclosed or any(_points_in_picture(token) for token in words) or _heading(words):
        return False  # "(left)", "pictured"; a quotation opened and not closed; a heading in capitals
    if (root.tag_ in ("VBZ", "VBP") and root.lemma_ != "be") or any(_points_at_picture(token) for token in words):
        return False  # what a photograph shows ("Ostberg looks on dejected"), "this man", "(green bib)"
    if abs(subjects[0].i - root.i) > _FAR:
        return False  # "Tom Harwood and wife Lily at Kelso ahead of the Border Cup Harwood celebrates ..."
    last, before_last = words[-1], words[-2]
    cut = before_last.pos_ in ("NOUN", "VERB") or is_given_name(last.text)
    if last.pos_ in _DANGLING or (last.is_title and before_last.is_lower and cut):
        return False  # cut off ("... he described as", "... under John"), or the next caption's first word ("...
        # shelter Veterinarian")
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and finite_verb(t)]
    return not any(_glued(verb) for verb in verbs)


def _glued(verb: Token) -> bool:
    """Whether a finite verb heads a second sentence run into the first rather than a clause joined to it by "and" or
    "but", a relative word or a conjunction such as "as": its named subject right after a word with nothing between
    ("... injury in Spain Delmonte is put ...", "... since 2010 President Obama is trying ..."), or a verb the parser
    could join only as a "conj" with no "and", or with no link at all."""
    children = list(verb.children)
    subjects = [child for child in children if child.dep_ in SUBJECT_DEPS]
    if subjects:
        first = subjects[0].left_edge
        before = first.doc[first.i - 1] if first.i > 0 else None
        linked = before is None or before.is_punct or before.pos_ in ("CCONJ", "SCONJ") or before.tag_ in _RELATIVE
        if first.is_title and not linked and before is not None and before.i != verb.head.i:
            return True
    if verb.dep_ == "ROOT":
        return False
    if verb.dep_ == "conj":
        return not any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
    if verb.dep_ == "relcl":
        return not any(t.tag_ in _RELATIVE for t in verb.subtree if t.i < verb.i)
    if verb.dep_ in ("advcl", "ccomp"):
        return not subjects and not any(c.dep_ == "mark" for c in children)
    return verb.dep_ in ("dep", "parataxis", "appos", "npadvmod")


def in_picture(span: Span) -> bool:
    """Whether a sentence says where someone is in a photograph, or that someone is pictured ("Tom Reed, 51, pictured
    in a 2010 photograph, ...", "Smith (left) and ..."): read with no stop at its end, a photograph's caption."""
    return any(_points_in_picture(token) or token.lower_ == "pictured" for token in span)


def shows_in_picture(sentence: Span) -> bool:
    """Whether a sentence tells, in the simple present, what a photograph shows someone do: a caption, whatever stop
    scraping left it ("Tom Varga salutes the crowd after taking pole.", "Visitors don hard hats as a guide
    leads them into the mine."). News is told in the past; a caption in the present. A verb that is no
    pose or gesture is left alone ("Victory leaves Dunmore two points adrift"), and "work" only with what someone works
    to do ("A recovery driver works to clear the road"; not "The scheme works by ...")."""
    root = sentence.root
    if root.tag_ not in ("VBZ", "VBP") or root.lemma_.lower() not in PICTURE_VERBS:
        return False
    children = list(root.children)
    if any(child.dep_ in ("aux", "auxpass") for child in children):
        return False  # "is preparing", "will sit": not the present a caption is told in
    return root.lemma_.lower() != "work" or any(child.dep_ in ("xcomp", "advcl") and child.tag_ == "VB" for child in
                                                children)  # "works to clear": an infinitive, what someone works at


def _points_in_picture(token: Token) -> bool:
    """Whether a word says where someone is in a photograph ("Smith (left) and ...") or says it is a photograph's
    caption ("Halvorsen pictured on the touchline"); "Jan, pictured with friends, loves ..." is a sentence's aside."""
    before = token.doc[token.i - 1].text if token.i > 0 else ""
    if token.lower_ == "pictured":
        return before != ","
    return token.lower_ in PICTURE_PLACES and before == "("


def _points_at_picture(token: Token) -> bool:
    """Whether a word points at a photograph: a bracket ("Okoro (green bib) prepares"), or "this" or "these" but for
    a time ("this man with a crate of ducks", "cafés such as this one"; not "this month")."""
    if token.text == "(":
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in ("this", "these") and (after is None or after.lemma_.lower() not in TIME_NOUNS)


def _heading(words: list[Token]) -> bool:
    """Whether a line is a heading: in capitals, or most of its words capitalised ("Nell Meets a Giant")."""
    alpha = [token for token in words if token.is_alpha]
    return sum(1 for token in alpha if token.text[:1].isupper()) > len(alpha) / 2


def finite_verb(verb: Token) -> bool:
    """Whether a verb has a tense, by itself or by an auxiliary ("is put", "has been recovering")."""
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in auxes)


def quotations(sentence: Span) -> list[list[Token]]:
    """The runs of words a sentence gives between quotation marks, one left open running to its end.  A single mark
    opens a quotation when it follows a space and precedes a word ("read: 'As you may be aware, ...") and is an
    apostrophe otherwise."""
    runs: list[list[Token]] = []
    double = single = 0
    for token in sentence:
        if token.text in ("“", "``") or (token.text == '"' and not double):
            double += 1
            runs.append([])
        elif token.text in ("”", "''", '"'):
            double = max(0, double - 1)
        elif token.text in ("'", "‘", "’"):
            opens = not token.whitespace_ and (token.i == 0 or bool(token.doc[token.i - 1].whitespace_))
            single = single + 1 if opens else max(0, single - 1)
            if opens:
                runs.append([])
        elif double + single > 0 and runs:
            runs[-1].append(token)
    return runs


def unmarked_quotation(text: str, sentence: Span) -> bool:
    """Whether a line gives someone's words without the marks that say they are theirs ("Mr Howard said: It's not
    racist ..." from 'Mr Howard said: "It's not racist ..."')."""
    if _OPENING_MARK.search(text):
        return False
    kept = kept_tokens(text, sentence) or set()
    return any(sum(t.is_alpha and t.i in kept for t in run) >= QUOTED_WORDS for run in quotations(sentence))


def without_stray_mark(text: str) -> str:
    """A line without the lone quotation mark its sentence ends on ("... to rest the knee. '." ->
    "... to rest the knee."; "... on Sunday '." -> "... on Sunday.")."""
    return _LONE_END.sub(r"\1", _STRAY_END.sub(r"\1", text))


def without_later(text: str, verb: Token, date: Token) -> str:
    """The clause without a verb joined to it that tells the present or the future when the date dates an earlier
    time ("X has been manager since 2010 and replaces Y": what is dated 2010 is not the replacing)."""
    if not (verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)):
        return text
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > date.i):
        auxes = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
        present = conj.tag_ in ("VBZ", "VBP") and not auxes
        if not (present or any(a.tag_ == "MD" for a in auxes)) or any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            continue
        return _without_tail(text, verb, conj)
    return text


def without_other_date(text: str, verb: Token, dated: set[int]) -> str:
    """The clause without a verb joined to it, after the date, that has a date of its own ("X toured South Africa in
    1997 but was forced home with an injury from the trip three years ago": 1997 is not the forcing home's)."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > max(dated)):
        inside = range(conj.left_edge.i, conj.right_edge.i + 1)
        dates = [e for e in conj.doc.ents if e.label_ == "DATE" and e.start in inside and e.start not in dated]
        if any(names_point(e.text) for e in dates):  # not a stretch: "asked for a delay of six months"
            return _without_tail(text, verb, conj)
    return text


def _without_tail(text: str, verb: Token, conj: Token) -> str:
    start = min((c.i for c in verb.children if c.dep_ == "cc" and c.i < conj.i), default=conj.i)
    tail = " ".join(join(t for t in conj.doc[start : conj.right_edge.i + 1]).split()).rstrip(" .")
    body = text.rstrip(" .")
    if tail and body.endswith(tail) and len(body) > len(tail):
        return body[: -len(tail)].rstrip(" ,;") + "."
    return text
