"""The live "staffed now?" line (generator/assets/expectations.js) in a real browser.

The site and its ``expectations.json`` are written by hand below: a business in
America/Halifax (UTC-3 until 2026-11-01 05:00 UTC, UTC-4 after), with data from
Sun 2026-10-25 09:00 to Sun 2026-11-15 20:00 Halifax time. Remembrance Day,
Wed 2026-11-11, is closed for every channel except the 24/7 phone line.

Calendar: Oct 26 is a Monday, Oct 31 a Saturday, Nov 1 a Sunday (fall back),
Nov 2 a Monday, Nov 11 a Wednesday, Nov 14 a Saturday.

Visitors are mostly in Europe/Berlin: UTC+1 (its own DST ended on Oct 25), so
5 hours ahead of Halifax from Nov 1 and 4 hours ahead before that.
America/Sao_Paulo (UTC-3 all year) has Halifax's offset until Nov 1 and not after.

Chromium's ICU may put a narrow no-break space (U+202F) or a no-break space
before "a.m."/"p.m."; ``norm`` turns every run of whitespace (including those)
into one ASCII space before comparing, so the expected strings use plain spaces.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

try:
    from playwright.sync_api import Page, expect
except ImportError:  # pragma: no cover - depends on the environment
    if os.environ.get("REQUIRE_BROWSER") == "1":
        raise
    pytest.skip("the playwright package is not installed", allow_module_level=True)

ASSET = Path(__file__).resolve().parents[2] / "generator" / "assets" / "expectations.js"

BERLIN = "Europe/Berlin"
SAO_PAULO = "America/Sao_Paulo"
HALIFAX = "America/Halifax"

# --- the data, written by hand ------------------------------------------------

# social desk: Mon-Fri 08:00-20:00, Sat 09:00-17:00, Sun closed (Halifax time)
SOCIAL = [
    ["2026-10-26T11:00:00Z", "2026-10-26T23:00:00Z"],  # Mon Oct 26 (ADT, UTC-3)
    ["2026-10-27T11:00:00Z", "2026-10-27T23:00:00Z"],
    ["2026-10-28T11:00:00Z", "2026-10-28T23:00:00Z"],
    ["2026-10-29T11:00:00Z", "2026-10-29T23:00:00Z"],
    ["2026-10-30T11:00:00Z", "2026-10-30T23:00:00Z"],
    ["2026-10-31T12:00:00Z", "2026-10-31T20:00:00Z"],  # Sat Oct 31 09:00-17:00
    ["2026-11-02T12:00:00Z", "2026-11-03T00:00:00Z"],  # Mon Nov 2 (AST, UTC-4)
    ["2026-11-03T12:00:00Z", "2026-11-04T00:00:00Z"],
    ["2026-11-04T12:00:00Z", "2026-11-05T00:00:00Z"],
    ["2026-11-05T12:00:00Z", "2026-11-06T00:00:00Z"],
    ["2026-11-06T12:00:00Z", "2026-11-07T00:00:00Z"],
    ["2026-11-07T13:00:00Z", "2026-11-07T21:00:00Z"],  # Sat Nov 7
    ["2026-11-09T12:00:00Z", "2026-11-10T00:00:00Z"],
    ["2026-11-10T12:00:00Z", "2026-11-11T00:00:00Z"],  # Tue Nov 10; Wed Nov 11 closed
    ["2026-11-12T12:00:00Z", "2026-11-13T00:00:00Z"],
    ["2026-11-13T12:00:00Z", "2026-11-14T00:00:00Z"],
    ["2026-11-14T13:00:00Z", "2026-11-14T21:00:00Z"],  # Sat Nov 14
]
SOCIAL_DAYS = [
    ["2026-10-26", "2026-10-26T11:00:00Z", "2026-10-26T23:00:00Z"],
    ["2026-10-27", "2026-10-27T11:00:00Z", "2026-10-27T23:00:00Z"],
    ["2026-10-28", "2026-10-28T11:00:00Z", "2026-10-28T23:00:00Z"],
    ["2026-10-29", "2026-10-29T11:00:00Z", "2026-10-29T23:00:00Z"],
    ["2026-10-30", "2026-10-30T11:00:00Z", "2026-10-30T23:00:00Z"],
    ["2026-10-31", "2026-10-31T12:00:00Z", "2026-10-31T20:00:00Z"],
    ["2026-11-02", "2026-11-02T12:00:00Z", "2026-11-03T00:00:00Z"],
    ["2026-11-03", "2026-11-03T12:00:00Z", "2026-11-04T00:00:00Z"],
    ["2026-11-04", "2026-11-04T12:00:00Z", "2026-11-05T00:00:00Z"],
    ["2026-11-05", "2026-11-05T12:00:00Z", "2026-11-06T00:00:00Z"],
    ["2026-11-06", "2026-11-06T12:00:00Z", "2026-11-07T00:00:00Z"],
    ["2026-11-07", "2026-11-07T13:00:00Z", "2026-11-07T21:00:00Z"],
    ["2026-11-09", "2026-11-09T12:00:00Z", "2026-11-10T00:00:00Z"],
    ["2026-11-10", "2026-11-10T12:00:00Z", "2026-11-11T00:00:00Z"],
    ["2026-11-12", "2026-11-12T12:00:00Z", "2026-11-13T00:00:00Z"],
    ["2026-11-13", "2026-11-13T12:00:00Z", "2026-11-14T00:00:00Z"],
    ["2026-11-14", "2026-11-14T13:00:00Z", "2026-11-14T21:00:00Z"],
]
# office: Mon-Fri 08:00-18:00 (Halifax time)
OFFICE = [
    ["2026-10-26T11:00:00Z", "2026-10-26T21:00:00Z"],
    ["2026-10-27T11:00:00Z", "2026-10-27T21:00:00Z"],
    ["2026-10-28T11:00:00Z", "2026-10-28T21:00:00Z"],
    ["2026-10-29T11:00:00Z", "2026-10-29T21:00:00Z"],
    ["2026-10-30T11:00:00Z", "2026-10-30T21:00:00Z"],
    ["2026-11-02T12:00:00Z", "2026-11-02T22:00:00Z"],
    ["2026-11-03T12:00:00Z", "2026-11-03T22:00:00Z"],
    ["2026-11-04T12:00:00Z", "2026-11-04T22:00:00Z"],
    ["2026-11-05T12:00:00Z", "2026-11-05T22:00:00Z"],
    ["2026-11-06T12:00:00Z", "2026-11-06T22:00:00Z"],
    ["2026-11-09T12:00:00Z", "2026-11-09T22:00:00Z"],
    ["2026-11-10T12:00:00Z", "2026-11-10T22:00:00Z"],
    ["2026-11-12T12:00:00Z", "2026-11-12T22:00:00Z"],
    ["2026-11-13T12:00:00Z", "2026-11-13T22:00:00Z"],
]
OFFICE_DAYS = [
    ["2026-10-26", "2026-10-26T11:00:00Z", "2026-10-26T21:00:00Z"],
    ["2026-10-27", "2026-10-27T11:00:00Z", "2026-10-27T21:00:00Z"],
    ["2026-10-28", "2026-10-28T11:00:00Z", "2026-10-28T21:00:00Z"],
    ["2026-10-29", "2026-10-29T11:00:00Z", "2026-10-29T21:00:00Z"],
    ["2026-10-30", "2026-10-30T11:00:00Z", "2026-10-30T21:00:00Z"],
    ["2026-11-02", "2026-11-02T12:00:00Z", "2026-11-02T22:00:00Z"],
    ["2026-11-03", "2026-11-03T12:00:00Z", "2026-11-03T22:00:00Z"],
    ["2026-11-04", "2026-11-04T12:00:00Z", "2026-11-04T22:00:00Z"],
    ["2026-11-05", "2026-11-05T12:00:00Z", "2026-11-05T22:00:00Z"],
    ["2026-11-06", "2026-11-06T12:00:00Z", "2026-11-06T22:00:00Z"],
    ["2026-11-09", "2026-11-09T12:00:00Z", "2026-11-09T22:00:00Z"],
    ["2026-11-10", "2026-11-10T12:00:00Z", "2026-11-10T22:00:00Z"],
    ["2026-11-12", "2026-11-12T12:00:00Z", "2026-11-12T22:00:00Z"],
    ["2026-11-13", "2026-11-13T12:00:00Z", "2026-11-13T22:00:00Z"],
]
GENERATED_AT = "2026-10-25T12:00:00Z"  # Sun Oct 25 09:00 Halifax
VALID_UNTIL = "2026-11-16T00:00:00Z"  # Sun Nov 15 20:00 Halifax


def _channel(cid: str, first_response: str | None, minutes: int | None, days: int | None,
             staffed: list, staffed_days: list, role: str = "answered") -> dict:
    return {
        "id": cid,
        "role": role,
        "first_response": first_response,
        "first_response_minutes": minutes,
        "first_response_days": days,
        "staffed": staffed,
        "staffed_days": staffed_days,
    }


EXPECTATIONS = {
    "format": 1,
    "generated_at": GENERATED_AT,
    "valid_until": VALID_UNTIL,
    "business": {"name": "Harbor View Hotel", "timezone": HALIFAX, "locale": "en-CA"},
    "channels": [
        _channel("x", "1h", 60, None, SOCIAL, SOCIAL_DAYS),
        _channel("chat", "90m", 90, None, SOCIAL, SOCIAL_DAYS),
        _channel("email", "1d", None, 1, OFFICE, OFFICE_DAYS),
        _channel("form", "5d", None, 5, OFFICE, OFFICE_DAYS),
        _channel("phone", "15m", 15, None, [[GENERATED_AT, VALID_UNTIL]],
                 [["2026-10-25", GENERATED_AT, VALID_UNTIL]]),  # 24/7, one merged range
        _channel("instagram", None, None, None, [], [], role="announcements"),
    ],
    "messages": {
        "status.open": "Staffed now · replies within about {duration}",
        "status.open.days": "Staffed now",
        "status.closed": "Closed now · opens {when}",
        "status.closed.your_time": "Closed now · opens {when} ({local} your time)",
        "status.reply_by": "Write now and we reply by {when}.",
        "status.reply_by.your_time": "Write now and we reply by {when} ({local} your time).",
        "status.today": "today {time}",
        "status.tomorrow": "tomorrow {time}",
        "status.weekday": "{weekday} {time}",
        "status.date": "{date} {time}",
        "duration.minutes": "{n} minutes",
        "duration.minute": "1 minute",
        "duration.hours": "{n} hours",
        "duration.hour": "1 hour",
        "duration.mixed": "{hours} {minutes}",
    },
}

ANSWERED = ["x", "chat", "email", "form", "phone"]

# Data whose ranges run past valid_until (Sun Nov 15 20:00 AST): what lies
# beyond the horizon must not be used.
UNCLIPPED = {
    **EXPECTATIONS,
    "channels": [
        _channel("email", "1d", None, 1,
                 [*OFFICE, ["2026-11-16T12:00:00Z", "2026-11-16T22:00:00Z"]],
                 [*OFFICE_DAYS, ["2026-11-16", "2026-11-16T12:00:00Z", "2026-11-16T22:00:00Z"]]),
        _channel("phone", "15m", 15, None, [[GENERATED_AT, "2026-11-17T00:00:00Z"]],
                 [["2026-10-25", GENERATED_AT, "2026-11-17T00:00:00Z"]]),
    ],
}


def _card(cid: str, status: bool = True) -> str:
    line = (f'<p class="channel-status" data-channel="{cid}" hidden></p>'
            if status else "")
    return f'<div class="channel-card"><h3>{cid}</h3><p>Static hours and promise.</p>{line}</div>'


def _page(body: str, *, lang: str | None = "en-CA", script: str = "assets/expectations.js",
          head: str = "") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    return (f"<!doctype html><html{lang_attr}><head><meta charset=\"utf-8\"><title>t</title>"
            f"<link rel=\"icon\" href=\"data:,\">{head}</head><body>{body}"
            f"<script src=\"{script}\"></script></body></html>")


HOME = _page("".join(_card(c) for c in ANSWERED) + _card("instagram", status=False))


def _write_site(folder: Path, data: str | None) -> None:
    (folder / "assets").mkdir(parents=True)
    shutil.copyfile(ASSET, folder / "assets" / "expectations.js")
    (folder / "index.html").write_text(HOME, encoding="utf-8")
    if data is not None:
        (folder / "expectations.json").write_text(data, encoding="utf-8")


@pytest.fixture(scope="module")
def base(static_server) -> str:
    root = static_server.root
    _write_site(root / "site", json.dumps(EXPECTATIONS, ensure_ascii=False, indent=1))
    site = root / "site"
    # A nested page: the data URL is computed from the script's URL, not the page's.
    (site / "about").mkdir()
    (site / "about" / "index.html").write_text(
        _page(_card("x"), script="../assets/expectations.js"), encoding="utf-8")
    # No lang attribute: the business locale (en-CA) is used, not the browser's.
    (site / "nolang.html").write_text(_page(_card("x"), lang=None), encoding="utf-8")
    # Cards for channels the data cannot speak for.
    (site / "stray.html").write_text(
        _page(_card("x") + _card("instagram") + _card("nope")), encoding="utf-8")
    # Status elements holding the page's room (invisible sample lines), as the built pages do.
    room = ('<span class="status-room" aria-hidden="true" data-search-exclude><span data-search-exclude>Closed now · '
            'opens Wednesday 12:58 a.m.</span><span data-search-exclude>Write now and we reply by Wednesday 12:58 '
            'a.m.</span></span>')
    shutil.copyfile(ASSET.with_name("expectations.css"), site / "assets" / "expectations.css")
    (site / "room.html").write_text(_page(
        head='<link rel="stylesheet" href="assets/expectations.css">', body=(
        '<div class="channel-card"><h3>x</h3>'
        f'<p class="channel-status" data-channel="x" hidden>{room}</p></div>'
        '<div class="channel-card"><h3>nope</h3>'
        f'<p class="channel-status" data-channel="nope" hidden>{room}</p></div>')), encoding="utf-8")
    # A page without any status element.
    (site / "plain.html").write_text(_page("<p>Nothing live here.</p>"), encoding="utf-8")
    # Material's instant navigation, imitated: a document$ with subscribe().
    (site / "instant.html").write_text(_page(
        _card("x"),
        head="<script>window.__subs = []; window.document$ = {subscribe(f) {"
             " window.__subs.push(f); f(); }};</script>"), encoding="utf-8")
    _write_site(root / "missing", None)
    _write_site(root / "badjson", '{"format": 1, "channels": [')
    _write_site(root / "format2", json.dumps({**EXPECTATIONS, "format": 2}))
    # The same intervals, but a horizon that does not cover Mon Nov 2 10:00 AST
    _write_site(root / "expired", json.dumps({**EXPECTATIONS, "valid_until": "2026-11-02T13:00:00Z"}))
    _write_site(root / "future", json.dumps({**EXPECTATIONS, "generated_at": "2026-11-02T15:00:00Z"}))
    _write_site(root / "unclipped", json.dumps(UNCLIPPED))
    return static_server.url


# --- helpers ------------------------------------------------------------------


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text)


def norm(text: str) -> str:
    """Collapse whitespace, including U+202F and U+00A0 from Intl, into one ASCII space."""
    return re.sub(r"[\s\u202f\u00a0]+", " ", text).strip()


@dataclass
class Visit:
    page: Page
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    allow_console_errors: bool = False


@pytest.fixture
def visit(browser, static_server, base) -> Iterator[Callable[..., Visit]]:
    """Open a page at a fixed instant (or with an installed, running clock).

    At teardown every visit is checked: no uncaught errors, no console errors
    (unless allowed), no request to anything but the local server.
    """
    visits: list[Visit] = []
    contexts = []

    def _visit(path: str, at: str, *, tz: str = BERLIN, locale: str = "en-CA",
               clock: str = "fixed", allow_console_errors: bool = False,
               wait: str = "x") -> Visit:
        context = browser.new_context(timezone_id=tz, locale=locale)
        contexts.append(context)
        page = context.new_page()
        v = Visit(page, allow_console_errors=allow_console_errors)
        visits.append(v)
        page.on("console", lambda m: v.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: v.page_errors.append(str(e)))
        page.on("request", lambda r: v.requests.append(r.url))
        if clock == "fixed":
            page.clock.set_fixed_time(utc(at))
        else:
            page.clock.install(time=utc(at))
        page.goto(base + path)
        if wait:
            expect(status(page, wait)).to_be_visible()
        return v

    yield _visit

    try:
        for v in visits:
            assert v.page_errors == []
            if not v.allow_console_errors:
                assert v.console_errors == []
            foreign = [u for u in v.requests if not u.startswith(static_server.origin + "/")]
            assert foreign == []
    finally:
        for context in contexts:
            context.close()


def status(page: Page, channel: str):
    return page.locator(f'.channel-status[data-channel="{channel}"]')


def lines(page: Page, channel: str) -> list[str]:
    """The real lines (the children of .status-lines) as 'class: text' (whitespace normalised).

    The element holds the page's room (.status-room, when the page has one)
    and the lines' box, nothing else.
    """
    el = status(page, channel)
    expect(el).to_be_visible()
    outer = el.evaluate("e => [...e.childNodes].map(c => [c.nodeName, c.className])")
    assert outer in ([["SPAN", "status-lines"]], [["SPAN", "status-room"], ["SPAN", "status-lines"]]), outer
    kids = el.evaluate("e => [...e.querySelector('.status-lines').childNodes].map(c => [c.nodeName, c.className, c.textContent])")
    assert all(name == "SPAN" for name, _, _ in kids), kids
    return [f"{cls}: {norm(text)}" for _, cls, text in kids]


def settle(page: Page) -> None:
    """Let the data fetch finish (for pages where nothing becomes visible)."""
    page.wait_for_load_state("networkidle")
    page.evaluate("() => 0")


def assert_hidden(page: Page, channel: str) -> None:
    el = status(page, channel)
    assert el.evaluate("e => e.hidden"), channel
    assert el.evaluate("e => e.textContent") == ""


# --- open ---------------------------------------------------------------------


def test_open_on_a_monday_morning(visit):
    # Mon Nov 2 10:00 Halifax (AST) = 14:00 UTC = 15:00 Berlin
    page = visit("site/", "2026-11-02T14:00:00Z").page
    assert lines(page, "x") == [
        "status-now: Staffed now · replies within about 1 hour",
        "status-reply: Write now and we reply by today 11:00 a.m. (4:00 p.m. your time).",
    ]
    assert lines(page, "chat") == [
        "status-now: Staffed now · replies within about 1 hour 30 minutes",
        "status-reply: Write now and we reply by today 11:30 a.m. (4:30 p.m. your time).",
    ]
    assert lines(page, "phone") == [
        "status-now: Staffed now · replies within about 15 minutes",
        "status-reply: Write now and we reply by today 10:15 a.m. (3:15 p.m. your time).",
    ]
    # 1d during hours: by the close of the next staffed day (Tue 18:00)
    assert lines(page, "email") == [
        "status-now: Staffed now",
        "status-reply: Write now and we reply by tomorrow 6:00 p.m. (11:00 p.m. your time).",
    ]
    # 5d: Tue, Wed, Thu, Fri, Mon -> Mon Nov 9, seven days ahead: shown as a date
    assert lines(page, "form") == [
        "status-now: Staffed now",
        "status-reply: Write now and we reply by Nov 9 6:00 p.m. (11:00 p.m. your time).",
    ]
    x = status(page, "x")
    expect(x).to_have_class(re.compile(r"\bis-open\b"))
    expect(x).not_to_have_class(re.compile(r"\bis-closed\b"))
    # Only the status line is announced; the reply-by time changes every minute.
    expect(x).not_to_have_attribute("aria-live", "polite")
    expect(x.locator(".status-now")).to_have_attribute("aria-live", "polite")
    expect(x.locator(".status-reply")).not_to_have_attribute("aria-live", "polite")


def test_visitor_in_the_business_zone_sees_no_your_time(visit):
    page = visit("site/", "2026-11-03T02:00:00Z", tz=HALIFAX).page  # Mon Nov 2 22:00 Halifax
    assert lines(page, "x") == [
        "status-now: Closed now · opens tomorrow 8:00 a.m.",
        "status-reply: Write now and we reply by tomorrow 9:00 a.m.",
    ]


# --- closed -------------------------------------------------------------------


def test_closed_overnight(visit):
    # Mon Nov 2 22:00 Halifax = Tue 02:00 UTC = Tue 03:00 Berlin
    page = visit("site/", "2026-11-03T02:00:00Z").page
    assert lines(page, "x") == [
        "status-now: Closed now · opens tomorrow 8:00 a.m. (1:00 p.m. your time)",
        "status-reply: Write now and we reply by tomorrow 9:00 a.m. (2:00 p.m. your time).",
    ]
    assert lines(page, "chat") == [
        "status-now: Closed now · opens tomorrow 8:00 a.m. (1:00 p.m. your time)",
        "status-reply: Write now and we reply by tomorrow 9:30 a.m. (2:30 p.m. your time).",
    ]
    # 1d after close: by the close of the next staffed day
    assert lines(page, "email") == [
        "status-now: Closed now · opens tomorrow 8:00 a.m. (1:00 p.m. your time)",
        "status-reply: Write now and we reply by tomorrow 6:00 p.m. (11:00 p.m. your time).",
    ]
    x = status(page, "x")
    expect(x).to_have_class(re.compile(r"\bis-closed\b"))
    expect(x).not_to_have_class(re.compile(r"\bis-open\b"))


def test_one_minute_before_opening(visit):
    # Tue Nov 3 07:59 Halifax = 11:59 UTC
    page = visit("site/", "2026-11-03T11:59:00Z").page
    assert lines(page, "x") == [
        "status-now: Closed now · opens today 8:00 a.m. (1:00 p.m. your time)",
        "status-reply: Write now and we reply by today 9:00 a.m. (2:00 p.m. your time).",
    ]
    # 1d before the day's first opening: counting starts with today
    assert lines(page, "email") == [
        "status-now: Closed now · opens today 8:00 a.m. (1:00 p.m. your time)",
        "status-reply: Write now and we reply by today 6:00 p.m. (11:00 p.m. your time).",
    ]


def test_on_the_holiday(visit):
    # Wed Nov 11 10:00 Halifax = 14:00 UTC; only the 24/7 phone line is staffed
    page = visit("site/", "2026-11-11T14:00:00Z").page
    assert lines(page, "x") == [
        "status-now: Closed now · opens tomorrow 8:00 a.m. (1:00 p.m. your time)",
        "status-reply: Write now and we reply by tomorrow 9:00 a.m. (2:00 p.m. your time).",
    ]
    assert lines(page, "email") == [
        "status-now: Closed now · opens tomorrow 8:00 a.m. (1:00 p.m. your time)",
        "status-reply: Write now and we reply by tomorrow 6:00 p.m. (11:00 p.m. your time).",
    ]
    assert lines(page, "phone") == [
        "status-now: Staffed now · replies within about 15 minutes",
        "status-reply: Write now and we reply by today 10:15 a.m. (3:15 p.m. your time).",
    ]


def test_evening_before_the_holiday(visit):
    # Tue Nov 10 19:00 Halifax = 23:00 UTC = Wed 00:00 Berlin
    page = visit("site/", "2026-11-10T23:00:00Z").page
    # 1h runs out exactly at the 20:00 close: the deadline is that close,
    # which is already Wednesday in Berlin
    assert lines(page, "x") == [
        "status-now: Staffed now · replies within about 1 hour",
        "status-reply: Write now and we reply by today 8:00 p.m. (Wednesday 1:00 a.m. your time).",
    ]
    # 90m: 60 today, the other 30 after the holiday
    assert lines(page, "chat") == [
        "status-now: Staffed now · replies within about 1 hour 30 minutes",
        "status-reply: Write now and we reply by Thursday 8:30 a.m. (1:30 p.m. your time).",
    ]
    assert lines(page, "email") == [
        "status-now: Closed now · opens Thursday 8:00 a.m. (1:00 p.m. your time)",
        "status-reply: Write now and we reply by Thursday 6:00 p.m. (11:00 p.m. your time).",
    ]


# --- daylight-saving time ------------------------------------------------------


def test_dst_same_offset_before_the_change(visit):
    # Thu Oct 29 21:00 ADT = Fri 00:00 UTC. Sao Paulo is UTC-3 like Halifax (ADT) here.
    page = visit("site/", "2026-10-30T00:00:00Z", tz=SAO_PAULO).page
    assert lines(page, "x") == [
        "status-now: Closed now · opens tomorrow 8:00 a.m.",
        "status-reply: Write now and we reply by tomorrow 9:00 a.m.",
    ]


def test_dst_offset_differs_at_the_next_opening(visit):
    # Sat Oct 31 18:00 ADT = 21:00 UTC: same offset now, but Monday's opening
    # (08:00 AST = 12:00 UTC) is 09:00 in Sao Paulo
    page = visit("site/", "2026-10-31T21:00:00Z", tz=SAO_PAULO).page
    assert lines(page, "x") == [
        "status-now: Closed now · opens Monday 8:00 a.m. (9:00 a.m. your time)",
        "status-reply: Write now and we reply by Monday 9:00 a.m. (10:00 a.m. your time).",
    ]


def test_dst_night_itself(visit):
    # Sun Nov 1 01:50 ADT = 04:50 UTC; at 05:00 UTC Halifax falls back to 01:00 AST.
    # The 15-minute deadline, 05:05 UTC, reads 1:05 a.m., before the current 1:50.
    page = visit("site/", "2026-11-01T04:50:00Z", tz=SAO_PAULO).page
    assert lines(page, "phone") == [
        "status-now: Staffed now · replies within about 15 minutes",
        "status-reply: Write now and we reply by today 1:05 a.m. (2:05 a.m. your time).",
    ]
    assert lines(page, "x") == [
        "status-now: Closed now · opens tomorrow 8:00 a.m. (9:00 a.m. your time)",
        "status-reply: Write now and we reply by tomorrow 9:00 a.m. (10:00 a.m. your time).",
    ]


def test_dst_berlin_gap_changes_from_four_to_five_hours(visit):
    # Thu Oct 29 21:00 ADT: Friday's 08:00 ADT opening is 12:00 in Berlin (4 h ahead)
    page = visit("site/", "2026-10-30T00:00:00Z").page
    assert lines(page, "x")[0] == "status-now: Closed now · opens tomorrow 8:00 a.m. (12:00 p.m. your time)"
    # Sat Oct 31 18:00 ADT: Monday's 08:00 AST opening is 13:00 in Berlin (5 h ahead)
    page = visit("site/", "2026-10-31T21:00:00Z").page
    assert lines(page, "x")[0] == "status-now: Closed now · opens Monday 8:00 a.m. (1:00 p.m. your time)"


# --- the edges of the data -----------------------------------------------------


def test_reply_by_hidden_when_the_data_runs_out(visit):
    # Fri Nov 13 16:00 AST = 20:00 UTC: the next staffed office day (Mon Nov 16)
    # is beyond the data, so the day promises show line 1 only
    page = visit("site/", "2026-11-13T20:00:00Z").page
    assert lines(page, "email") == ["status-now: Staffed now"]
    assert lines(page, "form") == ["status-now: Staffed now"]
    assert lines(page, "x") == [
        "status-now: Staffed now · replies within about 1 hour",
        "status-reply: Write now and we reply by today 5:00 p.m. (10:00 p.m. your time).",
    ]
    # Sat Nov 14 16:30 AST: 30 of x's 60 minutes fit before 17:00; the rest is beyond the data
    page = visit("site/", "2026-11-14T20:30:00Z").page
    assert lines(page, "x") == ["status-now: Staffed now · replies within about 1 hour"]
    assert lines(page, "phone") == [
        "status-now: Staffed now · replies within about 15 minutes",
        "status-reply: Write now and we reply by today 4:45 p.m. (9:45 p.m. your time).",
    ]


def test_ranges_beyond_the_horizon_are_not_used(visit):
    # Fri Nov 13 16:00 AST: Monday Nov 16 is listed, but lies beyond valid_until
    page = visit("unclipped/", "2026-11-13T20:00:00Z", wait="email").page
    assert lines(page, "email") == ["status-now: Staffed now"]
    # Sun Nov 15 19:50 AST: the 24/7 range goes on, but 20:05 is beyond valid_until
    page = visit("unclipped/", "2026-11-15T23:50:00Z", wait="phone").page
    assert lines(page, "phone") == ["status-now: Staffed now · replies within about 15 minutes"]


def test_closed_with_no_known_next_opening_is_hidden(visit):
    # Sat Nov 14 18:00 AST = 22:00 UTC: x and email do not open again within the data
    page = visit("site/", "2026-11-14T22:00:00Z", wait="phone").page
    assert lines(page, "phone")[0] == "status-now: Staffed now · replies within about 15 minutes"
    for channel in ("x", "chat", "email", "form"):
        assert_hidden(page, channel)


def test_beyond_valid_until_stays_hidden(visit):
    # Mon Nov 16 10:00 AST: past the horizon (and past every interval)
    page = visit("site/", "2026-11-16T14:00:00Z", wait="").page
    settle(page)
    for channel in ANSWERED:
        assert_hidden(page, channel)


@pytest.mark.parametrize("folder", ["expired", "future"])
def test_outside_the_horizon_stays_hidden_even_inside_an_interval(visit, folder):
    # Mon Nov 2 10:00 AST is inside x's staffed range, but after valid_until
    # ("expired") or before generated_at ("future"): no guessing
    v = visit(f"{folder}/", "2026-11-02T14:00:00Z", wait="")
    settle(v.page)
    for channel in ANSWERED:
        assert_hidden(v.page, channel)
    assert any(u.endswith(f"/{folder}/expectations.json") for u in v.requests)


def test_hides_again_when_time_passes_the_horizon(visit):
    # Sun Nov 15 19:50 AST: the 24/7 line is open, but its 15 minutes end after the data
    page = visit("site/", "2026-11-15T23:50:00Z", wait="phone").page
    assert lines(page, "phone") == ["status-now: Staffed now · replies within about 15 minutes"]
    page.clock.set_fixed_time(utc("2026-11-16T00:00:00Z"))
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    expect(status(page, "phone")).to_be_hidden()


# --- failures --------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["missing", "badjson", "format2"])
def test_unusable_data_leaves_everything_hidden(visit, folder):
    v = visit(f"{folder}/", "2026-11-02T14:00:00Z", wait="", allow_console_errors=True)
    settle(v.page)
    for channel in ANSWERED:
        assert_hidden(v.page, channel)
    assert any(u.endswith(f"/{folder}/expectations.json") for u in v.requests)
    if folder != "missing":
        assert v.console_errors == []  # a parse failure is handled quietly


def test_announcements_and_unknown_channels(visit):
    page = visit("site/stray.html", "2026-11-02T14:00:00Z").page
    assert lines(page, "x")[0] == "status-now: Staffed now · replies within about 1 hour"
    assert_hidden(page, "instagram")
    assert_hidden(page, "nope")


def test_the_lines_go_beside_the_room_which_stays(visit):
    page = visit("site/room.html", "2026-11-02T14:00:00Z").page
    assert lines(page, "x") == [
        "status-now: Staffed now · replies within about 1 hour",
        "status-reply: Write now and we reply by today 11:00 a.m. (4:00 p.m. your time).",
    ]
    x = status(page, "x")
    room = x.locator(".status-room")
    expect(room).to_have_attribute("aria-hidden", "true")
    assert norm(room.text_content()) == "Closed now · opens Wednesday 12:58 a.m.Write now and we reply by Wednesday 12:58 a.m."
    # The room is not shown and not read: the visible text is the real lines only.
    assert room.evaluate("e => getComputedStyle(e).visibility") == "hidden"
    assert norm(x.inner_text()) == ("Staffed now · replies within about 1 hour Write now and we reply by "
                                    "today 11:00 a.m. (4:00 p.m. your time).")
    assert x.locator("[aria-live]").count() == 1
    # Nothing to show: the element is hidden and gives its room back.
    nope = status(page, "nope")
    assert nope.evaluate("e => e.hidden && e.classList.contains('is-empty')")


def test_home_announcement_card_is_left_alone(visit):
    page = visit("site/", "2026-11-02T14:00:00Z").page
    assert page.locator(".channel-status").count() == len(ANSWERED)
    assert page.locator(".channel-card").count() == len(ANSWERED) + 1
    assert norm(page.locator(".channel-card").last.inner_text()) == "instagram Static hours and promise."


def test_page_without_status_elements_fetches_nothing(visit):
    v = visit("site/plain.html", "2026-11-02T14:00:00Z", wait="")
    settle(v.page)
    assert not [u for u in v.requests if u.endswith("expectations.json")]
    assert any(u.endswith("/site/assets/expectations.js") for u in v.requests)


# --- where the data and the language come from -----------------------------------


def test_data_url_is_relative_to_the_script(visit, static_server):
    v = visit("site/about/", "2026-11-02T14:00:00Z")
    assert lines(v.page, "x")[0] == "status-now: Staffed now · replies within about 1 hour"
    json_requests = [u for u in v.requests if u.endswith(".json")]
    assert json_requests == [static_server.origin + "/site/expectations.json"]


def test_without_lang_the_business_locale_is_used(visit):
    # No lang on the page and a German browser: times are still en-CA ("8:00 a.m.")
    v = visit("site/nolang.html", "2026-11-03T02:00:00Z", locale="de-DE")
    assert lines(v.page, "x")[0] == "status-now: Closed now · opens tomorrow 8:00 a.m. (1:00 p.m. your time)"


# --- updates ------------------------------------------------------------------------


def test_updates_across_an_opening(visit):
    # Tue Nov 3 07:58 AST; the clock runs (fake timers), then jumps 3 minutes
    page = visit("site/", "2026-11-03T11:58:00Z", clock="install").page
    assert lines(page, "x") == [
        "status-now: Closed now · opens today 8:00 a.m. (1:00 p.m. your time)",
        "status-reply: Write now and we reply by today 9:00 a.m. (2:00 p.m. your time).",
    ]
    page.clock.run_for("03:00")
    expect(status(page, "x")).to_have_class(re.compile(r"\bis-open\b"))
    assert lines(page, "x") == [
        "status-now: Staffed now · replies within about 1 hour",
        "status-reply: Write now and we reply by today 9:01 a.m. (2:01 p.m. your time).",
    ]
    expect(status(page, "x")).not_to_have_class(re.compile(r"\bis-closed\b"))


def test_no_dom_writes_when_the_text_is_unchanged(visit):
    # Mon Nov 2 22:00 AST: closed overnight; two refreshes change nothing
    page = visit("site/", "2026-11-03T02:00:00Z", clock="install").page
    lines(page, "x")
    page.evaluate("""() => {
        window.__mutations = 0;
        const el = document.querySelector('.channel-status[data-channel="x"]');
        new MutationObserver(ms => { window.__mutations += ms.length; })
            .observe(el, {subtree: true, childList: true, characterData: true, attributes: true});
    }""")
    page.clock.run_for("02:30")
    assert page.evaluate("window.__mutations") == 0
    # ...while the open phone line's reply-by moved on: only its second span changed
    phone_reply = status(page, "phone").locator(".status-reply")
    expect(phone_reply).to_have_text(re.compile(r"10:17\s*p\.m\. \(Tuesday 3:17\s*a\.m\. your time\)\.$"))


def test_refreshes_when_the_page_becomes_visible(visit):
    page = visit("site/", "2026-11-03T11:59:00Z").page  # Tue 07:59 AST, timers real
    assert lines(page, "x")[0] == "status-now: Closed now · opens today 8:00 a.m. (1:00 p.m. your time)"
    page.clock.set_fixed_time(utc("2026-11-03T12:05:00Z"))
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    expect(status(page, "x").locator(".status-now")).to_have_text(
        "Staffed now · replies within about 1 hour")


def test_material_instant_navigation(visit):
    v = visit("site/instant.html", "2026-11-02T14:00:00Z")
    page = v.page
    assert page.evaluate("window.__subs.length") == 1
    assert lines(page, "x")[0] == "status-now: Staffed now · replies within about 1 hour"
    # Instant navigation swaps the content and emits on document$
    page.evaluate("""() => {
        document.querySelector('.channel-card').outerHTML =
            '<div class="channel-card"><p class="channel-status" data-channel="email" hidden></p></div>';
        window.__subs.forEach(f => f());
    }""")
    assert lines(page, "email") == [
        "status-now: Staffed now",
        "status-reply: Write now and we reply by tomorrow 6:00 p.m. (11:00 p.m. your time).",
    ]
    assert len([u for u in v.requests if u.endswith("expectations.json")]) == 1
