"""The key-actors stage on small invented news paragraphs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.model import Actor, Briefing, Document
from generator.stages.actors import actors_of, cast_of, find_actors
from generator.stages.actors.mentions import find_mentions
from generator.stages.actors.merge import merge

Parse = Callable[..., Document]


def _by_name(actors: list[Actor], name: str) -> Actor:
    found = [actor for actor in actors if actor.name == name]
    assert found, f"no actor {name!r} among {[a.name for a in actors]}"
    return found[0]


def _named(document: Document) -> list[Actor]:
    """The actors, the places of the setting and who reports: every name the briefing lists."""
    actors, places, reporting = cast_of(document)
    return [*actors, *places, *reporting]


def _names(actors: list[Actor]) -> set[str]:
    return {actor.name for actor in actors}


def test_full_name_surname_honorific_and_possessive_merge_into_one_actor(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Prime Minister Maria Lindqvist said on Tuesday that fuel taxes would be cut.\n"
        "Lindqvist’s plan drew criticism from the opposition. "
        "\"We cannot wait any longer for relief,\" Ms Lindqvist told reporters in Stockholm."
    ))
    people = [actor for actor in actors if actor.kind == "person"]
    assert [actor.name for actor in people] == ["Maria Lindqvist"]
    lindqvist = people[0]
    assert {"Lindqvist", "Ms Lindqvist"} <= set(lindqvist.aliases)
    assert lindqvist.mentions == (0, 1, 2)
    assert lindqvist.key


def test_bare_surname_goes_to_the_person_the_context_points_to(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Finance Minister Ana Ferreira presented a budget that raises taxes on banks.\n"
        "Paulo Ferreira, the coach of the national football team, named his squad for the World Cup qualifiers.\n"
        "Ferreira said the budget would cut the deficit and protect pensions.\n"
        "The squad plays its first qualifier in March, and Ferreira picked three young strikers for the match."
    ))
    ana, paulo = _by_name(actors, "Ana Ferreira"), _by_name(actors, "Paulo Ferreira")
    assert 2 in ana.mentions and 2 not in paulo.mentions
    assert 3 in paulo.mentions and 3 not in ana.mentions
    assert len([a for a in actors if a.name.endswith("Ferreira")]) == 2


def test_a_capital_standing_for_its_government_is_an_alias_of_the_country(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "China and Japan agreed on Friday to resume fishing talks.\n"
        "Beijing has long objected to the patrols, and Tokyo said it would review them."
    ))
    china, japan = _by_name(actors, "China"), _by_name(actors, "Japan")
    assert china.kind == japan.kind == "place"
    assert "Beijing" in china.aliases and "Tokyo" in japan.aliases
    assert not {"Beijing", "Tokyo"} & _names(actors)


def test_short_forms_of_a_country_take_its_full_name(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The U.S. imposed new sanctions on Friday. Washington said the measures would stay in place for a year."
    ))
    united_states = _by_name(actors, "United States")
    assert {"U.S.", "Washington"} <= set(united_states.aliases)


def test_roles_come_from_titles_appositives_and_predicates(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "Foreign Minister Omar Haddad met Lena Vogt, Germany's trade commissioner, in Cairo on Monday.\n"
        "Vogt said the talks had gone well. Karim Nasser is a veteran diplomat who has led three missions abroad.\n"
        "Nasser said a deal was close."
    ))
    assert _by_name(actors, "Omar Haddad").role == "Foreign Minister"
    vogt = _by_name(actors, "Lena Vogt")
    assert vogt.role == "Germany's trade commissioner"
    assert vogt.role_sources == (0,)
    assert _by_name(actors, "Karim Nasser").role is not None
    assert "veteran diplomat" in (_by_name(actors, "Karim Nasser").role or "")
    assert _by_name(actors, "Cairo").role is None


def test_quotes_are_given_to_their_speaker_before_or_after_and_across_the_attribution(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Mayor Tom Okafor said the bridge would reopen in June. "
        "“We are confident the repairs will hold,” Okafor said. "
        "“The engineers have done a fine job,” he added, “and the city is grateful.”\n"
        "\"This is a disaster for local shops,\" said Jane Miller, a spokeswoman for the Harbour Traders Association.\n"
        "Okafor wrote on social media: \"Thank you for your patience, everyone.\""
    ))
    okafor, miller = _by_name(actors, "Tom Okafor"), _by_name(actors, "Jane Miller")
    assert [quote.text for quote in okafor.quotes] == [
        "We are confident the repairs will hold",
        "The engineers have done a fine job",
        "and the city is grateful.",
        "Thank you for your patience, everyone.",
    ]
    assert [quote.sentence for quote in okafor.quotes] == [1, 2, 2, 4]
    assert [quote.text for quote in miller.quotes] == ["This is a disaster for local shops"]
    assert miller.quotes[0].sentence == 3
    assert okafor.action is not None and okafor.action.sources == (1,)


def test_a_word_quoted_in_the_reporters_sentence_is_the_words_of_the_subject_who_used_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text("Senator Ruth Alvarez called the plan \"reckless\" on Sunday."))
    assert [quote.text for quote in _by_name(actors, "Ruth Alvarez").quotes] == ["reckless"]


def test_a_scare_quote_that_nobody_is_said_to_use_is_not_a_quotation(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Senator Ruth Alvarez spoke on Sunday.\nSales of \"compact\" editions rose in the spring."
    ))
    assert all(actor.quotes == () for actor in actors)


def test_a_closing_mark_moved_to_the_reporters_next_sentence_opens_no_quotation(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Mayor Ana Holm wrote to the ferry company on Monday.\n"
        "\"Passengers come before the timetable,\" Holm wrote. \"The sailings must run on time.\n"
        "\"The ferry company has not replied to the letter.\n"
        "The authority meets again next week."
    ))
    assert [quote.text for quote in _by_name(actors, "Ana Holm").quotes] == [
        "Passengers come before the timetable",
        "The sailings must run on time.",
    ]


def test_credit_lines_and_a_publication_cited_only_as_source_are_not_actors(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "Ridgeway Motors will close its plant in Ohio, according to the Daily Courier. "
        "The company's chief executive, Laura Chen, said the decision was painful.\n"
        "The Courier's Peter Sands and Mia Holt contributed to this report."
    ))
    names = _names(actors)
    assert {"Ridgeway Motors", "Laura Chen", "Ohio"} <= names
    assert not {"Daily Courier", "Peter Sands", "Mia Holt"} & names


def test_a_place_that_only_modifies_a_noun_is_not_an_actor(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "A Vermont farmer, Dale Hobbs, sued the dairy cooperative on Thursday. Hobbs said prices had collapsed."
    ))
    assert "Vermont" not in _names(actors)
    assert "Dale Hobbs" in _names(actors)


def test_unnamed_collectives_that_act_are_group_actors(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Senator Ruth Alvarez proposed a ban on imported steel.\n"
        "Canadian producers warned that prices would rise, and union workers protested outside the Capitol."
    ))
    groups = {actor.name for actor in actors if actor.kind == "group"}
    assert "Canadian producers" in groups
    assert not any(actor.key for actor in actors if actor.kind == "group" and actor.salience < 2)


def test_a_group_counted_in_millions_keeps_its_count_whole(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Up to 1.4m workers could take part in a strike already earmarked for 23 March, the union said.\n"
        "The union said more talks were planned."
    ))
    assert "Up to 1.4m workers" in {actor.name for actor in actors if actor.kind == "group"}


def test_an_organisation_named_after_a_person_is_one_organisation(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Governor Mark Ellis will sign the bill on Monday. Ellis’s campaign team declined to comment.\n"
        "The Ellis team said later that the bill was a priority."
    ))
    teams = [actor for actor in actors if actor.kind == "organization"]
    assert [team.name for team in teams] == ["Ellis’s campaign team"]
    assert "Ellis team" in teams[0].aliases


@pytest.mark.parametrize("count", [0, 1])
def test_key_actors_are_two_to_six_and_come_first(parse_text: Parse, count: int) -> None:
    text = (
        "Northwind Airlines will cut 2,000 jobs, chief executive Sara Lund said on Monday.\n"
        "Lund said the cuts were needed. The Pilots Union called the plan reckless.\n"
        "Analysts at Crest Bank said the airline had little choice. Regulators in Oslo will review the plan.\n"
    ) * (count + 1)
    actors = actors_of(parse_text(text))
    keys = [actor.key for actor in actors]
    assert 2 <= sum(keys) <= 6
    assert keys == sorted(keys, reverse=True)
    saliences = [actor.salience for actor in actors if actor.key]
    assert saliences == sorted(saliences, reverse=True)


def test_the_stage_fills_only_actors_and_is_deterministic(parse_text: Parse) -> None:
    document = parse_text(
        "Foreign Minister Omar Haddad met Lena Vogt in Cairo. Vogt said the talks went well. Haddad agreed."
    )
    first = find_actors(document, Briefing())
    second = find_actors(document, Briefing())
    assert first == second
    assert first.summary == () and first.title == ""
    for actor in first.actors:
        for source in (*actor.mentions, *actor.role_sources, *(q.sentence for q in actor.quotes)):
            assert 0 <= source < len(document.sentences)


def test_kind_is_decided_by_the_evidence_of_all_mentions(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "Attorney General Nora Blake sued the Harbour Traders Association on Monday in Ohio.\n"
        "Blake said the association had misled its members. Ms Blake will hold a news conference on Friday.\n"
        "The Harbour Traders Association said it would fight the case."
    ))
    assert _by_name(actors, "Nora Blake").kind == "person"
    assert _by_name(actors, "Harbour Traders Association").kind == "organization"
    assert _by_name(actors, "Ohio").kind == "place"


def test_the_users_seed_gives_the_who_is_who_the_issue_asks_for(nlp) -> None:  # type: ignore[no-untyped-def]
    from generator.nlp import parse
    from generator.seeds import read_seed

    from .conftest import USER_SEED

    actors = _named(parse(read_seed(USER_SEED), nlp))
    kinds = {actor.name: actor.kind for actor in actors}
    for name in ("Donald Trump", "Xi Jinping", "Han Zheng", "Han Kuo-yu", "Lin Chia-lung"):
        assert kinds[name] == "person"
    for name in ("China", "United States", "Taiwan", "Russia", "Ukraine", "India"):
        assert kinds[name] == "place"
    assert "Beijing" in _by_name(actors, "China").aliases
    assert "Washington" in _by_name(actors, "United States").aliases
    assert kinds["Trump’s transition team"] == kinds["Kuomintang"] == "organization"
    assert kinds["Mexican cartels"] == kinds["U.S. lawmakers"] == "group"
    assert not any("Linskey" in actor.name for actor in actors)
    han = _by_name(actors, "Han Zheng")
    assert "Han" in han.aliases and han.key
    assert _by_name(actors, "Lin Chia-lung").role == "Taiwan’s foreign minister"
    assert [actor.key for actor in actors[:4]] == [True] * 4


def test_a_name_that_is_the_title_of_a_work_is_not_an_actor(parse_text: Parse) -> None:
    actors = actors_of(parse_text("The museum showed \"Anna Berg\" by the painter Carl Hale last week."))
    assert "Anna Berg" not in _names(actors)
    assert "Carl Hale" in _names(actors)


def test_sides_in_a_match_report_are_teams_not_places(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Scotland coach Ian Marsh wants a first win of the season when his side host Portugal.\n"
        "Portugal beat Scotland in Lisbon last year, and Scotland face Norway next month.\n"
        "Arden v Belmont\n"
        "Colby v Arden\n"
        "Arden beat Colby in the first round, while Belmont knocked out Dunmore on Saturday."
    ))
    kinds = {actor.name: actor.kind for actor in actors}
    assert kinds["Scotland"] == "organization" and kinds["Portugal"] == "organization"
    assert kinds["Arden"] == "organization" and kinds["Colby"] == "organization"


def test_a_country_that_faces_a_problem_is_still_a_place(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Russia faces new sanctions after the vote, the European Union said on Monday.\n"
        "Russia has rejected the plan."
    ))
    assert {actor.name: actor.kind for actor in actors}["Russia"] == "place"


def test_a_place_listed_among_many_without_acting_is_not_an_actor(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The retailer Halden Stores said on Monday it would close branches in Ohio, Texas, Maine, Utah and Iowa.\n"
        "Halden said Texas would also lose its warehouse."
    ))
    names = _names(actors)
    assert "Halden Stores" in names and "Texas" in names
    assert not names & {"Ohio", "Maine", "Utah", "Iowa"}


def test_roles_come_from_a_relative_clause_a_title_parsed_apart_and_a_from_phrase(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Professor Alan Marsh, who led the study, said the results were clear.\n"
        "Italy have lost their first two games. Their coach Ian Kirby has warned his side against complacency.\n"
        "Dr Ruth Okafor from the University of Leeds said more work was needed."
    ))
    assert "led the study" in (_by_name(actors, "Alan Marsh").role or "")
    assert _by_name(actors, "Ian Kirby").role == "Italy's coach"
    assert "University of Leeds" in (_by_name(actors, "Ruth Okafor").role or "")


def test_titles_of_works_and_what_they_are_about_are_not_actors(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The festival programme includes the Ada Lovelace biopic Engine and Tom Reyes's drama Harbour Lights.\n"
        "Players can shoot zombies in a mobile version of Tiber's Night of the Dead.\n"
        "Festival director Ana Ruiz said the programme had sold out."
    ))
    names = _names(actors)
    assert "Ana Ruiz" in names
    assert not names & {"Ada Lovelace", "Engine", "Tom Reyes", "Harbour Lights", "Night of the Dead"}


def test_people_who_beat_people_stay_people_and_a_score_is_no_part_of_a_name(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Tom Hale beat Lee Wan 13-6 to reach the quarter-finals in Sheffield on Monday.\n"
        "Hale will meet Ray Dunn, who beat Sam Price in the first round."
    ))
    kinds = {actor.name: actor.kind for actor in actors}
    assert kinds["Tom Hale"] == kinds["Lee Wan"] == kinds["Ray Dunn"] == "person"


def test_a_surname_after_an_honorific_that_the_recogniser_missed_is_the_same_person(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Local MP Chris Dale condemned the closure of the barracks on Monday.\n"
        "\"Mr Dale said he would launch a petition against the decision.\n"
        "Mr Dale said he understood the need for savings."
    ))
    assert [a.name for a in actors if a.kind == "person"] == ["Chris Dale"]


def test_a_name_the_recogniser_missed_is_found_again_where_it_is_written_as_a_name(parse_text: Parse) -> None:
    document = parse_text(
        "Senator Olive Winter criticised the plan on Tuesday.\n"
        "Winter said the tax would fall in the winter. Winter and the mayor met later."
    )
    clusters = merge(find_mentions(document), document)
    winter = next(c for c in clusters if c.key == "olive winter")
    found_again = [(m.sentence, m.span.text) for m in winter.mentions if m.label == "ALIAS"]
    assert found_again == [(1, "Winter"), (2, "Winter")]  # not "the winter"
    assert _by_name(actors_of(document), "Olive Winter").mentions == (0, 1, 2)


def test_every_name_of_a_list_that_is_the_subject_acts(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Reuters, Bloomberg, Halden Media and a handful of smaller outlets are all seeking to capture readers.\n"
        "The market grew last year."
    ))
    assert {"Reuters", "Bloomberg", "Halden Media"} <= _names(actors)


def test_each_side_of_a_fixture_line_is_a_team(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Harbour Town will meet holders Kingsbridge Rovers in the third round.\n\n"
        "Harbour Town v Kingsbridge Rovers\n\nMillbrook v Eastleigh Vale\n\nMatches are played in January."
    ))
    kinds = {actor.name: actor.kind for actor in actors}
    assert kinds["Millbrook"] == "organization"
    assert kinds["Eastleigh Vale"] == "organization"


def test_a_name_shortened_word_by_word_is_the_same_actor(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Kingsbridge United will host Exeter City in January.\n\n"
        "Kingsbridge Utd v Exeter City\n\nMillbrook v Eastleigh Vale"
    ))
    names = [actor.name for actor in actors]
    assert "Kingsbridge United" in names
    assert "Kingsbridge Utd" not in names


def test_a_shortening_keeps_each_words_first_letter_and_some_of_its_letters_in_order() -> None:
    from generator.stages.actors.forms import abbreviates

    assert abbreviates("man utd", "manchester united")
    assert abbreviates("notts co", "notts county")
    assert not abbreviates("man city", "manchester united")
    assert not abbreviates("utd", "united")  # one word: a surname or a first word, not a shortening


def test_a_name_with_a_particle_between_hyphens_and_its_first_part_alone_are_one_person(parse_text: Parse) -> None:
    from generator.stages.actors.forms import hyphen_part

    actors = actors_of(parse_text(
        "Only captain Tariq-ul-Hassan passed 50 in the first two Tests of the series.\n"
        '"This is a big disappointment for us," said Tariq.'
    ))
    names = [actor.name for actor in actors]
    assert "Tariq-ul-Hassan" in names
    assert "Tariq" not in names
    assert hyphen_part("Hassan", "Tariq-ul-Hassan")
    assert not hyphen_part("Jean", "Jean-Pierre")
    assert not hyphen_part("Jean", "Jean-Pierre-Marc")


def test_a_place_named_only_to_locate_another_or_as_an_address_is_no_actor(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "The festival opened in Park City, Utah, on Thursday.\n"
        "Organisers said crowds in Park City were the largest yet.\n"
        "A second defendant, Edward Byatt, 39, of Buckhurst Hill, was fined by the court in Park City."
    ))
    names = {actor.name for actor in actors}
    assert "Park City" in names
    assert not names & {"Utah", "Buckhurst Hill"}


def test_places_listed_together_are_not_taken_to_locate_each_other(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "Teams from China, New Zealand and Italy competed at the festival.\n"
        "New Zealand won the final against China."
    ))
    names = {actor.name for actor in actors}
    assert {"China", "New Zealand"} <= names


def test_barracks_and_theatres_are_places(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The army will close Halden Barracks next year, the ministry said.\n"
        "Halden Barracks has housed soldiers for a century."
    ))
    assert _by_name(actors, "Halden Barracks").kind == "place"


def test_two_names_the_recogniser_ran_together_over_a_comma_are_cut_apart(parse_text: Parse) -> None:
    from generator.stages.actors.mentions import find_mentions

    document = parse_text("Liverpool travel to Burnley, Crystal Palace go to Sunderland and Bolton meet Ipswich.")
    assert all("," not in mention.text for mention in find_mentions(document))


def test_a_title_in_single_quote_marks_and_a_name_with_the_are_no_people_or_bodies(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Each piece of the kite bears the characters 'China Dream' and it takes hours to fly.\n"
        "This is perhaps the Holy Grail of search, said analyst Tom Reyes."
    ))
    names = {actor.name for actor in actors}
    assert not names & {"China Dream", "Holy Grail"}


def test_a_one_word_company_is_an_organisation_by_what_it_owns_and_the_examples_it_stands_in(
    parse_text: Parse,
) -> None:
    actors = actors_of(parse_text(
        "Shares in Talvora fell sharply on Monday after a court froze Talvora's main asset.\n"
        "Talvora said in a statement that it would appeal. "
        "Talvora's chief executive, Dmitri Orlov, was not available.\n"
        "Web users have turned to sites like Brimbo and Quaxly for their searches."
    ))
    assert _by_name(actors, "Talvora").kind == "organization"
    assert _by_name(actors, "Brimbo").kind == "organization"
    assert _by_name(actors, "Dmitri Orlov").kind == "person"


def test_a_place_that_only_locates_the_events_is_never_key_and_a_place_inside_a_name_is_no_actor(
    parse_text: Parse,
) -> None:
    actors = _named(parse_text(
        "Danny Willett trails Rory McIlroy in the Race to Dubai after a fine week.\n"
        "The talks broke down in Essex on Monday, and Turkey walked out. Danny Willett said he was happy."
    ))
    assert "Dubai" not in _names(actors)
    assert not _by_name(actors, "Essex").key
    assert _by_name(actors, "Turkey").key


def test_a_description_that_is_another_persons_title_is_not_given_to_the_person_before_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Prime minister Tony Blair was questioned by Michael Howard on Wednesday about the new law.\n"
        "Later Alan Spate asked a question about schools. The prime minister almost blushed.\n"
        "Michael Howard asked why the prime minister would not wait. The prime minister said nothing."
    ))
    assert _by_name(actors, "Tony Blair").role == "Prime minister"
    assert _by_name(actors, "Alan Spate").role is None
    assert _by_name(actors, "Michael Howard").role is None


def test_a_title_before_a_name_that_the_parser_reads_as_a_verb_is_still_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Bayer Leverkusen defender Emir Spahic could face a lengthy ban after video footage emerged on Thursday.\n"
        "Spahic was substituted in the 90th minute."
    ))
    assert _by_name(actors, "Emir Spahic").role == "Bayer Leverkusen defender"


def test_a_predicate_about_a_list_or_a_party_is_no_ones_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Elena Petrova and Nathalie Dechy are the real victims of the scandal, their coach said on Monday.\n"
        "The Greens are such a shower that we should vote now, said Tom Hale. Anna Berg, who was jailed in 2009, "
        "is a lawyer."
    ))
    assert _by_name(actors, "Elena Petrova").role is None
    assert _by_name(actors, "Greens").role is None
    assert _by_name(actors, "Anna Berg").role == "lawyer"


def test_a_news_site_that_only_tells_the_news_reports_the_story_and_is_no_actor(parse_text: Parse) -> None:
    actors, _, reporting = cast_of(parse_text(
        "Lisa Marr, who teaches law, got tripped up on the last question, notes Philly.com.\n"
        "The Evening Herald said on Monday that Lisa Marr would appeal. Lisa Marr said she was sorry."
    ))
    assert _by_name(actors, "Lisa Marr").key
    assert not {"Philly.com", "Evening Herald"} & _names(actors)
    assert {"Philly.com", "Evening Herald"} <= _names(reporting)
    assert not any(teller.key for teller in reporting)


def test_a_one_word_name_that_takes_a_verb_in_the_plural_is_a_team_not_a_person(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The manager was sacked on Monday after Doncaster were beaten again.\n"
        "Doncaster have lost three games in a row, and Tom Varga said Doncaster need a new start."
    ))
    assert _by_name(actors, "Doncaster").kind == "organization"
    assert _by_name(actors, "Tom Varga").kind == "person"


def test_a_role_is_a_whole_phrase_about_that_name_alone(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Marsh was downgraded by three credit rating agencies - Standard & Poor's, Moody's and Fitch.\n"
        "English pair Chris Wood (-13) and Richard Bland (-12) who were tied for second overnight are fifth and "
        "seventh. Regarding the scandal, David Lat - a lawyer and legal commenter -suggests she was hacked."
    ))
    assert _by_name(actors, "Moody's").role == "one of three credit rating agencies"
    assert _by_name(actors, "Richard Bland").role is None
    assert "suggests" not in (_by_name(actors, "David Lat").role or "")


def test_a_name_in_the_plural_that_takes_a_plural_verb_is_a_team_too(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The manager was sacked on Monday.\n"
        "Spurs have lost three games in a row, and Tom Varga said Spurs need a new start."
    ))
    assert _by_name(actors, "Spurs").kind == "organization"


def test_a_possessive_pronoun_in_a_role_is_replaced_by_the_name_it_stands_for(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Yukos will return to a US court on Monday, and Mikhail Khodorkovsky, its founder, is in jail. "
        "Anna Berg, his lawyer, said he would appeal."
    ))
    assert _by_name(actors, "Mikhail Khodorkovsky").role == "Yukos' founder"
    assert _by_name(actors, "Anna Berg").role == "Mikhail Khodorkovsky's lawyer"


def test_a_name_met_once_in_passing_after_the_lead_is_not_key(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Lisa Marr and Tom Hale launched a new phone on Monday.\n"
        "Lisa Marr said the phone would sell well.\n"
        "Later Tom Hale showed a picture of it to users of Flickbook."
    ))
    assert not any(actor.key for actor in actors if actor.name == "Flickbook")  # nor listed: its kind is a guess
    assert _by_name(actors, "Tom Hale").key


def test_a_knight_by_title_and_first_name_is_the_same_person_as_the_full_name(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Sir Anthony O'Reilly, chief executive of the group, announced the deal on Monday.\n"
        "Sir Anthony said the papers were doing well. Sir Anthony added that he would stay."
    ))
    assert [a.name for a in actors if a.kind == "person"] == ["Sir Anthony O'Reilly"]


def test_a_place_named_as_a_persons_seat_is_not_an_actor(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The first question came from Derby North's Bob Laxton on Wednesday.\n"
        "Later Birmingham's Sion Simon asked about schools. Bob Laxton said he was pleased."
    ))
    assert _names(actors) == {"Bob Laxton", "Sion Simon"}


def test_letters_after_a_name_are_no_part_of_it_and_the_title_before_is_still_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Judge Stephen Kramer QC ordered Grant Allen to pay back the money on Friday.\n"
        "Stephen Kramer said the sum was large. Grant Allen said nothing."
    ))
    kramer = _by_name(actors, "Stephen Kramer")
    assert kramer.role == "Judge"


def test_a_negotiator_is_a_person_and_a_port_of_a_city_is_a_place(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "Dock workers at the port of Rotterdam walked off the job on Thursday, union leaders said.\n"
        "Marieke de Vries, the union's chief negotiator, said the offer did not keep pace with inflation."
    ))
    assert _by_name(actors, "Marieke de Vries").kind == "person"
    assert _by_name(actors, "Rotterdam").kind == "place"


def test_a_relation_before_a_name_is_the_role_with_whose_it_is_and_a_title_of_no_one_known_is_none(
    parse_text: Parse,
) -> None:
    actors = actors_of(parse_text(
        "Grant Allen, 38, travelled around the world with his girlfriend Gaynor Godwin on stolen money.\n"
        "Their coach John Kirwan said the team was ready."
    ))
    assert _by_name(actors, "Gaynor Godwin").role == "Grant Allen's girlfriend"
    assert _by_name(actors, "John Kirwan").role is None  # "Their coach": whose, the reader cannot tell


def test_a_hyphenated_title_in_apposition_is_the_whole_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "\"Search was always important,\" said Urs Holzle, Google vice-president of operations.\n"
        "Anna Berg, a lawyer, said he was right."
    ))
    assert _by_name(actors, "Urs Holzle").role == "Google vice-president of operations"


def test_a_constituency_after_mp_for_is_no_actor_even_when_read_as_a_person(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Responding for the party, Nia Griffith, MP for Penarth, said the ministry was wrong.\n"
        "Nia Griffith said the plan would cost jobs."
    ))
    assert _names(actors) == {"Nia Griffith"}
    assert _by_name(actors, "Nia Griffith").role == "MP for Penarth"


def test_a_site_where_words_were_posted_is_not_an_actor(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Mayor Anna Berg promised to rebuild the harbour wall.\n"
        "In a post on Twitter, Mrs Berg wrote that the work would start in May.\n"
        "The statement was shared on Facebook by her deputy, Tom Hale."
    ))
    assert not {"Twitter", "Facebook"} & _names(actors)


def test_a_demonym_read_as_a_name_is_not_an_actor(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "One in four Britons will be over 65 by 2050, a study by Leeds University found.\n"
        "The British population is ageing faster than that of France, the researchers said."
    ))
    assert not {"Britons", "British"} & _names(actors)
    assert "Leeds University" in _names(actors)


def test_a_title_between_commas_after_a_name_is_the_role_when_the_parse_misses_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Theresa Marsh, Tory shadow work and pensions secretary, said: \"We have got to find a way.\""
    ))
    assert _by_name(actors, "Theresa Marsh").role == "Tory shadow work and pensions secretary"


def test_one_of_a_group_in_apposition_is_the_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text("Wang Dongming, one of the three kite flyers, said the rope was strong."))
    assert _by_name(actors, "Wang Dongming").role == "one of the three kite flyers"


def test_a_club_named_after_its_town_takes_the_title_before_it(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Premiership side Newcastle United face a long trip in the third round.\n"
        "Conference side Exeter City, who knocked out Doncaster on Saturday, will meet Arsenal in January."
    ))
    assert _by_name(actors, "Exeter City").role == "Conference side"


def test_a_denied_predicate_is_no_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Novelist Ruth Calder criticised the new library on Monday.\n"
        "Ms Calder isn't the only writer to criticise the building, which opened last week after six years of work."
    ))
    assert _by_name(actors, "Ruth Calder").role == "Novelist"


def test_who_is_gives_what_the_person_is_without_the_verb(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Ruth Calder, who is a children's book author, said the library was too small."
    ))
    assert _by_name(actors, "Ruth Calder").role == "children's book author"


def test_a_name_after_at_is_a_venue_whatever_the_recogniser_calls_it(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "Leverkusen were knocked out of the cup after 120 goalless minutes at the BayArena on Wednesday.\n"
        "A storage depot at Sennybridge will close in 2025, the ministry said."
    ))
    assert _by_name(actors, "BayArena").kind == "place"
    assert _by_name(actors, "Sennybridge").kind == "place"


def test_a_bare_title_gives_way_to_the_same_title_with_its_organisation(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Chief executive Geoff Marsh was quoted by a newspaper as saying the airline could not afford more staff.\n"
        "\"We are in a global market,\" Halden Air chief executive Geoff Marsh told reporters."
    ))
    assert _by_name(actors, "Geoff Marsh").role == "Halden Air chief executive"


def test_the_place_a_barracks_is_in_is_not_its_role(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Three barracks will close, the ministry said on Monday.\n"
        "Cawdor Barracks, Pembrokeshire - whose closure was announced in 2013 - will now shut in 2024."
    ))
    assert _by_name(actors, "Cawdor Barracks").role is None


def test_a_character_played_in_a_film_is_not_an_actor_but_a_rival_played_in_a_city_is(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "The 30-year-old actor Tom Hale, who is nominated for playing Henry Ford in The Engineer, will present.\n"
        "Ruth Calder beat Anna Berg in the final after playing Mia Stone in Melbourne on Monday."
    ))
    assert "Henry Ford" not in _names(actors)
    assert "Mia Stone" in _names(actors)


def test_a_one_word_name_a_team_knocked_out_or_a_side_travels_to_face_is_a_team(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "Conference side Exeter City, who knocked out Dunmore on Saturday, will travel to Arlen Park in January.\n"
        "Tom Varga is expected to miss his side's trip to face Belwick in the league on Saturday."
    ))
    assert _by_name(actors, "Dunmore").kind == "organization"
    assert _by_name(actors, "Belwick").kind == "organization"
    assert _by_name(actors, "Arlen Park").kind == "place"


def test_a_player_who_beats_a_player_stays_a_person(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Ruth Calder beat Anna Berg in the final on Monday.\n"
        "Calder will face Mia Stone next, and Berg will play Kuznova in the plate."
    ))
    assert _by_name(actors, "Ruth Calder").kind == "person"
    assert _by_name(actors, "Anna Berg").kind == "person"


def test_countries_a_team_lost_to_are_teams(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Italy have lost both their opening games at home to Ireland and Wales, coach Tom Varga said.\n"
        "\"We learn,\" he said, optimistic despite opening defeats to France and Ireland."
    ))
    kinds = {actor.name: actor.kind for actor in actors}
    assert kinds["Ireland"] == "organization" and kinds["France"] == "organization"


def test_an_organisation_named_with_and_after_the_keeps_its_first_word_and_its_acronym_joins_it(
    parse_text: Parse,
) -> None:
    actors = _named(parse_text(
        "The Public and Commercial Services Union (PCS) will co-ordinate any strike with other unions.\n"
        "PCS said on Monday that its members would vote in March."
    ))
    unions = [actor for actor in actors if actor.kind == "organization"]
    assert [actor.name for actor in unions] == ["Public and Commercial Services Union"]
    assert "PCS" in unions[0].aliases


def test_a_creed_or_a_doctrine_is_not_an_actor(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "Ruth Calder, who converted to Judaism, condemned the threats on Monday.\n"
        "Critics of Thatcherism said Ruth Calder was right."
    ))
    assert "Ruth Calder" in _names(actors)
    assert not {"Judaism", "Thatcherism"} & _names(actors)


def test_a_place_a_person_or_a_thing_comes_from_is_no_actor_nor_the_setting(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "The law professor from Leeds was suspended on Monday, the university said.\n"
        "Workers in Dover fell ill after handling grapes imported from Chile. Ruth Calder flew from Oslo to Dover."
    ))
    names = _names(actors)
    assert not {"Leeds", "Chile"} & names
    assert {"Dover", "Oslo"} <= names


def test_a_store_whose_name_ends_in_s_keeps_it_when_it_owns_nothing(parse_text: Parse) -> None:
    actors = _named(parse_text(
        "Halden Group, owner of Marlow's and Tessier's, will buy its rival, the company said on Monday.\n"
        "Marlow's chief executive Ana Ruiz said the deal was good for shoppers."
    ))
    names = _names(actors)
    assert "Marlow's" in names
    assert "Marlow" not in names


def test_a_one_word_name_that_owns_a_product_is_its_maker_but_one_with_an_honorific_stays_a_person(
    parse_text: Parse,
) -> None:
    maker = actors_of(parse_text("Fans can now play Kelvo's Star Racer on the train, and the phone costs less."))
    author = actors_of(parse_text("Fans can now read Ms Kelvo's Star Racer on the train, and the book costs less."))
    assert _by_name(maker, "Kelvo").kind == "organization"
    assert _by_name(author, "Kelvo").kind == "person"
