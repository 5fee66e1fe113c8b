"""The one line checker: whether a line may be shown to a reader.

A briefing's lines are made from the article's sentences.  A statement (the bottom line, a summary point, what an
actor said or did, a background line, a timeline event) may be shown when it is

* a verbatim sentence of the article, or
* that sentence with whole constituents (complete subtrees of its parse) removed: at its edges, or inside it only
  where punctuation sets them off (an aside between commas, dashes or brackets).  Its words are never
  reordered; what is removed never holds a negation, a modal, a condition or
  concession ("if", "unless", "although"), nor governs what is kept: "X said
  that ..." never loses "X said", nor a line its "according to X".  A time
  clause in the past ("after the government ignored an order last week") may lose the modal of the clause above
  it: what it tells happened either way.  What is kept is one constituent with a finite verb and its subject.

Either way the line stands alone: it does not open with a pronoun that stands for someone named in another
sentence, its quotes and brackets are balanced, and it shows none of the article's slips nor points to a picture
(:mod:`generator.language.slips`).  One difference from its sentence is allowed, by :func:`resolved_problems`: an
opening "He" or "She" shown as the name the article says it stands for (:mod:`generator.language.antecedents`).

Questions are checked by :func:`question_problems` (see :mod:`generator.language.asking`): built from templates
whose slots are whole constituents of the source sentences, and parsed again.

Each check returns what is wrong (empty when the line may be shown), so that the pipeline's last step
(:mod:`generator.stages.vetting`) can replace a failing line by its verbatim sentence, or leave it out, and say why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .aligned import WORD, align, kept_tokens, words_of
from .lexicon import OPINION_VERBS
from .pieces import drops_opening_mark
from .readable import reader_problems
from .slips import slips
from .standalone import opens_with_pronoun, unbalanced
from .tokens import opens_sentence, remembered, tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Markers of a condition or a concession: a clause they open may not be cut from a line.
CONDITIONS = frozenset({"if", "unless", "although", "though", "whereas", "provided", "providing", "lest"})
# Marks of a time clause that tells a fact whatever the clause above it says ("... after the government ignored ...").
TOLD_TIMES = frozenset({"after", "since", "when", "once"})
# Words opening an exception, or a sentence's set counted in: cut, the line says more ("Apart from this", "Of the ten").
EXCEPTIONS = frozenset({"apart", "except", "besides", "aside", "excluding", "barring"})
SETS = frozenset({"of", "outside", "among", "amongst"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "neither", "without", "nobody", "nothing", "none"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# What a verb or preposition needs after it: cut, the line asks "what?" ("The council approved.").
_COMPLEMENTS = frozenset({"ccomp", "dobj", "xcomp", "attr", "acomp", "oprd", "dative", "pobj", "pcomp"})
_ASIDE_MARKS = frozenset({",", "-", "–", "—", "(", ")", ";", ":"})
_ABBREVIATIONS = r"(?<!\bvs)(?<!\betc)(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bJr)(?<!\bSr)(?<!\bapprox)"  # "vs. Arsenal"
_TWO_SENTENCES = re.compile(r"(?:(?<=[a-z]{2})|(?<=\d))" + _ABBREVIATIONS + r"[.!?] (?=[A-Z][a-z]|\d+[A-Z])")
_ENDS = (".", "!", "?", '"', "”", "’", "'", ")")


def statement_problems(line: str, source: Span, *, named: frozenset[int] = frozenset()) -> list[str]:
    """What keeps ``line`` from being shown as a line made from the sentence ``source``; empty when nothing.

    ``named``: pronouns of the sentence (token indices) that the line shows as the names they stand for (see
    :func:`resolved_problems`).  The answer is kept with the sentence's parse: several stages ask it of a line."""
    return list(remembered(source, (line, named), lambda: tuple(_statement_problems(line, source, named))))


def _statement_problems(line: str, source: Span, named: frozenset[int]) -> list[str]:
    text = line.strip()
    if not text:
        return ["empty"]
    found: list[str] = []
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'(£$€"):
        found.append("does not start with a capital")
    if not text.endswith(_ENDS) or text[-2:] in (" '", ' "', " ‘", " “"):  # "... shrink significantly. '"
        found.append("does not end a sentence")
    if unbalanced(text):
        found.append("unbalanced quotes or brackets")
    if _TWO_SENTENCES.search(text[:-1]):
        found.append("two sentences in one line")  # "... by the operator, 3. 3G technology lets people ..."
    kept = kept_tokens(text, source)
    if kept is None:
        return [*found, "words that are not the source sentence's, or reordered"]
    found.extend(["drops a quotation's opening mark"] if drops_opening_mark(text, source, kept) else [])
    words = [token for token in tokens(source) if _is_word(token)]
    first = next((token for token in words if token.i in kept), None)
    if first is not None and first.i not in named and opens_with_pronoun(first, source.root):
        found.append("opens with a pronoun for someone named elsewhere")
    found.extend([*reader_problems(source, kept, named=named), *slips(source, kept)])
    if all(token.i in kept for token in words):
        if not _verb_with_subject(source.root):  # the tagger's tense is not trusted here: "A dispute ended ..." (VBN)
            found.append("no verb with its subject")
        return list(dict.fromkeys(found))  # the sentence itself
    found.extend(cut_problems(source, kept))
    if _stray_comma(text, words, kept):
        found.append("a comma left between a subject and its verb")
    return list(dict.fromkeys(found))


def resolved_problems(line: str, source: Span, pronoun: Token, name: str) -> list[str]:
    """What keeps ``line`` from being shown as the sentence ``source`` (or a line made from it) with its opening
    pronoun replaced by ``name``, the person the article says it stands for
    (:func:`generator.language.antecedents.opening_referent`): the line opens with that name, where the sentence
    has the pronoun, and differs from it in nothing else a statement may not."""
    text = line.strip()
    if not text.startswith(f"{name} ") or pronoun.i != source.start:
        return ["does not open with the name its pronoun stands for"]
    restored = pronoun.text + text[len(name) :]
    kept = kept_tokens(restored, source)
    if kept is None or pronoun.i not in kept:
        return ["words that are not the source sentence's, or reordered"]
    return statement_problems(restored, source, named=frozenset({pronoun.i}))


def cut_problems(source: Span, kept: set[int]) -> list[str]:
    """What is wrong with keeping only the tokens ``kept`` of ``source`` (document indices)."""
    found: list[str] = []
    words = [token for token in tokens(source) if _is_word(token)]
    tops = [token for token in words if token.i in kept and (token.head.i not in kept or token.head.i == token.i)]
    if len(tops) != 1:
        return ["not one constituent of the sentence"]
    top = tops[0]
    removed = [token for token in words if token.i not in kept]
    if _cut_inside(source, kept):
        found.append("words cut from inside the line")
    for token in removed:
        problem = _lost(token, kept)
        if problem:
            found.append(problem)
            break
    governing = [token for token in top.ancestors]
    told = _told_time(top)
    for token in governing:
        problem = _governs(token, modal=not told)
        if problem:
            found.append(problem)
            break
    if not _finite_with_subject(top, kept):
        found.append("no finite verb with its subject")
    return list(dict.fromkeys(found))


def _is_word(token: Token) -> bool:
    return not (token.is_punct or token.is_space) or token.text in ("$", "£", "€", "%")


def _cut_inside(source: Span, kept: set[int]) -> bool:
    """Whether a run of removed words inside the line is not set off by punctuation."""
    first, last = min(kept), max(kept)
    doc = source.doc
    index = first
    while index <= last:
        if index in kept or not _is_word(doc[index]):
            index += 1
            continue
        start = index
        while index <= last and index not in kept:
            index += 1
        before, after = doc[start - 1], doc[index] if index < len(doc) else None
        set_off = before.text in _ASIDE_MARKS or (after is not None and after.text in _ASIDE_MARKS)
        set_off = set_off or any(doc[i].text in _ASIDE_MARKS for i in (start, index - 1))
        if not set_off:
            return True
    return False


def _stray_comma(line: str, words: Sequence[Token], kept: set[int]) -> bool:
    """Whether a cut leaves one comma between the main verb and its subject ("The EPA head, said ..."; not an aside)."""
    shown = [token for token in words if token.i in kept]
    top = next((t for t in shown if t.head.i not in kept or t.head.i == t.i), None)
    if top is None or top.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in top.children if c.dep_ in _SUBJECTS and c.i in kept), None)
    if subject is None:
        return False
    places: dict[int, tuple[int, int]] = {}  # where each kept token stands in the line
    matches = iter(WORD.finditer(line))
    for token in shown:
        for _ in WORD.findall(token.text):
            found = next(matches, None)
            if found is None:
                return False
            places.setdefault(token.i, (found.start(), found.end()))
    first = min((t.i for t in subject.subtree if t.i in places), default=None)
    if first is None or top.i not in places:
        return False
    return line[places[first][0] : places[top.i][0]].count(",") % 2 == 1


def _lost(token: Token, kept: set[int]) -> str | None:
    """What a removed token takes from the line when its head is kept."""
    lower = token.lower_
    if token.head.i not in kept:
        return None
    if token.dep_ == "neg" or lower in NEGATIONS:
        return "drops a negation"
    if token.tag_ == "MD":
        return "drops a modal"
    if any(child.lower_ in CONDITIONS and child.dep_ in ("mark", "advmod") for child in token.subtree):
        return "drops a condition or concession"
    if lower == "according" or any(t.lower_ == "according" for t in token.subtree):
        return "drops an attribution"
    if lower in EXCEPTIONS or token.left_edge.lower_ in EXCEPTIONS or (lower in SETS and opens_sentence(token)):
        return "drops an exception to what it keeps, or the set it counts from"
    # "The plan will fail, the minister said": a verb of saying hung on the kept clause attributes it; one in a
    # clause of its own ("..., saying ...", "which asks for ...") goes with its clause and attributes nothing kept.
    if token.lemma_.lower() in OPINION_VERBS and token.pos_ == "VERB" and token.dep_ in ("parataxis", "ccomp"):
        return "drops an attribution"
    if token.dep_ in _COMPLEMENTS:  # "Speaking on Tuesday, the president said.": said what?
        return "drops the complement of a word it keeps"
    return None


def _told_time(top: Token) -> bool:
    """Whether the kept clause is a time clause in the past ("after the government ignored an order last week"): what
    it tells happened, and a modal of the clause above it ("will attempt ... after ...") is not the kept clause's."""
    past = top.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in top.children)
    return top.dep_ == "advcl" and past and any(c.dep_ == "mark" and c.lower_ in TOLD_TIMES for c in top.children)


def _governs(token: Token, *, modal: bool = True) -> str | None:
    """What a removed word above the kept clause says of it (``modal``: whether a modal above it counts)."""
    if token.lemma_.lower() in OPINION_VERBS and token.pos_ in ("VERB", "AUX"):
        return "drops the attribution of what it keeps"
    children = list(token.children)
    if any(child.dep_ == "neg" or child.lower_ in NEGATIONS for child in children):
        return "drops a negation of what it keeps"
    if modal and any(child.tag_ == "MD" for child in children):
        return "drops a modal of what it keeps"
    if any(child.lower_ in CONDITIONS for child in children) or token.lower_ in CONDITIONS:
        return "drops a condition of what it keeps"
    if token.lower_ in ("according", "whether"):
        return "drops an attribution"
    return None


def _verb_with_subject(root: Token) -> bool:
    """Whether a whole sentence is a clause: its main verb, or one joined to it, has a subject."""
    verbs = [root, *(child for child in root.children if child.dep_ == "conj")]
    return any(
        verb.pos_ in ("VERB", "AUX") and any(child.dep_ in _SUBJECTS for child in verb.children) for verb in verbs
    )


def _finite_with_subject(top: Token, kept: set[int]) -> bool:
    """Whether the kept constituent is a clause: a finite verb (or a finite auxiliary) and a subject."""
    verbs = [top, *(child for child in top.children if child.dep_ == "conj" and child.i in kept)]
    for verb in verbs:
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i in kept]
        finite = verb.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS for a in auxiliaries)
        subject = any(c.dep_ in _SUBJECTS and c.i in kept for c in verb.children)
        if finite and subject:
            return True
    return False


def action_problems(text: str, source: Span) -> list[str]:
    """What keeps an actor's line (what they said, in quotation marks, or did) from being shown.

    A table cell shows it without a full stop; a long one is cut at a word and
    ends with an ellipsis, which shows the cut.  What they said is a run of
    the source's words, none left out; what they did is a constituent of the
    sentence with a finite verb and its subject, as a statement's.
    """
    clipped = text.endswith("…")
    body = text.removesuffix("…").strip()
    if body[:1] in ("“", '"'):
        inner = body.strip("“”\"")
        chosen = align(words_of(inner), words_of(source.text)) if words_of(inner) else None
        if chosen is None or chosen[-1] - chosen[0] != len(chosen) - 1:
            return ["a quotation that is not the source's words as they stand"]
        return []
    kept = kept_tokens(body, source)
    if kept is None:
        return ["words that are not the source sentence's, or reordered"]
    words = [token for token in tokens(source) if _is_word(token)]
    if clipped:  # what the ellipsis hides runs on as the source has it, to the sentence's end
        kept |= {t.i for t in words if t.i > max(kept)}
    first = next((token for token in words if token.i in kept), None)
    pronoun = first is not None and opens_with_pronoun(first, source.root)
    found = ["opens with a pronoun for someone named elsewhere"] if pronoun else []
    if all(token.i in kept for token in words):
        return found
    return [*found, *cut_problems(source, kept)]


def line_problems(line: str, sources: Sequence[Span]) -> list[str]:
    """A statement made from the first of its source sentences (the one it follows word by word)."""
    if not sources:
        return ["no source sentence"]
    best: list[str] | None = None
    for source in sources:
        found = statement_problems(line, source)
        if not found:
            return []
        if best is None or len(found) < len(best):
            best = found
    return best or []
