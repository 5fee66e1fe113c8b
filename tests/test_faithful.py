"""The line checker: what may be shown, on small invented sentences, and on every line of every seed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.catalog import find_seeds
from generator.language.asking import question_problems
from generator.language.faithful import action_problems, statement_problems
from generator.model import Briefing, Document
from generator.nlp.parse import load_model, parse
from generator.pipeline import STAGES, brief
from generator.seeds import read_seed
from generator.stages.vetting import vet
from tests.helpers import TODAY

Parse = Callable[..., Document]
ROOT = Path(__file__).resolve().parent.parent


def source(parse_text: Parse, text: str):  # type: ignore[no-untyped-def]
    return parse_text(text).spans[0]


def test_a_verbatim_sentence_may_be_shown(parse_text: Parse) -> None:
    sentence = "The council approved the budget on Monday after a long debate."
    assert statement_problems(sentence, source(parse_text, sentence)) == []


def test_what_the_checker_finds_in_a_line_is_computed_once_and_kept_with_the_sentence(parse_text: Parse) -> None:
    from generator.language.tokens import remembered

    span = source(parse_text, "The council approved the budget on Monday after a long debate.")
    first = statement_problems("The council approved.", span)
    kept = remembered(span, ("The council approved.", frozenset()), lambda: ("computed again",))
    assert first and kept == tuple(first)
    assert statement_problems("The council approved.", span) == first
    assert remembered(span, "another question", lambda: ("asked",)) == ("asked",)


def test_an_opening_of_phrase_that_the_rest_counts_from_may_not_be_cut(parse_text: Parse) -> None:
    span = source(parse_text, "Of the eleven players, only two have scored a goal this season.")
    assert "drops an exception to what it keeps, or the set it counts from" in statement_problems(
        "Only two have scored a goal this season.", span)


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        ('"Of the ten players, only two have scored a goal this season.', "Only two have scored a goal this season."),
        ("Outside the field of card fraud, 40% of the 2,000 reports were about phones.",
         "40% of the 2,000 reports were about phones."),
        ("Among the new members, only three voted for the budget.", "Only three voted for the budget."),
    ],
)
def test_an_opening_phrase_that_restricts_what_the_rest_counts_may_not_be_cut(
    parse_text: Parse, sentence: str, line: str
) -> None:
    problems = statement_problems(line, source(parse_text, sentence))
    assert "drops an exception to what it keeps, or the set it counts from" in problems


def test_a_sentence_that_lost_a_whole_opening_phrase_may_be_shown(parse_text: Parse) -> None:
    span = source(parse_text, "However, the council approved the budget on Monday.")
    assert statement_problems("The council approved the budget on Monday.", span) == []


def test_an_aside_between_commas_may_be_cut(parse_text: Parse) -> None:
    span = source(parse_text, "Federated, the owner of two chains, will take on $6bn of debt.")
    assert statement_problems("Federated will take on $6bn of debt.", span) == []


def test_words_reordered_are_refused(parse_text: Parse) -> None:
    span = source(parse_text, "She said she worked for the airline for ten years.")
    assert statement_problems("For the airline she worked for ten years.", span)


def test_a_fragment_without_its_verb_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "The actor is to present a statuette for the first time at the ceremony on Sunday.")
    assert "no finite verb with its subject" in statement_problems("The first time at the ceremony on Sunday.", span)


def test_a_dropped_attribution_of_an_opinion_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "Critics claim the firm lied to the court about its debts.")
    assert statement_problems("The firm lied to the court about its debts.", span)


def test_a_clause_of_its_own_with_a_verb_of_saying_may_be_cut(parse_text: Parse) -> None:
    span = source(parse_text, "Unions criticised the planned cuts on Monday, saying the airline was still profitable.")
    assert statement_problems("Unions criticised the planned cuts on Monday.", span) == []


def test_a_dropped_according_to_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "The airline could move 7,000 jobs abroad, according to newspaper reports.")
    assert "drops an attribution" in statement_problems("The airline could move 7,000 jobs abroad.", span)


def test_a_dropped_condition_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "If elected, the party would cap the number of asylum claims.")
    assert statement_problems("The party would cap the number of asylum claims.", span)


def test_a_dropped_negation_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "The minister did not say that the plant would close.")
    assert statement_problems("The plant would close.", span)


def test_a_past_time_clause_may_lose_the_modal_of_the_clause_above_it(parse_text: Parse) -> None:
    sentence = "The lawyers will try to freeze the assets after the government ignored a court order last week."
    span = source(parse_text, sentence)
    assert statement_problems("The government ignored a court order last week.", span) == []


def test_a_time_clause_still_keeps_the_speaker_of_what_holds_it(parse_text: Parse) -> None:
    said = source(parse_text, "The leader said the council has spent more on homes since the party won power in 1997.")
    assert "drops the attribution of what it keeps" in statement_problems("The party won power in 1997.", said)


def test_a_modal_of_a_time_clause_still_to_come_is_kept(parse_text: Parse) -> None:
    span = source(parse_text, "The lawyers may appeal when the court rules next week.")
    assert statement_problems("The court rules next week.", span)


def test_a_cut_that_drops_an_exception_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "Apart from this, the festival has continued as originally planned.")
    assert "drops an exception to what it keeps, or the set it counts from" in statement_problems(
        "The festival has continued as originally planned.", span
    )


def test_a_cut_that_leaves_a_comma_between_subject_and_verb_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "Enck, the regional administrator, said paramedics were called early on Friday.")
    problems = statement_problems("The regional administrator, said paramedics were called early on Friday.", span)
    assert "a comma left between a subject and its verb" in problems


def test_a_note_on_a_picture_in_brackets_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "Edward Byatt (behind Allen, left) was also involved in the fraud.")
    assert "a photograph's caption" in statement_problems(span.text, span)


def test_a_cut_that_leaves_a_verb_without_its_complement_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "On Monday, the city council approved a budget of four million euros.")
    line = "On Monday, the city council approved."
    assert "drops the complement of a word it keeps" in statement_problems(line, span)


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("It has been around since the early days of the internet.",
         "its subject is a pronoun for something the line does not name"),
        ("The plan would put lives at risk, he said.", "its subject is a pronoun for something the line does not name"),
        ("I am happy with the way the team played in the final.",
         "someone's words in the first person, their speaker not given"),
        ("The airline sought a tie-up with a rival last year However, the deal was thrown out by the regulator.",
         "two pieces of text run together"),
        ("Saturday, 26 February, at the national stadium in the capital.", "no verb with its subject"),
        ("But the director knows this and started a channel to reach a wider audience.",
         "a pronoun for something the line does not name"),
        ("Many of them are shown to be wrong when the decisions are appealed.",
         "a pronoun for something the line does not name"),
        ("Flying high: Half of the long kite took to the sky over the city last Saturday.",
         "a caption's label before the sentence"),
        ("It's an opportunity to meet and make deals with the buyers.",
         "its subject is a pronoun for something the line does not name"),
        ("In 2010, she appeared on a television quiz show and won a small prize.",
         "its subject is a pronoun for something the line does not name"),
        ("Like her email mishap on March 31, her game show appearance ended with a public mistake.",
         "a pronoun for something the line does not name"),
        ("Although she has won praise for her charity work, her dress sense has drawn some criticism.",
         "a pronoun for something the line does not name"),
        ("On Monday, it ended its contract with the pest control firm.",
         "its subject is a pronoun for something the line does not name"),
        ("The activist threw herself in front of the horse in 1913 Votes for women: Campaigners became known as "
         "suffragettes.", "a caption's label before the sentence"),
        ("The striker has been one of the club's best players so far this season The Bosnian midfielder also played "
         "for his country.", "two pieces of text run together"),
        ("Grant Ames (left), 38, travelled round the world with his partner using money from a fraud.",
         "a photograph's caption"),
    ],
)
def test_a_sentence_a_reader_cannot_follow_alone_is_refused(parse_text: Parse, sentence: str, problem: str) -> None:
    span = source(parse_text, sentence)
    assert problem in statement_problems(span.text, span)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is unclear whether the council will approve the plan before the summer.",
        "While the mayor has admitted mistakes, he has refused to resign from his post.",
        '"I am happy with the way the team played," the coach said after the final.',
        "The report, published in The Times on Monday, says the budget will grow.",
        "Now in its third year, the festival is a recent addition to the calendar.",
        "Some executives hoped the president would attend, as that could signal goodwill.",
    ],
)
def test_a_sentence_that_names_what_it_speaks_of_passes(parse_text: Parse, sentence: str) -> None:
    span = source(parse_text, sentence)
    assert statement_problems(span.text, span) == []


def test_a_line_opening_with_a_pronoun_for_someone_else_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "He has consistently denied suggestions that the paper is for sale.")
    assert "opens with a pronoun for someone named elsewhere" in statement_problems(span.text, span)


def test_an_actors_quotation_must_be_the_sources_words_as_they_stand(parse_text: Parse) -> None:
    span = source(parse_text, '"We will fight this ruling in every court," the chairman said.')
    assert action_problems("“We will fight this ruling in every court”", span) == []
    assert action_problems("“We will fight in every court”", span)


@pytest.mark.parametrize(
    ("question", "sentence", "problem"),
    [
        ("Will it recruit overseas?", "The airline may recruit staff overseas.", "its subject is a pronoun"),
        ("Do the judge impose a strict order?", "The judge may impose a strict order.",
         "the auxiliary does not agree with the subject"),
        ("Will the union called a strike?", "The union may call a strike.",
         "the verb after the auxiliary is not in its base form"),
        ("Will the mayor sell the city's stadium?", "The council may sell the stadium.",
         "a word that is not the article's ('mayor')"),
        ("Will Microsoft step up to it?", "Microsoft may step up to it.",
         "a word pointing to something the question does not name"),
        ("Will that support be more symbolic than real?", "That support may be more symbolic than real.",
         "a word pointing to something the question does not name"),
        ("How will no one get there?", "No one knows how anyone will get there.",
         "a negative where a question needs something to ask about"),
        ("Will the defender face a ban after the match After initially being restrained?",
         "The defender could face a ban after the match After initially being restrained.",
         "a title or caption run into the question"),
        ("Who Wants to Be a Millionaire?", "Who Wants to Be a Millionaire?",
         "a title or caption run into the question"),
        ("Will the prime minister take up the offer?", "The prime minister will not take up the offer.",
         "the sentence asked about is negated; the question is not"),
        ("Will the newspaper reach break-even in 2006?", "The newspaper is not expected to reach break-even in 2006.",
         "the sentence asked about is negated; the question is not"),
        ("Will the carrier afford to remain independent?", "The carrier could no longer afford to remain independent.",
         "the sentence asked about is negated; the question is not"),
        ("Will Werner offer no explanation for the crash?", "Werner could offer no explanation for the crash.",
         "a negative where a question needs something to ask about"),
        ("When did Labour come to power in 1997?", "Nobody knows when Labour came to power in 1997.",
         "asks when, and says when"),
        ("Will the Duchess be her inspiration?", "Anna Kensit said the Duchess would be her inspiration.",
         "a pronoun that may stand for another person of its sentence"),
        ("Did pitchside staff stop his friends?", "Pitchside staff may have stopped his friends.",
         "a word pointing to something the question does not name"),
        ("Will search engines get to know you better?", "Search engines may get to know you better.",
         "a speaker's own words ('we', 'you'): the question is not the article's"),
        ("Will the central bank pre?", "In an effort to pre-empt inflation, the central bank has raised rates.",
         "a word cut from the hyphenated word of its sentence"),
        ("Will Another 18% rip off bank accounts?", "Another 18% came from attempts to rip off bank accounts.",
         "a determiner with a capital inside the question"),
        ("Will meanwhile any move to raise taxes pose a risk?", "Meanwhile any move to raise taxes could pose a risk.",
         "an adverb between the auxiliary and its subject"),
        ("How more money can be raised?", "Ministers asked how more money can be raised.",
         "'how' before a comparative"),
        ("Will the government afford?", "The benefits were larger than the government could afford.",
         "a verb with nothing it takes"),
        ("Will the figures have fallen short of the target?",
         "The figures look set to have fallen short of the target.",
         "a future perfect, for what may already have happened"),
        ("Will the winger get an extended rest any time soon was sent off for a second yellow card within two minutes?",
         "The manager said the winger would get an extended rest any time soon was sent off for a second yellow card "
         "within two minutes.",
         "a finite verb with no subject and no word linking it"),
        ("Will people attend take back the city rallies'?",
         "A caption urged people to attend 'take back the city rallies' on Sunday.", "a quote mark with no partner"),
        ("What will the central bank happen to the housing market?",
         "The key is what the central bank expects to happen to the housing market.",
         "a wh-object of a verb that takes none"),
        ("Will the situation be about to get a lot worse?", "The situation may be about to get a lot worse.",
         "'be about to' after 'will'"),
        ("Did Jane Doe tell John Smith?", "Jane Doe is alleged to have told John Smith",
         "a verb of telling with nothing told"),
        ("What will coach Peter Brown's review into the team's failure Brown find?",
         "Coach Peter Brown (right) will begin a review into the team's failure Brown (left) oversaw the exit.",
         "a caption's name run into the phrase before it"),
    ],
)
def test_a_question_that_does_not_parse_as_intended_is_refused(
    parse_text: Parse, question: str, sentence: str, problem: str
) -> None:
    span = source(parse_text, sentence)
    assert problem in question_problems(question, load_model()(question), [span])


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Will the minister tell the truth?", "The minister may tell the truth."),
        ("Will the minister tell MPs about the deal?", "The minister will tell MPs about the deal next week."),
        ("Will Coach Brown face a review?", "Coach Brown (left) could face a review."),
    ],
)
def test_telling_with_what_is_told_and_a_captioned_name_after_its_title_pass(
    parse_text: Parse, question: str, sentence: str
) -> None:
    span = source(parse_text, sentence)
    problems = question_problems(question, load_model()(question), [span])
    assert not {"a verb of telling with nothing told", "a caption's name run into the phrase before it"} & set(problems)


def test_a_question_with_a_negative_condition_passes(parse_text: Parse) -> None:
    span = source(parse_text, "A mediator may be appointed next week if no agreement is reached.")
    question = "Will a mediator be appointed next week if no agreement is reached?"
    assert question_problems(question, load_model()(question), [span]) == []


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Will the merger harm the region's fishing industry?",
         "The mayor hoped the merger would not harm the region's fishing industry."),
        ("Will the new road reach the village?", "Residents fear the new road will not reach the village."),
    ],
)
def test_a_question_on_what_someone_hopes_will_not_happen_keeps_nothing_back(
    parse_text: Parse, question: str, sentence: str
) -> None:
    span = source(parse_text, sentence)
    assert question_problems(question, load_model()(question), [span]) == []


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Will the lawyer speak about the contract?", "The lawyer said he would not speak about the contract."),
        ("Will the nearby hospital be affected?", "Officials said they understood the nearby hospital would not be "
         "affected."),
        ("Will requests for removal be granted?", "A spokeswoman said requests for removal would not automatically be "
         "granted."),
        ("Will the newspaper reach break-even until 2006?",
         "Analysts expect the newspaper will not reach break-even until 2006."),
    ],
)
def test_a_question_on_a_refusal_or_a_qualified_negation_is_refused(
    parse_text: Parse, question: str, sentence: str
) -> None:
    span = source(parse_text, sentence)
    assert "the sentence asked about is negated; the question is not" in question_problems(
        question, load_model()(question), [span]
    )


def test_a_question_that_leaves_out_the_condition_of_its_sentence_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "If elected, the party would cap the number of new permits.")
    question = "Will the party cap the number of new permits?"
    problem = "the sentence asked about holds on a condition the question leaves out"
    assert problem in question_problems(question, load_model()(question), [span])


def test_a_condition_on_another_subject_of_the_sentence_is_not_the_questions(parse_text: Parse) -> None:
    span = source(parse_text, "Leeds now face Hull, with Hull needing a win and for Bury to beat Derby if they are to "
                              "qualify.")
    question = "Will Leeds beat Hull?"
    assert question_problems(question, load_model()(question), [span]) == []


def test_a_plural_possessive_is_no_stray_quote_mark(parse_text: Parse) -> None:
    span = source(parse_text, "The journalists' investigation into the abuses may take a year.")
    question = "Will the journalists' investigation into the abuses take a year?"
    assert question_problems(question, load_model()(question), [span]) == []


def test_a_question_built_from_whole_phrases_of_its_sentence_passes(parse_text: Parse) -> None:
    span = source(parse_text, "The combined firm may close about 100 stores across the country.")
    question = "Will the combined firm close about 100 stores across the country?"
    assert question_problems(question, load_model()(question), [span]) == []


def test_a_question_may_name_a_person_without_the_title_before_the_name(parse_text: Parse) -> None:
    span = source(parse_text, "Council member David Okafor said he would vote against any plan that shuts a branch.")
    question = "Will David Okafor vote against any plan that shuts a branch?"
    assert question_problems(question, load_model()(question), [span]) == []


def test_a_time_opening_a_sentence_is_not_a_pronoun_for_someone_else(parse_text: Parse) -> None:
    span = source(parse_text, "This week the council voted to close the road for repairs.")
    assert statement_problems(span.text, span) == []


def test_when_the_bottom_line_fails_the_next_summary_point_that_passes_leads(parse_text: Parse) -> None:
    from generator.model import Point

    document = parse_text(
        "Share this with.\n"
        "The city council approved a budget of four million euros for the new bridge on Monday.\n"
        "Work on the bridge will start in the spring and last two years, the mayor said.\n"
    )
    points = tuple(Point(text=document.sentences[index].text, sources=(index,)) for index in (1, 2))
    made = Briefing(bottom_line=Point(text="Share this with.", sources=(0,)), summary=points)
    vetted, _verdicts = vet(document, made)
    assert vetted.bottom_line is not None and vetted.bottom_line.sources == (1,)
    assert [point.sources for point in vetted.summary] == [(2,)]


def test_a_question_that_fails_is_left_out_not_replaced_by_its_sentence(parse_text: Parse) -> None:
    from generator.model import Question

    document = parse_text("Analysts said the airline may recruit staff overseas.\n")
    made = Briefing(open_questions=(Question(question="Will it recruit overseas?", sources=(0,)),))
    vetted, verdicts = vet(document, made)
    assert vetted.open_questions == ()
    assert [verdict.outcome for verdict in verdicts] == ["dropped"]


def test_a_question_whose_ruled_out_matter_is_still_open_passes(parse_text: Parse) -> None:
    span = source(parse_text, "Ministers would not rule out scrapping the agency.")
    question = "Will ministers scrap the agency?"
    assert question_problems(question, load_model()(question), [span]) == []


def test_the_news_itself_is_not_shown_again_as_background(parse_text: Parse) -> None:
    from generator.model import BackgroundItem, Point

    document = parse_text(
        "The city council approved a budget of four million euros for the new bridge on Monday.\n"
        "The old bridge was closed in 2019 after engineers found deep cracks in two of its pillars.\n"
    )
    lead, history = (Point(text=document.sentences[i].text, sources=(i,)) for i in (0, 1))
    made = Briefing(
        bottom_line=lead,
        background=tuple(BackgroundItem(text=p.text, date=None, sources=p.sources) for p in (lead, history)),
    )
    vetted, _verdicts = vet(document, made)
    assert [item.sources for item in vetted.background] == [(1,)]


def _lines(briefing: Briefing) -> list[tuple[str, str, tuple[int, ...]]]:
    lines = []
    if briefing.bottom_line is not None:
        lines.append(("bottom line", briefing.bottom_line.text, briefing.bottom_line.sources))
    lines += [("summary", p.text, p.sources) for p in briefing.summary]
    lines += [("background", b.text, b.sources) for b in briefing.background]
    lines += [("timeline", e.event, e.sources) for e in briefing.timeline]
    lines += [("question", q.question, q.sources) for q in briefing.open_questions]
    lines += [("actor", a.action.text, a.action.sources) for a in briefing.actors if a.action is not None]
    return lines


@pytest.mark.parametrize("folder", ["seeds", "tests/seeds"])
def test_every_line_of_every_seeds_briefing_passes_the_checker(folder: str) -> None:
    failures = []
    for seed in find_seeds(ROOT / folder):
        if seed.problem is not None:
            continue
        path = seed.path
        document = parse(read_seed(path, today=TODAY, display=path.name))
        briefing = brief(document, STAGES)
        again, verdicts = vet(document, briefing)
        assert again == briefing, f"{path.name}: the checker changes a checked briefing: {verdicts}"
        failures += [f"{path.name} {kind}: {text}" for kind, text, _sources in _lines(briefing) if not text]
    assert failures == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Then, the software extract the relevant colour information from them, and plots it in a nice way.",
        "And perhaps that simple fact alone means everyone is seen to be playing politics.",
        "The Russian said she did nothing wrong by taking the medicine.",
        "The gig is to be broadcast by the operator, 3. 3G technology lets people watch clips.",
    ],
)
def test_a_line_pointing_elsewhere_or_holding_two_sentences_is_refused(parse_text: Parse, sentence: str) -> None:
    assert statement_problems(sentence, source(parse_text, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The family has confidence in their doctors and is hopeful for a full recovery.",
        "The unions said they would strike in March.",
        "The Russian government said it would act.",
    ],
)
def test_their_may_stand_for_a_body_of_people_or_a_plural_named_before(parse_text: Parse, sentence: str) -> None:
    assert statement_problems(sentence, source(parse_text, sentence)) == []


def test_a_line_that_drops_a_quotations_opening_mark_but_keeps_its_words_is_refused(parse_text: Parse) -> None:
    span = source(parse_text, "The banker was knighted for ‘services to banking’ in 2004.")
    assert "drops a quotation's opening mark" in statement_problems(
        "The banker was knighted for services to banking’ in 2004.", span
    )
    assert statement_problems("The banker was knighted for ‘services to banking’ in 2004.", span) == []
