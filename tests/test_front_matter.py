"""YAML front matter: whatever the parser raises, the refusal names the seed
and the problem in words; a key given twice is refused; values are the text
as written."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.generate import generate
from generator.seeds import read_seed

BODY = "The council voted on Monday to build a new bridge over the river, the mayor said.\n"
TODAY = dt.date(2026, 1, 1)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# An alias bomb: 'z' is 2**26 strings deep if ever printed out.
BOMB = "a: &a [x, x]\n" + "".join(f"{b}: &{b} [*{a}, *{a}]\n" for a, b in itertools.pairwise(LETTERS))


def seed(tmp_path: Path, front: str) -> Path:
    path = tmp_path / "front.md"
    path.write_text(f"---\n{front}\n---\n\n{BODY}", encoding="utf-8")
    return path


# The kinds of failure the parser has: YAML errors, values of the wrong type,
# dates that do not exist (which PyYAML raises as ValueError), duplicate keys,
# and what PyYAML raises outside its own error class.
FAILURES = [
    # YAML errors
    ("date: [2024", "invalid YAML front matter at line 2"),
    ("date: 2024-01-05\n\tbad: tab", "invalid YAML front matter at line 3"),
    ("? [a, b]\n: 1", "found unhashable key"),
    ("date: !!binary é", "invalid YAML front matter at line 2"),
    ("date: !!python/name:os.system", "could not determine a constructor"),
    ("<<: 1\ndate: 2024-01-05", "invalid YAML front matter"),
    ("x: " + "[" * 3000 + "]" * 3000 + "\ndate: 2024-01-05", "nested too deeply"),
    ("date: !!set 3", "invalid YAML front matter"),
    # values of the wrong type
    ("date:", "the date is empty; write it as YYYY-MM-DD"),
    ("date: [2024, 1, 5]", "the date is a list"),
    ("date: {year: 2024}", "the date is a mapping"),
    ("date: yes", "malformed date 'yes'"),
    ("date: 20240105", "malformed date '20240105'"),
    (BOMB + "date: *z", "the date is a list"),
    ("date: 2024-01-05\ntitle: [a, b]", "front matter 'title' must be text, not a list"),
    ("date: 2024-01-05\nauthor: {name: x}", "front matter 'author' must be text, not a mapping"),
    # dates that do not exist, whatever form YAML sees them in
    ("date: 2025-02-30", "date 2025-02-30 does not exist"),
    ("date: 2023-02-29", "date 2023-02-29 does not exist"),
    ("date: 2025-13-01", "date 2025-13-01 does not exist"),
    ("date: 0000-01-01", "date 0000-01-01 does not exist"),
    ("date: '2025-02-30'", "date 2025-02-30 does not exist"),
    ("date: 2025-02-30T10:00:00Z", "date 2025-02-30 does not exist"),
    ("date: !!timestamp 2025-02-30", "date 2025-02-30 does not exist"),
    ("date: 2025-02-28 25:00:00", "malformed date '2025-02-28 25:00:00'"),
    ("date: !!timestamp yesterday", "malformed date 'yesterday'"),
    ("date: !!int soon", "malformed date 'soon'"),
    # duplicate keys
    ("date: 2024-01-05\ntitle: a\ndate: 2024-01-06",
     "front matter gives the key 'date' twice (lines 2 and 4); keep one"),
    ("title: a\ndate: 2024-01-05\ntitle: b", "front matter gives the key 'title' twice (lines 2 and 4)"),
    ("{date: 2024-01-05, date: 2024-01-05}", "the key 'date' twice (line 2)"),
    ("date: 2024-01-05\nextra: {a: 1, a: 2}", "the key 'a' twice (line 3)"),
    ("date: 2024-01-05\n1: a\n'1': b", "the key '1' twice (lines 3 and 4)"),
]


@pytest.mark.parametrize(("front", "problem"), FAILURES)
def test_every_kind_of_parser_failure_is_refused_in_words_naming_the_seed(tmp_path, front, problem):
    with pytest.raises(SeedError) as caught:
        read_seed(seed(tmp_path, front), display="front.md", today=TODAY)
    message = str(caught.value)
    assert message.startswith("front.md: ") and problem in message, message
    assert "\n" not in message and "unexpected" not in message and "Error" not in message, message


@pytest.mark.parametrize(("front", "problem"), FAILURES[::4])
def test_the_build_worker_reports_a_parser_failure_as_the_seeds_refusal_not_as_unexpected(tmp_path, front, problem):
    outcome = generate(seed(tmp_path, front), "front.md", TODAY)
    assert outcome.page is None and outcome.error is not None
    assert outcome.error.startswith("front.md: ") and problem in outcome.error
    assert "unexpected" not in outcome.error


def test_values_are_read_as_the_text_written_not_as_numbers_or_booleans(tmp_path):
    article = read_seed(seed(tmp_path, "date: 2024-01-05\ntitle: 1.50\nauthor: no\nsource: 0x10"))
    assert (article.title, article.author, article.source) == ("1.50", "no", "0x10")


def test_a_date_with_a_time_and_a_merge_key_that_overrides_are_accepted(tmp_path):
    front = "base: &b {title: old}\nmeta:\n  <<: *b\n  title: new\ndate: 2024-01-05 10:30:00"
    article = read_seed(seed(tmp_path, front))
    assert article.date == dt.date(2024, 1, 5)
