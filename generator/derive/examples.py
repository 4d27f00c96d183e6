"""Worked reply-time examples for the channel cards, computed on an ordinary week.

Closures and holidays are left out on purpose: the examples explain the
weekly rule ("Message us Saturday at 4:30 p.m.: we reply by Monday at 8:30
a.m."), and the hours page lists the exceptions.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from generator.frozen import frozen
from generator.derive.hours import local_to_utc, reply_by
from generator.model.records import Closures, Policy


@frozen
class Example:
    """A message sent at ``sent`` gets its first reply by ``deadline`` (both local wall times)."""

    sent: datetime
    deadline: datetime


def reference_monday(today: date) -> date:
    """The Monday of the second week after ``today``: a fixed, ordinary week for the examples."""
    return today + timedelta(days=7 - today.weekday() + 7)


def channel_examples(policy: Policy, channel_id: str, today: date) -> list[Example]:
    """One or two examples for an answered channel: near the week's last close, and while closed."""
    channel = policy.channel(channel_id)
    if channel.role != "answered" or channel.schedule is None or channel.first_response is None:
        return []
    ordinary = policy.model_copy(update={"closures": Closures()})
    hours = policy.schedules[channel.schedule]
    zone = ZoneInfo(policy.business.timezone)
    monday = reference_monday(today)

    def at(day_index: int, minutes: int) -> datetime:
        wall = datetime.combine(monday + timedelta(days=day_index), time()) + timedelta(minutes=minutes)
        return local_to_utc(zone, wall)

    def example(sent_utc: datetime) -> Example:
        deadline = reply_by(ordinary, channel_id, sent_utc)
        return Example(sent_utc.astimezone(zone), deadline.astimezone(zone))

    if hours.always:
        return [example(at(6, 3 * 60))]
    staffed = [d for d in range(7) if hours.days[d]]
    if not staffed:
        return []
    first_day, last_day = staffed[0], staffed[-1]
    first_open = hours.days[first_day][0].start
    last_close = hours.days[last_day][-1].end
    promise = channel.first_response
    if promise.in_days:
        return [example(at(first_day, first_open - 30)), example(at(last_day, last_close + 30))]
    lead = 30 if promise.minutes > 30 else max(5, promise.minutes // 2 // 5 * 5)
    return [example(at(last_day, last_close - lead)), example(at(last_day, last_close + 60))]
