"""What the tests of the open-questions stage share: the questions a small text's briefing asks."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Briefing, Document
from generator.pipeline import brief, stages_for

Parse = Callable[..., Document]


def asked(parse_text: Parse, text: str) -> list[str]:
    """The questions the questions stage alone asks of ``text``, parsed by the ``parse_text`` fixture."""
    briefing: Briefing = brief(parse_text(text), stages_for("questions"))
    return [question.question for question in briefing.open_questions]
