"""The lead's claim told with its speaker before a colon when "..., X says" is too long; what "but" sets against
the news never left out."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.headline.compress import headline

Parse = Callable[..., Document]


def test_a_claim_too_long_with_its_speaker_after_it_is_headed_by_the_speaker_and_a_colon(parse_text: Parse) -> None:
    sentence = "The final Harbour Lights novel may not be suitable for young readers, author Jane Mercer has said."
    made = headline(parse_text(sentence).spans[0], 12, aim=10, lead=True)
    assert made == "Mercer: final Harbour Lights novel may not be suitable for young readers"


def test_the_colon_form_is_for_the_lead_only(parse_text: Parse) -> None:
    sentence = "The final Harbour Lights novel may not be suitable for young readers, author Jane Mercer has said."
    assert headline(parse_text(sentence).spans[0], 12, aim=10) is None


def test_a_headline_never_leaves_out_what_but_sets_against_the_news(parse_text: Parse) -> None:
    sentence = ("Nurses are as likely as doctors to ask for a pay rise - but are less likely to get one, "
                "the research found.")
    made = headline(parse_text(sentence).spans[0], 12, aim=10, lead=True)
    assert made is None or "less likely" in made  # not "Nurses are as likely, research finds"
