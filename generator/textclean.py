"""Decoding and cleaning seed text: byte-order marks, encodings, line ends,
invisible characters, and the checks that tell article prose from other
text.  Pure functions, no I/O."""

from __future__ import annotations

import re
import unicodedata

import ftfy

from .errors import SeedError

# Zero-width and bidirectional control characters: invisible, and able to
# reorder what a reader sees.  They carry no meaning in a news article.
_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Noncharacters: not text, and not allowed in XML (the feed) at all.
_NONCHARACTER = re.compile("[\ufdd0-\ufdef\ufffe\uffff]")
# UTF-8 text once read as Windows-1252 (or Latin-1) and saved again: the character of a lead byte
# (0xC2-0xF4) before that of a continuation byte (0x80-0xBF), as in "presidentâ€™s".  A cheap test
# before ftfy's own, which reads the whole text.
_CONTINUATION = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0))
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATION)}]")
MOJIBAKE_REPAIRED = "mojibake repaired (UTF-8 text that had been read as Windows-1252, as in 'â€™' for '’')"
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(
    (
        "the a an of to in and is was for on that with as by at from it he she they said "
        "has have had are were be been his her their this will not but who which"
    ).split()
)
# Function words of the languages whose articles are most often mistaken for
# English by the share above (they share "a", "in", "an", "on"); none of
# these is an English word.
_OTHER_LANGUAGES = frozenset(
    (
        "le la les des du un une et est dans pour que qui sur pas au aux avec cette ont été par "  # French
        "el los las del y en por con una para es se su al como más pero sus "  # Spanish
        "der die das und ist nicht ein eine zu von mit sich auf für im dem wird auch "  # German
        "il di che è per della gli nel sono alla anche "  # Italian
        "os do da em não uma ao dos das pelo pela "  # Portuguese
        "het een en van op voor niet zijn met "  # Dutch
    ).split()
) - {"die", "den", "op", "do", "so"}
# Where a sentence can end: a full stop, question or exclamation mark (or a
# colon or semicolon, which also let a parser cut), or a line end.
_SENTENCE_END = re.compile(r"[.!?;:。！？…](?=[\s\"'”’)\]]|\Z)|\n")
# The longest stretch of text without a sentence end that a seed may hold.
# Real sentences stay under about 1,000 characters; text with no breaks over
# this length is not article prose (and would cost the parser dearly).
MAX_UNBROKEN_CHARS = 10_000


def decode_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode a seed's bytes; return the cleaned text and notes for the user.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order
    mark are read as such.  Other bytes are read as Windows-1252, which is a
    superset of Latin-1's printable range, and a note says so.  Mojibake is
    repaired (:func:`repair_mojibake`), with a note.  Binary data (NUL bytes
    outside UTF-16) is refused.
    """
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise SeedError(name, "starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    elif b"\x00" in data:
        if _looks_utf16_without_mark(data):
            raise SeedError(name, "looks like UTF-16 without a byte-order mark; save it as UTF-8")
        raise SeedError(name, "contains NUL bytes: binary data, not a text seed")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            notes.append("not valid UTF-8; decoded as Windows-1252 (Latin-1)")
    if not text.strip():
        raise SeedError(name, "the file is empty")
    if _binary_share(text) > 0.05:
        raise SeedError(name, "looks like binary data, not a text seed")
    repaired = repair_mojibake(text)
    if repaired != text:
        notes.append(MOJIBAKE_REPAIRED)
    return clean_text(repaired), notes


def repair_mojibake(text: str) -> str:
    """``text`` with mojibake undone ("presidentâ€™s" is the president's again) by ftfy's
    ``fix_encoding``, which changes only what it can show was decoded wrongly."""
    if not _MOJIBAKE.search(text):
        return text
    return str(ftfy.fix_encoding(text))


def _looks_utf16_without_mark(data: bytes) -> bool:
    """Most even (or most odd) bytes are NUL: ASCII text saved as UTF-16."""
    sample = data[:4000]
    half = max(1, len(sample) // 2)
    return max(sample[0::2].count(0), sample[1::2].count(0)) > 0.7 * half


def _binary_share(text: str) -> float:
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return controls / max(1, len(sample))


def clean_text(text: str) -> str:
    """Normalise line ends to ``\\n``, drop invisible characters and noncharacters,
    turn control characters (C0 and C1) into spaces, compose (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _NONCHARACTER.sub("", text)
    return unicodedata.normalize("NFC", text)


def longest_unbroken(text: str) -> int:
    """The length of the longest stretch of ``text`` with no sentence end.  Linear time."""
    longest = previous = 0
    for match in _SENTENCE_END.finditer(text):
        longest = max(longest, match.start() - previous)
        previous = match.end()
    return max(longest, len(text) - previous)


def looks_english(text: str) -> bool:
    """Whether common English function words make up a plausible share of the
    words, and outnumber those of the other languages most like it."""
    words = _WORD.findall(text[:20000].lower())
    if len(words) < 5:
        return bool(words) and all(w.isascii() for w in words)
    common = sum(1 for w in words if w in _ENGLISH)
    other = sum(1 for w in words if w in _OTHER_LANGUAGES)
    return common / len(words) >= 0.12 and common > other
