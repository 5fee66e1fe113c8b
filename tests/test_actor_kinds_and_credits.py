"""Kinds and names of people told by their given names and the words around them, and who only reports the story:
invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from generator.language.givennames import is_given_name
from generator.language.lexicon import CREDIT_LINE
from generator.model import Document
from generator.stages.actors import actors_of, cast_of
from generator.stages.actors.kinds import torn_labels
from generator.stages.actors.shapes import given_and_family, of_something

Parse = Callable[..., Document]


def _kinds(document: Document) -> dict[str, str]:
    return {actor.name: actor.kind for actor in actors_of(document)}


def test_common_given_names_are_known_and_words_months_and_countries_are_not() -> None:
    assert is_given_name("Sean") and is_given_name("justin") and is_given_name("Mary")
    assert not any(is_given_name(word) for word in ("Royal", "Major", "April", "Monday", "China", "Xstrata"))


def test_given_names_common_outside_america_and_hyphenated_ones_are_known_too() -> None:
    assert all(is_given_name(word) for word in ("Iain", "Petr", "Fabio", "Siobhan", "Jean-Paul"))
    assert not any(is_given_name(word) for word in ("Milan", "Angus", "Al-Nusra", "Jo-Jo-Jo"))


def test_a_given_name_then_a_family_name_is_a_persons_name() -> None:
    assert given_and_family(["Sean", "Marley"])
    assert given_and_family(["Dame", "Emma", "Holt"])
    assert not given_and_family(["Mary", "of", "Teck"])
    assert not given_and_family(["Harold"])
    assert not given_and_family(["Quorn", "Foods"])


def test_a_name_of_something_of_something_is_no_persons_unless_a_title_opens_it() -> None:
    assert of_something(["Office", "of", "Fair", "Trading"])
    assert not of_something(["Duke", "of", "Kent"])
    assert not of_something(["Tom", "Hale"])


def test_a_firm_named_like_a_person_stays_a_firm_when_the_article_calls_it_a_firm(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "A report from investment firm Grant Hollis values the miner at $7 a share.\n"
        "Grant Hollis said its valuation was based on lower prices.\n"
        "The miner's board said it would reject the bid."
    ))
    assert kinds.get("Grant Hollis") == "organization"


def test_a_committee_of_something_is_no_person(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "The papers were passed to the Directorate of Professional Standards on Friday.\n"
        "The Directorate of Professional Standards said it would look into the matter."
    ))
    assert kinds.get("Directorate of Professional Standards") != "person"


def test_a_job_that_opens_the_sentence_is_no_part_of_the_name(parse_text: Parse) -> None:
    names = set(_kinds(parse_text(
        "A cleaner found a box in the street on Monday.\n"
        "Cleaner Otto Ramos Vidal, 54, said: 'It looked like any other box.'\n"
        "The cleaners called the police."
    )))
    assert "Otto Ramos Vidal" in names
    assert "Cleaner Otto Ramos Vidal" not in names


def test_a_weekday_run_into_a_name_is_no_part_of_it(parse_text: Parse) -> None:
    names = set(_kinds(parse_text(
        "Chris Dalby was taken off his plane after it landed in Syracuse on Wednesday night.\n"
        "Dalby of Blue Labs was questioned after his plane landed on Wednesday Dalby has been on the news before.\n"
        "Dalby said he had done nothing wrong."
    )))
    assert not any(name.startswith("Wednesday") for name in names)


def test_a_person_named_only_as_one_of_the_datelines_outlet_reports_the_story(parse_text: Parse) -> None:
    document = parse_text(
        "(CNN)Living under the rebels.\n"
        "In the north, the rebels run the towns, Mayor Ines Coto said.\n"
        "CNN's Ana Beltran explains how the rebels run the towns.\n"
        "Coto said the rebels collect taxes."
    )
    actors, _places, reporting = cast_of(document)
    assert "Ana Beltran" not in {actor.name for actor in actors}
    assert "Ana Beltran" in {actor.name for actor in reporting}
    assert any(actor.name.endswith("Coto") for actor in actors)


def test_a_line_that_says_where_a_reporter_reported_from_is_a_credit() -> None:
    assert CREDIT_LINE.fullmatch("Dana Ruiz reported from Atlanta.")
    assert CREDIT_LINE.fullmatch("Crowds react to the verdict Ann Lowe reported from Boston.")
    assert not CREDIT_LINE.fullmatch("Police said the man reported from Leeds.")


def test_a_line_that_names_who_hosted_the_reporter_is_a_credit() -> None:
    assert CREDIT_LINE.fullmatch("The Courier was at the harvest fair as a guest of Visit Norland.")
    assert CREDIT_LINE.fullmatch("Our writer travelled to Dunmore as a guest of Norland Rail")
    assert not CREDIT_LINE.fullmatch("The prince was at the wedding as a guest of the bride's family.")
    assert not CREDIT_LINE.fullmatch("The singer, who has been a guest of Radio Norland, left. He was tired.")


def test_a_platform_a_photo_was_posted_on_is_no_actor(parse_text: Parse) -> None:
    names = set(_kinds(parse_text(
        "Tomas Ruiz poses for a photo on Twitter as the striker takes a break in Paris.\n"
        "Ruiz said he was committed to the club."
    )))
    assert "Twitter" not in names
    assert "Tomas Ruiz" in names


def test_a_platform_someone_wrote_or_spoke_on_is_no_actor(parse_text: Parse) -> None:
    names = set(_kinds(parse_text(
        "Midfielder Jonas Brekke wrote on Twitter: \"Respect to my old captain.\"\n"
        "Goalkeeper Ola Fenn said on Instagram that he was proud of him."
    )))
    assert not names & {"Twitter", "Instagram"}
    assert "Jonas Brekke" in names


def test_a_nationality_before_a_persons_name_is_no_part_of_it(parse_text: Parse) -> None:
    names = set(_kinds(parse_text(
        "The drama won three prizes, while Briton Clive Dunmore and Nora Quist won prizes for best supporting roles.\n"
        "Dunmore said he was delighted."
    )))
    assert "Briton Clive Dunmore" not in names



def test_a_work_with_a_lead_role_in_it_is_no_actor_and_a_company_with_a_role_in_it_stays(parse_text: Parse) -> None:
    names = set(_kinds(parse_text(
        "Ian Dorley was named best actor in a TV drama for his lead role in Deadwood.\n"
        "Kit Amis praised his role in Halcyon Bank, which he ran for a decade.\n"
        "Dorley said he was thrilled."
    )))
    assert "Deadwood" not in names
    assert "Ian Dorley" in names and "Halcyon Bank" in names


def test_a_country_the_table_knows_is_a_place_not_a_person(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Sri Lanka has asked its creditors to freeze its debt repayments, finance minister Anil Perera said.\n"
        "Sri Lanka owes them about $5bn."
    ))
    kinds = {actor.name: actor.kind for actor in actors}
    assert kinds.get("Sri Lanka", "place") == "place"


def test_a_one_word_name_taken_for_a_person_on_the_recognisers_word_alone_is_left_out(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "Maria Lopez, 31, posted a Zapgram video of the parade on Sunday.\n"
        "The clip spread quickly on Zapgram, she said.\n"
        "Her sister Ana, who filmed it, was also there."
    ))
    assert kinds.get("Maria Lopez") == "person"
    assert "Zapgram" not in kinds


def test_a_surname_alone_that_acts_or_is_acted_on_stays_a_person(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "The final round was played in heavy rain on Sunday.\n"
        "Earlier, Kowalski carded a 67 to take the lead."
    ))
    assert kinds.get("Kowalski") == "person"


def test_a_place_named_club_called_by_its_last_word_alone_is_a_club(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "A coach watched Exeter City lose again on Saturday.\n"
        "The result leaves City's hopes of promotion in tatters: the defeat by Plymouth was their fourth in a row.\n"
        "Exeter City said it would appoint a new manager within a week."
    ))
    assert kinds.get("Exeter City") == "organization"


def test_a_town_called_the_town_stays_a_place(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "Floods hit Brockhollow Town on Monday, and residents of Brockhollow Town were moved to a school.\n"
        "The Town was cut off for two days, the council said."
    ))
    assert kinds.get("Brockhollow Town", "place") == "place"


def test_labels_are_torn_when_the_first_kind_has_less_than_twice_the_votes_of_the_second() -> None:
    assert torn_labels({"place": 1.0, "organization": 0.6})
    assert torn_labels({"organization": 0.5, "group": 0.5})
    assert not torn_labels({"organization": 1.0, "person": 0.5})
    assert not torn_labels({"organization": 3.0, "person": 0.5})
    assert not torn_labels({"person": 2.0})


def test_a_name_before_a_noun_of_staff_and_a_persons_name_is_their_employer(parse_text: Parse) -> None:
    kinds = _kinds(parse_text(
        "Top Marley boss Ellis Marr said the fight would go ahead in May.\n"
        "Marr said Top Marley had not signed the contract yet."
    ))
    assert kinds.get("Top Marley") == "organization"
