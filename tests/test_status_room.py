"""The room kept for the live status: sample lines in the page's language, invisible, unread and unsearched."""

from __future__ import annotations

import html
import re

import pytest
from material.plugins.search.plugin import Parser

from generator.derive.public import public_view
from generator.render.pages import render_public
from generator.render.words import Words
from tests.test_render import NOW, site_times

@pytest.mark.parametrize(
    ("language", "status", "reply"),
    [
        ("en-CA",
         "Closed now · opens Wednesday 12:58 a.m. (Wednesday 12:58 a.m. your time)",
         "Write now and we reply by Wednesday 12:58 a.m. (Wednesday 12:58 a.m. your time)."),
        ("fr-CA",
         "Fermé actuellement · ouvre aujourd’hui à 00 h 58 (mercredi à 00 h 58 chez vous)",
         "Écrivez maintenant et nous répondrons d’ici aujourd’hui à 00 h 58 "
         "(mercredi à 00 h 58 chez vous)."),
        ("de",
         "Jetzt geschlossen · öffnet Donnerstag um 00:58 (Donnerstag um 00:58 Ihre Zeit)",
         "Schreiben Sie jetzt, und wir antworten bis Donnerstag um 00:58 (Donnerstag um 00:58 Ihre Zeit)."),
    ],
)
def test_the_sample_lines_are_the_longest_lines_in_the_language(language: str, status: str, reply: str) -> None:
    # CLDR's no-break spaces in times (U+00A0, U+202F) are written as plain spaces here.
    sample = tuple(re.sub("[\u00a0\u202f]", " ", s) for s in Words(language, "America/Halifax").status_room())
    assert sample == (status, reply)


def test_the_sample_lines_are_not_shorter_than_any_real_line() -> None:
    """Every status and reply-by line the script can write, with any weekday and time, fits in the sample's length."""
    for language in ("en-CA", "fr-CA", "de", "ar", "pt", "ja"):
        words = Words(language, "UTC")
        messages = words.status_messages()
        status, reply = words.status_room()
        for day in range(7):
            for minutes in range(0, 24 * 60, 29):
                when = messages["status.weekday"].format(weekday=words.day(day), time=words.time(minutes))
                closed = messages["status.closed.your_time"].format(when=when, local=when)
                written = messages["status.reply_by.your_time"].format(when=when, local=when)
                assert len(closed) <= len(status), (language, closed, status)
                assert len(written) <= len(reply), (language, written, reply)


def test_the_home_page_holds_the_room_hidden_from_assistive_technology_and_search(example_policy) -> None:
    index = render_public(public_view(example_policy), site_times(example_policy, NOW))[0]
    assert index.path == "index.md"
    statuses = [line for line in index.markdown.splitlines() if line.startswith('<p class="channel-status"')]
    assert len(statuses) == 5
    status, reply = Words("en-CA", "America/Halifax").status_room()
    room = (f'<span class="status-room" aria-hidden="true" data-search-exclude><span data-search-exclude>'
            f"{status}</span><span data-search-exclude>{reply}</span></span>")
    for line in statuses:
        assert re.fullmatch(r'<p class="channel-status" data-channel="\w+" hidden>(.*)</p>', line)
        assert html.unescape(line).endswith(f" hidden>{room}</p>")
    # Material's search index leaves the room out (its parser matches elements by tag, hence
    # the attribute on each line too), and keeps the text around it.
    parser = Parser()
    parser.feed(f"<h1 id=\"home\">Home</h1><p>Before.</p>{statuses[0]}<p>After.</p>")
    parser.close()
    text = " ".join("".join(section.text) for section in parser.data)
    assert "Closed now" not in text and "Write now" not in text
    assert "Before." in text and "After." in text, text
