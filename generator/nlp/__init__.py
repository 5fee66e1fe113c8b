"""The NLP layer: text preparation (line breaks, glued sentences), the spaCy model, and the parse of an article.

``parse`` turns an :class:`~generator.model.Article` into a :class:`~generator.model.Document`; the
stages read nothing else.
"""

from .parse import MAX_PIECE_CHARS, load_model, parse, parse_many, pieces

__all__ = ["MAX_PIECE_CHARS", "load_model", "parse", "parse_many", "pieces"]
