"""Who said a quotation when the evidence is thin: a title no one named holds, a verb of saying reported by
another, an attribution broken off after a question mark, a picture's caption between two quotations; on small
invented news paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of

Parse = Callable[..., Document]


def _quotes(actors: list[Actor]) -> dict[str, list[str]]:
    return {actor.name: [quote.text for quote in actor.quotes] for actor in actors if actor.quotes}


def test_a_title_no_one_named_holds_is_not_the_person_named_last(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Tomas Brenner was arrested at the station in Dunmore on Friday.\n"
        "He pauses before telling officers his name.\n"
        "The officer says: 'I am arresting you on suspicion of fraud.'\n"
    )))
    assert "Tomas Brenner" not in quotes


def test_a_title_stands_for_the_person_who_spoke_last(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "\"Nobody knows what the new owner will bring,\" said Rio Kember.\n"
        "The central defender added on local radio: \"We will have to wait and see what he offers.\"\n"
    )))
    assert quotes.get("Rio Kember") == ["Nobody knows what the new owner will bring",
                                        "We will have to wait and see what he offers."]


def test_a_verb_of_saying_reported_by_another_introduces_the_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Prosecutor Alan Marsh told the court how the chats went on.\n"
        "The prosecutor said Jonas Keller replied: 'I know, but we can still talk.'\n"
    )))
    assert quotes.get("Jonas Keller") == ["I know, but we can still talk."]


def test_an_attribution_after_a_question_mark_gives_the_speaker_it_names(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Badminton chief executive Adam Crest said he was \"staggered\" by the decision.\n"
        "\"How can you take every penny away after the best Games in a decade?\" he said.\n"
        "\"What have we done wrong?\" added the team's performance director Jon Austell.\n"
    )))
    assert quotes.get("Jon Austell") == ["What have we done wrong?"]
    assert "What have we done wrong?" not in quotes.get("Adam Crest", [])


def test_a_title_narrowed_by_a_name_before_it_stands_for_the_person_named_last(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Ferncliff Rovers midfielder Yusuf Mabena has shared a picture of his ballot paper on social media.\n"
        "The Rovers player asked his followers: 'What do you think?!'\n"
    )))
    assert quotes.get("Yusuf Mabena") == ["What do you think?!"]


def test_a_sentence_in_the_first_person_does_not_introduce_the_next_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Soon afterwards the woman began receiving messages from Jason Colley.\n"
        "He also sent my family messages because he could not reach me.\n"
        "'I was very upset, it drove me mad.'\n"
    )))
    assert "Jason Colley" not in quotes
