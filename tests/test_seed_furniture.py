"""A seed's page furniture (share buttons, a player's notice, an agency's credit) is no part of the story."""

from __future__ import annotations

import datetime as dt

from generator.language.furniture import bare_paragraphs
from generator.seeds import article_from_text

DAY = dt.date(2017, 6, 24)


def test_a_share_bar_and_the_link_words_run_into_the_next_paragraph_go() -> None:
    text = "Share this withEmailFacebookTwitterWhatsAppLinkedinCopy\nthis linkThe mayor opened the bridge on Monday."
    article = article_from_text(text, path="share.md", date=DAY)
    assert article.body == "The mayor opened the bridge on Monday."
    assert article.paragraphs[0].raw_start == text.index("The mayor")


def test_a_players_notice_alone_or_glued_to_the_lead_goes() -> None:
    kept, _ = bare_paragraphs([(0, "Media playback is not supported on this device"), (50, "The hosts won 2-0.")])
    assert kept == [(50, "The hosts won 2-0.")]
    kept, _ = bare_paragraphs([(0, "Media playback is not supported on this deviceThe hosts won 2-0.")])
    assert kept == [(46, "The hosts won 2-0.")]
    kept, _ = bare_paragraphs([(0, 'Media playback is not supported on this device"Even if we win, it is over')])
    assert kept == [(46, '"Even if we win, it is over')]


def test_a_notice_that_goes_on_in_lower_case_goes_whole() -> None:
    kept, _ = bare_paragraphs([(0, "Your browser does not support the video tag."), (50, "The hosts won 2-0.")])
    assert kept == [(50, "The hosts won 2-0.")]


def test_an_agencys_credit_opening_the_story_becomes_its_dateline() -> None:
    article = article_from_text("(CNN)A Delaware father was charged on Friday.\nHe denies it.", path="c.md", date=DAY)
    assert article.body.startswith("A Delaware father")
    assert article.dateline == "(CNN)"
    _, credit = bare_paragraphs([(0, "LONDON, England (CNN) -- The prime minister spoke.")])
    assert credit == "LONDON, England (CNN)"


def test_a_bracket_that_opens_a_sentence_is_no_credit() -> None:
    kept, credit = bare_paragraphs([(0, "(Left) is the name the band chose in 2001.")])
    assert credit is None
    assert kept == [(0, "(Left) is the name the band chose in 2001.")]


def test_share_words_inside_a_sentence_stay() -> None:
    kept, _ = bare_paragraphs([(0, "Share this with your friends, the council urged residents on Monday.")])
    assert kept == [(0, "Share this with your friends, the council urged residents on Monday.")]
