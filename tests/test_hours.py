"""Table tests for generator.derive.hours; every expected value is worked out by hand.

Offsets used below (checked against tzdata 2026):
- America/New_York: EST -05:00, EDT -04:00; 2026-03-08 02:00 -> 03:00, 2026-11-01 02:00 -> 01:00.
- Europe/Lisbon: WET +00:00, WEST +01:00; 2026-03-29 01:00 -> 02:00, 2026-10-25 02:00 -> 01:00.
- Australia/Lord_Howe: +10:30 / +11:00; 2026-04-05 02:00 -> 01:30, 2026-10-04 02:00 -> 02:30.
- Asia/Kathmandu: +05:45 all year. America/Halifax: AST -04:00 (Nov-Mar), ADT -03:00.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from generator.derive.hours import (
    channel_intervals,
    day_ranges,
    local_to_utc,
    reply_by,
    staffed_intervals,
)
from generator.load.source import load_text
from generator.model.policy import Policy
from generator.model.validate import validate
from generator.model.values import TimeRange

UTC = timezone.utc


def make_policy(zone: str, schedules: str, channels: str, closures: str = "") -> Policy:
    text = f"policy: 1\nbusiness:\n  name: Test\n  timezone: {zone}\nschedules:\n{schedules}{closures}channels:\n{channels}"
    return validate(load_text(text.encode("utf-8"), "p.yaml"))


def channel(id_: str, schedule: str, first_response: str) -> str:
    return f"  - id: {id_}\n    type: other\n    schedule: {schedule}\n    first_response: {first_response}\n"


def z(text: str) -> datetime:
    """An aware UTC datetime from ``2026-03-08T06:00``."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def local(zone: str, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


# --- local_to_utc ------------------------------------------------------------------------

LOCAL_TO_UTC = [
    ("ny-before-gap", "America/New_York", "2026-03-08T01:59", "2026-03-08T06:59"),
    ("ny-in-gap-moves-forward", "America/New_York", "2026-03-08T02:30", "2026-03-08T07:30"),
    ("ny-gap-start", "America/New_York", "2026-03-08T02:00", "2026-03-08T07:00"),
    ("ny-after-gap", "America/New_York", "2026-03-08T03:00", "2026-03-08T07:00"),
    ("ny-ambiguous-first", "America/New_York", "2026-11-01T01:30", "2026-11-01T05:30"),
    ("ny-after-fold", "America/New_York", "2026-11-01T02:00", "2026-11-01T07:00"),
    ("lisbon-in-gap", "Europe/Lisbon", "2026-03-29T01:30", "2026-03-29T01:30"),
    ("lisbon-ambiguous-first", "Europe/Lisbon", "2026-10-25T01:30", "2026-10-25T00:30"),
    ("lord-howe-in-gap", "Australia/Lord_Howe", "2026-10-04T02:15", "2026-10-03T15:45"),
    ("lord-howe-ambiguous-first", "Australia/Lord_Howe", "2026-04-05T01:45", "2026-04-04T14:45"),
    ("lord-howe-after-fold", "Australia/Lord_Howe", "2026-04-05T02:00", "2026-04-04T15:30"),
    ("kathmandu", "Asia/Kathmandu", "2026-06-15T09:00", "2026-06-15T03:15"),
    ("kathmandu-midnight", "Asia/Kathmandu", "2026-06-15T00:00", "2026-06-14T18:15"),
]


@pytest.mark.parametrize(("zone", "wall", "expected"), [c[1:] for c in LOCAL_TO_UTC], ids=[c[0] for c in LOCAL_TO_UTC])
def test_local_to_utc(zone: str, wall: str, expected: str) -> None:
    result = local_to_utc(ZoneInfo(zone), datetime.fromisoformat(wall))
    assert result == z(expected)
    assert result.utcoffset() == timedelta(0)


def test_local_to_utc_refuses_aware() -> None:
    with pytest.raises(ValueError, match="naive"):
        local_to_utc(ZoneInfo("Europe/Lisbon"), z("2026-01-01T00:00"))


# --- a 01:00-03:00 shift on clock-change nights ----------------------------------------------

SHIFT_NIGHTS = [
    # zone, local date, window in UTC (local midnight to next local midnight), expected interval
    ("ny-spring-1h", "America/New_York", "2026-03-08T05:00", "2026-03-09T04:00", "2026-03-08T06:00", "2026-03-08T07:00"),
    ("ny-fall-3h", "America/New_York", "2026-11-01T04:00", "2026-11-02T05:00", "2026-11-01T05:00", "2026-11-01T08:00"),
    ("lisbon-spring-1h", "Europe/Lisbon", "2026-03-29T00:00", "2026-03-29T23:00", "2026-03-29T01:00", "2026-03-29T02:00"),
    ("lisbon-fall-3h", "Europe/Lisbon", "2026-10-24T23:00", "2026-10-26T00:00", "2026-10-25T00:00", "2026-10-25T03:00"),
    ("lord-howe-back-2h30", "Australia/Lord_Howe", "2026-04-04T13:00", "2026-04-05T13:30", "2026-04-04T14:00", "2026-04-04T16:30"),
    ("lord-howe-forward-1h30", "Australia/Lord_Howe", "2026-10-03T13:30", "2026-10-04T13:00", "2026-10-03T14:30", "2026-10-03T16:00"),
    ("kathmandu-2h", "Asia/Kathmandu", "2026-06-14T18:15", "2026-06-15T18:15", "2026-06-14T19:15", "2026-06-14T21:15"),
]


@pytest.mark.parametrize(
    ("zone", "start", "end", "open_", "close"), [c[1:] for c in SHIFT_NIGHTS], ids=[c[0] for c in SHIFT_NIGHTS]
)
def test_shift_on_clock_change_nights(zone: str, start: str, end: str, open_: str, close: str) -> None:
    policy = make_policy(zone, "  night:\n    daily: 01:00-03:00\n", channel("c", "night", "1h"))
    assert staffed_intervals(policy, "night", z(start), z(end)) == [(z(open_), z(close))]


GAP_RANGES = [
    # 02:15-02:45 lies wholly in the gap: both ends move forward an hour, 30 minutes remain.
    ("inside-gap", "02:15-02:45", [("2026-03-08T07:15", "2026-03-08T07:45")]),
    # 02:30 moves forward to 03:30 EDT, after the 03:00 end: nothing is left.
    ("vanishes", "02:30-03:00", []),
    # 02:30 -> 03:30 EDT (07:30Z); 04:00 EDT is 08:00Z.
    ("starts-in-gap", "02:30-04:00", [("2026-03-08T07:30", "2026-03-08T08:00")]),
]


@pytest.mark.parametrize(("hours", "expected"), [c[1:] for c in GAP_RANGES], ids=[c[0] for c in GAP_RANGES])
def test_ranges_in_the_gap(hours: str, expected: list[tuple[str, str]]) -> None:
    policy = make_policy("America/New_York", f"  s:\n    daily: {hours}\n", channel("c", "s", "1h"))
    got = staffed_intervals(policy, "s", z("2026-03-08T05:00"), z("2026-03-09T04:00"))
    assert got == [(z(a), z(b)) for a, b in expected]


# --- overnight ranges and closures -------------------------------------------------------

HALIFAX_NIGHT = make_policy(
    "America/Halifax",
    "  night-line:\n    daily: 22:00-06:00\n  front: 24/7\n",
    channel("night", "night-line", "2h") + channel("night-day", "night-line", "1d") + channel("front", "front", "1d"),
    "closures:\n  dates:\n    - date: 2026-12-25\n      name: Christmas Day\n      hours: closed\n",
)

OVERNIGHT = [
    (
        # Dec 24 00:00 AST to Dec 27 00:00 AST. The Dec 23 night runs into Dec 24; the Dec 24
        # night runs into the closure date's morning; Dec 25 starts nothing; Dec 26 is cut at the end.
        "three-days-around-closure",
        "2026-12-24T04:00",
        "2026-12-27T04:00",
        [
            ("2026-12-24T04:00", "2026-12-24T10:00"),
            ("2026-12-25T02:00", "2026-12-25T10:00"),
            ("2026-12-27T02:00", "2026-12-27T04:00"),
        ],
    ),
    ("window-mid-night", "2026-12-24T05:00", "2026-12-24T06:00", [("2026-12-24T05:00", "2026-12-24T06:00")]),
    ("closure-morning-only", "2026-12-25T04:00", "2026-12-26T04:00", [("2026-12-25T04:00", "2026-12-25T10:00")]),
    ("empty-window", "2026-12-25T06:00", "2026-12-25T06:00", []),
    ("reversed-window", "2026-12-25T07:00", "2026-12-25T06:00", []),
    ("closed-daytime", "2026-12-24T11:00", "2026-12-25T01:00", []),
]


@pytest.mark.parametrize(("start", "end", "expected"), [c[1:] for c in OVERNIGHT], ids=[c[0] for c in OVERNIGHT])
def test_overnight_ranges_across_a_closure(start: str, end: str, expected: list[tuple[str, str]]) -> None:
    got = staffed_intervals(HALIFAX_NIGHT, "night-line", z(start), z(end))
    assert got == [(z(a), z(b)) for a, b in expected]


def test_channel_intervals_uses_the_channel_schedule() -> None:
    got = channel_intervals(HALIFAX_NIGHT, "night", z("2026-12-24T00:00"), z("2026-12-24T12:00"))
    assert got == [(z("2026-12-24T02:00"), z("2026-12-24T10:00"))]


def test_intervals_are_utc_for_any_window_zone() -> None:
    start = local("Asia/Tokyo", "2026-12-24T13:00")  # 04:00Z
    end = local("Asia/Tokyo", "2026-12-24T19:00")  # 10:00Z
    got = staffed_intervals(HALIFAX_NIGHT, "night-line", start, end)
    assert got == [(z("2026-12-24T04:00"), z("2026-12-24T10:00"))]
    assert all(s.tzinfo is UTC and e.tzinfo is UTC for s, e in got)


def test_naive_window_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        staffed_intervals(HALIFAX_NIGHT, "night-line", datetime(2026, 1, 1), z("2026-01-02T00:00"))


def test_unknown_schedule_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown schedule 'nope'"):
        day_ranges(HALIFAX_NIGHT, "nope", date(2026, 1, 1))


# --- public holidays, dated closures and 24/7 ----------------------------------------------

HOLIDAYS = make_policy(
    "America/Halifax",
    "  desk:\n    mon-fri: 09:00-17:00\n  late:\n    daily: 12:00-20:00\n  front: 24/7\n",
    channel("desk", "desk", "1h") + channel("front", "front", "1h"),
    "closures:\n"
    "  public_holidays: CA-NS\n"
    "  dates:\n"
    "    - date: 2026-07-01\n      name: Canada Day\n      hours: 10:00-14:00\n"
    "    - date: 2026-09-07\n      name: Labour Day\n      hours: 12:00-16:00\n      schedules: [late]\n"
    "    - date: 2026-11-11\n      name: Remembrance Day\n      schedules: [front]\n"
    "    - date: 2026-12-24\n      name: Christmas Eve\n      hours: 08:00-14:00\n"
    "    - date: 2026-12-24\n      name: Christmas Eve, late\n      hours: 08:00-10:00\n      schedules: [late]\n"
    "    - date: 2026-12-31\n      name: New Year's Eve\n      hours: 00:00-12:00\n      schedules: [front]\n",
)

DAY_RANGES = [
    ("plain-weekday", "desk", "2026-07-02", [(540, 1020)]),
    ("plain-saturday", "desk", "2026-07-04", []),
    ("dated-beats-holiday", "desk", "2026-07-01", [(600, 840)]),
    ("dated-beats-holiday-late", "late", "2026-07-01", [(600, 840)]),
    ("24-7-ignores-general-closure", "front", "2026-07-01", [(0, 1440)]),
    ("holiday-closes", "desk", "2026-12-25", []),
    ("holiday-closes-daily", "late", "2026-12-25", []),
    ("24-7-ignores-holiday", "front", "2026-12-25", [(0, 1440)]),
    ("holiday-remembrance", "desk", "2026-11-11", []),
    ("24-7-listed-closure-closes", "front", "2026-11-11", []),
    ("listed-closure-beats-holiday", "late", "2026-09-07", [(720, 960)]),
    ("unlisted-schedule-keeps-holiday", "desk", "2026-09-07", []),
    ("general-closure", "desk", "2026-12-24", [(480, 840)]),
    ("listed-beats-general-same-date", "late", "2026-12-24", [(480, 600)]),
    ("24-7-listed-special-hours", "front", "2026-12-31", [(0, 720)]),
    ("not-listed-keeps-weekly", "desk", "2026-12-31", [(540, 1020)]),
    ("24-7-ordinary-day", "front", "2026-12-30", [(0, 1440)]),
    ("holiday-other-year", "desk", "2027-07-01", []),
]


@pytest.mark.parametrize(("schedule", "day", "expected"), [c[1:] for c in DAY_RANGES], ids=[c[0] for c in DAY_RANGES])
def test_day_ranges(schedule: str, day: str, expected: list[tuple[int, int]]) -> None:
    assert day_ranges(HOLIDAYS, schedule, date.fromisoformat(day)) == tuple(TimeRange(a, b) for a, b in expected)


HOLIDAY_INTERVALS = [
    # Canada Day in ADT (-03:00): special hours 10:00-14:00.
    ("canada-day-special-hours", "desk", "2026-07-01T03:00", "2026-07-02T03:00", [("2026-07-01T13:00", "2026-07-01T17:00")]),
    # 24/7 over Christmas (AST -04:00): one unbroken span.
    ("24-7-christmas", "front", "2026-12-24T04:00", "2026-12-27T04:00", [("2026-12-24T04:00", "2026-12-27T04:00")]),
    # 24/7 with a listed closure on Nov 11 (AST): staffed until Nov 11 00:00 and from Nov 12 00:00.
    (
        "24-7-listed-closure",
        "front",
        "2026-11-10T04:00",
        "2026-11-13T04:00",
        [("2026-11-10T04:00", "2026-11-11T04:00"), ("2026-11-12T04:00", "2026-11-13T04:00")],
    ),
    # Christmas week for the desk: Thu Dec 24 08:00-14:00, Fri Dec 25 holiday, weekend closed.
    ("desk-christmas", "desk", "2026-12-24T04:00", "2026-12-28T04:00", [("2026-12-24T12:00", "2026-12-24T18:00")]),
]


@pytest.mark.parametrize(
    ("schedule", "start", "end", "expected"), [c[1:] for c in HOLIDAY_INTERVALS], ids=[c[0] for c in HOLIDAY_INTERVALS]
)
def test_holiday_intervals(schedule: str, start: str, end: str, expected: list[tuple[str, str]]) -> None:
    assert staffed_intervals(HOLIDAYS, schedule, z(start), z(end)) == [(z(a), z(b)) for a, b in expected]


# --- reply_by in days --------------------------------------------------------------------

LISBON_DESK = make_policy(
    "Europe/Lisbon",
    "  desk:\n    mon-fri: 09:00-17:00\n",
    channel("one", "desk", "1d") + channel("two", "desk", "2d"),
    "closures:\n  dates:\n"
    "    - date: 2026-06-11\n      name: Closed\n"
    "    - date: 2026-06-12\n      name: Short day\n      hours: 09:00-13:00\n",
)

KATHMANDU_SPLIT = make_policy(
    "Asia/Kathmandu",
    "  split:\n    mon-fri: [09:00-12:00, 13:00-17:00]\n",
    channel("m15", "split", "15m")
    + channel("m90", "split", "90m")
    + channel("h1", "split", "1h")
    + channel("h3", "split", "3h")
    + channel("h4", "split", "4h")
    + channel("d1", "split", "1d"),
)
LISBON = "Europe/Lisbon"
REPLY_DAYS = [
    # June 2026: Mon 1 .. Fri 5, Sat 6, Sun 7, Mon 8; Lisbon is on WEST (+01:00).
    ("1d-before-opening", LISBON_DESK, "one", LISBON, "2026-06-03T08:00", "2026-06-03T17:00:00+01:00"),
    ("1d-at-opening", LISBON_DESK, "one", LISBON, "2026-06-03T09:00", "2026-06-04T17:00:00+01:00"),
    ("1d-during-hours", LISBON_DESK, "one", LISBON, "2026-06-03T12:00", "2026-06-04T17:00:00+01:00"),
    ("1d-after-close", LISBON_DESK, "one", LISBON, "2026-06-03T18:00", "2026-06-04T17:00:00+01:00"),
    ("1d-friday-evening", LISBON_DESK, "one", LISBON, "2026-06-05T18:00", "2026-06-08T17:00:00+01:00"),
    ("1d-closed-saturday", LISBON_DESK, "one", LISBON, "2026-06-06T10:00", "2026-06-08T17:00:00+01:00"),
    ("2d-before-opening", LISBON_DESK, "two", LISBON, "2026-06-03T08:00", "2026-06-04T17:00:00+01:00"),
    ("2d-during-hours", LISBON_DESK, "two", LISBON, "2026-06-03T12:00", "2026-06-05T17:00:00+01:00"),
    ("2d-over-weekend", LISBON_DESK, "two", LISBON, "2026-06-05T12:00", "2026-06-09T17:00:00+01:00"),
    ("2d-closed-sunday-night", LISBON_DESK, "two", LISBON, "2026-06-07T23:59", "2026-06-09T17:00:00+01:00"),
    # Thu Jun 11 closed, Fri Jun 12 09:00-13:00.
    ("1d-skips-closure-to-short-day", LISBON_DESK, "one", LISBON, "2026-06-10T12:00", "2026-06-12T13:00:00+01:00"),
    ("2d-skips-closure", LISBON_DESK, "two", LISBON, "2026-06-10T12:00", "2026-06-15T17:00:00+01:00"),
    ("1d-on-closure-date-morning", LISBON_DESK, "one", LISBON, "2026-06-11T08:00", "2026-06-12T13:00:00+01:00"),
    # Sent in another zone: 07:30Z is 08:30 in Lisbon, before opening.
    ("1d-sent-as-utc", LISBON_DESK, "one", "UTC", "2026-06-03T07:30", "2026-06-03T17:00:00+01:00"),
    # Split shift 09:00-12:00, 13:00-17:00 in Kathmandu (+05:45): a day closes at the end of its last range.
    ("1d-split-before-opening", KATHMANDU_SPLIT, "d1", "Asia/Kathmandu", "2026-06-15T08:00", "2026-06-15T17:00:00+05:45"),
    ("1d-split-at-lunch", KATHMANDU_SPLIT, "d1", "Asia/Kathmandu", "2026-06-15T12:30", "2026-06-16T17:00:00+05:45"),
    # Overnight 22:00-06:00 in Halifax (AST -04:00), Christmas closed.
    # Sent during the Dec 23 night, after that date's opening: Dec 24 is the first day; it closes Dec 25 06:00.
    ("1d-overnight-during", HALIFAX_NIGHT, "night-day", "America/Halifax", "2026-12-23T23:00", "2026-12-25T06:00:00-04:00"),
    # Sent at 03:00 on Dec 24 (still the Dec 23 night), before Dec 24's 22:00 opening: Dec 24 counts.
    ("1d-overnight-early-morning", HALIFAX_NIGHT, "night-day", "America/Halifax", "2026-12-24T03:00", "2026-12-25T06:00:00-04:00"),
    # Sent on the Dec 24 night: Dec 25 starts no range, so Dec 26 is the first day.
    ("1d-overnight-skips-closure", HALIFAX_NIGHT, "night-day", "America/Halifax", "2026-12-24T23:00", "2026-12-27T06:00:00-04:00"),
    # 24/7 ignores the closure: sent Dec 24 10:00, Dec 25 is the first day and closes at 24:00.
    ("1d-24-7", HALIFAX_NIGHT, "front", "America/Halifax", "2026-12-24T10:00", "2026-12-26T00:00:00-04:00"),
]


@pytest.mark.parametrize(
    ("policy", "channel_id", "zone", "sent", "expected"), [c[1:] for c in REPLY_DAYS], ids=[c[0] for c in REPLY_DAYS]
)
def test_reply_by_days(policy: Policy, channel_id: str, zone: str, sent: str, expected: str) -> None:
    result = reply_by(policy, channel_id, local(zone, sent))
    assert result.isoformat() == expected
    assert result.tzinfo == ZoneInfo(policy.business.timezone)


# --- reply_by in minutes -----------------------------------------------------------------

NY_NIGHT = make_policy(
    "America/New_York",
    "  night:\n    daily: 01:00-03:00\n",
    channel("m90", "night", "90m") + channel("m150", "night", "150m") + channel("h1", "night", "1h"),
)

KTM = "Asia/Kathmandu"
NY = "America/New_York"
REPLY_MINUTES = [
    # June 2026: Mon 15 .. Fri 19, Sat 20, Sun 21, Mon 22. Kathmandu is +05:45.
    ("1h-across-lunch", KATHMANDU_SPLIT, "h1", KTM, "2026-06-15T11:30", "2026-06-15T13:30:00+05:45"),
    ("1h-sent-at-lunch", KATHMANDU_SPLIT, "h1", KTM, "2026-06-15T12:15", "2026-06-15T14:00:00+05:45"),
    ("3h-across-lunch", KATHMANDU_SPLIT, "h3", KTM, "2026-06-15T11:00", "2026-06-15T15:00:00+05:45"),
    ("1h-before-opening", KATHMANDU_SPLIT, "h1", KTM, "2026-06-15T08:00", "2026-06-15T10:00:00+05:45"),
    ("1h-over-weekend", KATHMANDU_SPLIT, "h1", KTM, "2026-06-19T16:30", "2026-06-22T09:30:00+05:45"),
    ("4h-over-weekend-and-lunch", KATHMANDU_SPLIT, "h4", KTM, "2026-06-19T15:00", "2026-06-22T11:00:00+05:45"),
    ("90m-sent-saturday", KATHMANDU_SPLIT, "m90", KTM, "2026-06-20T10:00", "2026-06-22T10:30:00+05:45"),
    ("15m-sent-at-close", KATHMANDU_SPLIT, "m15", KTM, "2026-06-15T17:00", "2026-06-16T09:15:00+05:45"),
    ("15m-sent-at-opening", KATHMANDU_SPLIT, "m15", KTM, "2026-06-15T13:00", "2026-06-15T13:15:00+05:45"),
    ("3h-exhausts-at-lunch", KATHMANDU_SPLIT, "h3", KTM, "2026-06-15T09:00", "2026-06-15T12:00:00+05:45"),
    ("1h-exhausts-at-close", KATHMANDU_SPLIT, "h1", KTM, "2026-06-15T16:00", "2026-06-15T17:00:00+05:45"),
    ("4h-exhausts-friday-close", KATHMANDU_SPLIT, "h4", KTM, "2026-06-19T13:00", "2026-06-19T17:00:00+05:45"),
    # New York 01:00-03:00 daily. Spring night (Mar 8) has 1h: 06:00Z-07:00Z; Mar 9 opens 01:00 EDT.
    ("90m-spring-forward", NY_NIGHT, "m90", NY, "2026-03-08T00:30", "2026-03-09T01:30:00-04:00"),
    # Fall night (Nov 1) has 3h: 05:00Z-08:00Z; 150 minutes end at 07:30Z = 02:30 EST.
    ("150m-fall-back", NY_NIGHT, "m150", NY, "2026-11-01T00:00", "2026-11-01T02:30:00-05:00"),
    # Sent at the first 01:30 (EDT, 05:30Z): one hour later is 06:30Z, the second 01:30 (EST).
    ("1h-into-repeated-hour", NY_NIGHT, "h1", "UTC", "2026-11-01T05:30", "2026-11-01T01:30:00-05:00"),
    # Overnight in Halifax with Christmas closed: 1h of the Dec 24 night is left at 05:00 on Dec 25,
    # then the next opening is Dec 26 22:00.
    ("2h-overnight-across-closure", HALIFAX_NIGHT, "night", "America/Halifax", "2026-12-25T05:00", "2026-12-26T23:00:00-04:00"),
]


@pytest.mark.parametrize(
    ("policy", "channel_id", "zone", "sent", "expected"), [c[1:] for c in REPLY_MINUTES], ids=[c[0] for c in REPLY_MINUTES]
)
def test_reply_by_minutes(policy: Policy, channel_id: str, zone: str, sent: str, expected: str) -> None:
    result = reply_by(policy, channel_id, local(zone, sent))
    assert result.isoformat() == expected
    assert result.tzinfo == ZoneInfo(policy.business.timezone)


# --- reply_by errors ---------------------------------------------------------------------

ERRORS_POLICY = make_policy(
    "Europe/Lisbon",
    "  nobody:\n    daily: closed\n  once:\n    daily: closed\n",
    channel("never-m", "nobody", "1h")
    + channel("never-d", "nobody", "1d")
    + channel("short", "once", "2h")
    + channel("short-d", "once", "2d")
    + "  - id: news\n    type: instagram\n    role: announcements\n",
    "closures:\n  dates:\n    - date: 2026-06-10\n      name: Open day\n      hours: 09:00-10:00\n      schedules: [once]\n",
)
SENT = z("2026-06-01T12:00")
REPLY_ERRORS = [
    ("announcements", "news", SENT, "announcements-only"),
    ("unknown-channel", "nope", SENT, "unknown channel 'nope'"),
    ("never-staffed-minutes", "never-m", SENT, "'nobody' is never staffed in the next 400 days"),
    ("never-staffed-days", "never-d", SENT, "'nobody' is never staffed in the next 400 days"),
    ("too-little-minutes", "short", SENT, "less than 2h of staffed time in the next 400 days"),
    ("too-few-days", "short-d", SENT, "fewer than 2 staffed days in the next 400 days"),
    ("naive-datetime", "short", datetime(2026, 6, 1, 12), "timezone-aware"),
]


@pytest.mark.parametrize(("channel_id", "sent", "message"), [c[1:] for c in REPLY_ERRORS], ids=[c[0] for c in REPLY_ERRORS])
def test_reply_by_errors(channel_id: str, sent: datetime, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        reply_by(ERRORS_POLICY, channel_id, sent)


def test_channel_intervals_refuses_announcements() -> None:
    with pytest.raises(ValueError, match="announcements-only"):
        channel_intervals(ERRORS_POLICY, "news", SENT, SENT + timedelta(days=1))


def test_reply_by_within_horizon_uses_the_only_open_day() -> None:
    # The single open hour of Jun 10 (09:00-10:00 WEST = 08:00Z-09:00Z) is found from far away.
    policy = make_policy(
        "Europe/Lisbon",
        "  once:\n    daily: closed\n",
        channel("c", "once", "1h"),
        "closures:\n  dates:\n    - date: 2026-06-10\n      name: Open day\n      hours: 09:00-10:00\n",
    )
    assert reply_by(policy, "c", z("2025-09-01T00:00")).isoformat() == "2026-06-10T10:00:00+01:00"


# --- speed -------------------------------------------------------------------------------


def test_eight_weeks_is_fast() -> None:
    import time

    start = z("2026-11-02T00:00")
    staffed_intervals(HOLIDAYS, "desk", start, start + timedelta(weeks=8))  # warm the holiday cache
    runs = 20
    began = time.perf_counter()
    for _ in range(runs):
        staffed_intervals(HOLIDAYS, "desk", start, start + timedelta(weeks=8))
    assert (time.perf_counter() - began) / runs < 0.010
