"""Background and what the lead's own subject did, told in the simple past with no earlier time: the news's detail
("Reyes denied ..." after "Ted Reyes is uncertain ..."), unless the lead is due ("is to"), a statement or a court's
decision.  Invented sentences."""

from __future__ import annotations

from typing import Any

from generator.stages.background.news import the_lead_actor_again


def sentence(nlp: Any, text: str) -> Any:
    return next(iter(nlp(text).sents))


def test_what_the_leads_subject_did_in_the_simple_past_is_the_news_told_further(nlp: Any) -> None:
    lead = sentence(nlp, "Town striker Marco Vell is unsure whether he has a future at the club.")
    assert the_lead_actor_again(sentence(nlp, "Vell denied reports that he had asked to leave."), lead)


def test_someone_else_in_the_simple_past_is_not_the_leads_subject(nlp: Any) -> None:
    lead = sentence(nlp, "Town striker Marco Vell is unsure whether he has a future at the club.")
    assert not the_lead_actor_again(sentence(nlp, "Donner signed a new contract with the club."), lead)


def test_what_a_country_had_to_do_is_no_event_of_a_lead_that_tells_what_is_due(nlp: Any) -> None:
    lead = sentence(nlp, "Norland is to launch a new currency on Monday.")
    assert not the_lead_actor_again(sentence(nlp, "Norland had to borrow money from its neighbours."), lead)


def test_a_leads_speaker_in_the_simple_past_tells_their_own_story(nlp: Any) -> None:
    lead = sentence(nlp, "Anna Berg said she would stand for mayor.")
    assert not the_lead_actor_again(sentence(nlp, "Berg moved to the town as a child."), lead)


def test_a_lead_that_won_named_awards_makes_an_award_its_event(nlp: Any) -> None:
    from generator.stages.background.news import lead_events

    lead = sentence(nlp, "The game Skyfall has won six Harbour Awards, including best game.")
    assert "award" in lead_events(lead)


def test_one_of_the_prizes_makes_the_prize_the_leads_event(nlp: Any) -> None:
    from generator.stages.background.news import lead_events

    lead = sentence(nlp, "Singer Ada Lund has won one of the top prizes at the city's music festival.")
    assert "prize" in lead_events(lead)
