"""The typed reader of stored records: what it reads, and a corrupt record in one line naming its file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import records
from generator.errors import StoreError
from generator.store import Entry, Store

GOLDEN = Path(__file__).resolve().parent / "golden"


def golden(stem: str) -> dict[str, Any]:
    return json.loads((GOLDEN / f"{stem}.json").read_text(encoding="utf-8"))


def stored(tmp_path: Path, contracts: dict[str, dict[str, Any]]) -> Store:
    """A briefings folder with a page and a record for each contract object, listed in the manifest."""
    store = Store(tmp_path)
    manifest = {}
    for page, contract in contracts.items():
        sha = store.write_briefing(page, "page\n", contract)
        manifest[page] = Entry(sha256="0" * 64, size=1, mtime_ns=1, generator="x", page=page, page_sha256=sha)
    store.save_manifest(manifest)
    return store


def test_a_stored_record_reads_back_with_what_its_contract_says(tmp_path):
    contract = golden("000_4ad2aa86603d796c")
    [(page, record)] = list(stored(tmp_path, {"2025-01-19-a.md": contract}).records())
    assert page == "2025-01-19-a.md"
    assert (record.title, record.date, record.sha256) == (contract["title"], "2025-01-19", contract["source"]["sha256"])
    assert record.bottom_line == records.Line(
        text=contract["bottom_line"]["text"], sources=tuple(contract["bottom_line"]["sources"])
    )
    assert [actor.name for actor in record.actors] == [actor["name"] for actor in contract["actors"]]
    assert [actor.name for actor in record.key_actors] == [a["name"] for a in contract["actors"] if a["key"]]
    quoted = next(actor for actor in contract["actors"] if any(q["shown"] for q in actor["quotes"]))
    shown = [q["text"] for q in quoted["quotes"] if q["shown"]]
    assert [q.text for q in next(a for a in record.actors if a.name == quoted["name"]).quotes] == shown
    assert record.topics == tuple(contract["topics"])
    assert [(e.date, e.event, e.future) for e in record.timeline] == [
        (e["date"], e["event"], e["future"]) for e in contract["timeline"]
    ]


def test_a_record_that_is_not_json_is_left_out_and_named_in_one_line(tmp_path):
    store = stored(tmp_path, {"2024-03-08-a.md": golden("harbour-strike"), "2024-03-09-b.md": golden("library-vote")})
    store.record_path("2024-03-08-a.md").write_text('{"title": "cut sh', encoding="utf-8")
    problems: list[str] = []
    assert [page for page, _ in store.records(problems)] == ["2024-03-09-b.md"]
    [problem] = problems
    assert problem.startswith(f"{store.record_path('2024-03-08-a.md')}: not a briefing record: not JSON (")
    assert problem.endswith("; build with --force to rewrite it") and "\n" not in problem


def test_a_listed_briefing_without_its_record_is_left_out_and_named(tmp_path):
    store = stored(tmp_path, {"2024-03-08-a.md": golden("harbour-strike")})
    store.record_path("2024-03-08-a.md").unlink()
    problems: list[str] = []
    assert list(store.records(problems)) == []
    missing = store.record_path("2024-03-08-a.md")
    assert problems == [f"{missing}: cannot read the briefing's record (No such file or directory)"]


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda r: r.pop("date"), "date is missing"),
        (lambda r: r.update(topics="Port"), "topics is not a list"),
        (lambda r: r["actors"][1].pop("name"), "actors[1].name is missing"),
        (lambda r: r["actors"][0].update(kind="cat"),
         "actors[0].kind is not one of person, organization, place, group"),
        (lambda r: r["actors"][0].update(key="yes"), "actors[0].key is not true or false"),
        (lambda r: r["timeline"][0].update(sources=["2"]), "timeline[0].sources[0] is not a sentence id"),
        (lambda r: r.update(bottom_line="a line"), "bottom_line is not an object"),
        (lambda r: r["source"].pop("sha256"), "source.sha256 is missing"),
    ],
)
def test_a_malformed_record_is_named_with_the_key_that_is_wrong(damage, problem):
    record = golden("harbour-strike")
    damage(record)
    with pytest.raises(StoreError) as raised:
        records.parse(record, where="x.json")
    assert str(raised.value) == f"x.json: not a briefing record: {problem}"


def test_a_quotation_that_is_not_text_is_named_by_its_actor_and_its_place():
    record = golden("library-vote")
    quoted = next(actor for actor in record["actors"] if actor["quotes"])
    quoted["quotes"][0]["text"] = 7
    index = record["actors"].index(quoted)
    with pytest.raises(StoreError, match=rf"actors\[{index}\]\.quotes\[0\]\.text is not a string\Z"):
        records.parse(record, where="x.json")


def test_a_quotation_that_is_no_quote_line_is_not_read_as_one_and_an_older_record_shows_every_quotation():
    record = golden("library-vote")
    quoted = next(actor for actor in record["actors"] if actor["quotes"])
    index = record["actors"].index(quoted)
    for quote in quoted["quotes"]:
        quote.pop("shown", None)
    assert len(records.parse(record, where="x.json").actors[index].quotes) == len(quoted["quotes"])
    quoted["quotes"][0]["shown"] = False
    assert len(records.parse(record, where="x.json").actors[index].quotes) == len(quoted["quotes"]) - 1
