"""Reading seed files: the only input I/O of the generator.

Two formats are accepted:

* plain text as our user writes it: a `` date YYYY-MM-DD `` header on the
  first line, a dateline (``WASHINGTON—``) before the first paragraph, one
  paragraph per line, an optional closing credit line;
* Markdown (``.md``) with YAML front matter (``title``, ``date``, ``source``,
  ``url``, ``author``; only ``date`` is required), then the body, paragraphs
  separated by blank lines.

:func:`read_seed` returns an :class:`~generator.model.Article` or raises
:class:`~generator.errors.SeedError` with a one-line reason.  What it refuses:
an empty file, no article text, a missing or malformed date or one that
does not exist, binary data, a file over :data:`MAX_SEED_BYTES` (before
reading it), a stretch of text with no sentence end over
:data:`~generator.textclean.MAX_UNBROKEN_CHARS`, an article that is not
English, front matter that is not safe YAML mapping keys to text (a key
given twice included; see :mod:`generator.frontmatter`).  What it accepts
with a warning: a date in the future, bytes that are not UTF-8
(decoded as Windows-1252), mojibake (repaired: "presidentâ€™s" is read as the
president's).  What it takes off the body: the page's furniture (a row of share buttons, a video player's notice)
and an agency's credit opening the story ("(CNN)"), which becomes the dateline
(:func:`generator.language.furniture.bare_paragraphs`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import stat
from pathlib import Path

from .errors import SeedError
from .frontmatter import kind, read_front_matter
from .language.furniture import bare_paragraphs
from .language.lexicon import CREDIT_LINE
from .model import Article, Paragraph
from .textclean import MAX_UNBROKEN_CHARS, clean_text, decode_bytes, longest_unbroken, looks_english

# About 30,000 words: more than the longest news feature, and a bound on the
# time one seed can cost (parsing runs at roughly 10 seconds per 100 KB).
MAX_SEED_BYTES = 200_000
SEED_SUFFIXES = (".txt", ".md", ".markdown")
NOT_ENGLISH = "the article does not look like English text; only English articles are briefed"

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\S+)[ \t]*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
# "WASHINGTON—", "NEW YORK (Reuters) -", "LONDON, Jan 5 —", "BEIJING -- "
_DATELINE = re.compile(
    r"\A((?:[A-Z][A-Z.'\-]+)(?:[ ,]+[A-Z][A-Za-z.'\-]*){0,4}"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z .]+\))?)"
    r"[ \t]*(?:—|–|--| - )[ \t]*"
)


def read_seed(path: Path, *, today: dt.date | None = None, display: str | None = None) -> Article:
    """Read and validate one seed file.

    ``display`` is the path shown in messages and stored in the briefing
    (defaults to ``path`` as given); ``today`` decides what a future date is.
    """
    name = display or str(path)
    return seed_from_bytes(read_bytes(path, name), suffix=path.suffix, display=name, today=today)


def seed_from_bytes(data: bytes, *, suffix: str, display: str, today: dt.date | None = None) -> Article:
    """Validate a seed already read (by :func:`read_bytes`): its bytes and its file name's ``suffix``.

    A worker that cannot see the seeds folder (on a Dask cluster) briefs a seed from this.
    """
    name = display
    text, notes = decode_bytes(data, name)
    sha = hashlib.sha256(data).hexdigest()
    if suffix.lower() in (".md", ".markdown") or text.lstrip("\ufeff").startswith("---"):
        article = _parse_markdown(text, name, sha)
    else:
        article = _parse_plain(text, name, sha)
    warnings = list(notes)
    if today is not None and article.date > today:
        warnings.append(f"date {article.date.isoformat()} is in the future")
    if not looks_english(article.body):
        raise SeedError(name, NOT_ENGLISH)
    if longest_unbroken(article.body) > MAX_UNBROKEN_CHARS:
        raise SeedError(
            name, f"has a stretch of over {MAX_UNBROKEN_CHARS:,} characters with no sentence end: not article prose"
        )
    return Article(**{**article.__dict__, "warnings": tuple(warnings)})


def read_bytes(path: Path, name: str) -> bytes:
    """The file's bytes, refused before reading when it is not a regular file
    (a FIFO would block the build) or is over the size limit."""
    if path.is_symlink() and not path.exists():
        raise SeedError(name, "dangling symbolic link (or a loop of links)")
    if not path.exists():
        raise SeedError(name, "no such file")
    if path.is_dir():
        raise SeedError(name, "is a directory, not a seed file")
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise SeedError(name, "not a regular file (a device, socket or pipe)")
        if status.st_size > MAX_SEED_BYTES:
            raise SeedError(name, f"file is {status.st_size:,} bytes; the limit is {MAX_SEED_BYTES:,}")
        with path.open("rb") as handle:
            data = handle.read(MAX_SEED_BYTES + 1)
    except OSError as error:
        raise SeedError(name, f"cannot be read: {error.strerror or error}") from None
    if len(data) > MAX_SEED_BYTES:
        raise SeedError(name, f"file is over the limit of {MAX_SEED_BYTES:,} bytes")
    return data


def parse_date(value: object, name: str) -> dt.date:
    """A seed's date: an ISO ``YYYY-MM-DD`` that exists in the calendar."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, (str, int, float)):  # never str() a list: an alias bomb would explode
        raise SeedError(name, f"the date is {kind(value)}; write it as YYYY-MM-DD")
    text = str(value).strip()
    day = _ISO_DATE.match(text[:10])
    if day is not None:
        try:
            date = dt.date.fromisoformat(day.group())
        except ValueError:
            raise SeedError(name, f"date {day.group()} does not exist") from None
        if len(text) == 10:
            return date
    raise SeedError(name, f"malformed date {text[:40]!r}; expected YYYY-MM-DD")


def _parse_plain(text: str, name: str, sha: str) -> Article:
    header = _HEADER.match(text)
    if header is None:
        raise SeedError(name, "missing ' date YYYY-MM-DD ' header at the start of the file")
    date = parse_date(header.group(1), name)
    offset = header.end()
    rest = text[offset:]
    dateline = None
    match = _DATELINE.match(rest)
    if match:
        dateline = match.group(1).strip()
        offset += match.end()
    lines = [(m.start() + offset, m.group()) for m in re.finditer(r"[^\n]+", text[offset:])]
    return _article(name, sha, date, lines, dateline=dateline)


def _parse_markdown(text: str, name: str, sha: str) -> Article:
    meta, offset = read_front_matter(text, name)
    if not isinstance(meta, dict):
        raise SeedError(name, "front matter is not a mapping of keys to values")
    if "date" not in meta:
        raise SeedError(name, "front matter has no 'date'")
    date = parse_date(meta["date"], name)
    fields = {}
    for key in ("title", "source", "url", "author"):
        value = meta.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise SeedError(name, f"front matter '{key}' must be text, not {kind(value)}")
        fields[key] = clean_text(str(value)).strip() or None if value is not None else None
    blocks = [(m.start() + offset, m.group()) for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[offset:])]
    lines = [(start, re.sub(r"[ \t]*\n[ \t]*", " ", block)) for start, block in blocks]
    return _article(name, sha, date, lines, **fields)


def article_from_text(
    text: str, *, path: str, date: dt.date, title: str | None = None
) -> Article:
    """An article from a bare body (paragraphs separated by blank lines), as in
    evaluation data.  Offsets of ``raw_start`` are into ``text`` itself."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    blocks = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    article = _article(path, sha, date, blocks, title=title)
    return article


def _article(
    name: str,
    sha: str,
    date: dt.date,
    lines: list[tuple[int, str]],
    **meta: str | None,
) -> Article:
    """Build the article from its paragraph lines: the page's furniture off (an agency's credit opening the story
    becomes its dateline; see :func:`generator.language.furniture.bare_paragraphs`), credits off the end, body
    joined."""
    credits: list[str] = []
    lines, credit = bare_paragraphs([(start, line.rstrip()) for start, line in lines if line.strip()])
    if credit and not meta.get("dateline"):
        meta = {**meta, "dateline": credit}  # "(CNN)": the agency's credit, no part of the lead
    while lines and CREDIT_LINE.fullmatch(lines[-1][1].strip()):
        credits.insert(0, lines.pop()[1].strip())
    if not lines:
        raise SeedError(name, "the seed has no article text")
    paragraphs: list[Paragraph] = []
    body_parts: list[str] = []
    position = 0
    for index, (raw_start, line) in enumerate(lines):
        paragraphs.append(Paragraph(index=index, start=position, text=line, raw_start=raw_start))
        body_parts.append(line)
        position += len(line) + 1
    body = "\n".join(body_parts)
    if len(body.split()) < 5:
        if not looks_english(body):  # Chinese or Japanese: few spaces, so few "words"
            raise SeedError(name, NOT_ENGLISH)
        raise SeedError(name, "the article is too short to brief (fewer than 5 words)")
    return Article(
        path=name,
        sha256=sha,
        date=date,
        body=body,
        paragraphs=tuple(paragraphs),
        credits=tuple(credits),
        **meta,  # type: ignore[arg-type]
    )
