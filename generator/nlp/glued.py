"""Where scraping lost the space between two sentences, so the parse splits them.

Text copied from web pages often runs a sentence into the next with no
space: a full stop glued to a capital ("in 2009.He was", "at 11:00
BST.Ninety-six", "in 2013.\\"It is an honour"), or a button or caption
without a stop glued to the sentence after it ("Copy this linkBut the plan",
"on this deviceThe hosts"), or a news agency's dateline glued to the lead
("(CNN)A Delaware father").  spaCy's tokenizer splits only at spaces and
known punctuation, so "2009.He" is one token and the two sentences are
parsed as one: the parse is wrong and neither sentence can be a point.

The tokenizer is given boundaries there, and a first pipeline component
marks a sentence start after each, which the parser keeps; the text, and
with it every offset, stays as it is.  The cases where the glue is clear are
the one rule of :mod:`generator.language.glue`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import ModelError
from ..language.glue import GLUED, TAGS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

COMPONENT = "glued_sentence_starts"


def split_glued(model: Language) -> Language:
    """Make ``model``'s tokenizer split glued sentences (see the module's doc)."""
    from spacy.language import Language as Pipeline
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = model.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise ModelError(f"the spaCy model's tokenizer is a {type(tokenizer).__name__}, not spaCy's Tokenizer")
    infixes = list(model.Defaults.infixes or ())
    tokenizer.infix_finditer = compile_infix_regex([*infixes, *GLUED]).finditer
    if not Pipeline.has_factory(COMPONENT):
        Pipeline.component(COMPONENT, func=mark_glued_starts)
    if COMPONENT not in model.pipe_names:
        model.add_pipe(COMPONENT, first=True)
    return model


def _starts_sentence(before: Token, token: Token, after: Token | None) -> bool:
    """Whether ``token``, glued to ``before`` with no space, opens a new sentence."""
    if before.text in (".", "!", "?"):  # "2009.He", '2013."It'
        if token.text in ('"', "“"):
            return after is not None and after.text[:1].isupper()
        return token.text[:1].isupper() and before.i > 0 and not token.doc[before.i - 1].whitespace_
    if before.text.endswith(")") and before.i > 0 and token.doc[before.i - 1].text == "(":  # "(CNN)A Delaware ..."
        return token.text[:1].isupper()
    # "linkThe", "hereA": a lower-case word going on in a capitalised one, not a hashtag ("#blackLivesMatter")
    if before.i > 0 and token.doc[before.i - 1].text in TAGS and not token.doc[before.i - 1].whitespace_:
        return False
    return before.is_alpha and before.is_lower and len(before.text) >= 3 and token.text[:1].isupper()


def mark_glued_starts(doc: Doc) -> Doc:
    """Mark where a glued sentence starts, so that the parser keeps the two sentences apart."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if not before.whitespace_ and _starts_sentence(before, token, after):
            token.is_sent_start = True
    return doc
