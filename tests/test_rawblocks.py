"""A briefing's raw HTML blocks taken past Python-Markdown: the same HTML, the ids kept for the anchor checks."""

from __future__ import annotations

import markdown
import pytest

from generator.site import rawblocks

CHART = ('<figure class="briefing-chart" data-search-exclude><svg role="img"><title id="c-t">Actors</title>'
         '<text x="0" y="14">Ana *Reyes*</text></svg></figure>')
SOURCE = "\n".join([
    "<div data-search-exclude>", '<details class="quote">', "<summary>Source article</summary>",
    '<p><span class="sentence" id="s-0">Ana Reyes said *no*.</span>',
    '<span class="sentence" id="s-1">Talks end.</span></p>',
    "</details>", "</div>",
])
PAGE = f"# Title\n\nThe strike ends. <sup>[1](#s-0)</sup>\n\n{CHART}\n\n## Summary\n\n- One line\n\n{SOURCE}\n"


def convert(text: str) -> str:
    return markdown.markdown(text, extensions=["md_in_html", "attr_list", "tables"])


def test_a_page_converted_with_its_blocks_taken_past_markdown_is_the_same_html_byte_for_byte():
    taken, blocks = rawblocks.take(PAGE)
    assert blocks == [CHART, SOURCE]
    assert "<svg" not in taken and "s-0\"" not in taken
    html, ids = rawblocks.put_back(convert(taken), blocks)
    assert html == convert(PAGE)
    assert ids == {"c-t", "s-0", "s-1"}


def test_a_block_that_is_not_between_blank_lines_stays_in_the_markdown():
    text = f"A paragraph that runs on\n{CHART}\n"
    assert rawblocks.take(text) == (text, [])


def test_a_page_whose_text_has_a_placeholders_word_is_left_whole():
    text = f"About briefingsrawblock0x.\n\n{CHART}\n"
    assert rawblocks.take(text) == (text, [])


def test_a_placeholder_that_did_not_come_back_as_its_own_paragraph_is_an_error():
    taken, blocks = rawblocks.take(PAGE)
    with pytest.raises(ValueError, match="2 raw HTML blocks taken, 1 put back"):
        rawblocks.put_back(convert(taken).replace("<p>briefingsrawblock1x</p>", "<li>briefingsrawblock1x</li>"), blocks)
