"""Property-based tests: random text, bytes and file names thrown at the
generator give a clear one-line error or a valid briefing, never a traceback,
and never raw HTML from the input in a page."""

from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.catalog import find_seeds, label, page_name
from generator.errors import SeedError
from generator.generate import generate
from generator.render.escape import inline, plain
from generator.seeds import read_seed

from .helpers import TODAY
from .hostile_markup import PAYLOADS, live_markup, render_like_the_site

SAFE_PAGE = re.compile(r"\A\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md\Z")
QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SENTENCES = (
    "The council voted on Monday to build a new bridge, Mayor Ann Lee said.",
    "The bridge will cost $40 million and open in 2027, officials said.",
    '"We will finish it on time," said Omar Haddad, the city engineer.',
    "Critics may challenge the plan in court next month.",
)
MARKUP = (*PAYLOADS, "# ", "---", "***", "| a | b |", "> quote", "    code", "1. item", "- item", "\\", "&amp;",
          "&lt;script&gt;", "<", ">", "&", '"', "'", "`", "[x]", "(y)", "!!! note", "??? quote", "{: .x }",
          "<div markdown=1>", "</div>", "<span>", ":material-alert:", "title: x", "date: 2024-01-01", "\u202e")


def read_or_refuse(path: Path, name: str) -> None:
    """``read_seed`` gives an article or a one-line SeedError naming the file; nothing else."""
    try:
        article = read_seed(path, display=name, today=TODAY)
    except SeedError as error:
        message = str(error)
        assert message.startswith(f"{name}: ") and "\n" not in message and len(message) < 400
        return
    assert article.body.strip() and article.paragraphs
    assert "\x00" not in article.body and "\ufeff" not in article.body and "\r" not in article.body


@QUICK
@given(st.text(max_size=2000), st.sampled_from(["", " date 2024-01-05 ", "---\ndate: 2024-01-05\n---\n"]))
def test_random_text_gives_an_article_or_a_one_line_error(text, header):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.txt"
        path.write_text(header + text, encoding="utf-8", errors="surrogatepass")
        read_or_refuse(path, "random.txt")


@QUICK
@given(st.binary(max_size=4000), st.sampled_from([b"", b" date 2024-01-05 ", b"\xff\xfe", b"\xef\xbb\xbf"]))
def test_random_bytes_give_an_article_or_a_one_line_error(data, start):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.md"
        path.write_bytes(start + data)
        read_or_refuse(path, "random.md")


@QUICK
@given(st.lists(st.sampled_from(SENTENCES + MARKUP), min_size=1, max_size=30), st.booleans())
def test_front_matter_and_markup_soup_give_an_article_or_a_one_line_error(parts, markdown_seed):
    text = " ".join(parts).replace("  ", "\n")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("soup.md" if markdown_seed else "soup.txt")
        header = "---\ndate: 2024-01-05\n---\n" if markdown_seed else " date 2024-01-05 "
        path.write_text(header + text, encoding="utf-8")
        read_or_refuse(path, path.name)


@QUICK
@given(st.text(max_size=300))
def test_escaped_text_renders_as_itself_with_no_markup(text):
    rendered = render_like_the_site(inline(text))
    assert live_markup(rendered) == []
    tags = set(re.findall(r"</?([a-zA-Z][\w-]*)", rendered))
    assert tags <= {"p"}, rendered
    visible = html.unescape(re.sub(r"</?p>", "", rendered)).strip()
    assert " ".join(visible.split()) == " ".join(plain(text).split())


@QUICK
@given(st.text(st.characters(blacklist_characters="/\x00"), min_size=1, max_size=120))
@example("\ud800")  # a lone surrogate that no file system name decodes to (found by hypothesis)
@example("\udcff")  # an undecodable byte of a real file name
def test_random_file_names_get_safe_distinct_stable_briefing_names(stem):
    name = stem + ".txt"
    first = page_name(name, "2024-01-05", [])
    assert SAFE_PAGE.match(first) and len(first) <= 100
    assert page_name(name, "2024-01-05", []) == first
    second = page_name(name, "2024-01-05", [first])
    assert second != first and re.fullmatch(r"[a-z0-9-]+\.md", second)
    shown = label(name)
    assert shown.isprintable() and "\n" not in shown


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(st.characters(blacklist_characters="/\x00"), min_size=1, max_size=60), max_size=8))
@example(["\ud800"])  # a lone surrogate: no file can have this name (found by hypothesis)
def test_random_file_names_on_disk_are_all_found_and_named_apart(stems):
    with tempfile.TemporaryDirectory() as folder:
        written = set()
        for stem in stems:
            name = stem + ".txt"
            too_long = len(name.encode(errors="surrogatepass")) > 250
            if stem.startswith(".") or stem.upper().startswith("README") or too_long:
                continue
            try:
                (Path(folder) / name).write_text(" date 2024-01-05 text", encoding="utf-8")
            except (OSError, UnicodeEncodeError):
                continue  # a name this file system cannot hold
            written.add(name)
        seeds = find_seeds(Path(folder))
        assert {seed.name for seed in seeds} == written
        pages: list[str] = []
        for seed in seeds:
            pages.append(page_name(seed.name, "2024-01-05", pages))
        assert len(set(pages)) == len(pages)


@SLOW
@given(st.lists(st.sampled_from(SENTENCES + MARKUP), min_size=3, max_size=25), st.text(max_size=40))
def test_a_briefing_of_hostile_text_holds_no_live_markup(parts, noise):
    body = " ".join(parts) + " " + noise
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "seed.txt"
        path.write_text(" date 2024-01-05 " + SENTENCES[0] + "\n" + body + "\n", encoding="utf-8", errors="replace")
        outcome = generate(path, "seed.txt", TODAY)
    if outcome.error is not None:
        assert outcome.error.startswith("seed.txt: ") and "\n" not in outcome.error
        return
    assert outcome.page is not None
    rendered = render_like_the_site(outcome.page.split("\n---\n", 1)[1])
    assert live_markup(rendered) == []
    for tag in ("script", "img", "iframe", "style", "xss"):
        assert f"<{tag}" not in rendered


YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40) | st.dates(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@QUICK
@given(st.dictionaries(st.sampled_from(["title", "date", "source", "url", "author", "tags", "x"]), YAML_VALUES))
def test_random_front_matter_gives_an_article_or_a_one_line_error(meta):
    front = yaml.safe_dump(meta, allow_unicode=True) if meta else "{}\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "meta.md"
        path.write_text("---\n" + front + "---\n\n" + "\n\n".join(SENTENCES) + "\n", encoding="utf-8")
        read_or_refuse(path, "meta.md")
