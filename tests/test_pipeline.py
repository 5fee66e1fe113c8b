"""The stage table: what each stage reads comes from an earlier stage, and a stage sees only what it reads."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.model import Briefing, Document
from generator.pipeline import STAGES, Stage, brief, check_order, stages_for


def test_every_stage_reads_only_what_an_earlier_stage_adds():
    check_order(STAGES)  # raises otherwise
    added: set[str] = set()
    for stage in STAGES:
        assert set(stage.reads) <= added, stage.name
        added |= set(stage.adds)


def test_a_stage_before_what_it_reads_is_refused():
    summary = next(stage for stage in STAGES if stage.name == "summary")
    with pytest.raises(ValueError, match=r"summary.*actors, bottom_line"):
        check_order([summary, *STAGES])


def test_a_stage_naming_no_section_is_refused():
    with pytest.raises(ValueError, match="not a section"):
        check_order([Stage(name="odd", run=lambda document, briefing: briefing, adds=("verdict",))])


def test_the_stages_a_section_needs_are_it_and_what_it_reads_in_pipeline_order():
    assert [stage.name for stage in stages_for("summary")] == ["actors", "headline", "summary"]
    assert [stage.name for stage in stages_for("timeline")] == ["timeline"]
    assert [stage.name for stage in stages_for("readability")] == [
        "actors", "headline", "summary", "questions", "background", "readability"
    ]
    with pytest.raises(KeyError):
        stages_for("verdict")


def test_a_stage_sees_only_the_sections_it_declared_reading(parse_text):
    document = parse_text(
        "Mayor Ana Ruiz said on Monday that the bridge will reopen in May, officials said.\n"
        "The bridge was closed in March after engineers found deep cracks in two of its pillars.\n"
        "Repairs to the pillars have cost the city about two million euros so far this year.\n"
    )
    seen: list[Briefing] = []

    def spy(document: Document, briefing: Briefing) -> Briefing:
        seen.append(briefing)
        return briefing

    probe = Stage(name="probe", run=spy, adds=(), reads=("summary",))
    finished = brief(document, (*stages_for("summary", "timeline"), probe))
    assert finished.actors and finished.summary
    assert seen[0].summary == finished.summary
    assert seen[0].actors == () and seen[0].timeline == ()


def test_what_a_stage_returns_beyond_what_it_adds_is_refused(parse_text):
    from generator.errors import StageError

    document = parse_text("The council voted on Monday to close the library, officials said.\n")
    rogue = Stage(name="rogue", run=lambda document, briefing: replace(briefing, topics=("x",)), adds=("summary",))
    with pytest.raises(StageError, match="rogue"):
        brief(document, (rogue,))


def test_a_reviser_is_run_over_the_whole_table_but_only_when_named_in_part():
    assert "vetting" in [stage.name for stage in STAGES]
    assert "vetting" not in [stage.name for stage in stages_for("readability")]
    assert [stage.name for stage in stages_for("timeline", "vetting")][-1] == "vetting"


def test_a_reviser_before_what_it_revises_is_refused():
    reviser = Stage(name="checker", run=lambda document, briefing: briefing, adds=(), revises=("timeline",))
    with pytest.raises(ValueError, match=r"'checker' revises timeline"):
        check_order([reviser, *STAGES])


def test_a_reviser_may_change_what_it_revises_and_nothing_else(parse_text):
    document = parse_text(
        "Mayor Ana Ruiz said on Monday that the bridge will reopen in May, officials said.\n"
        "The bridge was closed in March after engineers found deep cracks in two of its pillars.\n"
    )

    def empty_timeline(document: Document, briefing: Briefing) -> Briefing:
        return replace(briefing, timeline=())

    made = brief(document, stages_for("summary", "timeline"))

    def fill_summary(document: Document, briefing: Briefing) -> Briefing:
        return replace(briefing, summary=made.summary)

    assert made.timeline and made.summary
    reviser = Stage(name="reviser", run=empty_timeline, adds=(), revises=("timeline",))
    revised = brief(document, (*stages_for("summary", "timeline"), reviser))
    assert revised.timeline == () and revised.summary == made.summary
    trespasser = Stage(name="trespasser", run=fill_summary, adds=(), revises=("timeline",))
    with pytest.raises(Exception, match="does not own"):
        brief(document, (*stages_for("summary", "timeline"), trespasser))
