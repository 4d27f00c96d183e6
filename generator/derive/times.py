"""Everything time-dependent a site shows, computed once per build from the build time.

The output holds only public facts (dates, spans, channel ids and names), so
public pages and ``expectations.json`` can use it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from generator.frozen import frozen
from generator.derive.examples import Example, channel_examples
from generator.derive.hours import Interval, channel_intervals, days_ranges, holiday_name, staffed_days
from generator.model.records import Policy
from generator.model.values import TimeRange

LIVE_WEEKS = 8
UPCOMING_DAYS = 60


@frozen
class ChannelTimes:
    channel_id: str
    staffed: tuple[Interval, ...]
    staffed_days: tuple[tuple[date, datetime, datetime], ...]
    examples: tuple[Example, ...]


@frozen
class ChannelHours:
    """The hours some channels have on a special date (empty: closed)."""

    channel_ids: tuple[str, ...]
    ranges: tuple[TimeRange, ...]


@frozen
class SpecialDay:
    """A date in the coming weeks whose hours differ from the ordinary week."""

    date: date
    name: str
    public_holiday: bool
    changes: tuple[ChannelHours, ...]


@frozen
class SiteTimes:
    generated_at: datetime
    valid_until: datetime
    today: date
    channels: dict[str, ChannelTimes]
    upcoming: tuple[SpecialDay, ...]


def upcoming_special_days(policy: Policy, today: date, days: int = UPCOMING_DAYS) -> list[SpecialDay]:
    """Dates from ``today`` on whose answered channels' hours differ from the ordinary week."""
    answered = [c for c in policy.channels if c.role == "answered" and c.schedule]
    dated: dict[date, list[str]] = {}
    for closure in policy.closures.dates:
        dated.setdefault(closure.date, []).append(closure.name)
    dates = [today + timedelta(days=offset) for offset in range(days)]
    # Channels share schedules: find each schedule's special dates once, then visit the channels only on those dates.
    special: dict[str, dict[int, tuple[TimeRange, ...]]] = {}
    for channel in answered:
        assert channel.schedule is not None
        if channel.schedule not in special:
            weekly = policy.schedules[channel.schedule]
            special[channel.schedule] = {
                index: ranges
                for index, (day, ranges) in enumerate(zip(dates, days_ranges(policy, channel.schedule, dates)))
                if ranges != weekly.ranges_on(day.weekday())
            }
    special_dates = sorted({index for found in special.values() for index in found})
    out = []
    for index in special_dates:
        day = dates[index]
        groups: dict[tuple[TimeRange, ...], list[str]] = {}
        for channel in answered:
            assert channel.schedule is not None
            ranges = special[channel.schedule].get(index)
            if ranges is not None:
                groups.setdefault(ranges, []).append(channel.id)
        holiday = holiday_name(policy, day)
        names = list(dict.fromkeys(dated.get(day, []))) or ([holiday] if holiday else [])
        out.append(
            SpecialDay(
                day,
                " / ".join(names),
                holiday is not None and day not in dated,
                tuple(ChannelHours(tuple(ids), ranges) for ranges, ids in groups.items()),
            )
        )
    return out


def site_times(policy: Policy, now: datetime, weeks: int = LIVE_WEEKS) -> SiteTimes:
    """Staffed spans and staffed days for ``weeks`` from ``now``, examples, and upcoming closures."""
    now = now.astimezone(timezone.utc)
    until = now + timedelta(weeks=weeks)
    zone = ZoneInfo(policy.business.timezone)
    today = now.astimezone(zone).date()
    last = until.astimezone(zone).date()
    channels = {}
    # Channels often share a schedule (and a promise): compute each combination once.
    spans: dict[str, tuple[Interval, ...]] = {}
    days: dict[str, tuple[tuple[date, datetime, datetime], ...]] = {}
    examples: dict[tuple[str, str], tuple[Example, ...]] = {}
    for channel in policy.channels:
        if channel.role != "answered" or channel.schedule is None:
            continue
        name = channel.schedule
        if name not in spans:
            spans[name] = tuple(channel_intervals(policy, channel.id, now, until))
            days[name] = tuple(staffed_days(policy, name, today, last))
        key = (name, str(channel.first_response))
        if key not in examples:
            examples[key] = tuple(channel_examples(policy, channel.id, today))
        channels[channel.id] = ChannelTimes(channel.id, spans[name], days[name], examples[key])
    return SiteTimes(now, until, today, channels, tuple(upcoming_special_days(policy, today)))


CALENDAR_MONTHS = 12


def year_ahead_days(today: date, months: int = CALENDAR_MONTHS) -> int:
    """How many days from ``today`` up to (not including) the same date ``months`` later (Feb 29 -> Feb 28)."""
    year, month = divmod(today.month - 1 + months, 12)
    year, month = today.year + year, month + 1
    last = 29 if month == 2 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    day = min(today.day, {2: last, 4: 30, 6: 30, 9: 30, 11: 30}.get(month, 31))
    return (date(year, month, day) - today).days


def special_days_ahead(policy: Policy, now: datetime, months: int = CALENDAR_MONTHS) -> tuple[date, list[SpecialDay]]:
    """The business's local date at ``now`` and its special days of the next ``months`` months (the calendar feed)."""
    today = now.astimezone(ZoneInfo(policy.business.timezone)).date()
    return today, upcoming_special_days(policy, today, year_ahead_days(today, months))
