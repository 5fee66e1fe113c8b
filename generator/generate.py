"""Seeds in, rendered briefings out: read, parse, brief, render.

This is what a worker process runs, a few seeds at a time.  It returns
plain, picklable data (the page, the JSON record) or the one-line error;
it writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import BriefingError
from .model import Article, Document, Generated, Result
from .nlp import load_model, parse_many
from .pipeline import brief
from .render import jsonform, markdown
from .seeds import read_seed
from .stages import readability


def warm_up() -> None:
    """Load what briefing a seed needs (the model, textstat's dictionary) before the first seed comes."""
    load_model()
    readability.figures("A first sentence loads the pronouncing dictionary.")


def result_of(article: Article) -> Result:
    """Parse and brief one article (loads the model on first use)."""
    document = next(parse_many([article]))
    return Result(article, document.sentences, brief(document), __version__)


def generate(path: Path, display: str, today: dt.date) -> Generated:
    """Everything for one seed file; errors become an ``error`` line."""
    return generate_batch([(path, display)], today)[0]


def generate_batch(seeds: Sequence[tuple[Path, str]], today: dt.date) -> list[Generated]:
    """Everything for several seed files (path, display name), in order.

    Their articles go through spaCy in one batch (see :func:`parse_many`),
    each is then briefed and rendered on its own.  A seed that fails costs
    only itself: if something breaks the batch's parse, each article is
    parsed alone again, so that only the one that breaks it fails.
    """
    read = [(display, _read(path, display, today)) for path, display in seeds]
    articles = [item for _, item in read if isinstance(item, Article)]
    try:
        documents = iter(list(parse_many(articles, together=len(articles))))
    except Exception as error:
        if len(articles) > 1:
            return [generate(path, display, today) for path, display in seeds]
        return [item if isinstance(item, Generated) else _failure(display, error) for display, item in read]
    return [item if isinstance(item, Generated) else _render(display, item, next(documents)) for display, item in read]


def _read(path: Path, display: str, today: dt.date) -> Article | Generated:
    try:
        return read_seed(path, display=display, today=today)
    except Exception as error:
        return _failure(display, error)


def _render(display: str, article: Article, document: Document) -> Generated:
    try:
        result = Result(article, document.sentences, brief(document), __version__)
        page, record = markdown.render(result), jsonform.to_dict(result)
    except Exception as error:
        return _failure(display, error)
    return Generated(seed=display, page=page, record=record, warnings=article.warnings)


def _failure(display: str, error: Exception) -> Generated:
    """The one-line error of a seed; an unexpected failure still names the seed."""
    if isinstance(error, BriefingError):
        return Generated(seed=display, error=_one_line(str(error)))
    return Generated(seed=display, error=_one_line(f"{display}: unexpected {type(error).__name__}: {error}"))


def _one_line(text: str) -> str:
    return " ".join(text.split())
