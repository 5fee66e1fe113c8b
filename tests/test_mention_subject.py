"""A mention is a subject when the name, or the first of the names listed or set in apposition with it, is one."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.actors.mentions import find_mentions

Parse = Callable[..., Document]


def _subjects(document: Document) -> dict[str, bool]:
    return {mention.text: mention.subject for mention in find_mentions(document)}


def test_every_name_of_a_list_that_is_the_subject_is_a_subject(parse_text: Parse) -> None:
    subjects = _subjects(parse_text("Tom Varley, Anna Kerr and Bob Ellison signed the letter on Monday."))
    assert subjects["Bob Ellison"] and subjects["Anna Kerr"] and subjects["Tom Varley"]


def test_a_name_listed_after_an_object_is_no_subject(parse_text: Parse) -> None:
    subjects = _subjects(parse_text("The council thanked Tom Varley and Anna Kerr for their work on Monday."))
    assert not subjects["Anna Kerr"] and not subjects["Tom Varley"]
