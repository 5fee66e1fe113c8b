"""A caption that tells what its photograph shows someone do, in the present, is no summary point."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.language.pieces import shows_in_picture
from generator.model import Document
from generator.pipeline import brief, stages_for

Parse = Callable[..., Document]


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Tom Reyes salutes the crowd after winning the race in Aldport.", True),
        ("Volunteers don yellow jackets as a ranger walks them along the dunes.", True),
        ("A coastguard officer works to free the trawler from the rocks near Holme.", True),
        ("Victory leaves Aldport two points clear at the top of the table.", False),  # no pose, no gesture
        ("The scheme works by matching each volunteer with a ranger.", False),  # works how, not at what
        ("Tom Reyes saluted the crowd after winning the race in Aldport.", False),  # told in the past: the news
        ("Tom Reyes is preparing for the final in Aldport.", False),  # not the present a caption is told in
    ],
)
def test_a_pose_or_gesture_told_in_the_present_is_what_a_photograph_shows(
    parse_text: Parse, sentence: str, shown: bool
) -> None:
    assert shows_in_picture(parse_text(sentence).spans[0]) is shown


def test_a_caption_in_the_present_is_no_point_though_it_ends_with_a_stop(parse_text: Parse) -> None:
    document = parse_text(
        "A storm closed the coast road between Aldport and Holme on Friday, cutting off both towns.\n"
        "Three fishing boats were driven onto the rocks north of the harbour, the coastguard said.\n"
        "A coastguard officer works to free a trawler from the rocks near Holme.\n"
        "The road is expected to reopen on Monday once the council has cleared the fallen trees.\n"
        "Forecasters said the wind would ease over the weekend but warned of more rain next week."
    )
    texts = [point.text for point in brief(document, stages_for("summary")).summary]
    assert texts and not any("works to free" in text for text in texts)
