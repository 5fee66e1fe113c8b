"""Rendering: escaping of seed text, source links, section order."""

from __future__ import annotations

import re

import markdown

from generator import __version__
from generator.model import Result
from generator.pipeline import brief
from generator.render import jsonform
from generator.render.escape import inline, slug
from generator.render.markdown import render

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "<!-- hidden -->",
    "# heading | cell | *bold* _em_ `code`",
    "{{ config.site_name }} {% raw %}",
    "---",
]

EXTENSIONS = ["admonition", "attr_list", "tables", "pymdownx.details", "pymdownx.superfences", "pymdownx.escapeall"]


def test_escaped_text_renders_as_the_same_text_with_no_markup():
    for text in HOSTILE:
        html = markdown.markdown(inline(text), extensions=EXTENSIONS)
        assert "<script" not in html and "<img" not in html and "<a " not in html and "<!--" not in html
        assert "<em>" not in html and "<strong>" not in html and "<code>" not in html and "<h1" not in html
        visible = re.sub(r"<[^>]+>", "", html)
        import html as html_module

        assert html_module.unescape(visible) == text


def test_slug_is_ascii_and_bounded():
    assert slug("Han Kuo-yu") == "han-kuo-yu"
    assert slug("Zoë Ørsted, São Paulo") == "zoe-orsted-sao-paulo"
    assert len(slug("word " * 50, limit=30)) <= 30
    assert slug("../../etc/passwd") == "etc-passwd"


def test_names_in_any_script_get_their_transliteration_as_a_slug():
    assert slug("Novak Đoković") == "novak-dokovic" == slug("Novak Dokovic")
    assert slug("Ærø") == "aero"
    assert slug("Łódź, Straße") == "lodz-strasse"
    assert slug("Владимир Путин") == "vladimir-putin"
    assert slug("习近平") == "xi-jin-ping" and slug("李克强") == "li-ke-qiang"  # a syllable per character
    assert slug("김정은") == "gim-jeong-eun"


def test_a_name_with_no_transliteration_gets_a_stable_slug_of_its_own():
    alef, waw = "\u0627", "\u0627\u0648"  # anyascii gives the Arabic alef no letter
    assert slug(alef) and slug(alef) == slug(alef) and slug(alef) != slug(alef + alef)
    assert slug(alef).isascii() and slug(alef) != slug(waw)
    assert slug("!!!") == "" and slug("") == ""


def test_every_source_link_in_the_page_has_its_sentence_anchor(parse_text):
    document = parse_text(
        "The city council approved a new bridge on Friday, the mayor said.\n"
        "Mayor Ann Lee said construction would start in March. Critics may challenge the plan in court.\n"
    )
    result = Result(
        article=document.article, sentences=document.sentences, briefing=brief(document), generator_version=__version__
    )
    page = render(result)
    anchors = set(re.findall(r'id="(s-\d+)"', page))
    links = set(re.findall(r"\(#(s-\d+)", page))
    assert links and links <= anchors
    order = [page.index(h) for h in ("Bottom line", "## Summary", "## Key actors", "## Open questions",
                                     "## Background", "## Timeline", "## Readability", "Source article")]
    assert order == sorted(order)


def test_json_sources_are_all_sentence_ids(parse_text):
    document = parse_text("Officials in Lima said on Monday that the new metro line would open in 2027.\n")
    data = jsonform.to_dict(Result(
        article=document.article, sentences=document.sentences, briefing=brief(document), generator_version=__version__
    ))
    ids = {s["id"] for s in data["sentences"]}

    def walk(value):  # every "sources" list anywhere in the contract
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "sources":
                    yield from item
                else:
                    yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)

    found = list(walk(data))
    assert ids and found  # the contract has "sources" lists, and they name sentences
    assert set(found) <= ids
