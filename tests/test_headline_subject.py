"""A headline shortens its subject to the name before the rest loses what makes it news, on invented sentences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from generator.model import Document
from generator.stages.headline.compress import headline
from generator.stages.headline.constituents import clause_tokens
from generator.stages.headline.cuts import conjoins_what_is_left_out
from generator.stages.headline.optional import optional_constituents
from generator.stages.headline.verb import main_verb_and_speaker

Parse = Callable[..., Document]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Brandon County council leader Maria Lopez allegedly sent a link to a gambling website to her staff.",
         "Maria Lopez allegedly sends link to gambling website to staff"),
        ("Westfield hospital chief executive Anna Berg has resigned over the loss of patient records.",
         "Anna Berg resigns over loss of patient records"),
    ],
)
def test_a_long_subject_loses_its_titles_before_the_complement_loses_its_point(
        parse_text: Parse, sentence: str, title: str) -> None:
    assert headline(parse_text(sentence).spans[0], 12, aim=10) == title


def test_a_subject_keeps_its_titles_when_leaving_them_out_keeps_nothing_more(parse_text: Parse) -> None:
    span = parse_text("Rovers striker Tomas Heller has been banned for three matches for kicking a referee.").spans[0]
    assert headline(span, 12, aim=10) == "Rovers striker Tomas Heller banned for three matches for kicking referee"


def _parsed(nlp: Any, rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """An invented sentence with the parse given word by word: (word, part of speech, head, relation, entity)."""
    words, pos, heads, deps, ents = (list(column) for column in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps, ents=ents,
               spaces=[words[k + 1] not in (".", "'s") for k in range(len(words) - 1)] + [False])


def test_a_name_misread_as_a_preposition_goes_with_the_phrase_before_it(nlp: Any) -> None:
    doc = _parsed(nlp, [
        ("Police", "NOUN", 1, "nsubj", "O"), ("charged", "VERB", 1, "ROOT", "O"), ("drivers", "NOUN", 1, "dobj", "O"),
        ("with", "ADP", 1, "prep", "O"), ("helping", "VERB", 3, "pcomp", "O"), ("haulier", "NOUN", 4, "dobj", "O"),
        ("Brennan", "PROPN", 2, "prep", "B-ORG"), ("hide", "VERB", 1, "advcl", "O"),
        ("profits", "NOUN", 7, "dobj", "O"), (".", "PUNCT", 1, "punct", "O"),
    ])
    root = doc[1]
    groups = [found for group, _ in optional_constituents(root, clause_tokens(root, doc[:])) for found in group]
    assert {3, 4, 5, 6} in groups  # "with helping haulier Brennan": "charged drivers Brennan" would be garbled


def test_a_description_read_as_two_goes_whole(nlp: Any) -> None:
    doc = _parsed(nlp, [
        ("Vinosur", "PROPN", 1, "nsubj", "B-ORG"), ("rejected", "VERB", 1, "ROOT", "O"),
        ("bid", "NOUN", 1, "dobj", "O"), ("from", "ADP", 2, "prep", "O"), ("brewing", "VERB", 6, "compound", "O"),
        ("giant", "ADJ", 6, "amod", "O"), ("Halden", "PROPN", 3, "pobj", "B-ORG"), (".", "PUNCT", 1, "punct", "O"),
    ])
    root = doc[1]
    groups = [found for group, _ in optional_constituents(root, clause_tokens(root, doc[:])) for found in group]
    assert {4, 5} in groups  # not "from brewing Halden"


def test_a_verb_of_placing_keeps_where_it_puts_its_object(parse_text: Parse) -> None:
    span = parse_text("Two off-duty firemen put their weekend plans on hold to rescue a family from a burning house "
                      "in Leeds.").spans[0]
    assert headline(span, 9, aim=6) == "Two off-duty firemen put weekend plans on hold"


def test_a_lists_commas_stay_when_the_items_lose_their_titles(parse_text: Parse) -> None:
    span = parse_text("The three winners are club captain Tom Hale, team doctor Ann Berg and groundsman "
                      "Peter Cole.").spans[0]
    assert headline(span, 12, aim=10) == "Three winners are Tom Hale, Ann Berg and groundsman Peter Cole"


def test_a_date_the_verb_takes_is_left_out_when_the_headline_is_too_long(parse_text: Parse) -> None:
    span = parse_text("Three senior directors of the state-owned rail firm, Northline, are set to leave early on "
                      "28 January after claims of a conflict of interest.").spans[0]
    assert headline(span, 12, aim=10) == "Three senior directors of state-owned rail firm set to leave early"


def test_who_a_verb_asks_to_act_stays_with_the_infinitive(parse_text: Parse) -> None:
    span = parse_text("The mayor has appealed to local businesses to donate food and blankets to the families who "
                      "lost their homes in the flood.").spans[0]
    title = headline(span, 12, aim=10)
    assert title is not None and title.startswith("Mayor appeals to local businesses to donate food and blankets")


def test_an_and_whose_word_before_it_is_left_out_joins_nothing(nlp: Any) -> None:
    doc = _parsed(nlp, [
        ("Areas", "NOUN", 6, "nsubjpass", "O"), ("helped", "VERB", 0, "acl", "O"), ("in", "ADP", 1, "prep", "O"),
        ("Kent", "PROPN", 2, "pobj", "B-GPE"), ("and", "CCONJ", 1, "cc", "O"), ("Sussex", "PROPN", 1, "conj", "B-GPE"),
        ("named", "VERB", 6, "ROOT", "O"), (".", "PUNCT", 6, "punct", "O"),
    ])
    assert conjoins_what_is_left_out(doc[:], doc[4], {0, 1, 4, 5, 6})  # "Areas helped and Sussex named"
    assert not conjoins_what_is_left_out(doc[:], doc[4], {0, 1, 2, 3, 4, 5, 6})


def test_a_headline_never_ends_on_a_conjunction_before_its_attribution(parse_text: Parse) -> None:
    span = parse_text("The mayor has had the chance to fix the problems facing Leeds and has failed, John Smith "
                      "has said.").spans[0]
    title = headline(span, 12, aim=10)
    assert title is not None and " and," not in title


@pytest.mark.parametrize("sentence", ["Here's a guide to the new parking rules:",
                                      "Among the winners is a school in Leeds."])
def test_a_sentence_that_puts_its_subject_after_be_makes_no_headline(parse_text: Parse, sentence: str) -> None:
    assert main_verb_and_speaker(parse_text(sentence).spans[0]) is None


def test_a_claim_whose_clause_the_parser_split_makes_no_headline(parse_text: Parse) -> None:
    span = parse_text("Rival clubs claim Rovers, facing fines of up to £5m for breaches of the rules, are making an "
                      "outrageous attempt to win a seat on the board.").spans[0]
    assert main_verb_and_speaker(span) is None  # not "Rival clubs claim Rovers"
    said = parse_text("The minister said the plan would work and has denied any wrongdoing.").spans[0]
    assert main_verb_and_speaker(said) is not None


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("European Central Bank president Jean Laurent has given a speech at a Scottish church in honour of the "
         "pioneering economist, David Hume.",
         "Jean Laurent gives speech at Scottish church in honour of pioneering economist"),
        ("Moldova has agreed to pay 20% more for electricity supplied by Romania.",
         "Moldova agrees to pay 20% more for electricity supplied by Romania"),
    ],
)
def test_a_vague_complement_keeps_what_says_which_one_before_the_subject_keeps_its_titles(
        parse_text: Parse, sentence: str, title: str) -> None:
    assert headline(parse_text(sentence).spans[0], 12, aim=10) == title


def test_a_subject_keeps_what_follows_its_noun_when_the_complement_keeps_its_qualifier(parse_text: Parse) -> None:
    span = parse_text("Shares in Danforth Mining closed up 4% following a new offer from Harlan Resources.").spans[0]
    title = headline(span, 12, aim=10)
    assert title is not None and title.startswith("Shares in Danforth Mining")
