"""Page furniture: the notices a news site's page shows around an article, which scraping copies into its text.

A closed list of English notices, general to news sites, no article's words; re-exported by
generator.language.lexicon and read by generator.language.slips: a line that shows one shows the page, not the news.
:func:`bare_paragraphs` takes the furniture off the paragraphs of a seed before anything reads them (see
:mod:`generator.seeds`): a paragraph that is only a notice or a row of share buttons ("Share this
withEmailFacebookTwitter...Copy", whose "this link" runs into the next paragraph) is no part of the story, and an
agency's credit opening the story ("(CNN)", "LONDON, England (CNN) --") is its dateline, not the lead's first words.
"""

from __future__ import annotations

import re

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
# The buttons of a share bar, as scraping runs them together, and the end of its "Copy this link".
SHARE_BAR = re.compile(
    r"\A(?:Share|Share this|Share this with)\s*"
    r"(?:Email|Facebook|Messenger|Twitter|Pinterest|WhatsApp|Whatsapp|Linkedin|LinkedIn|Google\+?|Reddit|Copy|\s)*\Z"
)
LINK_LEFT = re.compile(r"\Athis link\s*")
# An agency's credit at the story's start: a place in capitals or words, then the outlet in brackets ("(CNN)",
# "(AP)", "(Reuters)"), then a dash or nothing; the story's first word follows.
AGENCY_CREDIT = re.compile(
    r"\A((?:[A-Z][A-Za-z.'\-]*(?:,? [A-Z][A-Za-z.'\-]*){0,4} )?\([A-Z][A-Za-z]{1,8}\))[ \t]*(?:—|–|--| - )?[ \t]*"
    r"(?=[A-Z\"'“‘]|\Z)"
)


def shows_notice(text: str) -> bool:
    """Whether a text holds one of the page's notices, in any case, however it runs into the words beside it."""
    lowered = " ".join(text.lower().split())
    return any(notice in lowered for notice in PAGE_NOTICES)


def bare_paragraphs(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], str | None]:
    """The paragraphs (each with its offset in the seed) without the page's furniture, and the agency credit that
    opened the story, if any (its dateline)."""
    kept: list[tuple[int, str]] = []
    after_share_bar = False
    for start, line in lines:
        cut = len(line) - len(line.lstrip())
        if after_share_bar and (left := LINK_LEFT.match(line[cut:])):
            cut += left.end()  # "this linkMr Halden told the BBC ...": the share bar's last words
        after_share_bar = bool(SHARE_BAR.match(line[cut:]))
        notice = _opening_notice(line[cut:])
        if notice:
            rest = line[cut + notice:]
            first = rest.lstrip().lstrip("\"'“‘")[:1]  # the next sentence may open a quotation
            if rest.strip() and not (first.isupper() or first.isdigit()):
                continue  # the notice goes on ("Your browser does not support the video tag."): all furniture
            cut += notice + len(rest) - len(rest.lstrip())
        if line[cut:].strip() and not after_share_bar:
            kept.append((start + cut, line[cut:]))
    credit = AGENCY_CREDIT.match(kept[0][1]) if kept else None
    if credit is None:
        return kept, None
    start, text = kept[0]
    if text[credit.end():].strip():
        kept[0] = (start + credit.end(), text[credit.end():])
    else:
        kept.pop(0)  # the credit alone on its line
    return kept, credit.group(1)


def _opening_notice(text: str) -> int:
    """The length of the notice a paragraph opens with ("Media playback is not supported on this device"), or 0."""
    lowered = text.lower()
    return next((len(notice) for notice in PAGE_NOTICES if lowered.startswith(notice)), 0)
