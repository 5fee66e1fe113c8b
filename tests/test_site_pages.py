"""The cross-briefing pages as pure functions of briefing records."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from generator import records
from generator.site import dossiers, feed, pages, related, topics


def record(title: str, date: str, actors: list[dict[str, Any]], topics: list[str] = (), timeline=()) -> records.Record:
    return records.parse({"title": title, "date": date, "bottom_line": {"text": f"{title} <b>now</b>.", "sources": [0]},
                          "actors": actors, "topics": list(topics), "timeline": list(timeline),
                          "source": {"sha256": "ab" * 32}}, where="test")


def actor(name: str, kind: str = "person", key: bool = True, aliases=(), role=None, quotes=()) -> dict[str, Any]:
    slug = name.lower().replace(" ", "-").replace(".", "")
    return {"name": name, "slug": slug, "kind": kind, "key": key, "aliases": list(aliases), "role": role,
            "quotes": list(quotes), "action": None, "mentions": [0]}


ENTRIES = [
    pages.Entry("2024-05-02-a.md", record("Port strike spreads", "2024-05-02",
                [actor("Marta Lind", role="union leader"), actor("Sweden", "place")], ["port", "strike"],
                [{"date": "2024-05-01", "event": "Strike begins", "sources": [2], "future": False}])),
    pages.Entry("2024-06-10-b.md", record("Talks resume at the port", "2024-06-10",
                [actor("Lind", aliases=["Marta"]), actor("Sweden", "place", key=False)], ["port"],
                [{"date": "2024-06-12", "event": "Vote on deal", "sources": [1], "future": True}])),
    pages.Entry("2023-01-05-c.md", record("Han Zheng visits", "2023-01-05",
                [actor("Han Zheng"), actor("Han Kuo-yu", key=False), actor("Han", key=False)], ["visit"])),
]


def test_an_actor_named_by_surname_elsewhere_shares_one_dossier():
    found, slugs = dossiers.gather(ENTRIES)
    assert slugs[("2024-06-10-b.md", "lind")] == slugs[("2024-05-02-a.md", "marta-lind")] == "marta-lind"
    assert {entry.page for entry, _ in found["marta-lind"].appearances} == {"2024-05-02-a.md", "2024-06-10-b.md"}


def test_a_long_month_of_events_is_split_into_linked_pages(monkeypatch):
    monkeypatch.setattr(pages, "EVENTS_PER_PAGE", 2)
    events = [{"date": f"2024-05-0{day}", "event": f"Event {day}", "sources": [0], "future": False}
              for day in range(1, 6)]
    made = pages.timeline_pages([pages.Entry("2024-05-09-e.md", record("Busy May", "2024-05-09", [], [], events))])
    assert {name for name in made if name.startswith("timeline/2024-05")} == {
        "timeline/2024-05.md", "timeline/2024-05-p2.md", "timeline/2024-05-p3.md"}
    assert "[May 2024](2024-05.md): 5 events" in made["timeline/index.md"]
    assert "Page 2 of 3 · [previous](2024-05.md) · [next](2024-05-p3.md)" in made["timeline/2024-05-p2.md"]
    assert "Event 5" in made["timeline/2024-05-p3.md"] and "Event 5" not in made["timeline/2024-05.md"]


def test_a_busy_month_of_the_archive_is_split_into_linked_pages_newest_first(monkeypatch):
    monkeypatch.setattr(pages, "BRIEFINGS_PER_PAGE", 2)
    entries = [pages.Entry(f"2024-05-0{day}-x.md", record(f"Day {day}", f"2024-05-0{day}", [])) for day in range(1, 6)]
    made = pages.archive_month("2024-05", pages.newest_first(entries), {})
    assert list(made) == ["archive/2024-05.md", "archive/2024-05-p2.md", "archive/2024-05-p3.md"]
    assert "Day 5" in made["archive/2024-05.md"] and "Day 1" in made["archive/2024-05-p3.md"]
    assert "Page 2 of 3 · [previous](2024-05.md) · [next](2024-05-p3.md)" in made["archive/2024-05-p2.md"]
    assert all("exclude: true" in page for page in made.values())


def test_an_actor_in_many_briefings_gets_linked_pages_newest_first_and_only_the_first_is_searched(monkeypatch):
    monkeypatch.setattr(dossiers, "APPEARANCES_PER_PAGE", 2)
    entries = [pages.Entry(f"2024-03-0{day}-x.md", record(f"Vote {day}", f"2024-03-0{day}", [actor("Ana Ruiz")]))
               for day in range(1, 6)]
    found, _ = dossiers.gather(entries)
    made = dossiers.dossier_pages(found["ana-ruiz"])
    assert list(made) == ["actors/ana-ruiz.md", "actors/ana-ruiz-p2.md", "actors/ana-ruiz-p3.md"]
    assert "Vote 5" in made["actors/ana-ruiz.md"] and "Vote 1" in made["actors/ana-ruiz-p3.md"]
    assert "Vote 1" not in made["actors/ana-ruiz.md"]
    assert "Page 2 of 3 · [previous](ana-ruiz.md) · [next](ana-ruiz-p3.md)" in made["actors/ana-ruiz-p2.md"]
    assert "boost" in made["actors/ana-ruiz.md"] and "exclude: true" in made["actors/ana-ruiz-p2.md"]


def test_an_actor_whose_name_looks_like_a_further_page_keeps_clear_of_it():
    entries = [pages.Entry("a.md", record("Rally", "2024-01-01", [actor("Ana"), actor("Ana P2", "organization")]))]
    found, _ = dossiers.gather(entries)
    assert set(found) == {"ana", "ana-p2-actor"}


def test_unnamed_groups_get_no_dossier_and_are_listed_unlinked():
    entries = [pages.Entry(f"2024-0{month}-01-g.md", record("Officials meet", f"2024-0{month}-01",
               [actor("officials", "group"), actor("Marta Lind")])) for month in (1, 2)]
    found, slugs = dossiers.gather(entries)
    assert set(found) == {"marta-lind"}
    assert ("2024-01-01-g.md", "officials") not in slugs
    block = pages.summary_block(entries[0], "", slugs)
    assert "**Key actors:** officials, [Marta Lind](actors/marta-lind.md)" in block


def test_a_surname_shared_by_two_people_joins_neither():
    _found, slugs = dossiers.gather(ENTRIES)
    page = "2023-01-05-c.md"
    assert [slugs[(page, s)] for s in ("han", "han-zheng", "han-kuo-yu")] == ["han", "han-zheng", "han-kuo-yu"]


def test_a_person_and_a_place_with_the_same_name_get_two_dossiers():
    entries = [
        pages.Entry("a.md", record("Jordan scores", "2024-01-01", [actor("Jordan")])),
        pages.Entry("b.md", record("Jordan votes", "2024-01-02", [actor("Jordan", "place")])),
    ]
    found, slugs = dossiers.gather(entries)
    assert slugs[("a.md", "jordan")] != slugs[("b.md", "jordan")]
    assert {d.kind for d in found.values()} == {"person", "place"}


def test_a_large_kind_is_split_into_pages_by_initial_letter():
    people = [actor(f"{letter}lex Name{n}") for letter in "ABC" for n in range(120)]
    found, _ = dossiers.gather([pages.Entry("a.md", record("Many", "2024-01-01", people))])
    made = dossiers.actors_pages(found)
    assert {"actors/index.md", "actors/index-people-a.md", "actors/index-people-c.md"} <= made.keys()
    assert "[A](index-people-a.md) (120)" in made["actors/index.md"]


def test_dossier_lists_roles_and_briefings_newest_first():
    found, _ = dossiers.gather(ENTRIES)
    made = dossiers.dossier_pages(found["marta-lind"])
    assert list(made) == ["actors/marta-lind.md"]
    page = made["actors/marta-lind.md"]
    assert "union leader" in page
    listed = page[page.index("## Briefings") :]
    assert listed.index("Talks resume at the port") < listed.index("Port strike spreads")


def test_related_briefings_share_actors_or_topics_and_say_why():
    _, slugs = dossiers.gather(ENTRIES)
    found = related.related(ENTRIES, slugs)
    assert [r.entry.page for r in found["2024-05-02-a.md"]] == ["2024-06-10-b.md"]
    assert "Marta Lind" in found["2024-05-02-a.md"][0].reasons
    assert found["2023-01-05-c.md"] == []


def test_home_lists_newest_first_with_bottom_lines_escaped():
    text = pages.home_list(ENTRIES, {})
    assert text.index("Talks resume") < text.index("Port strike") < text.index("Han Zheng visits")
    assert "<b>" not in text and "&lt;b&gt;" in text


def test_timeline_pages_group_by_year_and_month_and_mark_expected_events():
    made = pages.timeline_pages(ENTRIES)
    index = made["timeline/index.md"]
    assert index.index("## 2024") < index.index("[May 2024](2024-05.md)") < index.index("[June 2024](2024-06.md)")
    assert "_(expected)_ Vote on deal" in made["timeline/2024-06.md"]
    assert "(../briefings/2024-05-02-a.md#s-2)" in made["timeline/2024-05.md"]


def test_feed_is_valid_atom_listing_every_briefing_newest_first():
    text = feed.atom(ENTRIES, title="Briefings & more", base_url="https://example.org/site/")
    root = ET.fromstring(text)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.find("a:title", ns).text for e in root.findall("a:entry", ns)]
    assert titles == ["Talks resume at the port", "Port strike spreads", "Han Zheng visits"]
    first = root.find("a:entry", ns)
    assert first.find("a:link", ns).get("href") == "https://example.org/site/briefings/2024-06-10-b/"
    assert first.find("a:summary", ns).text == "Talks resume at the port <b>now</b>."


def test_each_topic_gets_a_page_listing_its_briefings_and_spellings_merge():
    entries = [*ENTRIES, pages.Entry("2024-07-01-d.md", record("Port reopens", "2024-07-01", [], ["Port"]))]
    found = topics.gather(entries)
    assert found["port"].name == "port" and len(found["port"].entries) == 3
    made = topics.topic_pages(found)
    listed = made["topics/port.md"]
    assert listed.index("Port reopens") < listed.index("Talks resume at the port") < listed.index("Port strike spreads")
    assert "[port](port.md) (3)" in made["topics/index.md"]
    assert topics.urls(entries[0], found) == {"port": "topics/port/", "strike": "topics/strike/"}


def test_a_topic_of_many_briefings_gets_linked_pages_newest_first(monkeypatch):
    monkeypatch.setattr(topics, "ENTRIES_PER_PAGE", 2)
    entries = [pages.Entry(f"2024-03-0{day}-x.md", record(f"Flood {day}", f"2024-03-0{day}", [], ["Floods"]))
               for day in range(1, 6)]
    made = topics.topic_pages(topics.gather(entries))
    assert {"topics/floods.md", "topics/floods-p2.md", "topics/floods-p3.md"} <= made.keys()
    assert "Flood 5" in made["topics/floods.md"] and "Flood 1" in made["topics/floods-p3.md"]
    assert "Page 3 of 3 · [previous](floods-p2.md)" in made["topics/floods-p3.md"]
    assert "exclude: true" in made["topics/floods-p2.md"] and "exclude: true" not in made["topics/floods.md"]
    assert topics.topic_slug("Floods P2") == "floods-p2-topic"


def test_topics_and_actors_named_in_other_scripts_get_pages_of_their_own():
    names = ["习近平", "李克强", "Novak Đoković", "Ærø"]
    entries = [pages.Entry(f"2024-01-0{day}-x.md", record(f"Visit {day}", f"2024-01-0{day}", [actor(name)], [name]))
               for day, name in enumerate(names, start=1)]
    assert set(topics.gather(entries)) == {"xi-jin-ping", "li-ke-qiang", "novak-dokovic", "aero"}
    found, _ = dossiers.gather(entries)
    assert {found[key].name for key in found} == set(names) and len(found) == 4


def test_a_topic_named_index_does_not_replace_the_topics_index():
    found = topics.gather([pages.Entry("a.md", record("Index rises", "2024-01-01", [], ["Index"]))])
    assert set(topics.topic_pages(found)) == {"topics/index.md", "topics/index-topic.md"}


def test_serve_previews_the_briefings_written_last(tmp_path):
    import os

    from generator.site.plugin import _written_last

    for number, entry in enumerate(ENTRIES):
        path = tmp_path / entry.page
        path.write_text("x", encoding="utf-8")
        os.utime(path, ns=(10**18 + number, 10**18 + number))
    assert [e.page for e in _written_last(ENTRIES, tmp_path, 2)] == ["2023-01-05-c.md", "2024-06-10-b.md"]


def test_the_plugin_logs_the_briefing_builds_progress_at_each_tenth_and_at_the_end(caplog):
    from generator.site.plugin import log_progress

    with caplog.at_level("INFO", logger="mkdocs.plugins.briefings"):
        for done in range(1, 24):
            log_progress(done, 23)
    logged = [record.getMessage() for record in caplog.records]
    assert logged == [f"briefings: {n}/23 briefed" for n in (3, 6, 9, 12, 15, 18, 21, 23)]


def test_a_topic_that_names_an_actor_is_the_actors_dossier_and_has_no_page_of_its_own():
    entries = [pages.Entry("2024-05-02-a.md", record("Sweden votes", "2024-05-02", [actor("Sweden", "place")],
                                                     ["Sweden", "port"]))]
    found = topics.gather(entries)
    topics.join_dossiers(found, dossiers.gather(entries)[0])
    made = topics.topic_pages(found)
    assert "topics/sweden.md" not in made and "topics/port.md" in made
    assert "[Sweden](../actors/sweden.md) (1)" in made["topics/index.md"]
    assert topics.urls(entries[0], found) == {"Sweden": "actors/sweden/", "port": "topics/port/"}


def test_a_topic_with_briefings_its_namesakes_dossier_does_not_list_keeps_its_page():
    entries = [pages.Entry("a.md", record("Sweden votes", "2024-05-02", [actor("Sweden", "place")], ["Sweden"])),
               pages.Entry("b.md", record("Swedish rail", "2024-05-03", [], ["Sweden"]))]
    found = topics.gather(entries)
    topics.join_dossiers(found, dossiers.gather(entries)[0])
    page = topics.topic_pages(found)["topics/sweden.md"]
    assert "<small>topic</small>" in page and "Also an actor: [Sweden (place)](../actors/sweden.md)" in page


def test_most_covered_topics_come_by_number_of_briefings_then_the_latest_first():
    entries = [pages.Entry("a.md", record("A", "2024-01-01", [], ["alpha rule", "zeta plan"])),
               pages.Entry("b.md", record("B", "2024-03-01", [], ["beta law"])),
               pages.Entry("c.md", record("C", "2024-02-01", [], ["zeta plan", "gamma act"]))]
    ranked = topics.most_covered(topics.gather(entries), 3)
    assert [t.name for t in ranked] == ["zeta plan", "beta law", "gamma act"]


def test_the_timeline_opens_on_events_per_year_drawn_and_said_then_the_latest_events_newest_first():
    events = [{"date": date, "event": f"Event of {date}", "sources": [0], "future": False}
              for date in ("2017", "2023-02-01", "2024-05-01", "2024-06-01")]
    index = pages.timeline_pages([pages.Entry("2024-06-09-e.md", record("Busy", "2024-06-09", [], [], events))])
    index = index["timeline/index.md"]
    assert 'role="img"' in index and "2017: 1 event; 2023: 1 event; 2024: 2 events" in index
    latest = index[index.index("## Latest events") :]
    assert latest.index("Event of 2024-06-01") < latest.index("Event of 2024-05-01") < latest.index("Event of 2017")


def test_events_of_one_year_are_counted_per_month():
    events = [{"date": d, "event": "E", "sources": [0], "future": False} for d in ("2024-05-01", "2024-05-03")]
    index = pages.timeline_pages([pages.Entry("a.md", record("A", "2024-06-09", [], [], events))])["timeline/index.md"]
    assert "Events per month of 2024" in index and "May 2024: 2 events" in index
