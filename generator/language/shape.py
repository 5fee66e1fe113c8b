"""The shape of a question, read from its text alone: no parse, no sources.

:func:`problems` checks the shape, not the meaning: a question opens with a capital and an interrogative word (an
auxiliary or a wh-word), ends with one question mark, has balanced quotes and brackets, no stray quote mark or
colon, no word twice in a row and no trailing attribution ("…, officials said?").  The line checker
(:mod:`generator.language.asking`) starts from it; the evaluation uses it to count malformed questions, ours and the
baseline's.
"""

from __future__ import annotations

import re

AUXILIARY_OPENERS = frozenset(
    {
        "will", "would", "can", "could", "shall", "should", "may", "might", "must",
        "do", "does", "did", "is", "are", "was", "were", "has", "have", "had",
    }
)
WH_OPENERS = frozenset({"what", "who", "whom", "whose", "which", "when", "where", "why", "how"})
_ATTRIBUTION = re.compile(
    r"(?:,\s*(?:\S+\s+){0,6}(?:said|says|told|added|reported|wrote)\s*\?$)|\baccording to\b", re.IGNORECASE
)
NOT_INTERROGATIVE = "does not open with an auxiliary or a wh-word"
_DANGLING = frozenset(
    {"be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "can", "could",
     "the", "a", "an", "of", "to", "and", "or", "but", "that", "with", "for", "in", "on", "at", "by", "so"}
)
_RUN_ON = re.compile(r"[a-z0-9]\.[A-Z][a-z]")
# "…intervene for now but was following…": a second finite clause without its subject.
_SECOND_CLAUSE = re.compile(r"\b(?:but|and|or)\s+(?:is|are|was|were|has|have|had|does|did)\s+\w+ing\b")
_SPACING = re.compile(r"\s{2,}|\s[,.;:?]")
# A single quote mark that is neither an apostrophe inside a word ("it's") nor a possessive's ("Jones' car"): a mark
# the tokenizer left on a word ("an exceptional hardship' application"), or a caption's quotation ("smiling:'It").
_STRAY_MARK = re.compile(r"(?<![A-Za-z])['‘’]|(?<=[A-RT-Za-rt-z])['’](?![A-Za-z])|‘")
_COLON = re.compile(r"(?<!\d):|:(?!\d)")  # a label or a quotation's colon, not a time ("2:30")
_JOINED_TO_NOTHING = re.compile(r"\w+ \w+ (?:and|or) (?:is|are|was|were|do|does|did|will|would|can|has|have)\b")
_OPENER_THEN = re.compile(r"\w+ (?:not|to)\b", re.IGNORECASE)
_TWICE = re.compile(r"\b(?!(?:that|had)\b)(\w+) \1\b", re.IGNORECASE)  # "the the": a slip of the article's


def problems(question: str) -> list[str]:
    """What is wrong with ``question`` as a question; empty when it is well-formed."""
    found = []
    words = question.split()
    if len(words) < 3:
        found.append("fewer than three words")
    if not question[:1].isupper():
        found.append("does not start with a capital")
    if not question.endswith("?") or question.count("?") != 1:
        found.append("does not end with one question mark")
    opener = words[0].lower().strip("\"“‘'") if words else ""
    if opener not in AUXILIARY_OPENERS | WH_OPENERS:
        found.append(NOT_INTERROGATIVE)
    if question.count('"') % 2 or question.count("“") != question.count("”"):
        found.append("unbalanced quotes")
    if question.count("(") != question.count(")"):
        found.append("unbalanced brackets")
    if _ATTRIBUTION.search(question):
        found.append("keeps an attribution")
    if len(words) > 1 and words[-1].rstrip("?").lower() in _DANGLING:
        found.append("ends with an auxiliary or a function word")
    if _RUN_ON.search(question):
        found.append("two sentences run together")
    if _SECOND_CLAUSE.search(question):
        found.append("a second clause hangs on the question")
    if re.search(r"[.,;:]\?$", question):
        found.append("stray punctuation before the question mark")
    if _SPACING.search(question):
        found.append("bad spacing")
    if _STRAY_MARK.search(question) or _COLON.search(question):
        found.append("a stray quote mark or colon")
    if _TWICE.search(question):
        found.append("a word twice in a row")
    if _JOINED_TO_NOTHING.match(question):
        found.append("a wh-word's phrase joined to nothing")  # "How useful and is the indie philosophy?"
    if re.search(r"(?:^|\s)-\w", question):
        found.append("a word cut at a hyphen")  # "Will -outs treat the problem?"
    if _OPENER_THEN.match(question):
        found.append("'not' or an infinitive right after the opener")  # "Is not X enabled?", "Will to reach X be …?"
    return found


def is_well_formed(question: str) -> bool:
    return not problems(question)
