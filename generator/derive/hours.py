"""Staffed time: when a schedule is staffed, and when a first reply is due.

Pure functions of a ``Policy`` and aware datetimes: no I/O, no clock. Product
spec section 5 is the contract; in short:

- A day's hours are the ranges that *start* on that local date in
  ``business.timezone``; an end past 24:00 falls on the next date.
- Wall times are converted with :func:`local_to_utc`: a time skipped by a
  daylight-saving change moves forward by the gap, an ambiguous one takes its
  first occurrence. A range that vanishes in a gap (``02:30-03:00`` on a night
  when 02:00 jumps to 03:00) is empty and ignored.
- Dated closures replace the ranges that start on their date: for every
  schedule that is not 24/7, or only for the schedules they list (a closure
  that lists a schedule beats one for all schedules on the same date). Public
  holidays close every non-24/7 schedule, unless a dated closure for the same
  date applies to it.
- ``first_response`` in minutes counts staffed time; in days it is the close
  of the N-th staffed day (see :func:`reply_by`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from generator.frozen import frozen
from generator.model.records import Channel, Policy
from generator.model.values import TimeRange, WeeklyHours

Interval = tuple[datetime, datetime]
"""A staffed span ``[start, end)`` as aware UTC datetimes."""

HORIZON_DAYS = 400
"""How far ahead :func:`reply_by` looks for staffed time."""

_ONE_DAY = timedelta(days=1)
_ZERO = timedelta(0)
_HORIZON = timedelta(days=HORIZON_DAYS)


# --- wall time -----------------------------------------------------------------------------


def local_to_utc(zone: tzinfo, local: datetime) -> datetime:
    """The UTC instant of the naive wall time ``local`` in ``zone``.

    A wall time that does not exist (spring-forward gap) is read with the
    offset from before the change, which moves it forward by the gap; an
    ambiguous one (fall-back) takes its first occurrence. Both are what
    ``fold=0`` means (PEP 495).
    """
    if local.tzinfo is not None:
        raise ValueError(f"local_to_utc needs a naive wall time, got {local.isoformat()}")
    return local.replace(tzinfo=zone, fold=0).astimezone(timezone.utc)


def _aware(value: datetime, what: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime, got {value.isoformat()}")
    return value


# --- closures and holidays -----------------------------------------------------------------


@lru_cache(maxsize=256)
def _holiday_dates(country: str, subdiv: str | None, year: int) -> dict[date, str]:
    """Public holidays (as the holidays library lists them by default) of one year, with their names.

    The cached dict is shared: callers must not change it.
    """
    from generator.model.holiday_registry import year_of_holidays  # lazily: only needed with public_holidays

    return year_of_holidays(country, subdiv, year)


def holiday_name(policy: Policy, local_date: date) -> str | None:
    """The name of the public holiday on ``local_date`` under ``closures.public_holidays``, if any."""
    code = policy.closures.public_holidays
    if not code:
        return None
    country, _, subdiv = code.partition("-")
    return _holiday_dates(country, subdiv or None, local_date.year).get(local_date)


@frozen(eq=False)
class _Calendar:
    """One schedule with the closures that apply to it, ready for date look-ups."""

    zone: ZoneInfo
    hours: WeeklyHours
    special: dict[date, tuple[TimeRange, ...]]
    region: tuple[str, str | None] | None

    def ranges(self, day: date) -> tuple[TimeRange, ...]:
        special = self.special.get(day)
        if special is not None:
            return special
        if self.region is not None and day in _holiday_dates(*self.region, day.year):
            return ()
        return self.hours.ranges_on(day.weekday())

    def spans(self, day: date) -> list[Interval]:
        """UTC spans of the ranges that start on ``day``, in order; empty ones left out."""
        midnight = datetime.combine(day, time())
        out = []
        for r in self.ranges(day):
            start = local_to_utc(self.zone, midnight + timedelta(minutes=r.start))
            end = local_to_utc(self.zone, midnight + timedelta(minutes=r.end))
            if end > start:
                out.append((start, end))
        return out


def _calendar(policy: Policy, schedule_name: str) -> _Calendar:
    hours = policy.schedules.get(schedule_name)
    if hours is None:
        known = ", ".join(sorted(policy.schedules)) or "none"
        raise ValueError(f"unknown schedule {schedule_name!r}; known schedules: {known}")
    general: dict[date, tuple[TimeRange, ...]] = {}
    named: dict[date, tuple[TimeRange, ...]] = {}
    for closure in policy.closures.dates:
        if closure.schedules is None:
            if not hours.always:
                general[closure.date] = tuple(closure.hours)
        elif schedule_name in closure.schedules:
            named[closure.date] = tuple(closure.hours)
    region = None
    code = policy.closures.public_holidays
    if code and not hours.always:
        country, _, subdiv = code.partition("-")
        region = (country, subdiv or None)
    return _Calendar(ZoneInfo(policy.business.timezone), hours, {**general, **named}, region)


def days_ranges(policy: Policy, schedule_name: str, dates: list[date]) -> list[tuple[TimeRange, ...]]:
    """:func:`day_ranges` for many dates of one schedule (the closures are read once)."""
    cal = _calendar(policy, schedule_name)
    return [cal.ranges(day) for day in dates]


def day_ranges(policy: Policy, schedule_name: str, local_date: date) -> tuple[TimeRange, ...]:
    """The ranges of ``schedule_name`` that start on ``local_date``, after closures and holidays.

    A 24/7 schedule without an applicable closure gives ``(TimeRange(0, 1440),)``.
    """
    return _calendar(policy, schedule_name).ranges(local_date)


# --- intervals -----------------------------------------------------------------------------


def staffed_days(policy: Policy, schedule_name: str, first: date, last: date) -> list[tuple[date, datetime, datetime]]:
    """``(local date, first opening, close)`` for each date in ``first..last`` on which a range starts.

    The close is the end of the date's last range (which may be on the next
    date); both instants are UTC. This is what ``Nd`` reply times count.
    """
    cal = _calendar(policy, schedule_name)
    out = []
    day = first
    while day <= last:
        spans = cal.spans(day)
        if spans:
            out.append((day, min(s for s, _ in spans), max(e for _, e in spans)))
        day += _ONE_DAY
    return out


def _merge(spans: list[Interval]) -> list[Interval]:
    spans.sort()
    merged: list[Interval] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _intervals(cal: _Calendar, start: datetime, end: datetime) -> list[Interval]:
    if end <= start:
        return []
    # Ranges end less than a day after their start date, so the date before the
    # window's first local date is the earliest one that can reach into it.
    day = start.astimezone(cal.zone).date() - _ONE_DAY
    last = end.astimezone(cal.zone).date()
    spans: list[Interval] = []
    while day <= last:
        for s, e in cal.spans(day):
            s, e = max(s, start), min(e, end)
            if e > s:
                spans.append((s, e))
        day += _ONE_DAY
    return _merge(spans)


def staffed_intervals(policy: Policy, schedule_name: str, start: datetime, end: datetime) -> list[Interval]:
    """Staffed spans of ``schedule_name`` within ``[start, end)``, in UTC.

    Sorted, merged (touching or overlapping spans are joined) and clipped to the
    window; includes the previous night's overnight range when the window
    starts during it.
    """
    start = _aware(start, "start").astimezone(timezone.utc)
    end = _aware(end, "end").astimezone(timezone.utc)
    return _intervals(_calendar(policy, schedule_name), start, end)


def _answered_channel(policy: Policy, channel_id: str) -> Channel:
    channel = next((c for c in policy.channels if c.id == channel_id), None)
    if channel is None:
        known = ", ".join(c.id for c in policy.channels)
        raise ValueError(f"unknown channel {channel_id!r}; known channels: {known}")
    if channel.role != "answered" or channel.schedule is None or channel.first_response is None:
        raise ValueError(f"channel {channel_id!r} is announcements-only: it has no schedule and no reply time")
    return channel


def channel_intervals(policy: Policy, channel_id: str, start: datetime, end: datetime) -> list[Interval]:
    """:func:`staffed_intervals` of the schedule of the answered channel ``channel_id``."""
    channel = _answered_channel(policy, channel_id)
    assert channel.schedule is not None
    return staffed_intervals(policy, channel.schedule, start, end)


# --- reply deadlines -----------------------------------------------------------------------


def reply_by(policy: Policy, channel_id: str, sent_at: datetime) -> datetime:
    """When the first reply to a message sent at ``sent_at`` is due, in the business's zone.

    Minutes and hours count staffed time from ``sent_at`` (or from the next
    opening if it is closed then); the deadline is the instant that much
    staffed time has passed, which may be the very end of a span.

    ``Nd`` is the close (end of the last range) of the N-th staffed day, a
    staffed day being a local date on which at least one range starts. The
    count starts with the message's own local date if the message arrives
    strictly before that date's first opening, otherwise with the next staffed
    date.

    Raises ValueError for an unknown or announcements-only channel, or when the
    schedule has too little staffed time in the next 400 days.

    The result is in the business's zone; in a repeated (fall-back) hour it
    carries ``fold=1`` where needed, and Python then says it is not ``==`` to the
    same instant in another zone (PEP 495), so compare with ``.astimezone(UTC)``.
    """
    channel = _answered_channel(policy, channel_id)
    assert channel.schedule is not None and channel.first_response is not None
    cal = _calendar(policy, channel.schedule)
    sent = _aware(sent_at, "sent_at").astimezone(timezone.utc)
    promise = channel.first_response
    never = f"channel {channel_id!r}: schedule {channel.schedule!r} is never staffed in the next {HORIZON_DAYS} days"
    if promise.in_days:
        short = (
            f"channel {channel_id!r}: schedule {channel.schedule!r} has fewer than {promise.days} "
            f"staffed days in the next {HORIZON_DAYS} days"
        )
    else:
        short = (
            f"channel {channel_id!r}: schedule {channel.schedule!r} has less than {promise} "
            f"of staffed time in the next {HORIZON_DAYS} days"
        )
    if promise.in_days:
        first = sent.astimezone(cal.zone).date()
        count = 0
        for offset in range(HORIZON_DAYS + 1):
            spans = cal.spans(first + timedelta(days=offset))
            if not spans or (offset == 0 and sent >= min(s for s, _ in spans)):
                continue
            count += 1
            if count == promise.days:
                return max(e for _, e in spans).astimezone(cal.zone)
        raise ValueError(short if count else never)

    remaining = timedelta(minutes=promise.minutes)
    horizon = sent + timedelta(days=HORIZON_DAYS)
    step = timedelta(days=7)
    cursor, seen = sent, False
    while cursor < horizon:
        stop = min(cursor + step, horizon)
        for s, e in _intervals(cal, cursor, stop):
            seen = True
            if e - s >= remaining:
                return (s + remaining).astimezone(cal.zone)
            remaining -= e - s
        cursor, step = stop, step * 2
    raise ValueError(short if seen else never)


# --- many deadlines at once ----------------------------------------------------------------


class StaffedTimeline:
    """One answered channel's staffed time over a window, for many deadlines and durations.

    The staffed intervals, staffed days and local midnights of the window are
    computed once; each look-up is a bisection on them. :meth:`reply_by` gives
    exactly what :func:`reply_by` gives (it calls it when a deadline lies
    beyond the window), so a log of many messages is scored by the same rules
    as one message. Instants in and out are aware; everything inside is UTC.
    """

    def __init__(self, policy: Policy, channel_id: str, start: datetime, end: datetime):
        channel = _answered_channel(policy, channel_id)
        assert channel.schedule is not None and channel.first_response is not None
        self.policy = policy
        self.channel_id = channel_id
        self.promise = channel.first_response
        cal = _calendar(policy, channel.schedule)
        self.zone = cal.zone
        start = _aware(start, "start").astimezone(timezone.utc)
        end = max(_aware(end, "end").astimezone(timezone.utc), start)
        # The date before the first local date: its overnight range can reach into the window.
        first = start.astimezone(cal.zone).date() - _ONE_DAY
        last = end.astimezone(cal.zone).date() + _ONE_DAY
        spans: list[Interval] = []
        self._midnights: list[datetime] = []  # UTC instant at which each local date first..last begins
        self._day_staffed: list[bool] = []
        self._staffed_days: list[int] = []  # indexes (into the dates) of staffed days
        self._day_opens: list[datetime] = []
        self._day_closes: list[datetime] = []
        day = first
        while day <= last:
            self._midnights.append(local_to_utc(cal.zone, datetime.combine(day, time())))
            day_spans = cal.spans(day)
            if day_spans:
                spans.extend(day_spans)
                self._staffed_days.append((day - first).days)
                self._day_opens.append(min(s for s, _ in day_spans))
                self._day_closes.append(max(e for _, e in day_spans))
            day += _ONE_DAY
        # Staffed time is known exactly from the start of the window's second date to the start of its last.
        self._known_from = self._midnights[1]
        self._known_to = self._midnights[-1]
        self._starts: list[datetime] = []
        self._ends: list[datetime] = []
        self._before: list[timedelta] = []  # staffed time before each interval, from the first one
        self._through: list[timedelta] = []  # staffed time up to the end of each interval
        total = timedelta(0)
        for s, e in _merge(spans):
            self._starts.append(s)
            self._ends.append(e)
            self._before.append(total)
            total += e - s
            self._through.append(total)
        self._total = total
        self._promise_delta = timedelta(minutes=self.promise.minutes) if not self.promise.in_days else _ZERO

    def _staffed_before(self, t: datetime) -> timedelta:
        """Staffed time from the first interval up to ``t`` (UTC)."""
        i = bisect_right(self._starts, t) - 1
        if i < 0:
            return _ZERO
        end = self._ends[i]
        return self._before[i] + ((t if t < end else end) - self._starts[i])

    def staffed(self, start: datetime, end: datetime) -> timedelta:
        """Staffed time of the channel's schedule within ``[start, end)``; zero when end is not after start."""
        a = start.astimezone(timezone.utc)
        b = end.astimezone(timezone.utc)
        if b <= a:
            return _ZERO
        if a < self._known_from or b > self._known_to:
            return sum((e - s for s, e in channel_intervals(self.policy, self.channel_id, a, b)), _ZERO)
        return self._staffed_before(b) - self._staffed_before(a)

    def reply_by(self, sent_at: datetime) -> datetime:
        """Exactly :func:`reply_by` for this channel and ``sent_at``, in the business's zone."""
        sent = _aware(sent_at, "sent_at").astimezone(timezone.utc)
        deadline = self._deadline(sent)
        if deadline is None:
            return reply_by(self.policy, self.channel_id, sent_at)
        return deadline.astimezone(self.zone)

    def due(self, sent: datetime) -> datetime:
        """:meth:`reply_by` in UTC, for a ``sent`` instant already in UTC (the fast path for many rows)."""
        deadline = self._deadline(sent)
        if deadline is None:
            return reply_by(self.policy, self.channel_id, sent).astimezone(timezone.utc)
        return deadline

    def due_and_staffed(self, sent: datetime, until: datetime) -> tuple[datetime, timedelta]:
        """:meth:`due` and :meth:`staffed` from ``sent`` to ``until`` at once; both instants in UTC."""
        known_from, known_to = self._known_from, self._known_to
        if sent < known_from or until > known_to or sent >= known_to or self.promise.in_days:
            return self.due(sent), self.staffed(sent, until)
        # Minutes and hours, inside the window: the staffed time before ``sent`` serves both answers.
        starts, ends, before = self._starts, self._ends, self._before
        i = bisect_right(starts, sent) - 1
        if i < 0:
            at_sent = _ZERO
        else:
            end = ends[i]
            at_sent = before[i] + ((sent if sent < end else end) - starts[i])
        target = at_sent + self._promise_delta
        deadline: datetime | None = None
        if target <= self._total:
            j = bisect_left(self._through, target)
            deadline = starts[j] + (target - before[j])
            if deadline > known_to or deadline - sent > _HORIZON:
                deadline = None
        if deadline is None:
            deadline = reply_by(self.policy, self.channel_id, sent).astimezone(timezone.utc)
        if until <= sent:
            return deadline, _ZERO
        i = bisect_right(starts, until) - 1
        if i < 0:
            return deadline, _ZERO
        end = ends[i]
        return deadline, before[i] + ((until if until < end else end) - starts[i]) - at_sent

    def _deadline(self, sent: datetime) -> datetime | None:
        """The deadline in UTC, or None when the window cannot tell."""
        if sent < self._known_from or sent >= self._known_to:
            return None
        promise = self.promise
        if promise.in_days:
            local = bisect_right(self._midnights, sent) - 1  # index of the message's local date
            k = bisect_left(self._staffed_days, local)
            if k < len(self._staffed_days) and self._staffed_days[k] == local and sent >= self._day_opens[k]:
                k += 1
            k += promise.days - 1
            if k >= len(self._staffed_days) or self._staffed_days[k] >= len(self._midnights) - 1:
                return None
            if self._staffed_days[k] - local > HORIZON_DAYS:
                return None
            return self._day_closes[k]
        target = self._staffed_before(sent) + timedelta(minutes=promise.minutes)
        if target > self._total:
            return None
        j = bisect_left(self._through, target)  # the first interval whose end brings the staffed time to the target
        deadline = self._starts[j] + (target - self._before[j])
        if deadline > self._known_to or deadline - sent > _HORIZON:
            return None
        return deadline


def staffed_timeline(policy: Policy, channel_id: str, start: datetime, end: datetime) -> StaffedTimeline:
    """A :class:`StaffedTimeline` of the answered channel ``channel_id`` covering ``[start, end]``.

    Raises ValueError for an unknown or announcements-only channel.
    """
    return StaffedTimeline(policy, channel_id, start, end)


__all__ = [
    "HORIZON_DAYS",
    "Interval",
    "StaffedTimeline",
    "staffed_timeline",
    "channel_intervals",
    "day_ranges",
    "days_ranges",
    "holiday_name",
    "staffed_days",
    "local_to_utc",
    "reply_by",
    "staffed_intervals",
]
