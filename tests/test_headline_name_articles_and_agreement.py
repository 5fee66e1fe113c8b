"""A headline keeps the "the" of a name ("The Streets", "Player of the Year"), makes its verb agree as the article's
own verb does ("were" -> "are"), lets an "it" that announces a clause it keeps stand ("it was time to ..."), and
leaves a person's given name out before what its complement needs to say which one ("controversy surrounding X");
what led to the news ("after they posted ...") comes back when there is room for it whole."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.headline.compress import headline

Parse = Callable[..., Document]


def _title(parse_text: Parse, sentence: str) -> str | None:
    return headline(parse_text(sentence).spans[0], 12, aim=10, lead=True)


def test_a_capitalised_the_inside_a_sentence_stays_with_its_name(parse_text: Parse) -> None:
    title = _title(parse_text, "The young singer from Leeds beat Oasis and The Killers in the vote on Friday.")
    assert title is not None and "The Killers" in title


def test_the_the_between_a_names_of_and_its_next_word_stays(parse_text: Parse) -> None:
    title = _title(parse_text, "Maria Lopez has won the Coach of the Year award for the second time.")
    assert title is None or "of Year" not in title


def test_the_verb_agrees_as_the_articles_own_verb_does(parse_text: Parse) -> None:
    title = _title(parse_text, "Britain's Anna Brooks and Sarah Hills were no match for Ruth Kemp in the final race.")
    assert title is None or " is " not in f" {title} "


def test_an_it_that_announces_the_clause_the_headline_keeps_stands(parse_text: Parse) -> None:
    title = _title(parse_text, "Prime Minister John Hartley said it was time to end the dispute over the harbour plan.")
    assert title is not None and "it was time to end" in title


def test_an_after_clause_is_added_back_when_the_headline_has_room(parse_text: Parse) -> None:
    title = _title(parse_text, "Six nurses at the city hospital have been suspended after they posted rude messages "
                               "on social media.")
    assert title is not None and "after they posted" in title and len(title.split()) <= 12


def test_an_after_clause_that_does_not_fit_is_left_out_whole(parse_text: Parse) -> None:
    title = _title(parse_text, "Shares in Northfield Mining rose 4% to 1,200 pence on Monday after the Australian "
                               "firm announced a large new copper discovery in the remote north of the country.")
    assert title == "Shares in Northfield Mining rise 4% to 1,200 pence"


def test_a_description_the_name_follows_goes_before_what_the_verb_says(parse_text: Parse) -> None:
    title = _title(parse_text, "The country's biggest bank Northern Trust is closing nearly 200 branches in the north "
                               "on cost grounds, according to union officials.")
    assert title == "Northern Trust closing nearly 200 branches in north, union officials say"
