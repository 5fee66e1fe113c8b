"""An unresolved matter (see :mod:`.matters`): the clause a question should ask about, how to ask it and how explicit
the uncertainty is, with what a matter of a kind needs to be asked (the inquiry, the event, the opponent, the prize).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...language.grammar import Mode


@dataclass(frozen=True)
class Matter:
    """An unresolved matter: the clause to ask about, the way to ask, how explicit."""

    sentence: int
    verb: Token
    mode: Mode
    strength: float
    subject: Token | None = None
    inquiry: str | None = None  # "investigation into" for a pending inquiry
    event: str | None = None  # the verb that makes a planned event happen ("make" a trip)
    unknown: bool = False  # "its motives remain unclear": asked as "What are its motives?"
    either: bool = False  # "a meeting with either Fu or Robertson": asked "Will Selby face Marco Fu or Neil Robertson?"
    reduced: bool = False  # "If convicted, the minister could face ...": asked "Will the minister be convicted?"
    decision: bool = False  # "MPs will vote on the bill": asked as "How will MPs vote on the bill?"
    opponent: Token | None = None  # "Scotland face Italy on Saturday": asked as "Will Scotland beat Italy?"
    prize: Token | None = None  # "as he seeks a first Six Nations victory": asked as "Will he win a first …?"; with no
    # subject, a prize to be handed out ("The awards will be presented on Friday": "Who will win the awards?")
