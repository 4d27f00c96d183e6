"""Property tests for generator.derive.hours over many zones and generated weekly schedules."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.derive.hours import day_ranges, local_to_utc, reply_by, staffed_intervals
from generator.load.source import load_text
from generator.model.policy import Policy
from generator.model.validate import validate

UTC = timezone.utc
QUARTER = timedelta(minutes=15)

ZONES = [
    "Europe/Lisbon",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",  # 30-minute daylight-saving shift
    "Asia/Kathmandu",  # +05:45, no DST
    "Asia/Tokyo",  # no DST
    "UTC",
    "America/Halifax",
    "America/St_Johns",  # -03:30 / -02:30
    "America/Los_Angeles",
    "America/Santiago",  # changes at midnight
    "America/Havana",  # changes at midnight
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Dublin",  # negative DST in tzdata
    "Africa/Casablanca",  # shifts around Ramadan
    "Asia/Kolkata",
    "Asia/Tehran",
    "Pacific/Auckland",
    "Pacific/Chatham",  # +12:45 / +13:45
    "Pacific/Kiritimati",  # +14
    "Pacific/Apia",
    "America/Asuncion",
]
YEARS = (2024, 2030)


@lru_cache(maxsize=None)
def transitions(zone_name: str) -> tuple[datetime, ...]:
    """Instants (to within a day) at which the zone's UTC offset changes."""
    zone = ZoneInfo(zone_name)
    out: list[datetime] = []
    t = datetime(YEARS[0], 1, 1, tzinfo=UTC)
    previous = t.astimezone(zone).utcoffset()
    while t.year <= YEARS[1]:
        t += timedelta(days=1)
        offset = t.astimezone(zone).utcoffset()
        if offset != previous:
            out.append(t)
            previous = offset
    return tuple(out)


# --- strategies --------------------------------------------------------------------------

Ranges = tuple[tuple[int, int], ...]


@st.composite
def day_hours(draw: st.DrawFn, overnight: bool = True) -> Ranges:
    """Valid hours for one day on quarter hours; maybe an overnight last range."""
    count = draw(st.integers(0, 3))
    if count == 0:
        return ()
    points = sorted(draw(st.lists(st.integers(0, 96), min_size=2 * count, max_size=2 * count, unique=True)))
    ranges = [(points[2 * i] * 15, points[2 * i + 1] * 15) for i in range(count)]
    if overnight and draw(st.booleans()):
        wall_end = draw(st.integers(0, ranges[0][0] // 15)) * 15
        ranges[-1] = (ranges[-1][0], wall_end + 1440)
    return tuple(ranges)


def weekly(overnight: bool = True) -> st.SearchStrategy[Ranges | None]:
    """``None`` for 24/7, else seven days of hours (Monday first)."""
    days = st.tuples(*[day_hours(overnight) for _ in range(7)])
    return st.one_of(st.just(None), days, days, days, days, days)


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def range_text(start: int, end: int) -> str:
    if end == 1440:
        return f"{hhmm(start)}-24:00"
    return f"{hhmm(start)}-{hhmm(end % 1440)}"


def hours_text(ranges: Ranges) -> str:
    if not ranges:
        return "closed"
    return "[" + ", ".join(range_text(s, e) for s, e in ranges) + "]"


DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def make_policy(
    zone: str,
    week: tuple[Ranges, ...] | None,
    first_response: str = "1h",
    closures: tuple[tuple[date, Ranges, bool], ...] = (),
    region: str | None = None,
) -> Policy:
    lines = ["policy: 1", "business:", "  name: T", f"  timezone: {zone}", "schedules:"]
    if week is None:
        lines.append("  s: 24/7")
    else:
        lines.append("  s:")
        lines += [f"    {key}: {hours_text(r)}" for key, r in zip(DAY_KEYS, week)]
    if closures or region:
        lines.append("closures:")
        if region:
            lines.append(f"  public_holidays: {region}")
        if closures:
            lines.append("  dates:")
        for day, ranges, listed in closures:
            lines += [f"    - date: {day.isoformat()}", "      name: Closure", f"      hours: {hours_text(ranges)}"]
            if listed:
                lines.append("      schedules: [s]")
    lines += ["channels:", "  - id: c", "    type: other", "    schedule: s", f"    first_response: {first_response}"]
    return validate(load_text(("\n".join(lines) + "\n").encode("utf-8"), "p.yaml"))


@st.composite
def instants(draw: st.DrawFn, zone: str) -> datetime:
    """An aware UTC instant, often within days of a clock change and on a quarter hour."""
    near = transitions(zone)
    if near and draw(st.booleans()):
        return draw(st.sampled_from(near)) + QUARTER * draw(st.integers(-4 * 96, 4 * 96))
    naive = draw(st.datetimes(min_value=datetime(YEARS[0], 1, 2), max_value=datetime(YEARS[1], 12, 1)))
    if draw(st.booleans()):
        naive = naive.replace(minute=naive.minute // 15 * 15, second=0, microsecond=0)
    return naive.replace(tzinfo=UTC)


zones = st.sampled_from(ZONES)


def merge(spans: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    out: list[tuple[datetime, datetime]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


SETTINGS = settings(max_examples=150, deadline=None)


# --- local_to_utc ------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.data(), zones)
def test_local_to_utc_first_occurrence_or_forward_by_gap(data: st.DataObject, zone: str) -> None:
    """Checked against the offsets a day either side, not against fold semantics."""
    tz = ZoneInfo(zone)
    wall = data.draw(instants(zone)).astimezone(tz).replace(tzinfo=None, fold=0)
    wall += QUARTER * data.draw(st.integers(-8, 8))  # lands in gaps and repeated hours as well
    got = local_to_utc(tz, wall)
    assert got.utcoffset() == timedelta(0)
    before = (got - timedelta(days=1)).astimezone(tz).utcoffset()
    after = (got + timedelta(days=1)).astimezone(tz).utcoffset()
    assert before is not None and after is not None
    real = sorted(
        c
        for c in {(wall - before).replace(tzinfo=UTC), (wall - after).replace(tzinfo=UTC)}
        if c.astimezone(tz).replace(tzinfo=None) == wall
    )
    if real:
        assert got == real[0]  # exists: its first occurrence
    else:
        assert after > before  # only a spring-forward gap skips wall times
        assert got == (wall - before).replace(tzinfo=UTC)
        assert got.astimezone(tz).replace(tzinfo=None) == wall + (after - before)  # forward by the gap


# --- intervals ---------------------------------------------------------------------------


@SETTINGS
@given(st.data(), zones, weekly(), st.integers(0, 21 * 96))
def test_intervals_are_sorted_disjoint_and_inside(data: st.DataObject, zone: str, week, quarters: int) -> None:
    policy = make_policy(zone, week)
    start = data.draw(instants(zone))
    end = start + QUARTER * quarters
    got = staffed_intervals(policy, "s", start, end)
    for s, e in got:
        assert s.utcoffset() == timedelta(0) and e.utcoffset() == timedelta(0)
        assert start <= s < e <= end
    for (_, e1), (s2, _) in zip(got, got[1:]):
        assert e1 < s2  # merged: never touching
    if week is None:
        assert got == ([(start, end)] if end > start else [])


@SETTINGS
@given(st.data(), zones, weekly(), st.integers(0, 10 * 96), st.integers(0, 10 * 96))
def test_splitting_the_window_changes_nothing(data: st.DataObject, zone: str, week, first: int, second: int) -> None:
    policy = make_policy(zone, week)
    a = data.draw(instants(zone))
    b = a + QUARTER * first
    c = b + QUARTER * second
    whole = staffed_intervals(policy, "s", a, c)
    assert whole == merge(staffed_intervals(policy, "s", a, b) + staffed_intervals(policy, "s", b, c))


def steady_week(zone: str, monday: date) -> datetime | None:
    """UTC of local Monday 00:00 if the offset is the same at all 8 midnights of the week, else None."""
    tz = ZoneInfo(zone)
    base = local_to_utc(tz, datetime.combine(monday, time()))
    for k in range(8):
        if local_to_utc(tz, datetime.combine(monday + timedelta(days=k), time())) != base + timedelta(days=k):
            return None
    return base


mondays = st.dates(min_value=date(YEARS[0], 1, 8), max_value=date(YEARS[1], 12, 1)).map(
    lambda d: d - timedelta(days=d.weekday())
)


@SETTINGS
@given(zones, weekly(overnight=False), mondays)
def test_steady_week_total_is_sum_of_ranges(zone: str, week, monday: date) -> None:
    base = steady_week(zone, monday)
    assume(base is not None)
    assert base is not None
    policy = make_policy(zone, week)
    got = staffed_intervals(policy, "s", base, base + timedelta(days=7))
    total = sum((e - s for s, e in got), timedelta())
    expected = 7 * 1440 if week is None else sum(e - s for day in week for s, e in day)
    assert total == timedelta(minutes=expected)


@SETTINGS
@given(zones, weekly(), mondays)
def test_steady_week_matches_quarter_hour_oracle(zone: str, week, monday: date) -> None:
    """With overnight ranges: mark every staffed quarter hour of the week, including the
    previous Sunday night's tail and cutting the last Sunday night at the window's end."""
    base = steady_week(zone, monday)
    assume(base is not None)
    assert base is not None
    policy = make_policy(zone, week)
    marked = [False] * (7 * 96)
    for day in range(-1, 7):
        ranges = ((0, 1440),) if week is None else week[day % 7]
        for s, e in ranges:
            for unit in range(day * 96 + s // 15, day * 96 + e // 15):
                if 0 <= unit < len(marked):
                    marked[unit] = True
    expected: list[tuple[datetime, datetime]] = []
    for unit, on in enumerate(marked):
        if not on:
            continue
        at = base + QUARTER * unit
        if expected and expected[-1][1] == at:
            expected[-1] = (expected[-1][0], at + QUARTER)
        else:
            expected.append((at, at + QUARTER))
    assert staffed_intervals(policy, "s", base, base + timedelta(days=7)) == expected


# --- reply_by ----------------------------------------------------------------------------

PROMISES = ["15m", "1h", "90m", "8h", "40h", "1d", "2d", "5d"]
PROMISE_MINUTES = {"15m": 15, "1h": 60, "90m": 90, "8h": 480, "40h": 2400}


@st.composite
def scenarios(draw: st.DrawFn):
    zone = draw(zones)
    week = draw(weekly())
    assume(week is None or any(week))
    sent = draw(instants(zone))
    first = sent.astimezone(ZoneInfo(zone)).date()
    closures = []
    seen = set()
    for _ in range(draw(st.integers(0, 3))):
        day = first + timedelta(days=draw(st.integers(-1, 14)))
        listed = draw(st.booleans())
        if (day, listed) in seen:
            continue
        seen.add((day, listed))
        closures.append((day, draw(day_hours()), listed))
    region = draw(st.sampled_from([None, None, "CA-NS", "PT", "JP"]))
    promise = draw(st.sampled_from(PROMISES))
    policy = make_policy(zone, week, promise, tuple(closures), region)
    snap = draw(st.sampled_from(["no", "no", "opening", "close"]))
    if snap != "no":  # exactly at an opening or a close, where off-by-one mistakes hide
        ahead = staffed_intervals(policy, "s", sent, sent + timedelta(days=7))
        if ahead:
            sent = ahead[0][0] if snap == "opening" else ahead[0][1]
    later = sent + draw(st.one_of(st.just(timedelta(0)), st.integers(0, 3 * 96).map(lambda q: QUARTER * q)))
    return policy, zone, promise, sent, later


def nth_staffed_day_close(policy: Policy, zone: str, sent: datetime, n: int) -> datetime:
    """Spec oracle from day_ranges: count dates on which a (non-empty) range starts."""
    tz = ZoneInfo(zone)
    first = day = sent.astimezone(tz).date()
    while True:
        midnight = datetime.combine(day, time())
        spans = [
            (local_to_utc(tz, midnight + timedelta(minutes=r.start)), local_to_utc(tz, midnight + timedelta(minutes=r.end)))
            for r in day_ranges(policy, "s", day)
        ]
        spans = [(s, e) for s, e in spans if e > s]
        if spans and (day > first or sent < spans[0][0]):
            n -= 1
            if n == 0:
                return spans[-1][1]
        day += timedelta(days=1)


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_reply_by_is_a_later_staffed_instant_or_close(scenario) -> None:
    policy, zone, promise, sent, later = scenario
    try:
        due = reply_by(policy, "c", sent)
    except ValueError as exc:  # a sparse schedule may not hold the promise within the horizon
        horizon = staffed_intervals(policy, "s", sent, sent + timedelta(days=400))
        if promise in PROMISE_MINUTES:
            assert "of staffed time in the next 400 days" in str(exc)
            assert sum((e - s for s, e in horizon), timedelta()) < timedelta(minutes=PROMISE_MINUTES[promise])
        else:
            assert f"fewer than {promise[:-1]} staffed days in the next 400 days" in str(exc)
        return
    assert due.tzinfo == ZoneInfo(zone)
    # Python's == between zones is False for a time in a repeated hour (PEP 495): compare in UTC.
    due = due.astimezone(UTC)
    assert due >= sent
    around = staffed_intervals(policy, "s", sent - timedelta(days=2), due + timedelta(days=2))
    assert any(s <= due <= e for s, e in around), "deadline is neither staffed nor a close"
    if promise in PROMISE_MINUTES:
        counted = staffed_intervals(policy, "s", sent, due)
        assert sum((e - s for s, e in counted), timedelta()) == timedelta(minutes=PROMISE_MINUTES[promise])
        assert counted[-1][1] == due  # no closed time is added after the count runs out
    else:
        assert due > sent
        assert due == nth_staffed_day_close(policy, zone, sent, int(promise[:-1]))
    try:
        assert reply_by(policy, "c", later) >= due  # monotonic
    except ValueError as exc:  # only if the later horizon holds too little staffed time
        assert "in the next 400 days" in str(exc)
