"""What each page gives the search (Pagefind): its labels, and the sections left out."""

from __future__ import annotations

from generator.site.search import labels, mark_excluded_sections


def test_a_briefing_is_found_by_its_kind_and_year_shows_its_date_and_is_found_by_its_topics():
    found = labels("briefings/2024-03-08-harbour-strike.md", {"date": "2024-03-08", "tags": ["Port", "Rotterdam"]})
    assert found is not None
    assert found.article == 'data-pagefind-body data-pagefind-filter="kind:briefing" data-pagefind-meta="kind:briefing"'
    assert 'data-pagefind-filter="year:2024"' in found.marks and 'data-pagefind-meta="date:2024-03-08"' in found.marks
    assert "<p hidden>Port, Rotterdam</p>" in found.marks


def test_dossiers_topics_and_other_pages_are_labelled_by_kind_and_an_index_page_is_a_plain_page():
    kinds = {uri: labels(uri, {}) for uri in ("actors/xi-jinping.md", "topics/port.md", "actors/index.md",
                                              "topics/index-topics-a.md", "about.md")}
    assert {uri: found.article.split('kind:')[1].split('"')[0] for uri, found in kinds.items() if found} == {
        "actors/xi-jinping.md": "actor", "topics/port.md": "topic", "actors/index.md": "page",
        "topics/index-topics-a.md": "page", "about.md": "page",
    }
    assert all(found is not None and found.marks == "" for found in kinds.values())


def test_a_page_whose_front_matter_excludes_it_from_search_is_not_labelled():
    assert labels("timeline/2024-03.md", {"search": {"exclude": True}}) is None
    assert labels("actors/xi-jinping-p2.md", {"search": {"exclude": True}}) is None


def test_an_excluded_heading_takes_its_section_out_up_to_the_next_heading_of_its_level():
    html = ('<h2 id="a">A</h2><p>kept</p><h2 id="b" data-search-exclude>B</h2><p>left</p><h3>sub</h3><p>left too</p>'
            '<h2 id="c">C</h2><p>kept</p>')
    assert mark_excluded_sections(html) == (
        '<h2 id="a">A</h2><p>kept</p><div data-search-exclude><h2 id="b" data-search-exclude>B</h2><p>left</p>'
        '<h3>sub</h3><p>left too</p></div>\n<h2 id="c">C</h2><p>kept</p>'
    )


def test_an_excluded_heading_inside_a_block_is_left_as_it_is():
    html = '<h1>Name</h1><div data-search-exclude><h2 data-search-exclude>Roles</h2><p>x</p></div>'
    assert mark_excluded_sections(html) == html
    assert mark_excluded_sections("<h2>Only</h2><p>kept</p>") == "<h2>Only</h2><p>kept</p>"
