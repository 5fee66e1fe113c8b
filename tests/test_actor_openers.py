"""Words run into the front of a name that are no part of it (a job or a plural noun before a given name, a cry
that opens a quotation, a competition before a side's name, a sentence's last word and its full stop), and the
sides of a round's fixtures written in brackets: invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of

Parse = Callable[..., Document]


def _by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {actor.name: actor for actor in actors}


def test_a_job_before_a_given_name_opening_a_sentence_is_a_role_not_part_of_the_name(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "The show lost another star on Saturday.\n"
        "Model Katie Brandon was the last person to be voted off the show.\n"
        "Brandon said she had enjoyed her time in the jungle."
    )))
    assert "Model Katie Brandon" not in actors
    assert "Katie Brandon" in actors


def test_a_plural_noun_before_a_given_name_is_no_part_of_the_name(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "Contestants Peter Dowling and Amy Hart were told the news by the hosts.\n"
        "Dowling said he was delighted to stay in the show."
    )))
    assert not any(name.startswith("Contestants") for name in actors)


def test_a_cry_opening_a_quotation_is_no_part_of_the_name_after_it(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "Carl Denton recalls the night his manager Ruud Vessel dropped two stars.\n"
        "'He said he was going to leave them out,' said Denton. 'I said, \"Sorry Ruud, what did you say?\"'\n"
        "Vessel resigned a week later."
    )))
    assert "Sorry Ruud" not in actors


def test_a_competition_run_into_a_sides_name_is_no_part_of_it(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "Several clubs can seal their fate this weekend.\n"
        "Alderton will go down if they draw and Cresley win.\n"
        "Championship Alderton (away to Barfield) will be relegated if they lose.\n"
        "Cresley (away to Dunmore) need to win to stay up."
    )))
    assert "Championship Alderton" not in actors
    assert actors["Alderton"].kind == "organization"


def test_a_fixture_in_brackets_is_no_role_and_tells_a_side(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "Several clubs can seal their fate this weekend.\n"
        "Alderton (home to Barfield) will be relegated if they lose.\n"
        "Alderton will also go down if they draw and Cresley win.\n"
        "Cresley (away to Dunmore) need to win to stay up."
    )))
    assert actors["Alderton"].kind == "organization"
    assert actors["Alderton"].role is None
    assert "Barfield" not in actors  # named once, in brackets: the fixture, not the story


def test_a_word_that_ends_a_sentence_before_a_name_is_no_part_of_it(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "The contestants were told by hosts Jim and Dec. Natalie Ashby's decision to quit had saved them all.\n"
        "Ashby walked out of the show on Monday."
    )))
    assert not any(name.startswith("Dec") for name in actors)


def test_a_date_run_into_a_title_is_no_part_of_the_role(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "Two contestants have left the show this month.\n"
        "And on 26 November singer Brian Harvey quit as a contestant after a row.\n"
        "Harvey said he had no regrets."
    )))
    assert actors["Brian Harvey"].role == "singer"


def test_a_team_run_into_another_over_a_caption_is_not_the_titles_owner(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "Manchester City lost 2-1 at Crystal Palace on Monday.\n"
        "Edin Dzeko reflects on the defeat at Crystal Palace Manchester City captain Vincent Kompany looks dejected "
        "after the match.\n"
        "Kompany said the side would keep fighting for the title."
    )))
    assert actors["Vincent Kompany"].role == "Manchester City captain"


def test_a_policy_is_no_actor(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "The Common Fisheries Policy has been called a disaster by the industry.\n"
        "Fishermen said the Common Fisheries Policy had cost them their livelihoods."
    )))
    assert "Common Fisheries Policy" not in actors


def test_a_participle_opening_the_sentence_is_no_part_of_the_name_after_it(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "Asylum seeker Jafar Rostami was jailed on Wednesday for grooming a girl.\n"
        "Married Rostami, 32, had arranged to meet her in a park.\n"
        "Rostami told the court he had made a mistake."
    )))
    assert not any(name.startswith("Married") for name in actors)



def test_an_age_glued_to_a_name_with_no_space_is_no_part_of_it(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "A singer has quit the jungle show.\n"
        "Former pop singer Natalie Appleby,31, walked out of the show on Monday.\n"
        "Appleby said she had had enough."
    )))
    assert not any("," in name for name in actors)
    assert "Natalie Appleby" in actors


def test_a_name_that_is_also_a_month_keeps_owning_the_title(parse_text: Parse) -> None:
    actors = _by_name(actors_of(parse_text(
        "Federated Department Stores has agreed to buy rival May for $11bn.\n"
        "Sources said that talks sped up after May's chairman and chief executive Gene Kahn resigned in January.\n"
        "Kahn will not return."
    )))
    assert not actors["Gene Kahn"].role.startswith("'s")
