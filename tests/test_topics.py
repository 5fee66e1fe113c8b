"""Topics of a briefing: named actors and recurring subjects, never a lone common noun."""

from __future__ import annotations

from generator.model import Briefing
from generator.stages.topics import find_topics


def topics_of(parse_text, text: str) -> tuple[str, ...]:
    return find_topics(parse_text(text), Briefing()).topics


def test_a_recurring_compound_subject_is_a_topic_and_its_lone_head_noun_is_not(parse_text):
    text = ("The tuition fees rose again this year. Students said tuition fees were too high. "
            "A woman said the fees hurt her family. Another woman agreed. The woman left.")
    found = topics_of(parse_text, text)
    assert "tuition fee" in found
    assert not {"woman", "fee", "family"} & set(found)


def test_a_noun_said_twice_without_a_modifier_is_no_topic(parse_text):
    assert topics_of(parse_text, "A man bought a phone. The phone was new. He liked the phone.") == ()
