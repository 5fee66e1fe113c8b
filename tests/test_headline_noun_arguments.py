"""Headlines that keep with a noun what it bears on ("embargo on X", "plans to end X"), and an attributed headline
that ends on its verb's particle ("Talks break down, union says"); no title of a later sentence's "the" and bare noun
with its verb alone ("Figure goes up")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Briefing, Document
from generator.stages.headline import write_headline
from generator.stages.headline.compress import headline

Parse = Callable[..., Document]


def _headline(parse_text: Parse, text: str) -> str | None:
    return headline(parse_text(text).spans[0], 12, aim=10)


def test_headline_keeps_the_noun_of_a_ban_with_what_it_bans(parse_text: Parse) -> None:
    title = _headline(parse_text, "The Kenton council has defended plans to lift its ban on street parties in the "
                                  "old town, despite complaints from residents.")
    assert title == "Kenton council defends plans to lift ban on street parties"


def test_headline_never_keeps_a_plan_without_what_it_plans(parse_text: Parse) -> None:
    title = _headline(parse_text, "Acme chief executive Mary Holt has defended plans to close its two oldest "
                                  "factories in the north of the county, despite fierce opposition from unions.")
    assert title is not None and title.endswith("plans to close two oldest factories")


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("Talks between the Kenton bus drivers and the county council broke down on Monday, the union said.",
         "break down, union says"),
        ("The chief executive of Acme will step down in May after ten years, the company said.",
         "step down, company says"),
    ],
)
def test_headline_attributed_may_end_on_its_verbs_particle(parse_text: Parse, sentence: str, end: str) -> None:
    title = _headline(parse_text, sentence)
    assert title is not None and title.endswith(end)


def test_title_is_not_a_later_sentence_s_bare_noun_and_verb(parse_text: Parse) -> None:
    document = parse_text("If you live in Kenton you are twice as likely as anyone else to own a bicycle, a survey "
                          "by Acme found.\n"
                          "The figure went up from 16 to 31 per cent among people living near the river, the survey "
                          "of 4,000 people said.\n"
                          "Acme's head of research said cycling in Kenton had doubled since the new bridge opened.")
    assert not write_headline(document, Briefing()).title.startswith("Figure goes up")
