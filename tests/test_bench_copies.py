"""The benchmark's larger archives: a generated one copied under earlier dates."""

from __future__ import annotations

import json

from generator.bench.copies import copy_briefings
from generator.store import Store


def _briefing(folder, page: str, date: str) -> None:
    (folder / page).write_text(f"---\ntitle: T\ndate: '{date}'\n---\n\n# T\n", encoding="utf-8")
    (folder / ".data" / f"{page[:-3]}.json").write_text(json.dumps({"date": date, "page": page}), encoding="utf-8")


def test_copies_move_back_whole_years_under_new_names_listed_in_the_manifest(tmp_path):
    source = tmp_path / "source"
    (source / ".data").mkdir(parents=True)
    _briefing(source, "2024-02-29-leap.md", "2024-02-29")
    _briefing(source, "2025-01-19-trip.md", "2025-01-19")
    entry = {"generator": "0", "mtime_ns": 1, "page_sha256": "x", "sha256": "y", "size": 1}
    seeds = {"leap.txt": {**entry, "page": "2024-02-29-leap.md"}, "trip.txt": {**entry, "page": "2025-01-19-trip.md"}}
    (source / ".manifest.json").write_text(json.dumps({"seeds": seeds}), encoding="utf-8")
    target = tmp_path / "target"
    copy_briefings(source, target, 5)
    pages = sorted(entry.page for entry in Store(target).manifest().values())
    assert pages == ["2022-02-28-c2-leap.md", "2023-02-28-c1-leap.md", "2024-01-19-c1-trip.md",
                     "2024-02-29-leap.md", "2025-01-19-trip.md"]
    assert "date: '2023-02-28'" in (target / "2023-02-28-c1-leap.md").read_text(encoding="utf-8")
    record = json.loads((target / ".data" / "2024-01-19-c1-trip.json").read_text(encoding="utf-8"))
    assert record == {"date": "2024-01-19", "page": "2024-01-19-c1-trip.md"}
