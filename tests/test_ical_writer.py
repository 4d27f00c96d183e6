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
from hypothesis import given
from hypothesis import strategies as st
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



def fold_unit_by_unit(line: str) -> str:
    """Folding as RFC 5545 describes it: whole units (an escape, a character) while they fit in 74 octets."""
    pieces, current, octets = [], "", 0
    for unit in re.findall(r"\\.|\^[\^n']|.", line, re.DOTALL):
        size = len(unit.encode("utf-8"))
        if current and octets + size > 74:
            pieces.append(current)
            current, octets = "", 0
        current += unit
        octets += size
    return "\r\n ".join([*pieces, current]) + "\r\n"


@given(st.lists(st.sampled_from(["a", "é", "€", "🥐", "\\", "\\,", "\\n", "^", "^n", "^^", ";", " ", "\n"]),
                max_size=200).map("".join), st.text(max_size=40))
def test_folding_takes_whole_units_while_they_fit(body: str, more: str) -> None:
    for line in ("DESCRIPTION:" + body, "X:" + more + body, body + more):
        assert fold(line) == fold_unit_by_unit(line)
    escaped = "DESCRIPTION:" + text(more + body)
    assert_well_folded(fold(escaped).encode("utf-8"))
    assert unfolded(fold(escaped).encode("utf-8")) == [escaped]

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
        assert offset == moment.astimezone(tz).utcoffset(), (zone, moment)
        moment += timedelta(minutes=30)


# Every onset against zoneinfo: a change of offset is written where it happens, to the second.

ZONES = [
    "America/Halifax", "America/Los_Angeles", "Europe/Lisbon", "Europe/Berlin", "Australia/Sydney",
    "Pacific/Chatham", "Africa/Casablanca", "America/Santiago", "Asia/Tokyo", "Australia/Lord_Howe",
]
FIRSTS = [date(2026, 11, 23), date(2026, 9, 6)]  # 2026-09-06 00:00 does not exist in Santiago
SECOND = timedelta(seconds=1)


def zoneinfo_changes(tz: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, timedelta]]:
    """Each instant in [start, end) at which ``tz``'s UTC offset changes, with the offset from then on.

    utcoffset() of every tenth minute of UTC, each change then bisected to the second.
    """
    def offset(moment: datetime) -> timedelta:
        value = moment.astimezone(tz).utcoffset()
        assert value is not None
        return value

    changes = []
    moment, current = start, offset(start)
    while moment < end:
        later = moment + timedelta(minutes=10)
        if offset(later) != current:
            low, high = moment, later
            while high - low > SECOND:
                middle = low + (high - low) // 2 // SECOND * SECOND
                low, high = (middle, high) if offset(middle) == current else (low, middle)
            current = offset(high)
            if high < end:
                changes.append((high, current))
        moment = later
    return changes


def zone_calendar(zone: str, first: date, last: date) -> bytes:
    cal = Calendar()
    cal.vtimezone(zone, first, last)
    return cal.ical().encode("utf-8")


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("first", FIRSTS)
def test_every_onset_read_with_its_tzoffsetfrom_is_zoneinfos_transition(zone: str, first: date) -> None:
    last = first + timedelta(days=400)
    tz = ZoneInfo(zone)
    start = datetime(first.year, first.month, first.day, tzinfo=tz).astimezone(timezone.utc)
    end = datetime(last.year, last.month, last.day, tzinfo=tz).astimezone(timezone.utc)
    expected = zoneinfo_changes(tz, start, end)
    if zone == "Asia/Tokyo":
        assert expected == []
    else:
        assert len(expected) >= 2
    data = zone_calendar(zone, first, last)
    # DTSTART and RDATE with TZOFFSETFROM (RFC 5545 3.6.5), as this file reads them
    assert observances(data) == [(start, offset(tz, start)), *expected]
    # and as the icalendar package reads them
    (vtimezone,) = ParsedCalendar.from_ical(b"BEGIN:VCALENDAR\r\n" + data + b"END:VCALENDAR\r\n").walk("VTIMEZONE")
    instants, infos = vtimezone.get_transitions()
    assert [(i.replace(tzinfo=timezone.utc), info[0]) for i, info in zip(instants, infos)] == observances(data)


def offset(tz: ZoneInfo, moment: datetime) -> timedelta:
    value = moment.astimezone(tz).utcoffset()
    assert value is not None
    return value


AROUND = [timedelta(minutes=-61), -SECOND, timedelta(0), SECOND, timedelta(minutes=29), timedelta(minutes=61)]


@pytest.mark.parametrize("zone", ZONES)
def test_events_around_each_change_read_back_at_their_instant(zone: str) -> None:
    """Events at and around every change, in the zone's wall-clock time, parsed back by the icalendar package.

    With the IANA TZID the package reads the wall time with its own tzdata; under
    another TZID it builds the zone from this VTIMEZONE (with dateutil's tzical).
    The instant just after a change back is in the repeated hour's second
    occurrence, which no TZID wall time names, so it is written in UTC.
    """
    first, last = date(2026, 11, 23), date(2027, 12, 28)
    tz = ZoneInfo(zone)
    start = datetime(first.year, first.month, first.day, tzinfo=tz).astimezone(timezone.utc)
    end = datetime(last.year, last.month, last.day, tzinfo=tz).astimezone(timezone.utc)
    instants = [start + timedelta(days=100)]
    instants += [change + shift for change, _ in zoneinfo_changes(tz, start, end) for shift in AROUND]
    cal = Calendar()
    cal.begin("VCALENDAR")
    cal.add_text("VERSION", "2.0")
    cal.add_text("PRODID", "-//test//EN")
    cal.vtimezone(zone, first, last)
    for index, instant in enumerate(instants):
        cal.begin("VEVENT")
        cal.add_text("UID", str(index))
        cal.add_datetime("DTSTAMP", NOW)
        cal.add_datetime("DTSTART", instant.astimezone(tz))
        cal.end("VEVENT")
    cal.end("VCALENDAR")
    text_ = cal.ical()
    # A TZID that no tzdata knows (the package keeps the first VTIMEZONE it sees under each TZID).
    tzid = "Closures-" + zone.replace("/", "-")
    own = text_.replace(f"TZID:{zone}\r\n", f"TZID:{tzid}\r\n").replace(f"TZID={zone}:", f"TZID={tzid}:")
    assert zone not in own and own.count(tzid) == text_.count(zone)
    for data in (text_, own):
        parsed = ParsedCalendar.from_ical(data)
        read = [e.decoded("dtstart") for e in parsed.walk("VEVENT")]
        assert [moment.astimezone(timezone.utc) for moment in read] == instants, zone


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
        "DTSTART:20260308T020000",
        "RDATE:20270314T020000",
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


def test_a_time_in_the_skipped_hour_is_written_as_the_existing_time_of_its_instant() -> None:
    halifax = ZoneInfo("America/Halifax")  # 2027-03-14: 02:00 AST is 03:00 ADT
    cal = Calendar()
    cal.add_datetime("DTSTART", datetime(2027, 3, 14, 2, 30, tzinfo=halifax))  # fold=0: AST, 06:30 UTC
    cal.add_datetime("DTEND", datetime(2027, 3, 14, 2, 30, tzinfo=halifax, fold=1))  # ADT, 05:30 UTC
    cal.add_datetime("DUE", datetime(2027, 3, 14, 3, 0, tzinfo=halifax))
    assert cal.ical() == (
        "DTSTART;TZID=America/Halifax:20270314T033000\r\n"
        "DTEND;TZID=America/Halifax:20270314T013000\r\n"
        "DUE;TZID=America/Halifax:20270314T030000\r\n"
    )


def test_the_repeated_hour_is_written_in_the_zone_the_first_time_and_in_utc_the_second() -> None:
    lord_howe = ZoneInfo("Australia/Lord_Howe")  # 2027-04-04: 02:00 +11 is 01:30 +1030
    cal = Calendar()
    cal.add_datetime("DTSTART", datetime(2027, 4, 4, 1, 45, tzinfo=lord_howe))  # first time: 14:45 UTC
    cal.add_datetime("DTEND", datetime(2027, 4, 4, 1, 45, tzinfo=lord_howe, fold=1))  # second time: 15:15 UTC
    cal.add_datetime("DUE", datetime(2027, 4, 4, 2, 0, tzinfo=lord_howe))
    assert cal.ical() == (
        "DTSTART;TZID=Australia/Lord_Howe:20270404T014500\r\n"
        "DTEND:20270403T151500Z\r\n"
        "DUE;TZID=Australia/Lord_Howe:20270404T020000\r\n"
    )


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


# Special hours that start in a skipped or a repeated hour

CHANGE_NIGHTS = """\
policy: 1
business:
  name: {name}
  timezone: {zone}
  locale: {locale}
schedules:
  desk:
    daily: 08:00-18:00
closures:
  dates:
    - date: {spring}
      name: Clocks forward
      hours: {skipped}
    - date: {autumn}
      name: Clocks back
      hours: {repeated}
channels:
  - id: phone
    type: phone
    handle: "+1 000 000 0000"
    schedule: desk
    first_response: 15m
"""


@pytest.mark.parametrize("name, zone, locale, spring, skipped, autumn, repeated, lines, utc", [
    ("Nachtschalter Spree", "Europe/Berlin", "de-DE", "2027-03-28", "02:30-06:00", "2027-10-31", "02:30-05:00", [
        # 02:30 does not exist: it moves forward by the gap, to 03:30 CEST
        "DTSTART;TZID=Europe/Berlin:20270328T033000", "DTEND;TZID=Europe/Berlin:20270328T060000",
        # 02:30 happens twice: the first time, in CEST
        "DTSTART;TZID=Europe/Berlin:20271031T023000", "DTEND;TZID=Europe/Berlin:20271031T050000",
    ], [
        (datetime(2027, 3, 28, 1, 30), datetime(2027, 3, 28, 4, 0)),
        (datetime(2027, 10, 31, 0, 30), datetime(2027, 10, 31, 4, 0)),
    ]),
    ("Lord Howe Island Store", "Australia/Lord_Howe", "en-AU", "2027-10-03", "02:10-04:00", "2027-04-04",
     "01:45-03:00", [
         # the repeated half hour, 01:30-02:00, is first in +11: 01:45 is 14:45 UTC
         "DTSTART;TZID=Australia/Lord_Howe:20270404T014500", "DTEND;TZID=Australia/Lord_Howe:20270404T030000",
         # 02:00-02:30 is skipped: 02:10 moves forward by the half-hour gap, to 02:40 +11
         "DTSTART;TZID=Australia/Lord_Howe:20271003T024000", "DTEND;TZID=Australia/Lord_Howe:20271003T040000",
     ], [
         (datetime(2027, 4, 3, 14, 45), datetime(2027, 4, 3, 16, 30)),
         (datetime(2027, 10, 2, 15, 40), datetime(2027, 10, 2, 17, 0)),
     ]),
], ids=["berlin", "lord-howe"])
def test_special_hours_starting_in_a_skipped_or_repeated_hour(name: str, zone: str, locale: str, spring: str,
                                                             skipped: str, autumn: str, repeated: str,
                                                             lines: list[str],
                                                             utc: list[tuple[datetime, datetime]]) -> None:
    """Policy wall times (product spec section 5): a skipped one moves forward by the gap, an ambiguous one is
    the first occurrence; the file names the same instants, read back through tzdata and through its VTIMEZONE."""
    policy_text = CHANGE_NIGHTS.format(name=name, zone=zone, locale=locale, spring=spring, skipped=skipped,
                                       autumn=autumn, repeated=repeated)
    text_ = build_site([LoadedPolicy("policies/desk.yaml", policy_from(policy_text))], NOW).files["closures.ics"]
    timed = [line for line in unfolded(text_.encode("utf-8")) if line.startswith(("DTSTART;TZID", "DTEND;TZID"))]
    assert timed == lines
    tzid = "Closures-" + zone.replace("/", "-") + "-policy"
    own = text_.replace(f"TZID:{zone}\r\n", f"TZID:{tzid}\r\n").replace(f"TZID={zone}:", f"TZID={tzid}:")
    expected = [(start.replace(tzinfo=timezone.utc), end.replace(tzinfo=timezone.utc)) for start, end in utc]
    for data in (text_, own):
        events = ParsedCalendar.from_ical(data).walk("VEVENT")
        assert sorted(
            (e.decoded("dtstart").astimezone(timezone.utc), e.decoded("dtend").astimezone(timezone.utc))
            for e in events
        ) == expected
