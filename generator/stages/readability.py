"""Readability figures (textstat) of the article and of the briefing."""

from __future__ import annotations

from dataclasses import replace

import textstat

from ..model import Briefing, Document, Readability, TextFigures

# Adults read news prose at about 238 words a minute (Brysbaert 2019, silent
# reading of non-fiction); textstat's default of 14.69 ms a character is
# about twice that.
WORDS_PER_MINUTE = 238


def figures(text: str) -> TextFigures:
    words = textstat.lexicon_count(text, removepunct=True)
    if words == 0:
        return TextFigures(words=0, sentences=0, flesch_reading_ease=0.0, grade_level=0.0, reading_time_minutes=0.0)
    return TextFigures(
        words=words,
        sentences=textstat.sentence_count(text),
        flesch_reading_ease=round(float(textstat.flesch_reading_ease(text)), 1),
        grade_level=round(float(textstat.flesch_kincaid_grade(text)), 1),
        reading_time_minutes=round(words / WORDS_PER_MINUTE, 1),
    )


def briefing_text(briefing: Briefing) -> str:
    """The prose a reader of the briefing reads: bottom line, summary, questions, background."""
    parts = [briefing.title]
    if briefing.bottom_line is not None:
        parts.append(briefing.bottom_line.text)
    parts.extend(point.text for point in briefing.summary)
    parts.extend(question.question for question in briefing.open_questions)
    parts.extend(item.text for item in briefing.background)
    return "\n".join(part for part in parts if part)


def measure(document: Document, briefing: Briefing) -> Briefing:
    article_text = "\n".join(sentence.text for sentence in document.sentences)
    return replace(
        briefing,
        readability=Readability(
            article=figures(article_text),
            briefing=figures(briefing_text(briefing)),
            words_per_minute=WORDS_PER_MINUTE,
        ),
    )
