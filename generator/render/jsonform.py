"""The JSON contract of a briefing (documented in docs/contract.md).

Keys are stable; a new key may be added, none is removed or renamed without
raising ``SCHEMA_VERSION``.  Every ``sources`` list holds ids of
``sentences``.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..model import Actor, Point, Result
from .escape import slug

SCHEMA_VERSION = 1


def _point(point: Point | None) -> dict[str, Any] | None:
    return None if point is None else {"text": point.text, "sources": list(point.sources)}


def actor_slug(actor: Actor) -> str:
    return slug(actor.name) or "actor"


def _actor(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "slug": actor_slug(actor),
        "kind": actor.kind,
        "role": actor.role,
        "role_sources": list(actor.role_sources),
        "aliases": list(actor.aliases),
        "key": actor.key,
        "salience": actor.salience,
        "mentions": list(actor.mentions),
        "quotes": [{"text": q.text, "sources": [q.sentence], "shown": q.shown} for q in actor.quotes],
        "action": _point(actor.action),
    }


def _place(place: Actor) -> dict[str, Any]:
    return {
        "name": place.name,
        "slug": actor_slug(place),
        "aliases": list(place.aliases),
        "mentions": list(place.mentions),
    }


def _teller(teller: Actor) -> dict[str, Any]:
    return {
        "name": teller.name,
        "kind": teller.kind,
        "role": teller.role,
        "role_sources": list(teller.role_sources),
        "aliases": list(teller.aliases),
        "mentions": list(teller.mentions),
    }


def to_dict(result: Result) -> dict[str, Any]:
    article, briefing = result.article, result.briefing
    readability = asdict(briefing.readability) if briefing.readability is not None else None
    return {
        "schema": SCHEMA_VERSION,
        "generator": result.generator_version,
        "title": briefing.title,
        "title_from_seed": briefing.title_from_seed,
        "date": article.date.isoformat(),
        "dateline": article.dateline,
        "bottom_line": _point(briefing.bottom_line),
        "summary": [_point(point) for point in briefing.summary],
        "actors": [_actor(actor) for actor in briefing.actors],
        "places": [_place(place) for place in briefing.places],
        "reporting": [_teller(teller) for teller in briefing.reporting],
        "open_questions": [{"question": q.question, "sources": list(q.sources)} for q in briefing.open_questions],
        "background": [{"text": b.text, "date": b.date, "sources": list(b.sources)} for b in briefing.background],
        "timeline": [
            {"date": e.date, "event": e.event, "future": e.future, "sources": list(e.sources)}
            for e in briefing.timeline
        ],
        "topics": list(briefing.topics),
        "readability": readability,
        "source": {
            "path": article.path,
            "sha256": article.sha256,
            "words": len(article.body.split()),
            "credits": list(article.credits),
            "publisher": article.source,
            "url": article.url,
            "author": article.author,
        },
        "warnings": list(article.warnings),
        "sentences": [{"id": s.id, "paragraph": s.paragraph, "text": s.text} for s in result.sentences],
    }


def to_json(result: Result) -> str:
    """One line of JSON (for JSON Lines), keys in contract order."""
    return json.dumps(to_dict(result), ensure_ascii=False, separators=(",", ":"))
