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
  Those cuts are :mod:`generator.language.cutting`'s (:func:`cut_problems`, re-exported here with its word sets).

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
from .cutting import CONDITIONS as CONDITIONS
from .cutting import EXCEPTIONS as EXCEPTIONS
from .cutting import FINITE_TAGS as FINITE_TAGS
from .cutting import NEGATIONS as NEGATIONS
from .cutting import SETS as SETS
from .cutting import SUBJECTS, is_word
from .cutting import TOLD_TIMES as TOLD_TIMES
from .cutting import cut_problems as cut_problems
from .pieces import drops_opening_mark
from .readable import reader_problems
from .slips import slips
from .standalone import opens_with_pronoun, unbalanced
from .tokens import remembered, tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_ABBREVIATIONS = r"(?<!\bvs)(?<!\betc)(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bJr)(?<!\bSr)(?<!\bapprox)"  # "vs. Arsenal"
_TWO_SENTENCES = re.compile(r"(?:(?<=[a-z]{2})|(?<=\d))" + _ABBREVIATIONS + r"[.!?] (?=[A-Z][a-z]|\d+[A-Z])")
_ENDS = (".", "!", "?", '"', "”", "’", "'", ")")
# A closing mark with a space before it: its opening one was cut ("... below investment grade '.").
_LONE_MARK = re.compile(r"\s['’”\"](?=[.,;:!?]*$)")


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
    if unbalanced(text) or text.count("(") != text.count(")") or _LONE_MARK.search(text):
        found.append("unbalanced quotes or brackets")  # "... outside the US ).", "... grade '.": a cut kept one
    if _TWO_SENTENCES.search(text[:-1]):
        found.append("two sentences in one line")  # "... by the operator, 3. 3G technology lets people ..."
    kept = kept_tokens(text, source)
    if kept is None:
        return [*found, "words that are not the source sentence's, or reordered"]
    found.extend(["drops a quotation's opening mark"] if drops_opening_mark(text, source, kept) else [])
    words = [token for token in tokens(source) if is_word(token)]
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


def _stray_comma(line: str, words: Sequence[Token], kept: set[int]) -> bool:
    """Whether a cut leaves one comma between the main verb and its subject ("The EPA head, said ..."; not an aside)."""
    shown = [token for token in words if token.i in kept]
    top = next((t for t in shown if t.head.i not in kept or t.head.i == t.i), None)
    if top is None or top.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in top.children if c.dep_ in SUBJECTS and c.i in kept), None)
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


def _verb_with_subject(root: Token) -> bool:
    """Whether a whole sentence is a clause: its main verb, or one joined to it, has a subject."""
    verbs = [root, *(child for child in root.children if child.dep_ == "conj")]
    return any(
        verb.pos_ in ("VERB", "AUX") and any(child.dep_ in SUBJECTS for child in verb.children) for verb in verbs
    )


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
    words = [token for token in tokens(source) if is_word(token)]
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
