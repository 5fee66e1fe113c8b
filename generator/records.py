"""The records of briefings, read through one typed reader.

A briefing's record is its JSON contract (docs/contract.md).  A build keeps
it beside the page, in ``briefings/.data/<page stem>.json``, in a stored
variant: without ``sentences`` (the cross-briefing pages never need the
article) and with ``page``, the page's file name in ``briefings/``.

What reads records (the build, the site's home, archive, actors, topics,
timeline and feed) reads them only through :func:`parse` or :func:`read`,
into the frozen dataclasses below: just the keys those readers use, each
checked on the way in, so that a malformed record is reported once, in one
line naming its file, instead of failing somewhere in a page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .errors import StoreError
from .model import ACTOR_KINDS, ActorKind

T = TypeVar("T")
NOT_STORED = "sentences"  # the contract's key a stored record leaves out
PAGE = "page"  # the key a stored record adds


@dataclass(frozen=True, kw_only=True)
class Line:
    """A line that stands on article sentences: a bottom line, a quotation, an actor's action."""

    text: str
    sources: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class ActorRecord:
    name: str
    slug: str  # the actor's slug within its briefing
    kind: ActorKind
    role: str | None
    aliases: tuple[str, ...]
    key: bool
    quotes: tuple[Line, ...]
    action: Line | None


@dataclass(frozen=True, kw_only=True)
class EventRecord:
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    event: str
    future: bool
    sources: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class Record:
    """What the build and the site read of a briefing's record."""

    title: str
    date: str  # YYYY-MM-DD
    bottom_line: Line | None
    actors: tuple[ActorRecord, ...]
    places: tuple[ActorRecord, ...]  # the places of the setting (kind "place", no role, never key)
    topics: tuple[str, ...]
    timeline: tuple[EventRecord, ...]
    sha256: str  # of the seed (``source.sha256``)

    @property
    def key_actors(self) -> list[ActorRecord]:
        return [actor for actor in self.actors if actor.key]


class _Malformed(Exception):
    """What is wrong with a record, and where in it (``actors[2].name is missing``)."""


def stored(record: dict[str, Any], *, page: str) -> dict[str, Any]:
    """The stored variant of a contract object: without ``sentences``, with ``page``."""
    kept = {key: value for key, value in record.items() if key != NOT_STORED}
    kept[PAGE] = page
    return kept


def read(path: Path) -> Record:
    """The stored record at ``path``; :class:`StoreError` naming the file if it cannot be used."""
    try:
        return _record(json.loads(path.read_text(encoding="utf-8")))
    except OSError as error:
        raise StoreError(f"{path}: cannot read the briefing's record ({error.strerror or error})") from None
    except (ValueError, _Malformed) as error:
        problem = f"not JSON ({error})" if isinstance(error, ValueError) else str(error)
        raise StoreError(f"{path}: not a briefing record: {problem}; build with --force to rewrite it") from None


def parse(raw: object, *, where: str) -> Record:
    """A contract object or a stored record, checked; :class:`StoreError` naming ``where`` if malformed."""
    try:
        return _record(raw)
    except _Malformed as problem:
        raise StoreError(f"{where}: not a briefing record: {problem}") from None


def _record(raw: object) -> Record:
    record = _object(raw, "the record")
    return Record(
        title=_text(record, "title", ""),
        date=_text(record, "date", ""),
        bottom_line=_optional(record, "bottom_line", "", _line),
        actors=_each(record, "actors", "", _actor),
        places=_each(record, "places", "", _place) if "places" in record else (),  # records before places
        topics=_texts(record, "topics", ""),
        timeline=_each(record, "timeline", "", _event),
        sha256=_text(_object(_value(record, "source", ""), "source"), "sha256", "source."),
    )


def _place(raw: dict[str, Any], at: str) -> ActorRecord:
    return ActorRecord(
        name=_text(raw, "name", at), slug=_text(raw, "slug", at), kind="place", role=None,
        aliases=_texts(raw, "aliases", at), key=False, quotes=(), action=None,
    )


def _actor(raw: dict[str, Any], at: str) -> ActorRecord:
    kind = _text(raw, "kind", at)
    if kind not in ACTOR_KINDS:
        raise _Malformed(f"{at}kind is not one of {', '.join(ACTOR_KINDS)}")
    return ActorRecord(
        name=_text(raw, "name", at),
        slug=_text(raw, "slug", at),
        kind=kind,
        role=_optional(raw, "role", at, _string),
        aliases=_texts(raw, "aliases", at),
        key=_flag(raw, "key", at),
        quotes=_quote_lines(raw, at),
        action=_optional(raw, "action", at, _line),
    )


def _quote_lines(raw: dict[str, Any], at: str) -> tuple[Line, ...]:
    """The quotations shown as quote lines (every one, in a record from before ``shown``)."""
    lines = _each(raw, "quotes", at, _line)
    return tuple(line for line, item in zip(lines, raw["quotes"], strict=True) if item.get("shown", True) is not False)


def _event(raw: dict[str, Any], at: str) -> EventRecord:
    return EventRecord(
        date=_text(raw, "date", at),
        event=_text(raw, "event", at),
        future=_flag(raw, "future", at),
        sources=_ids(raw, "sources", at),
    )


def _line(raw: object, at: str) -> Line:
    item = _object(raw, at.removesuffix("."))
    return Line(text=_text(item, "text", at), sources=_ids(item, "sources", at))


def _object(raw: object, name: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _Malformed(f"{name} is not an object")
    return raw


def _value(raw: dict[str, Any], key: str, at: str) -> object:
    if key not in raw:
        raise _Malformed(f"{at}{key} is missing")
    return raw[key]


def _string(raw: object, at: str) -> str:
    if not isinstance(raw, str):
        raise _Malformed(f"{at.removesuffix('.')} is not a string")
    return raw


def _text(raw: dict[str, Any], key: str, at: str) -> str:
    return _string(_value(raw, key, at), f"{at}{key}")


def _flag(raw: dict[str, Any], key: str, at: str) -> bool:
    value = _value(raw, key, at)
    if not isinstance(value, bool):
        raise _Malformed(f"{at}{key} is not true or false")
    return value


def _optional(raw: dict[str, Any], key: str, at: str, read: Callable[[Any, str], T]) -> T | None:
    value = _value(raw, key, at)
    return None if value is None else read(value, f"{at}{key}.")


def _list(raw: dict[str, Any], key: str, at: str) -> list[Any]:
    value = _value(raw, key, at)
    if not isinstance(value, list):
        raise _Malformed(f"{at}{key} is not a list")
    return value


def _each(raw: dict[str, Any], key: str, at: str, read: Callable[[Any, str], T]) -> tuple[T, ...]:
    """Each item of the list ``key``, read as an object; a problem names the item (``actors[2].``)."""
    items = []
    for index, item in enumerate(_list(raw, key, at)):
        where = f"{at}{key}[{index}]"
        items.append(read(_object(item, where), where + "."))
    return tuple(items)


def _texts(raw: dict[str, Any], key: str, at: str) -> tuple[str, ...]:
    return tuple(_string(item, f"{at}{key}[{index}]") for index, item in enumerate(_list(raw, key, at)))


def _ids(raw: dict[str, Any], key: str, at: str) -> tuple[int, ...]:
    values = _list(raw, key, at)
    for index, value in enumerate(values):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Malformed(f"{at}{key}[{index}] is not a sentence id")
    return tuple(values)
