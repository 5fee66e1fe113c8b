"""Who said each quotation, on small invented news paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from generator.model import Actor, Document
from generator.stages.actors import actors_of

Parse = Callable[..., Document]


def _quotes(actors: list[Actor]) -> dict[str, list[str]]:
    return {actor.name: [quote.text for quote in actor.quotes] for actor in actors if actor.quotes}


def test_a_speaker_named_in_apposition_to_a_title_gets_the_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The harbour festival went ahead despite the storm.\n"
        "\"We never thought of cancelling the opening night,\" said the festival's director, Tomas Varga.\n"
        "The festival's treasurer, Ilse Brandt, said ticket sales were strong."
    )))
    assert quotes == {"Tomas Varga": ["We never thought of cancelling the opening night"]}


def test_she_is_never_a_man_that_an_honorific_or_an_earlier_he_names(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Mr Varga's view was shared by Ilse Brandt, who runs the sister market.\n"
        "\"We have been careful to respect the families of the victims,\" she said.\n"
    )))
    assert quotes == {"Ilse Brandt": ["We have been careful to respect the families of the victims"]}


def test_she_stands_for_the_subject_of_the_main_clause_not_of_a_clause_inside_it(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Marta Keller is also angry and says that Anna Rossi and herself are the real victims.\n"
        "\"You have no idea what I have been through this week,\" she said.\n"
    )))
    assert quotes == {"Marta Keller": ["You have no idea what I have been through this week"]}


def test_an_attribution_broken_off_into_a_sentence_of_its_own_names_the_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Anna Rossi is fuming that she has been named in the row.\n"
        "\"How can anyone be happy to see their face on the cover of a paper?\n"
        "\"\n"
        "Rossi said.\n"
        "The federation declined to comment."
    )))
    assert quotes == {"Anna Rossi": ["How can anyone be happy to see their face on the cover of a paper?"]}


def test_an_opening_mark_left_at_the_end_of_the_paragraph_before_opens_the_next(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The graph shows a clear trend towards bluer paintings over two centuries. '\n"
        "I made a picture of how the colours of paintings changed over time,' said Martin Holm, a student.\n"
    )))
    assert quotes == {"Martin Holm": ["I made a picture of how the colours of paintings changed over time"]}


def test_a_quotation_without_attribution_is_the_words_of_whom_the_sentence_before_is_about(
    parse_text: Parse,
) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The council met on Monday to discuss the new library.\n"
        "Martin Holm used freely available plans for the design.\n"
        "\"There are many places where you can find the plans of old libraries.\"\n"
    )))
    assert quotes == {"Martin Holm": ["There are many places where you can find the plans of old libraries."]}


def test_a_quotation_whose_speaker_cannot_be_told_is_given_to_nobody(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Martin Holm and Anna Rossi both spoke at the meeting of the council on Monday.\n"
        "The meeting ended late.\n"
        "Later, a statement was read out.\n"
        "\"The plans for the library will be published before the end of the month,\" it said.\n"
    )))
    assert quotes == {}


def test_he_stands_for_whom_it_last_stood_for_when_no_name_is_near(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Professor Kevin Marsh from the University of Leeds said the test still had to be checked.\n"
        "But he added that the markers they had found looked very promising.\n"
        "\"Our findings are exciting because they show that a blood test can work.\n"
        "The test could help patients in several ways, he said.\n"
        "It could also guide future treatments.\n"
        "Doctors would know sooner which patients needed care.\n"
        "Trials would start next year.\n"
        "Costs were not yet known.\n"
        "\"The way we see it working is that you can test people at their doctor's,\" he said.\n"
    )))
    assert quotes == {"Kevin Marsh": [
        "Our findings are exciting because they show that a blood test can work.",
        "The way we see it working is that you can test people at their doctor's",
    ]}


def test_the_reporters_words_inside_quote_marks_are_no_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Anna Rossi, who leads the research team, spoke after the results were published.\n"
        "\"He said there were several ways the test could help patients.\n"
        "\"Mr Holm said:\n"
        "\"We will publish everything before the end of the year,\" Rossi said.\n"
    )))
    assert quotes == {"Anna Rossi": ["We will publish everything before the end of the year"]}


def test_he_continued_after_a_quotation_stands_for_its_speaker_named_sentences_before(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The festival also drew Oliver Stone and Marek Halloran.\n"
        "Halloran, whose film is in competition, said he had wondered whether to come.\n"
        "\"I questioned whether I should come at all,\" the actor said.\n"
        "\"I thought it might be in bad taste.\n"
        "But then I spoke to the organisers.\n"
        "\"Now I have come here I am very glad,\" he continued."
    )))
    assert quotes["Marek Halloran"][-1] == "Now I have come here I am very glad"


def test_a_quotation_continued_in_a_new_sentence_after_told_goes_to_the_same_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "\"We could understand if the airline was about to go under,\" union official Petra Lind told reporters. "
        "\"The airline announced a record profit last year so it is totally unnecessary.\" "
        "The airline declined to comment."
    )))
    assert quotes == {"Petra Lind": [
        "We could understand if the airline was about to go under",
        "The airline announced a record profit last year so it is totally unnecessary.",
    ]}


def test_a_quotation_in_single_marks_runs_on_over_paragraphs_to_its_attribution(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The trial heard that the couple lived well. \u2018\n\n"
        "Grant Holm used other people in the laundering process.\n\n"
        "He is somehow involved in criminal behaviour,\u2019 prosecutor Carl Evans told the jury.\n\n"
        "The trial continues."
    )))
    assert quotes == {"Carl Evans": ["Grant Holm used other people in the laundering process."]}


def test_a_fragment_in_a_reported_clause_is_the_words_of_who_reported_it(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The committee chair, Ann Price, said the agency was \"in crisis\" and needed new leaders."
    )))
    assert quotes == {"Ann Price": ["in crisis"]}


def test_words_of_a_group_are_not_given_to_one_person_whose_title_it_shares(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Deputy Prime Minister Joan Hale spoke in April.\n"
        "Privately ministers believe this will be the \"less painful\" option."
    )))
    assert quotes == {}


def test_a_quoted_title_in_capitals_is_not_a_quotation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Actress Mia Stone appeared in the magazine's \"Queen of Everything\" feature last week."
    )))
    assert quotes == {}


def test_who_said_stands_for_the_person_named_just_before_it(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "That echoes the concerns of researchers such as Dana Cole, professor of history at Hill University, "
        "who said: \"The money spent on this plan is simply wasted.\""
    )))
    assert quotes == {"Dana Cole": ["The money spent on this plan is simply wasted."]}


def test_a_quotation_glued_to_the_mark_closing_the_one_before_is_still_found(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Press secretary Sam Ortiz said the attacks were \"unacceptable\".\"Hatred of any kind has no place "
        "in this country,\" said Ortiz."
    )))
    assert quotes["Sam Ortiz"][-1] == "Hatred of any kind has no place in this country"


def test_the_statement_quoted_right_after_a_speaker_is_that_speakers(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Press secretary Sam Ortiz said the president had made it \"abundantly clear\".\n"
        "\"Hatred of any kind has no place in this country,\" the statement, which was shared online, said."
    )))
    assert quotes == {"Sam Ortiz": ["abundantly clear", "Hatred of any kind has no place in this country"]}


def test_the_33_year_old_added_stands_for_the_person_named_last(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Mark Selden beat Tom Reyes 13-6 in the second round.\n"
        "Selden said his form meant he was not troubled by expectation.\n"
        "\"I don't feel under pressure as much this season,\" the 33-year-old added."
    )))
    assert quotes == {"Mark Selden": ["I don't feel under pressure as much this season"]}


def test_a_report_is_no_description_of_a_person(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Sir Archy Kirkwood chaired the inquiry.\n"
        "\"The agency is simply not working at all,\" the report said."
    )))
    assert quotes == {}


def test_a_continued_quotation_telling_of_its_speaker_by_name_is_the_reporters(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Mark Selden told reporters: \"I feel relaxed and I am enjoying my snooker.\n\n"
        "\"If you peak in the first round the only way you can go is down.\n\n"
        "\"Selden won the first three frames of his final session to progress.\n\n"
        "\"I feel like my game has not been fantastic,\" he said."
    )))
    assert quotes == {"Mark Selden": [
        "I feel relaxed and I am enjoying my snooker.",
        "If you peak in the first round the only way you can go is down.",
        "I feel like my game has not been fantastic",
    ]}


def test_she_stands_for_the_one_person_named_further_back_when_none_is_near(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Professor Lisa Marlow sent the email to her students.\n"
        "The college apologised on Tuesday.\n"
        "An internal investigation is under way.\n"
        "The email linked to a video.\n"
        "Many students complained to the college.\n"
        "On her website she calls herself a keen reader.\n"
        "She adds that she likes \"crawling under the covers with a dog and a good book\" at weekends."
    )))
    assert quotes == {"Lisa Marlow": ["crawling under the covers with a dog and a good book"]}


def test_a_name_the_recogniser_missed_in_lower_case_still_names_its_actor(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Newsdesk.com is a local news site.\n"
        "Now newsdesk.com reports that readers were shown \"a video of an explicit act\" by mistake."
    )))
    assert quotes == {"Newsdesk.com": ["a video of an explicit act"]}


def test_it_of_an_attribution_is_the_body_that_its_sentence_follows_on_from(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The Commons transport committee has called for the ferry service to be suspended unless it improves.\n"
        "The committee found that nearly 400 crossings had been late last year. It warned that the service was "
        "\"close to collapse\", describing it as \"badly run from top to bottom\".\n"
        "The Sealink chairman, Tom Hale, said the crossings were now on time."
    )))
    assert quotes == {"Commons transport committee": ["close to collapse", "badly run from top to bottom"]}


def test_it_after_a_sentence_about_something_else_is_given_to_nobody(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The Commons transport committee has called for the ferry service to be suspended unless it improves.\n"
        "The ferry service lost money for a third year. It warned that the timetable was \"close to collapse\".\n"
    )))
    assert quotes == {}


def test_the_report_speaks_for_whom_an_earlier_report_is_by(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "A study by the Harbour Trust found that the ferry service was losing money.\n"
        "Ferry passengers have complained for years.\n"
        "The study urged the operator to publish \"a recovery plan for the winter months\"."
    )))
    assert quotes == {"Harbour Trust": ["a recovery plan for the winter months"]}


def test_a_participle_of_saying_takes_the_subject_of_the_clause_it_hangs_from(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The ferry company lost money for a third year.\n"
        "Its former chief executive Anna Berg resigned in May, claiming she was \"deeply frustrated\" with the board."
    )))
    assert quotes == {"Anna Berg": ["deeply frustrated"]}


def test_each_fragment_of_a_passive_goes_to_the_name_after_its_own_by(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Critics have not been kind to the new library.\n"
        "The building was branded \"a concrete shoebox\" by Ruth Calder and \"aloof\" by Simon Marsh."
    )))
    assert quotes == {"Ruth Calder": ["a concrete shoebox"], "Simon Marsh": ["aloof"]}


def test_a_description_after_the_verb_of_saying_is_the_agent_not_the_subject_of_a_passive(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The council leader Anna Berg was praised by the architect Ruth Calder at the opening.\n"
        "'I think the town will come to love it,' continued the 61-year-old architect.\n"
        "'It took us six years.'"
    )))
    assert quotes == {"Ruth Calder": ["I think the town will come to love it", "It took us six years."]}


def test_a_verb_of_saying_joined_to_another_takes_its_subject(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Ruth Calder, 47, appeared on the breakfast show and said the mayor would be her 'role model'."
    )))
    assert quotes == {"Ruth Calder": ["role model"]}


def test_a_quotation_opening_a_sentence_run_into_the_one_before_goes_on_from_the_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Professor Ruth Calder, who led the study, said: 'The town will keep growing.'\n"
        "While the old town will grow slowly, the new estates will grow nearly three times as fast, meaning "
        "they will hold most of the people 'At a regional level, families will move out of the centre.'\n"
        "Anna Berg, the mayor, disagreed."
    )))
    assert quotes == {"Ruth Calder": [
        "The town will keep growing.", "At a regional level, families will move out of the centre."
    ]}


def test_of_two_subjects_of_a_verb_of_saying_the_name_is_the_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Critics have not been kind to the new library.\n"
        "Double Booker Prize winner and Wolf Hall author Hilary Marsh has described it as a 'concrete shoebox'."
    )))
    assert quotes == {"Hilary Marsh": ["concrete shoebox"]}


def test_a_name_right_before_a_verb_of_saying_without_a_subject_is_the_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Tom Hale joined the company in May.\n"
        "Announcing the hire in a blog post on Thursday Hale wrote: 'We are both in cyberspace and on city streets "
        "at once.'"
    )))
    assert quotes == {"Tom Hale": ["We are both in cyberspace and on city streets at once."]}


def test_a_name_after_an_opening_participle_read_as_the_subject_is_the_speaker(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The Defence Secretary Michael Hale announced the closure of three barracks on Monday.\n"
        "Responding for Labour, Shadow Defence Secretary Nia Marsh, MP for Llanelli, said the ministry was "
        "\"right to restructure its estate\"."
    )))
    assert quotes == {"Nia Marsh": ["right to restructure its estate"]}


def test_it_of_a_sentence_about_the_firm_looks_past_it_to_the_organisation(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "Halden said \"the original plan could not be carried out at a sensible cost\".\n"
        "But the firm denied reports that it was leaving the country.\n"
        "\"We remain committed to the rebuilding work,\" it said in a statement."
    )))
    assert quotes == {"Halden": [
        "the original plan could not be carried out at a sensible cost", "We remain committed to the rebuilding work"
    ]}


def test_words_of_a_group_named_as_the_speaker_are_not_given_to_it(parse_text: Parse) -> None:
    quotes = _quotes(actors_of(parse_text(
        "The festival jury met on Sunday.\n"
        "Judges praised the film's \"great insight and sensitivity\"."
    )))
    assert quotes == {}


def test_words_quoted_in_a_clause_set_against_the_speakers_are_its_subjects(parse_text: Parse) -> None:
    actors = actors_of(parse_text(
        "Meanwhile Sandra Toller caused outrage when she said the duchess doesn’t have a ‘single opinion’ of "
        "her own, while Joan Smythe produced a similar storm by labelling Kate ‘unambitious and bland’."
    ))
    quotes = _quotes(actors)
    assert "unambitious and bland" in " ".join(quotes.get("Joan Smythe", []))
    assert "unambitious and bland" not in " ".join(quotes.get("Sandra Toller", []))
