"""Static SVG badges: well-formed, named for assistive technology, escaped, bounded in width, reproducible."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

import pytest

from generator.pipeline import LoadedPolicy, build_site
from generator.render.badges import MAX_TEXT, PADDING, badge_svg, fit, snippets, text_width
from tests.conftest import EXAMPLE, policy_from

SVG = "{http://www.w3.org/2000/svg}"
NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
GOLDEN = Path(__file__).parent / "golden" / "reach"


def parts(svg: str) -> tuple[ET.Element, str, list[str]]:
    root = ET.fromstring(svg)
    title = root.find(f"{SVG}title")
    assert title is not None
    return root, title.text or "", [t.text or "" for t in root.iter(f"{SVG}text")]


def test_the_example_badges() -> None:
    files = build_site([LoadedPolicy("policies/harbor-view.yaml", policy_from(EXAMPLE.read_text(encoding="utf-8")))], NOW).files
    badges = {k: v for k, v in files.items() if k.startswith("badges/")}
    assert sorted(badges) == ["badges/chat.svg", "badges/email.svg", "badges/facebook.svg", "badges/phone.svg", "badges/x.svg"]
    root, title, texts = parts(badges["badges/email.svg"])
    assert root.get("role") == "img"
    assert root.get("aria-label") == title == "Email: replies within 1 day"
    assert texts == ["Email", "replies within 1 day"]
    assert parts(badges["badges/phone.svg"])[2] == ["Front desk phone", "replies within 15 minutes"]
    assert parts(badges["badges/x.svg"])[1] == "X (Twitter): replies within 1 hour"
    golden = GOLDEN / "badge-email.svg"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(badges["badges/email.svg"], encoding="utf-8")
    assert badges["badges/email.svg"] == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "label",
    ["<script>alert(1)</script>", "Tom & Jerry's \"desk\"", "]]><!-- x -->", "خدمة العملاء", "\u202eevil\u202c desk",
     "Ünïcödé 客服 😀"],
    ids=["script", "ampersand-quotes", "cdata-comment", "arabic", "rtl-override", "wide-characters"],
)
def test_hostile_labels_are_escaped_text(label: str) -> None:
    svg = badge_svg(label, "replies within 1 hour")
    assert "<script" not in svg and "<!--" not in svg
    root, title, texts = parts(svg)
    assert texts[0] == label
    assert title == root.get("aria-label") == f"{label}: replies within 1 hour"
    width = float(root.get("width") or 0)
    assert width >= text_width(label) + text_width("replies within 1 hour") + 4 * PADDING


def test_long_names_are_shortened_and_never_overflow() -> None:
    long = "Customer service for bookings, refunds, lost property and everything else " * 3
    svg = badge_svg(long, "replies within 2 days")
    root, title, texts = parts(svg)
    assert texts[0].endswith("…") and long.startswith(texts[0][:-1])
    assert title == " ".join(f"{long}: replies within 2 days".split())  # the accessible name keeps everything
    assert float(root.get("width") or 0) <= 2 * (MAX_TEXT + 2 * PADDING)
    first = list(root.iter(f"{SVG}text"))[0]
    assert float(first.get("textLength") or 0) <= MAX_TEXT
    assert text_width(fit(long)) <= MAX_TEXT
    # Wider letters are wider: no font is needed for a sensible estimate.
    assert text_width("WWW") > text_width("iii") and text_width("客") >= text_width("W")


def test_badges_are_reproducible_and_generic() -> None:
    assert badge_svg("Email", "94% on time") == badge_svg("Email", "94% on time")
    root, title, texts = parts(badge_svg("On time", "94%", colour="#0d47a1", title="94% of first replies on time"))
    assert texts == ["On time", "94%"] and title == "94% of first replies on time"


def test_snippets_to_copy() -> None:
    html, md = snippets('Tom & "Jerry" [desk]: replies within 1 hour', "https://help.example/badges/x.svg")
    assert html == ('<img src="https://help.example/badges/x.svg" '
                    'alt="Tom &amp; &quot;Jerry&quot; [desk]: replies within 1 hour" height="20">')
    assert md == '![Tom & "Jerry" \\[desk\\]: replies within 1 hour](https://help.example/badges/x.svg)'
