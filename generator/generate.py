"""One seed in, one rendered briefing out: read, parse, brief, render.

This is what a worker process runs.  It returns plain, picklable data (the
page, the JSON record) or the one-line error; it writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from . import __version__
from .errors import BriefingError
from .model import Article, Generated, Result
from .nlp import load_model, parse_many
from .pipeline import brief
from .render import jsonform, markdown
from .seeds import read_seed, seed_from_bytes
from .stages import readability


def warm_up() -> None:
    """Load what briefing a seed needs (the model, textstat's dictionary) before the first seed comes."""
    load_model()
    readability.figures("A first sentence loads the pronouncing dictionary.")


def result_of(article: Article) -> Result:
    """Parse and brief one article (loads the model on first use)."""
    document = next(parse_many([article]))
    return Result(
        article=article, sentences=document.sentences, briefing=brief(document), generator_version=__version__
    )


def generate(path: Path, display: str, today: dt.date) -> Generated:
    """Everything for one seed file; any failure becomes its one-line ``error``, naming the seed."""
    return _generated(display, lambda: read_seed(path, display=display, today=today))


def generate_from_bytes(data: bytes, suffix: str, display: str, today: dt.date) -> Generated:
    """The same for a seed read by the build (a worker on a cluster need not see the seeds folder)."""
    return _generated(display, lambda: seed_from_bytes(data, suffix=suffix, display=display, today=today))


def _generated(display: str, read: Callable[[], Article]) -> Generated:
    try:
        article = read()
        result = result_of(article)
        page, record = markdown.render(result), jsonform.to_dict(result)
    except Exception as error:
        return _failure(display, error)
    return Generated(seed=display, page=page, record=record, warnings=article.warnings)


def _failure(display: str, error: Exception) -> Generated:
    if isinstance(error, BriefingError):
        return Generated(seed=display, error=_one_line(str(error)))
    return Generated(seed=display, error=_one_line(f"{display}: unexpected {type(error).__name__}: {error}"))


def _one_line(text: str) -> str:
    return " ".join(text.split())
