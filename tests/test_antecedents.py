"""An opening "He", "She" or "It" shown as the name it stands for, only when the article leaves no doubt, on invented
paragraphs (one paragraph a line)."""

from __future__ import annotations

from collections.abc import Callable

from generator.language.antecedents import opening_referent
from generator.language.faithful import resolved_problems
from generator.model import BackgroundItem, Briefing, Document
from generator.pipeline import brief, stages_for
from generator.stages.background import find_background
from generator.stages.vetting import vet

Parse = Callable[..., Document]

ONE_PERSON = (
    "The Harbour Theatre will close for a year of repairs, its board said on Friday.\n"
    "The theatre's director, Paul Okafor, has run the stage since 2001. "
    "He has never hidden the fact that he dislikes the building."
)
TWO_PEOPLE = (
    "The Harbour Theatre will close for a year of repairs, its board said on Friday.\n"
    "Paul Okafor met Tom Reyes at the festival in 2001. "
    "He has never hidden the fact that he dislikes the building."
)


def referent(document: Document, index: int) -> str | None:
    actors = brief(document, stages_for("actors")).actors
    found = opening_referent(document, index, actors)
    return found.name if found is not None else None


def background_of(document: Document) -> tuple[BackgroundItem, ...]:
    briefing: Briefing = brief(document, stages_for("headline", "actors"))
    return find_background(document, briefing).background


def test_he_after_a_sentence_whose_subject_is_a_person_stands_for_that_person(parse_text: Parse) -> None:
    assert referent(parse_text(ONE_PERSON), 2) == "Paul Okafor"


def test_a_he_with_two_people_named_before_stands_for_no_one(parse_text: Parse) -> None:
    assert referent(parse_text(TWO_PEOPLE), 2) is None


def test_a_he_opening_a_paragraph_after_one_of_several_sentences_stands_for_no_one(parse_text: Parse) -> None:
    document = parse_text(ONE_PERSON.replace("2001. He", "2001. The stage is old.\nHe"))
    assert referent(document, 3) is None


def test_a_he_opening_a_paragraph_after_one_sentence_stands_for_its_subject_only(parse_text: Parse) -> None:
    document = parse_text(ONE_PERSON.replace("2001. He", "2001.\nHe"))
    assert referent(document, 2) == "Paul Okafor"
    not_subject = parse_text(
        "The Harbour Theatre will close for a year of repairs, its board said on Friday.\n"
        "The 34-year-old had met Paul Okafor at a festival in 2001.\n"
        "She has never hidden the fact that she dislikes the building."
    )
    assert referent(not_subject, 2) is None


def test_a_title_of_the_other_sex_leaves_the_pronoun_unresolved(parse_text: Parse) -> None:
    document = parse_text(
        "The Harbour Theatre will close for a year of repairs, its board said on Friday.\n"
        "Mrs Okafor has run the stage since 2001. He has never liked the building."
    )
    assert referent(document, 2) is None


def test_a_pronoun_passes_its_person_on_to_the_next_sentence(parse_text: Parse) -> None:
    document = parse_text(
        "The Harbour Theatre will close for a year of repairs, its board said on Friday.\n"
        "Paul Okafor was born in Lagos in 1960. He moved to London in 1985. He joined the theatre in 2001."
    )
    assert referent(document, 3) == "Paul Okafor"


def test_the_background_shows_the_sentence_with_the_name_in_place_of_the_pronoun(parse_text: Parse) -> None:
    items = background_of(parse_text(ONE_PERSON))
    assert "Paul Okafor has never hidden the fact that he dislikes the building." in [item.text for item in items]


def test_the_background_leaves_out_a_sentence_whose_he_may_be_either_of_two_people(parse_text: Parse) -> None:
    items = background_of(parse_text(TWO_PEOPLE))
    assert all(2 not in item.sources for item in items)
    assert not any("has never hidden" in item.text for item in items)


def test_the_checker_lets_a_resolved_line_through_and_nothing_else(parse_text: Parse) -> None:
    document = parse_text(ONE_PERSON)
    briefing = brief(document, [stage for stage in stages_for("background") if stage.name != "vetting"])
    right = "Paul Okafor has never hidden the fact that he dislikes the building."
    wrong = "Tom Reyes has never hidden the fact that he dislikes the building."
    changed = "Paul Okafor has always hidden the fact that he dislikes the building."
    lines = tuple(BackgroundItem(text=text, date=None, sources=(2,)) for text in (right, wrong, changed))
    vetted, _ = vet(document, Briefing(actors=briefing.actors, background=lines))
    assert [item.text for item in vetted.background] == [right]


def test_a_line_with_the_name_and_any_other_change_fails(parse_text: Parse) -> None:
    document = parse_text(ONE_PERSON)
    span = document.spans[2]
    pronoun = span[0]
    assert resolved_problems("Paul Okafor has never hidden the fact that he dislikes the building.", span,
                             pronoun, "Paul Okafor") == []
    for line in (
        "Paul Okafor has never hidden the fact that Paul Okafor dislikes the building.",
        "Okafor has never hidden the fact that he dislikes the building.",
        "Paul Okafor has hidden the fact that he dislikes the building.",
        "Paul Okafor has never hidden that he dislikes the theatre.",
        "He has never hidden the fact that he dislikes the building.",
    ):
        assert resolved_problems(line, span, pronoun, "Paul Okafor"), line


def test_a_he_whose_own_sentence_names_the_person_after_it_stands_for_someone_else(parse_text: Parse) -> None:
    document = parse_text(
        "The Harbour Theatre will close for a year of repairs, its board said on Friday.\n"
        "The board has met in private since March, said Paul Okafor. He denied that Okafor would resign."
    )
    assert referent(document, 2) is None


def test_a_he_after_a_sentence_that_speaks_of_him_stands_for_no_one(parse_text: Parse) -> None:
    document = parse_text(
        "The Harbour Theatre will close for a year of repairs, its board said on Friday.\n"
        "Mayor Tom Reyes called him a giant of the stage. He ran the theatre for thirty years."
    )
    assert referent(document, 2) is None


def test_a_he_after_a_sentence_with_one_name_and_a_his_for_someone_else_stands_for_no_one(parse_text: Parse) -> None:
    document = parse_text(
        "The Harbour Theatre will close for a year of repairs, its board said on Friday.\n"
        "The 40-year-old hurt his back while rehearsing with Tom Reyes in 2003. He left the stage a year later."
    )
    assert referent(document, 2) is None


ONE_FIRM = (
    "Harbour Rail will cut 400 jobs at its main depot, unions said on Friday.\n"
    "Hartwell Motors is also keeping its options open. It has been making vans for the port authority since 2003."
)


def test_an_it_after_a_sentence_whose_subject_is_a_firm_stands_for_that_firm(parse_text: Parse) -> None:
    assert referent(parse_text(ONE_FIRM), 2) == "Hartwell Motors"


def test_an_it_after_a_sentence_naming_two_firms_or_announcing_a_clause_stands_for_nothing(parse_text: Parse) -> None:
    two_firms = parse_text(
        "Harbour Rail will cut 400 jobs at its main depot, unions said on Friday.\n"
        "Hartwell Motors is to settle an inquiry into Baltic Steel Corp. It has already offered to pay $30m."
    )
    assert referent(two_firms, 2) is None
    announcing = parse_text(
        "Harbour Rail will cut 400 jobs at its main depot, unions said on Friday.\n"
        "Hartwell Motors is keeping its options open. It is unclear whether the depot will close."
    )
    assert referent(announcing, 2) is None


def test_the_background_shows_an_it_sentence_with_the_firm_in_its_place(parse_text: Parse) -> None:
    items = background_of(parse_text(ONE_FIRM))
    assert "Hartwell Motors has been making vans for the port authority since 2003." in [item.text for item in items]


def test_the_checker_lets_a_line_with_the_firm_for_its_it_through(parse_text: Parse) -> None:
    document = parse_text(ONE_FIRM)
    briefing = brief(document, [stage for stage in stages_for("background") if stage.name != "vetting"])
    right = "Hartwell Motors has been making vans for the port authority since 2003."
    wrong = "Harbour Rail has been making vans for the port authority since 2003."
    lines = tuple(BackgroundItem(text=text, date=None, sources=(2,)) for text in (right, wrong))
    vetted, _ = vet(document, Briefing(actors=briefing.actors, background=lines))
    assert [item.text for item in vetted.background] == [right]
