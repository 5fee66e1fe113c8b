"""Which actors the key-actors stage marks key, on small invented news paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of
from generator.stages.actors.asides import aside
from generator.stages.actors.drafts import ActorDraft
from generator.stages.actors.filters import acts_as_place
from generator.stages.actors.mentions import find_mentions
from generator.stages.actors.settings import _acting

Parse = Callable[..., Document]
LAUNCH = (
    "Lisa Marr and Tom Hale launched a new phone on Monday.\n"
    "Lisa Marr said the phone would sell well.\nTom Hale said more models would follow soon.\n"
)


def _by_name(actors: list[Actor], name: str) -> Actor:
    found = [actor for actor in actors if actor.name == name]
    assert found, f"no actor {name!r} among {[a.name for a in actors]}"
    return found[0]


def test_a_name_met_once_after_the_lead_that_neither_acts_nor_speaks_is_not_key_even_with_a_role(
    parse_text: Parse,
) -> None:
    actors = actors_of(parse_text(LAUNCH + "The phone looks like one made by Orbitel, a Korean phone giant."))
    assert not _by_name(actors, "Orbitel").key
    assert _by_name(actors, "Lisa Marr").key and _by_name(actors, "Tom Hale").key


def test_a_group_named_in_one_sentence_is_not_key(parse_text: Parse) -> None:
    actors = actors_of(parse_text(LAUNCH + "Fans queued outside the shop in the rain."))
    assert not _by_name(actors, "Fans").key


def test_a_named_authority_the_case_goes_to_is_key_and_the_generic_police_named_with_it_is_not(
    parse_text: Parse,
) -> None:
    actors = actors_of(parse_text(
        "Midfielder Jan Kovac could face a long ban after he fought with stewards at a match on Sunday.\n"
        "Kovac was sent off in the last minute.\n"
        "The incident has been referred to the public prosecutor in Cologne and could be investigated by police.\n"
        "Kovac will apologise, the club said."
    ))
    assert _by_name(actors, "public prosecutor in Cologne").key
    assert not _by_name(actors, "police").key


def test_a_group_that_is_the_subject_of_the_lead_stays_key(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Dock workers at the port of Elling walked off the job on Thursday.\n"
        "Union leader Marieke Vos said the strike would last a week.\nAnalysts said deliveries would be late."
    ))
    assert _by_name(actors, "Dock workers").key
    assert not _by_name(actors, "Analysts").key


CONTEST = (
    "Anna Berg won the Elling Open golf title on Sunday.\n"
    "Berg finished two shots clear of Carl Moss.\n"
    "Moss had led after the third round.\n"
    "Berg said the win was the best of her career.\n"
    "Moss said he had played poorly on the last day.\n"
    "The tournament drew big crowds all week.\n"
    "Rain delayed play on Saturday.\n"
)


def test_a_name_met_once_in_the_last_quarter_of_the_story_is_not_key_even_as_a_subject(parse_text: Parse) -> None:
    actors = actors_of(parse_text(CONTEST + "Peter Lund finished fifth."))
    assert not _by_name(actors, "Peter Lund").key
    assert _by_name(actors, "Anna Berg").key and _by_name(actors, "Carl Moss").key


def test_a_name_met_once_early_in_the_story_as_its_subject_may_be_key_when_the_article_says_who_it_is(
    parse_text: Parse,
) -> None:
    lines = CONTEST.splitlines()
    actors = actors_of(parse_text("\n".join([*lines[:2], "Defending champion Peter Lund finished third.", *lines[2:]])))
    assert _by_name(actors, "Peter Lund").key


def test_a_name_met_once_early_in_the_story_is_not_key_when_the_article_says_nothing_of_who_it_is(
    parse_text: Parse,
) -> None:
    lines = CONTEST.splitlines()
    actors = actors_of(parse_text("\n".join([*lines[:2], "Peter Lund finished third.", *lines[2:]])))
    assert not _by_name(actors, "Peter Lund").key


def test_a_name_met_once_in_the_last_quarter_that_says_where_things_stand_may_stay_key(parse_text: Parse) -> None:
    actors = actors_of(parse_text(CONTEST + "Tour chief Peter Lund said the event would return next year."))
    assert _by_name(actors, "Peter Lund").key


def test_a_person_named_once_after_the_lead_with_no_role_and_no_quote_is_not_key(parse_text: Parse) -> None:
    actors = actors_of(parse_text(LAUNCH + "Ben Ito and his team will test the phone next week."))
    assert not _by_name(actors, "Ben Ito").key
    assert _by_name(actors, "Lisa Marr").key and _by_name(actors, "Tom Hale").key


def test_a_name_with_letters_after_it_that_head_the_subject_is_a_subject(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Joe Kerr, 38, was jailed for six years for fraud at Leeds Crown Court.\n"
        "Kerr had bought four houses with the money, the court heard.\n"
        "Judge Peter Moss QC ordered Kerr to pay back £400,000.\n"
        "Prosecutor Anne Dale said Kerr had lied to his bank for years.\n"
        "Kerr's girlfriend Mia Lowe was cleared of all charges."
    ))
    assert _by_name(actors, "Peter Moss").key



def test_a_place_that_is_only_the_subject_of_being_or_becoming_does_not_act(parse_text: Parse) -> None:
    document = parse_text(
        "Moldova has been in turmoil since the recordings were released.\n"
        "Moldova will become the next trouble spot, Dan Morav said.\n"
        "Moldova refused the loan."
    )
    mentions = [m for m in find_mentions(document) if m.text == "Moldova"]
    assert {m.sentence: acts_as_place(m) for m in mentions} == {0: False, 1: False, 2: True}
    assert {m.sentence: _acting(m) for m in mentions} == {0: False, 1: False, 2: True}  # else a setting


def test_a_name_that_only_ever_qualifies_another_noun_is_an_aside_and_one_that_acts_is_not(parse_text: Parse) -> None:
    def club(last: str) -> ActorDraft:
        document = parse_text(
            "Youssef Mbala has been named player of the month for March.\n"
            "The West Brom midfielder scored four goals in five games.\n"
            f"Mbala said he was proud of the award.\nHis West Brom team-mates cheered.\n{last}"
        )
        mentions = [m for m in find_mentions(document) if m.text == "West Brom"]
        return ActorDraft(key="org:wb", name="West Brom", kind="organization",
                          mentions=[m.sentence for m in mentions], cluster_mentions=mentions)

    assert aside(club("Mbala plays again on Saturday."), frozenset())
    assert not aside(club("Mbala thanked West Brom."), frozenset())


def test_a_person_named_only_inside_another_speakers_quoted_words_is_not_key(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Racing driver Lewis Dunmore said on Sunday he had never felt faster.\n"
        "Dunmore won in Bahrain and leads the standings.\n"
        "\"People used to say Marco Renzi was the clever one, and Marco Renzi was the quick one,\" "
        "Dunmore said. \"I just drive.\"\n"
        "Dunmore races again in two weeks."
    ))
    assert _by_name(actors, "Lewis Dunmore").key
    assert all(not actor.key for actor in actors if actor.name == "Marco Renzi")


def test_a_person_only_compared_with_or_talked_of_in_quoted_words_is_not_key(parse_text: Parse) -> None:
    for comparison in ("Compared with his old team-mate Marco Renzi, Dunmore is the quicker driver.",
                       "Dunmore is quicker than his old team-mate Marco Renzi."):
        actors = actors_of(parse_text(
            "Racing driver Lewis Dunmore said on Sunday he had never felt faster.\n"
            f"Dunmore won in Bahrain and leads the standings.\n{comparison}\n"
            "\"Marco Renzi is a fine driver, but I just drive,\" Dunmore said.\nDunmore races again in two weeks."
        ))
        assert _by_name(actors, "Lewis Dunmore").key
        assert not _by_name(actors, "Marco Renzi").key


def test_a_body_only_ever_named_as_where_things_happen_is_an_aside_and_one_that_acts_is_not(
    parse_text: Parse,
) -> None:
    def hospital(last: str) -> ActorDraft:
        document = parse_text(
            "A man was shot dead in Fort Worth on Saturday night, police said.\n"
            "The victim, Joe Mart, was taken to Mercy Hospital in the city.\n"
            f"Gunman Terry Hale was arrested at his home.\nHis wife works at Mercy Hospital.\n{last}"
        )
        mentions = [m for m in find_mentions(document) if m.text == "Mercy Hospital"]
        assert len(mentions) > 1
        return ActorDraft(key="org:mh", name="Mercy Hospital", kind="organization",
                          mentions=[m.sentence for m in mentions], cluster_mentions=mentions,
                          subjects=sum(m.subject for m in mentions))

    assert aside(hospital("Hale will appear in court on Monday."), frozenset())
    assert not aside(hospital("Mercy Hospital said it would review its care."), frozenset())
