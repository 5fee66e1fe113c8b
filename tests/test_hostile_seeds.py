"""Malformed and hostile seed files, one case each: a one-line error naming the
file, or an article read as the text it is."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.seeds import MAX_SEED_BYTES, read_seed
from generator.textclean import MAX_UNBROKEN_CHARS

from .helpers import TODAY, write

BODY = (
    "The council voted on Monday to build a new bridge over the river, the mayor said.\n"
    "The bridge will cost $40 million and open in 2027, officials said.\n"
)


def refused(path: Path, problem: str) -> str:
    """Read ``path``, expect a SeedError with ``problem``; return its one line."""
    with pytest.raises(SeedError) as caught:
        read_seed(path, today=TODAY)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and problem in message, message
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("content", ["", " ", "\n\n\t \r\n", "\ufeff", "\ufeff  \n"])
def test_an_empty_or_whitespace_only_seed_is_refused_as_empty(tmp_path, content):
    refused(write(tmp_path, "empty.txt", content), "the file is empty")


@pytest.mark.parametrize("content", [" date 2024-01-05 ", " date 2024-01-05 \n\n  \n", "---\ndate: 2024-01-05\n---\n"])
def test_a_seed_with_a_header_and_no_article_is_refused(tmp_path, content):
    suffix = ".md" if content.startswith("---") else ".txt"
    refused(write(tmp_path, "header" + suffix, content), "no article text")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (BODY, "missing ' date YYYY-MM-DD ' header"),
        ("date: 2024-01-05\n" + BODY, "missing ' date YYYY-MM-DD ' header"),
        (" date yesterday " + BODY, "malformed date 'yesterday'"),
        (" date 05/01/2024 " + BODY, "malformed date"),
        (" date 2024-1-5 " + BODY, "malformed date"),
        (" date 2024-02-30 " + BODY, "date 2024-02-30 does not exist"),
        (" date 2023-02-29 " + BODY, "date 2023-02-29 does not exist"),
        (" date 2024-13-01 " + BODY, "date 2024-13-01 does not exist"),
        (" date 0000-01-01 " + BODY, "date 0000-01-01 does not exist"),
    ],
)
def test_a_missing_malformed_or_impossible_date_is_named(tmp_path, content, problem):
    refused(write(tmp_path, "dated.txt", content), problem)


def test_a_future_date_is_accepted_with_a_warning(tmp_path):
    article = read_seed(write(tmp_path, "future.txt", " date 2031-05-01 " + BODY), today=TODAY)
    assert article.date == dt.date(2031, 5, 1)
    assert article.warnings == ("date 2031-05-01 is in the future",)


def test_a_leap_day_is_a_real_date(tmp_path):
    assert read_seed(write(tmp_path, "leap.txt", " date 2024-02-29 " + BODY)).date == dt.date(2024, 2, 29)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_windows_1252_and_latin_1_are_decoded_with_a_note(tmp_path, encoding):
    text = " date 2024-01-05 " + BODY + "The caf\xe9 owner, Jos\xe9 Mu\xf1oz, said the fa\xe7ade would stay.\n"
    article = read_seed(write(tmp_path, "legacy.txt", text.encode(encoding)))
    assert "café" in article.body and "José Muñoz" in article.body and "façade" in article.body
    assert article.warnings == ("not valid UTF-8; decoded as Windows-1252 (Latin-1)",)


def test_windows_1252_curly_quotes_become_the_right_characters(tmp_path):
    text = " date 2024-01-05 " + BODY + "\u201cIt is done,\u201d the mayor said \u2014 twice.\n"
    article = read_seed(write(tmp_path, "quotes.txt", text.encode("cp1252")))
    assert "“It is done,” the mayor said — twice." in article.body


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8-bom.txt", b"\xef\xbb\xbf" + (" date 2024-01-05 " + BODY).encode("utf-8")),
        ("utf16-le.txt", b"\xff\xfe" + (" date 2024-01-05 " + BODY).encode("utf-16-le")),
        ("utf16-be.txt", b"\xfe\xff" + (" date 2024-01-05 " + BODY).encode("utf-16-be")),
        ("bom.md", b"\xef\xbb\xbf" + ("---\ndate: 2024-01-05\n---\n" + BODY.replace("\n", "\n\n")).encode("utf-8")),
    ],
)
def test_byte_order_marks_are_read_and_dropped(tmp_path, name, data):
    article = read_seed(write(tmp_path, name, data))
    assert article.date == dt.date(2024, 1, 5)
    assert len(article.paragraphs) == 2 and "\ufeff" not in article.body
    assert article.warnings == ()


def test_utf16_without_a_byte_order_mark_is_refused_with_what_to_do(tmp_path):
    refused(write(tmp_path, "u16.txt", (" date 2024-01-05 " + BODY).encode("utf-16-le")), "save it as UTF-8")


def test_a_utf16_mark_on_broken_data_is_refused(tmp_path):
    refused(write(tmp_path, "broken16.txt", b"\xff\xfe" + b"a\x00" * 20 + b"\x00\xd8"), "not valid UTF-16")


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_crlf_and_cr_line_endings_read_like_lf(tmp_path, newline):
    article = read_seed(write(tmp_path, "ends.txt", (" date 2024-01-05 " + BODY).replace("\n", newline)))
    assert [p.text for p in article.paragraphs] == BODY.strip().split("\n")


def test_crlf_front_matter_is_read(tmp_path):
    text = "---\r\ntitle: Bridge\r\ndate: 2024-01-05\r\n---\r\n\r\n" + BODY.replace("\n", "\r\n\r\n")
    article = read_seed(write(tmp_path, "crlf.md", text))
    assert article.title == "Bridge" and len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b" date 2024-01-05 The council\x00 voted on the bridge, the mayor said.", "NUL bytes"),
        (bytes(range(256)) * 40, "NUL bytes"),
        (b" date 2024-01-05 " + bytes(range(1, 32)) * 60 + b"The council voted on it.", "binary data"),
        (b"\x89PNG\r\n\x1a\n" + b"\x01\x02\x03\xfe" * 500, "binary data"),
    ],
)
def test_nul_bytes_and_binary_data_are_refused(tmp_path, data, problem):
    refused(write(tmp_path, "blob.txt", data), problem)


def test_an_oversized_file_is_refused_at_once_without_being_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # a sparse file of 4 GB: reading it whole would take long
        handle.seek(4 * 1024**3)
        handle.write(b"x")
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    message = refused(big, f"the limit is {MAX_SEED_BYTES:,}")
    assert "4,294,967,297 bytes" in message
    assert big not in opened  # decided from its size alone


def test_a_file_just_under_the_limit_is_not_refused_for_its_size(tmp_path):
    sentence = "The council met again on Monday, and the mayor said the bridge would be built. "
    text = " date 2024-01-05 " + (sentence * (MAX_SEED_BYTES // len(sentence)))[: MAX_SEED_BYTES - 40]
    article = read_seed(write(tmp_path, "long.txt", text))
    assert len(article.body) > MAX_SEED_BYTES // 2


def test_one_enormous_line_with_no_sentence_break_is_refused_quickly(tmp_path):
    words = "the council said the bridge over the river was a plan of the city and the people "
    line = (words * (150_000 // len(words)))[:150_000]
    refused(write(tmp_path, "line.txt", " date 2024-01-05 " + line), "with no sentence end")  # before any parse


def test_a_long_stretch_under_the_unbroken_limit_is_read(tmp_path):
    words = "the council and the mayor said the bridge would cost more "
    line = (words * (MAX_UNBROKEN_CHARS // len(words)))[: MAX_UNBROKEN_CHARS - 100]
    article = read_seed(write(tmp_path, "stretch.txt", " date 2024-01-05 " + line + ".\n" + BODY))
    assert len(article.paragraphs) == 3


def test_zero_width_and_right_to_left_controls_are_dropped(tmp_path):
    text = " date 2024-01-05 The coun\u200bcil \u202evoted\u202c on a \u2066bridge\u2069, the \u200dmayor said\ufeff.\n"
    article = read_seed(write(tmp_path, "bidi.txt", text))
    assert article.body == "The council voted on a bridge, the mayor said."


def test_c1_controls_and_noncharacters_are_dropped_so_no_page_or_feed_breaks(tmp_path):
    text = " date 2024-01-05 The council\x85 voted\x9b on a \uffffbridge\ufdd0, the mayor said in the city.\n"
    article = read_seed(write(tmp_path, "c1.txt", text))
    assert article.body == "The council  voted  on a bridge, the mayor said in the city."


def test_right_to_left_script_in_an_english_article_is_kept(tmp_path):
    text = " date 2024-01-05 The envoy, who signed as \u0645\u062d\u0645\u062f, said the talks in Cairo would resume.\n"
    article = read_seed(write(tmp_path, "rtl.txt", text))
    assert "\u0645\u062d\u0645\u062f" in article.body


def test_emoji_and_cjk_names_in_an_english_article_are_kept(tmp_path):
    text = (
        " date 2024-01-05 The singer 王菲 (Faye Wong) said on Monday that the tour would resume 🎤🎉 next year.\n"
        "Fans in Hong Kong said they were delighted 😀 by the news.\n"
    )
    article = read_seed(write(tmp_path, "emoji.txt", text))
    assert "王菲" in article.body and "🎤🎉" in article.body


@pytest.mark.parametrize(
    "body",
    [
        "北京市政府周一宣布，将在明年修建一座新的跨河大桥，预计耗资四亿元。市长表示工程将于三月开工。",
        "東京都は月曜日、新しい橋を建設すると発表した。工事は来年三月に始まる予定だと市長は述べた。",
        "Le conseil municipal a voté lundi la construction d'un nouveau pont sur la rivière, a déclaré le maire.",
        "Der Stadtrat hat am Montag beschlossen, eine neue Brücke über den Fluss zu bauen, sagte der Bürgermeister.",
        "أعلن مجلس المدينة يوم الاثنين عن بناء جسر جديد فوق النهر، وقال رئيس البلدية إن العمل سيبدأ في مارس.",
        "Городской совет в понедельник проголосовал за строительство нового моста через реку, сообщил мэр.",
    ],
)
def test_an_article_in_another_language_is_refused_clearly(tmp_path, body):
    refused(write(tmp_path, "foreign.txt", " date 2024-01-05 " + body + "\n"), "does not look like English")


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ("date: [2024\n", "invalid YAML front matter at line 2"),
        ("title: 'unclosed\ndate: 2024-01-05\n", "invalid YAML front matter"),
        ("date: 2024-01-05\n\tbad: tab\n", "invalid YAML front matter"),
        ("date: !!python/object/apply:os.system ['echo hacked']\n", "could not determine a constructor"),
        ("date: !!python/object:os.system {}\n", "invalid YAML front matter"),
        ("!!python/name:os.system\n", "invalid YAML front matter"),
        ("- a list\n- not a mapping\n", "front matter is not a mapping"),
        ("just text\n", "front matter is not a mapping"),
        ("title: x\n", "front matter has no 'date'"),
        ("date: 2024-01-05\ntitle: [a, b]\n", "front matter 'title' must be text"),
        ("date: 2024-01-05\ntitle: {a: 1}\n", "front matter 'title' must be text"),
        ("date:\n", "the date is empty"),
        ("date: 20240105\n", "malformed date"),
    ],
)
def test_bad_front_matter_is_refused_and_never_executed(tmp_path, front, problem):
    path = write(tmp_path, "front.md", "---\n" + front + "---\n\n" + BODY.replace("\n", "\n\n"))
    refused(path, problem)


def test_markdown_without_front_matter_is_refused(tmp_path):
    refused(write(tmp_path, "bare.md", BODY), "without YAML front matter")


def test_yaml_looking_lines_and_rules_in_the_body_stay_article_text(tmp_path):
    text = "---\ndate: 2024-01-05\n---\n\n" + BODY + "\n---\n\ntitle: hijacked\ndate: 1999-01-01\n"
    article = read_seed(write(tmp_path, "yamlish.md", text))
    assert article.title is None and article.date == dt.date(2024, 1, 5)
    assert "title: hijacked date: 1999-01-01" in article.body


def test_a_directory_named_like_a_seed_is_refused(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    refused(tmp_path / "folder.txt", "is a directory")


def test_a_missing_file_and_a_dangling_link_are_refused(tmp_path):
    refused(tmp_path / "gone.txt", "no such file")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    refused(tmp_path / "dangling.txt", "dangling symbolic link")


def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    refused(tmp_path / "pipe.txt", "not a regular file")
