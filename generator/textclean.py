"""Decoding and cleaning seed text: byte-order marks, encodings, line ends,
invisible characters.  Pure functions, no I/O."""

from __future__ import annotations

import re
import unicodedata

from .errors import SeedError

# Zero-width and bidirectional control characters: invisible, and able to
# reorder what a reader sees.  They carry no meaning in a news article.
_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(
    (
        "the a an of to in and is was for on that with as by at from it he she they said "
        "has have had are were be been his her their this will not but who which"
    ).split()
)


def decode_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode a seed's bytes; return the cleaned text and notes for the user.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order
    mark are read as such.  Other bytes are read as Windows-1252, which is a
    superset of Latin-1's printable range, and a note says so.  Binary data
    (NUL bytes outside UTF-16) is refused.
    """
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise SeedError(name, "starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    elif b"\x00" in data:
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
    return clean_text(text), notes


def _binary_share(text: str) -> float:
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return controls / max(1, len(sample))


def clean_text(text: str) -> str:
    """Normalise line ends to ``\\n``, drop invisible characters, compose (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def looks_english(text: str) -> bool:
    """Whether common English function words make up a plausible share of the words."""
    words = _WORD.findall(text[:20000].lower())
    if len(words) < 5:
        return bool(words) and all(w.isascii() for w in words)
    common = sum(1 for w in words if w in _ENGLISH)
    return common / len(words) >= 0.12
