"""A quotation that goes on from the one before it, shown joined to it.

A quotation that goes on from the one before it ("But I'd back us ..."), the same speaker's words broken only by
the attribution ("“They're awesome,” said Lee. “But I'd back us ...”"), is shown joined to it: alone, the first says
less than the speaker did, and the second answers what the reader was not shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_GOES_ON = frozenset({"but", "yet", "and", "so"})  # a first word that goes on from what the speaker said before
_ENDS = (".", "!", "?")


def goes_on(parsed: Doc) -> bool:
    """Whether a quotation opens with a word that goes on from what was said before it ("But ...", "And ...")."""
    first = next((token for token in parsed if not token.is_punct and not token.is_space), None)
    return first is not None and first.lower_ in _GOES_ON


def joined(first: str, second: str) -> str:
    """Two quotations of one speaker as one line: the first closed by a full stop where the attribution broke it."""
    first = first.rstrip().rstrip(",;:-–—").rstrip()
    return f"{first}{'' if first.endswith(_ENDS) else '.'} {second.lstrip()}"
