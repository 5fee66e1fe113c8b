"""The charts' layout: text at its CSS size, labels that neither overlap nor run past an edge on a phone."""

from __future__ import annotations

import re

from generator.model import TimelineEvent
from generator.render import graphics
from generator.render.graphics import CHAR, FONT, NARROWEST, Bar, bar_chart, timeline_chart


def boxes(labels: list[tuple[float, str]]) -> list[tuple[int, float, float]]:
    """(row, left, right) of each placed label at the narrowest width."""
    placed = []
    for (place, label), spot in zip(labels, graphics._label_rows(labels), strict=True):
        if spot is None:
            continue
        anchor, row = spot
        centre, width = NARROWEST * place / 100, CHAR * len(label)
        left = {"start": centre, "middle": centre - width / 2, "end": centre - width}[anchor]
        placed.append((row, left, left + width))
    return placed


def test_clustered_dates_go_to_further_rows_and_none_overlaps_or_leaves_the_picture():
    labels = [(2.0, "2017"), (95.0, "2024-11"), (97.0, "2025-01"), (97.5, "2025-01-17"), (98.0, "2025-01-20")]
    placed = boxes(labels)
    assert len(placed) == 5 and len({row for row, _, _ in placed}) == 4
    for row, left, right in placed:
        assert left >= 0 and right <= NARROWEST
        assert all(right <= other_left or other_right <= left
                   for other_row, other_left, other_right in placed if other_row == row and other_left != left)


def test_a_date_with_no_room_in_any_row_is_left_to_the_text_alternative():
    labels = [(98.0, f"2025-01-{day:02}") for day in range(1, 7)]
    assert graphics._label_rows(labels).count(None) == 6 - graphics.TIMELINE_ROWS
    events = tuple(TimelineEvent(date=f"2025-01-{day:02}", event=f"Event {day}", sources=(0,)) for day in range(1, 7))
    chart = timeline_chart(events, "t")
    assert all(f"2025-01-{day:02}: Event {day}" in chart for day in range(1, 7))


def test_a_chart_is_drawn_at_the_texts_size_whatever_its_width():
    chart = bar_chart([Bar("A very long name of an organisation that goes on and on", 3), Bar("B", 1)], "b", "T", "D")
    svg = re.search(r"<svg [^>]*>", chart)[0]
    assert "viewBox" not in svg and f'font-size="{FONT}"' in svg and 'width="100%"' in svg
    assert "…" in chart and 'width="84.0%"' in chart and 'width="28.0%"' in chart
