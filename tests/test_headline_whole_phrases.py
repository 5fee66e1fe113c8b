"""Headlines that keep whole the phrases a cut would garble: a number's phrase ("two in five"), the stretch a first or
a best is counted over ("first title in five years"), a name's noun read as an adjective ("Cup final"), what was
told, an adverb with its phrase, "never ... again", "a hell of a"; and none of a definition cut from its "when"
clause, nor of a clause opened by "When"."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Document
from generator.stages.headline.compress import headline

Parse = Callable[..., Document]


def _headline(parse_text: Parse, text: str) -> str | None:
    return headline(parse_text(text).spans[0], 12)


def test_headline_never_leaves_a_number_without_what_it_counts(parse_text: Parse) -> None:
    title = _headline(parse_text, "The watchdog said two in five of the 1,234 complaints it had from shoppers "
                                  "concerned late deliveries.")
    assert title is None or "two in five" in title


def test_headline_keeps_the_noun_the_parser_read_as_an_adjective_after_a_name(parse_text: Parse) -> None:
    title = _headline(parse_text, "Elmford Rovers set up an all Welsh Challenge Cup final with a 2-1 win over Kenton "
                                  "on Sunday.")
    assert title is not None and "Cup final" in title


def test_headline_keeps_what_was_told_to_a_pronoun(parse_text: Parse) -> None:
    title = _headline(parse_text, "Acme has won its court fight to make two reporters reveal who told them about "
                                  "its secret engines.")
    assert title == "Acme wins court fight"


def test_headline_keeps_an_adverb_only_with_its_phrase(parse_text: Parse) -> None:
    title = _headline(parse_text, "A Kenton judge issued an order allowing service of court papers on a tenant "
                                  "completely via email.")
    assert title is None or not title.endswith("completely")


def test_headline_keeps_again_after_never(parse_text: Parse) -> None:
    title = _headline(parse_text, "A baker who was fined for speeding and was not insured has vowed to never drive "
                                  "again.")
    assert title == "Baker vows to never drive again"


def test_headline_keeps_the_article_of_a_hell_of_a(parse_text: Parse) -> None:
    title = _headline(parse_text, "The small market town put on one hell of a show last weekend for its first "
                                  "cheese fair.")
    assert title == "Small market town puts on one hell of a show"


def test_headline_leaves_out_a_word_of_a_clause_hung_on_the_verb_as_a_second_object(parse_text: Parse) -> None:
    title = _headline(parse_text, "Tom Baxter has urged Elmford Rovers to man up as he labelled their clash with "
                                  "rivals Kenton the club's 'biggest game' for years.")
    assert title == "Tom Baxter urges Elmford Rovers to man up"


def test_headline_is_none_for_a_definition_without_its_when_clause(parse_text: Parse) -> None:
    assert _headline(parse_text, "Card fraud occurs when criminals use a stolen card number to buy goods.") is None



def test_headline_is_none_for_a_clause_opened_by_when(parse_text: Parse) -> None:
    assert _headline(parse_text, "When Kenton farmer Jo Reid learned that her son, Sam, was deaf her 'mind was "
                                 "flooded with many emotions'.") is None


def test_headline_keeps_the_stretch_a_first_is_counted_over(parse_text: Parse) -> None:
    title = _headline(parse_text, "Maria Delgado won her first title in almost four years with victory over Ann "
                                  "Berg at the Kenton Open in Elmford.")
    assert title is not None and title.endswith("first title in almost four years")


def test_headline_keeps_the_stretch_a_best_is_counted_over(parse_text: Parse) -> None:
    title = _headline(parse_text, "Elmford Rovers recorded their biggest win in ten years with a 6-0 rout of Kenton "
                                  "at home on Saturday.")
    assert title is not None and "biggest win in ten years" in title
