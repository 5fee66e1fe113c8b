"""Open questions: what the article leaves unresolved, as real questions."""

from __future__ import annotations

from dataclasses import replace

from ..model import Briefing, Document, Question

HEDGES = frozenset({"may", "might", "could", "unclear", "expect", "plan", "hope", "weigh", "consider"})
MAX_QUESTIONS = 8


def find_questions(document: Document, briefing: Briefing) -> Briefing:
    questions = []
    for index, span in enumerate(document.spans):
        if not any(token.lemma_.lower() in HEDGES for token in span):
            continue
        question = _as_question(span)
        if question:
            questions.append(Question(question, (index,)))
    return replace(briefing, open_questions=tuple(questions[:MAX_QUESTIONS]))


def _as_question(span) -> str | None:  # type: ignore[no-untyped-def]
    root = span.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or root.pos_ not in ("VERB", "AUX"):
        return None
    subject = subjects[0]
    subject_text = "".join(t.text_with_ws for t in subject.subtree).strip()
    if subject.lower_ in ("it", "this", "that", "there"):
        return None
    rest = [t for t in span if t.i > root.i and not (t.is_punct and t.i == span.end - 1)]
    tail = "".join(t.text_with_ws for t in rest).strip().rstrip(".,;:")
    verb = root.lemma_
    if tail:
        return f"Will {subject_text} {verb} {tail}?"
    return f"Will {subject_text} {verb}?"
