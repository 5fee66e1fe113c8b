"""A large archive made from a generated one: its briefings copied under earlier dates.

Generating 10,000 briefings takes hours on a small machine, and what the
site costs (``mkdocs build``, the pages' sizes, the search) depends on the
briefings, not on how they were made.  A copy is a briefing moved back a
whole number of years: its page, its record and its manifest entry get the
new date and name; its text, actors and topics stay, so actors and topics
recur as in an archive that many more stories fed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import yaml


def _earlier(date: str, years: int) -> str:
    day = dt.date.fromisoformat(date)
    try:
        return day.replace(year=day.year - years).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28).isoformat()


def copy_briefings(source: Path, target: Path, size: int) -> int:
    """Fill ``target`` with ``size`` briefings: those of ``source``, then copies moved back 1, 2… years."""
    manifest = json.loads((source / ".manifest.json").read_text(encoding="utf-8"))["seeds"]
    if target.exists():
        shutil.rmtree(target)
    (target / ".data").mkdir(parents=True)
    seeds: dict[str, dict[str, object]] = {}
    originals = sorted(manifest.items())
    for number in range(size):
        name, entry = originals[number % len(originals)]
        years = number // len(originals)
        page = str(entry["page"])
        record = json.loads((source / ".data" / f"{page[:-3]}.json").read_text(encoding="utf-8"))
        date = _earlier(record["date"], years)
        new_page = f"{date}-c{years}-{page[11:]}" if years else page
        record["date"], record["page"] = date, new_page
        text = (source / page).read_text(encoding="utf-8")
        text = re.sub(r"^date: .*$", f"date: {yaml.safe_dump(date).split(chr(10))[0]}", text, count=1, flags=re.M)
        (target / new_page).write_text(text, encoding="utf-8")
        (target / ".data" / f"{new_page[:-3]}.json").write_text(json.dumps(record), encoding="utf-8")
        seeds[f"c{years}-{name}" if years else name] = {**entry, "page": new_page}
    (target / ".manifest.json").write_text(json.dumps({"seeds": seeds}, indent=1), encoding="utf-8")
    return size
