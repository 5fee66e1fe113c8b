"""Page furniture: the notices a news site's page shows around an article, which scraping copies into its text.

A closed list of English notices, general to news sites, no article's words; re-exported by
generator.language.lexicon and read by generator.language.slips: a line that shows one shows the page, not the news.
"""

from __future__ import annotations

# A media player's notices, lower case, each as it opens ("Media playback is not supported on this device").
PAGE_NOTICES = (
    "media playback is not supported on this device",
    "media playback is unsupported on your device",
    "this video cannot be played",
    "this video can not be played",
    "please enable javascript",
    "your browser does not support",
    "to play this video you need to enable javascript",
    "please turn on javascript",
)


def shows_notice(text: str) -> bool:
    """Whether a text holds one of the page's notices, in any case, however it runs into the words beside it."""
    lowered = " ".join(text.lower().split())
    return any(notice in lowered for notice in PAGE_NOTICES)
