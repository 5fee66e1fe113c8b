"""Reading seeds: both formats, metadata, credits, and clear errors."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.errors import SeedError
from generator.seeds import MAX_SEED_BYTES, read_seed
from generator.textclean import MOJIBAKE_REPAIRED

from .conftest import TEST_SEEDS, USER_SEED
from .helpers import write

BODY = "The council voted on Monday to build a new bridge over the river, the mayor said.\n"


def test_plain_seed_has_date_dateline_paragraphs_and_credit():
    article = read_seed(TEST_SEEDS / "harbour-strike.txt")
    assert article.date == dt.date(2024, 3, 8)
    assert article.dateline == "ROTTERDAM"
    assert article.body.startswith("Dock workers at the port")
    assert article.credits == ("Jan Smit contributed to this article.",)
    assert len(article.paragraphs) == 7
    assert article.title is None


def test_paragraph_raw_offsets_point_into_the_file_as_read():
    text = USER_SEED.read_bytes().decode("utf-8")
    article = read_seed(USER_SEED)
    for paragraph in article.paragraphs:
        assert text[paragraph.raw_start : paragraph.raw_start + len(paragraph.text)] == paragraph.text


def test_markdown_seed_reads_front_matter_and_joins_wrapped_lines():
    article = read_seed(TEST_SEEDS / "library-vote.md")
    assert article.title == "Council delays vote on closing three branch libraries"
    assert article.source == "The Riverside Courier"
    assert article.date == dt.date(2023, 11, 20)
    assert len(article.paragraphs) == 4
    assert "\n" not in article.paragraphs[0].text


def test_future_date_is_accepted_with_a_warning(tmp_path):
    path = write(tmp_path, "a.txt", " date 2031-05-01 " + BODY)
    article = read_seed(path, today=dt.date(2026, 1, 1))
    assert article.warnings == ("date 2031-05-01 is in the future",)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "the file is empty"),
        ("   \n\t\n", "the file is empty"),
        (" date 2024-01-05 ", "no article text"),
        (BODY, "missing ' date YYYY-MM-DD ' header"),
        (" date 2024-1-5 " + BODY, "malformed date"),
        (" date 2024-02-30 " + BODY, "date 2024-02-30 does not exist"),
        ("---\ntitle: x\n---\n" + BODY, "front matter has no 'date'"),
        ("---\ndate: [2024\n---\n" + BODY, "invalid YAML front matter"),
        ("---\ndate: !!python/object:os.system {}\n---\n" + BODY, "invalid YAML front matter"),
        (" date 2024-01-05 Der Rat hat am Montag beschlossen, eine neue Brücke über den Fluss zu bauen.",
         "does not look like English"),
    ],
)
def test_unusable_seed_gets_a_one_line_error_naming_the_file(tmp_path, content, problem):
    suffix = ".md" if content.startswith("---") else ".txt"
    path = write(tmp_path, "bad" + suffix, content)
    with pytest.raises(SeedError) as caught:
        read_seed(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and problem in message
    assert "\n" not in message


def test_binary_and_oversized_files_are_refused(tmp_path):
    with pytest.raises(SeedError, match="NUL bytes"):
        read_seed(write(tmp_path, "b.txt", b" date 2024-01-05 \x00\x01\x02" * 10))
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.seek(MAX_SEED_BYTES + 10)
        handle.write(b"x")
    with pytest.raises(SeedError, match="limit"):
        read_seed(big)


def test_byte_order_marks_line_endings_and_windows_1252_are_read(tmp_path):
    text = " date 2024-01-05 " + BODY + "The bridge will cost $40 million, officials said.\n"
    for name, data in [
        ("bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8")),
        ("utf16.txt", text.encode("utf-16")),
        ("crlf.txt", text.replace("\n", "\r\n").encode("utf-8")),
        ("cr.txt", text.replace("\n", "\r").encode("utf-8")),
    ]:
        article = read_seed(write(tmp_path, name, data))
        assert len(article.paragraphs) == 2, name
        assert article.warnings == (), name
    latin = read_seed(write(tmp_path, "cp.txt", (text + "It was a caf\xe9 deal.\n").encode("cp1252")))
    assert "café" in latin.body
    assert latin.warnings == ("not valid UTF-8; decoded as Windows-1252 (Latin-1)",)


def test_mojibake_is_repaired_with_a_note_and_correct_text_is_left_alone(tmp_path):
    # UTF-8 once read as Windows-1252 and saved again ("\x9d" is the byte that Windows-1252 leaves undefined).
    wrong = "The presidentâ€™s aide said â€œnoâ€\x9d at a cafÃ© in Lima."
    repaired = read_seed(write(tmp_path, "wrong.txt", " date 2024-01-05 " + wrong + " The mayor said it."))
    assert repaired.body == "The president’s aide said “no” at a café in Lima. The mayor said it."
    assert repaired.warnings == (MOJIBAKE_REPAIRED,)
    right = "He said «Allô» and left the naïve café in São Paulo, the mayor said in the city."
    article = read_seed(write(tmp_path, "right.txt", " date 2024-01-05 " + right))
    assert (article.body, article.warnings) == (right, ())


def test_invisible_and_bidi_control_characters_are_dropped(tmp_path):
    text = " date 2024-01-05 The coun\u200bcil \u202evoted\u202c on a bridge, the mayor said in the city."
    article = read_seed(write(tmp_path, "z.txt", text))
    assert "\u200b" not in article.body and "\u202e" not in article.body
    assert "council" in article.body


def test_a_reporter_named_with_the_place_reported_from_is_a_credit_not_an_official_reporting():
    from generator.language.lexicon import CREDIT_LINE

    assert CREDIT_LINE.fullmatch("Jane Okafor reported from Dunmore.")
    assert CREDIT_LINE.fullmatch("Voters react to the budget Jane Okafor reported from Dunmore.")
    assert not CREDIT_LINE.fullmatch("Police said officers reported from the scene.")
    assert not CREDIT_LINE.fullmatch("Harbour Rail reported from Dunmore that the strike was over.")
