"""The RFC 5545 writer behind closures.ics: escaping, folding, parameters, VTIMEZONE, and hostile names.

What it writes is read back with the icalendar package (as a calendar app
would) and checked against the input text and against zoneinfo's own offsets.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar as ParsedCalendar

from generator.pipeline import LoadedPolicy, build_site
from generator.render.ical import Calendar, fold, param, text, utc_offset
from tests.conftest import policy_from

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)

COMMAS = "Smith, Jones; Partners \\ Sons"
EMOJI = "Bäckerei 🥐☕🥐☕ " + "🥐" * 30
CJK = "東京駅前の靴屋さん、年末年始のお知らせ。" * 3
LONG_NAME = "Café Ünïcødé " + "€" * 40 + " 🇵🇹 " + "漢字" * 10


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines), "a bare CR or LF"
    return lines


def assert_well_folded(data: bytes) -> None:
    """Every physical line fits in 75 octets, is whole UTF-8 on its own, and does not end inside an escape."""
    for line in physical_lines(data):
        assert len(line) <= 75, line
        line.decode("utf-8")  # a character split across two lines would not decode
        assert (len(line) - len(line.rstrip(b"\\"))) % 2 == 0, line  # an odd run of backslashes ends in an escape


def unescape(value: str) -> str:
    """TEXT unescaping (RFC 5545 3.3.11), strict: any other backslash is an error."""
    assert re.fullmatch(r"(?:[^\\]|\\[\\;,nN])*", value), value
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def unfolded(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


# TEXT values, parameters and offsets


def test_text_escapes_backslash_semicolon_comma_and_line_breaks() -> None:
    assert text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"
    assert text("C:\\New\\,x") == "C:\\\\New\\\\\\,x"  # a backslash before N or a comma stays a backslash
    assert text("plain: text/ok") == "plain: text/ok"


def test_parameter_values_are_quoted_and_escaped_only_when_needed() -> None:
    assert param("America/Argentina/Buenos_Aires") == "America/Argentina/Buenos_Aires"
    assert param("Smith, Jones") == '"Smith, Jones"'
    assert param("a;b") == '"a;b"' and param("mailto:x@example.com") == '"mailto:x@example.com"'
    assert param('say "hi"^\nbye') == "say ^'hi^'^^^nbye"  # RFC 6868


def test_utc_offsets() -> None:
    assert utc_offset(timedelta(hours=-4)) == "-0400"
    assert utc_offset(timedelta(hours=-3, minutes=-30)) == "-0330"
    assert utc_offset(timedelta(hours=5, minutes=45)) == "+0545"
    assert utc_offset(timedelta(0)) == "+0000"
    assert utc_offset(timedelta(minutes=-17, seconds=-30)) == "-001730"


# Folding


def test_a_short_line_is_not_folded_and_a_long_one_folds_before_75_octets() -> None:
    assert fold("SUMMARY:short") == "SUMMARY:short\r\n"
    line = "DESCRIPTION:" + "x" * 150
    assert fold(line) == (
        "DESCRIPTION:" + "x" * 62 + "\r\n"
        " " + "x" * 74 + "\r\n"
        " " + "x" * 14 + "\r\n"
    )


@pytest.mark.parametrize("char", ["é", "€", "漢", "🥐", "🇵🇹"])
@pytest.mark.parametrize("shift", range(4))
def test_folding_never_splits_a_multibyte_character(char: str, shift: int) -> None:
    line = "SUMMARY:" + "a" * shift + char * 60
    data = fold(line).encode("utf-8")
    assert_well_folded(data)
    assert unfolded(data) == [line]


@pytest.mark.parametrize("shift", range(3))
def test_folding_never_parts_a_backslash_from_what_it_escapes(shift: int) -> None:
    line = "DESCRIPTION:" + "a" * (60 + shift) + text(", ; \\ \n" * 8)
    data = fold(line).encode("utf-8")
    assert_well_folded(data)
    assert unfolded(data) == [line]


# The VTIMEZONE


def observances(zone_text: bytes) -> list[tuple[datetime, timedelta]]:
    """The UTC instants at which the offset changes, with the offset from then on, from a parsed VTIMEZONE."""
    parsed = ParsedCalendar.from_ical(b"BEGIN:VCALENDAR\r\n" + zone_text + b"END:VCALENDAR\r\n")
    (vtimezone,) = parsed.walk("VTIMEZONE")
    changes = []
    for part in vtimezone.walk():
        if part.name not in ("STANDARD", "DAYLIGHT"):
            continue
        before, after = part.decoded("tzoffsetfrom"), part.decoded("tzoffsetto")
        onsets = [part.decoded("dtstart")]
        rdate = part.get("rdate")
        if rdate is not None:
            onsets += [d.dt for d in rdate.dts]
        changes += [(onset.replace(tzinfo=timezone.utc) - before, after) for onset in onsets]
    return sorted(changes)


@pytest.mark.parametrize("zone", [
    "America/Los_Angeles", "America/Halifax", "Europe/Lisbon", "Europe/Dublin", "Australia/Lord_Howe",
    "Pacific/Chatham", "America/Santiago", "Africa/Casablanca", "Asia/Tokyo", "Asia/Kathmandu", "UTC",
])
@pytest.mark.parametrize("first", [date(2026, 2, 20), date(2026, 11, 23), date(2027, 3, 28)])
def test_vtimezone_gives_zoneinfo_offsets_every_half_hour(zone: str, first: date) -> None:
    last = first + timedelta(days=400)
    cal = Calendar()
    cal.vtimezone(zone, first, last)
    data = cal.ical().encode("utf-8")
    assert_well_folded(data)
    changes = observances(data)
    tz = ZoneInfo(zone)
    start = datetime(first.year, first.month, first.day, tzinfo=tz).astimezone(timezone.utc)
    assert changes[0][0] == start
    end = datetime(last.year, last.month, last.day, tzinfo=tz).astimezone(timezone.utc)
    moment = start
    while moment < end:
        offset = [after for onset, after in changes if onset <= moment][-1]
        actual = moment.astimezone(tz).utcoffset()
        assert actual is not None
        if offset != actual:
            # A change forward is written at the first wall-clock time after the skipped hour, so for
            # the length of that skip the VTIMEZONE still gives the old offset, never anything else.
            late = actual - offset
            assert late > timedelta(0) and (moment - late).astimezone(tz).utcoffset() == offset, (zone, moment)
        moment += timedelta(minutes=30)


def test_vtimezone_text_with_a_returning_observance() -> None:
    cal = Calendar()
    cal.vtimezone("America/Los_Angeles", date(2026, 2, 20), date(2027, 3, 27))
    assert cal.ical() == "\r\n".join([
        "BEGIN:VTIMEZONE",
        "TZID:America/Los_Angeles",
        "COMMENT:This timezone only works from 2026-02-20 to 2027-03-27.",
        "BEGIN:STANDARD",
        "DTSTART:20260220T000000",
        "TZNAME:PST",
        "TZOFFSETFROM:-0800",
        "TZOFFSETTO:-0800",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:20260308T030000",
        "RDATE:20270314T030000",
        "TZNAME:PDT",
        "TZOFFSETFROM:-0800",
        "TZOFFSETTO:-0700",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "DTSTART:20261101T020000",
        "TZNAME:PST",
        "TZOFFSETFROM:-0700",
        "TZOFFSETTO:-0800",
        "END:STANDARD",
        "END:VTIMEZONE",
        "",
    ])


def test_times_are_in_utc_or_in_their_zone_never_floating() -> None:
    cal = Calendar()
    cal.add_datetime("DTSTAMP", datetime(2026, 11, 23, 12, 0, 5, tzinfo=timezone.utc))
    cal.add_datetime("DTSTART", datetime(2027, 3, 27, 9, 30, tzinfo=ZoneInfo("Atlantic/Reykjavik")))
    cal.add_date("DTEND", date(2027, 3, 28))
    assert cal.ical() == (
        "DTSTAMP:20261123T120005Z\r\n"
        "DTSTART;TZID=Atlantic/Reykjavik:20270327T093000\r\n"
        "DTEND;VALUE=DATE:20270328\r\n"
    )
    with pytest.raises(ValueError, match="DTSTART needs a time in UTC or in an IANA zone"):
        cal.add_datetime("DTSTART", datetime(2027, 3, 27, 9, 30))


def test_text_with_line_breaks_and_separators_round_trips() -> None:
    value = "Closed, all day; back \\ soon.\nSecond line\r\nthird ✓ " + CJK
    cal = Calendar()
    cal.begin("VCALENDAR")
    cal.add_text("PRODID", "-//test//EN")
    cal.add_text("VERSION", "2.0")
    cal.begin("VEVENT")
    cal.add_text("UID", "x")
    cal.add_datetime("DTSTAMP", NOW)
    cal.add_text("DESCRIPTION", value)
    cal.end("VEVENT")
    cal.end("VCALENDAR")
    data = cal.ical().encode("utf-8")
    assert_well_folded(data)
    (event,) = ParsedCalendar.from_ical(data).walk("VEVENT")
    assert str(event["description"]) == value.replace("\r\n", "\n")


# closures.ics with hostile names

HOSTILE = """\
policy: 1
business:
  name: {business}
  timezone: Asia/Tokyo
  locale: en-US
schedules:
  shop:
    mon-sat: 10:00-19:00
  line: 24/7
closures:
  dates:
    - date: 2026-12-24
      name: {closed}
    - date: 2027-01-04
      name: {hours}
      hours: [10:00-12:00, 13:00-15:00]
      schedules: [shop]
channels:
  - id: email
    type: email
    name: {email}
    handle: hello@example.com
    schedule: shop
    first_response: 1d
  - id: phone
    type: phone
    name: {phone}
    handle: "+81 3 0000 0000"
    schedule: line
    first_response: 15m
"""


@pytest.mark.parametrize("business, closed, hours, email, phone", [
    (COMMAS, "Stock-take; inventory, part 1", "Half day \\ early close, late open", "Email, chat", "Phone; fax"),
    (EMOJI, CJK, LONG_NAME, "メール、チャット 📧", "電話 ☎️"),
    (LONG_NAME, EMOJI, CJK, "E\\mail", "Phone, \"desk\""),
], ids=["separators", "emoji-and-cjk", "long-mixed"])
def test_hostile_names_round_trip_and_every_line_fits(business: str, closed: str, hours: str, email: str,
                                                      phone: str) -> None:
    policy_text = HOSTILE.format(business=json.dumps(business, ensure_ascii=False),
                                 closed=json.dumps(closed, ensure_ascii=False),
                                 hours=json.dumps(hours, ensure_ascii=False),
                                 email=json.dumps(email, ensure_ascii=False),
                                 phone=json.dumps(phone, ensure_ascii=False))
    files = build_site([LoadedPolicy("policies/shop.yaml", policy_from(policy_text))], NOW).files
    data = files["closures.ics"].encode("utf-8")
    assert_well_folded(data)
    cal = ParsedCalendar.from_ical(data)
    # NAME and X-WR-* are read raw by icalendar (unknown value type); they are TEXT, escaped as such.
    assert unescape(str(cal["name"])) == f"{business}: closures and special hours"
    assert unescape(str(cal["x-wr-calname"])) == f"{business}: closures and special hours"
    description = (f"Days in the next 12 months when {business} is closed or keeps special hours. "
                   "Times are Japan Time (Tokyo).")
    assert str(cal["description"]) == description
    assert unescape(str(cal["x-wr-caldesc"])) == description
    events = cal.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        f"{business} closed: {closed}",
        f"{business} special hours: {hours}",
        f"{business} special hours: {hours}",
    ]
    # The phone line is open 24/7, so it keeps its hours.
    assert str(events[0]["description"]) == f"Closed: {email}.\nOther channels keep their usual hours."
    assert str(events[1]["description"]) == (
        f"Open 10:00\xa0AM to 12:00\xa0PM and 1:00\xa0PM to 3:00\xa0PM, Japan Time (Tokyo): {email}.\n"
        "Other channels keep their usual hours."
    )
    tokyo = ZoneInfo("Asia/Tokyo")
    assert [(e.decoded("dtstart"), e.decoded("dtend")) for e in events[1:]] == [
        (datetime(2027, 1, 4, 10, tzinfo=tokyo), datetime(2027, 1, 4, 12, tzinfo=tokyo)),
        (datetime(2027, 1, 4, 13, tzinfo=tokyo), datetime(2027, 1, 4, 15, tzinfo=tokyo)),
    ]
    assert events[0].decoded("dtstart") == date(2026, 12, 24)
    # Every logical line is one property; no value leaked a raw separator into a new line or parameter.
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in unfolded(data)]
    assert set(names) <= {
        "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "DESCRIPTION", "X-WR-CALDESC", "NAME",
        "X-WR-CALNAME", "REFRESH-INTERVAL", "X-PUBLISHED-TTL", "X-WR-TIMEZONE", "TZID", "COMMENT", "DTSTART",
        "TZNAME", "TZOFFSETFROM", "TZOFFSETTO", "SUMMARY", "DTEND", "DTSTAMP", "UID", "TRANSP",
    }
