"""The baselines a summary is measured against: Lead-3, LexRank, TextRank.

They work on the article's text as the seed's reading leaves it (the page's
furniture, "Share this with ...", "Media playback is not supported ...", off,
as for our summary; see :func:`generator.evaluate.summary.story`), split into
paragraphs at blank lines and into sentences by pysbd, so that they do not
share our parse.  sumy's
own English tokenizer needs NLTK data that cannot be downloaded here, so its
documents are built directly from these sentences and a regular-expression
word splitter (the same word pattern sumy keeps).
"""

from __future__ import annotations

import functools
import re
from typing import Any

BASELINE_SENTENCES = 3
TITLE_WORDS = 12
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")


@functools.lru_cache(maxsize=1)
def _segmenter() -> Any:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[str]:
    """The sentences of an article: blank-line paragraphs, then pysbd."""
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        if paragraph:
            sentences.extend(s.strip() for s in _segmenter().segment(paragraph) if s.strip())
    return sentences


def lead(text: str, count: int = BASELINE_SENTENCES) -> list[str]:
    """The article's first ``count`` sentences (Lead-3)."""
    return split_sentences(text)[:count]


def first_sentence_title(text: str, words: int = TITLE_WORDS) -> str:
    """The title baseline: the first sentence cut to ``words`` words."""
    sentences = split_sentences(text)
    return " ".join(sentences[0].split()[:words]) if sentences else ""


class _Tokenizer:
    """What sumy asks of a tokenizer, without NLTK data: pysbd and a regex."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in _segmenter().segment(paragraph) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def _sumy_document(sentences: list[str]) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = _Tokenizer()
    return ObjectDocumentModel([Paragraph([Sentence(text, tokenizer) for text in sentences])])


@functools.lru_cache(maxsize=2)
def _summarizer(name: str) -> Any:
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[name](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_summary(text: str, name: str, count: int = BASELINE_SENTENCES) -> list[str]:
    """sumy's LexRank or TextRank (``name``): ``count`` sentences in article order."""
    sentences = split_sentences(text)
    if not sentences:
        return []
    chosen = _summarizer(name)(_sumy_document(sentences), count)
    return [str(sentence) for sentence in chosen]
