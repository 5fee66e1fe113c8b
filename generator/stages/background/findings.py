"""Whether a sentence tells a figure a study found, in an article whose news is that study.

An article whose lead, or one of the sentences right after it, reports a study
("..., according to a study released on Wednesday", "The survey found ...")
gives the study's findings as its news: a later sentence that states a share
or a rate ("35% of drivers pay less than ...", "13 per cent more likely to
delay ...") is one more finding, not what a reader needs to follow them, unless
an earlier time is told with it (for the caller to judge).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...language.lexicon import SURVEYS
from .news import reports_finding

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OPENING = 3  # the lead and the sentences right after it, where an article names the study it reports


def reports_a_study(spans: Sequence[Span]) -> bool:
    """Whether the article's opening sentences report a study: "according to" one, or what one found."""
    return any(_according_to_study(span) or reports_finding(span) for span in spans[:OPENING])


def tells_a_share(span: Span) -> bool:
    """Whether a sentence states a share of the study's: a percentage ("35%", "13 per cent", "five percent") it does
    not give on another's word ("According to statistics 50% ...", "According to Halden Research 40% ...")."""
    shares = any(token.ent_type_ == "PERCENT" or token.lower_ in ("%", "percent") or _per_cent(token) for token in span)
    return shares and not any(_according_to(token) and not _a_study(token) for token in span)


def _per_cent(token: Token) -> bool:
    return token.lower_ == "cent" and token.i > 0 and token.doc[token.i - 1].lower_ == "per"


def _according_to_study(span: Span) -> bool:
    """"..., according to research by YouGov", "according to a study released on Wednesday"."""
    return any(_according_to(token) and _a_study(token) for token in span)


def _a_study(token: Token) -> bool:
    """A study named by its noun alone ("research", "a survey"), not a source's name ("Halden Research") nor the
    press ("according to newspaper reports")."""
    return token.lemma_.lower() in SURVEYS and token.pos_ != "PROPN" and not token.ent_type_


def _according_to(token: Token) -> bool:
    """Whether a word is what "according to" names."""
    to = token.head
    return token.dep_ == "pobj" and to.lower_ == "to" and to.i > 0 and token.doc[to.i - 1].lower_ == "according"
