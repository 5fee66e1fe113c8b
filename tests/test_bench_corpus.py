"""The benchmark's synthetic corpus: deterministic, valid seeds, each one different."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.bench import corpus
from generator.bench.steps import same_tree
from generator.seeds import read_seed


def test_a_seed_is_the_same_text_every_time_it_is_made():
    assert corpus.seed_text(42) == corpus.seed_text(42)


def test_different_indices_make_different_articles():
    texts = {corpus.seed_text(index) for index in range(50)}
    assert len(texts) == 50


def test_a_synthetic_seed_reads_as_a_valid_plain_seed_with_a_dateline(tmp_path: Path):
    [path] = corpus.write_corpus(tmp_path, 1, start=7)
    article = read_seed(path, today=dt.date(2030, 1, 1))
    assert corpus.FIRST_DAY <= article.date < corpus.FIRST_DAY + dt.timedelta(days=corpus.DAYS)
    assert len(article.paragraphs) >= corpus.PARAGRAPHS[0]
    assert article.warnings == ()


def test_seeds_are_news_sized():
    words = [len(corpus.seed_text(index).split()) for index in range(40)]
    assert min(words) >= 200 and max(words) <= 800
    assert 350 <= sum(words) / len(words) <= 550


def test_a_person_is_named_in_full_before_being_called_by_surname():
    titles = [title for title, _ in corpus.vocabulary.ROLES]
    for index in range(20):
        text = corpus.seed_text(index)
        for surname in corpus.vocabulary.SURNAMES:
            first = text.find(f"{surname}")
            if first < 0:
                continue
            before = text[:first]
            assert any(
                before.endswith(f"{title} {name} ") for title in titles for name in corpus.vocabulary.FIRST_NAMES
            ), (index, surname)


def test_a_small_corpus_is_the_start_of_a_larger_one(tmp_path: Path):
    small = corpus.write_corpus(tmp_path / "small", 3)
    large = corpus.write_corpus(tmp_path / "large", 5)
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:3]]
    assert [p.name for p in large] == [corpus.seed_name(i) for i in range(5)]


def test_changing_a_seed_adds_a_paragraph_that_carries_the_marker(tmp_path: Path):
    [path] = corpus.write_corpus(tmp_path, 1)
    before = path.read_text(encoding="utf-8")
    marker = corpus.change_seed(path, 2)
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before) and marker in after and marker not in before
    assert read_seed(path).paragraphs[-1].text.count(marker) == 1


def test_two_folders_with_the_same_bytes_are_the_same_tree_and_one_changed_byte_is_not(tmp_path: Path):
    for side in ("left", "right"):
        corpus.write_corpus(tmp_path / side / "sub", 2)
        (tmp_path / side / ".lock").write_text(side)
    assert same_tree(tmp_path / "left", tmp_path / "right")
    corpus.change_seed(tmp_path / "right" / "sub" / corpus.seed_name(1), 1)
    assert not same_tree(tmp_path / "left", tmp_path / "right")
