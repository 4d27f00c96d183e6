"""Weekly hours grouped for reading: runs of consecutive days that share the same hours."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.values import TimeRange, WeeklyHours


@dataclass(frozen=True)
class DayGroup:
    """Days ``first``..``last`` (0 = Monday) that share ``ranges`` (empty = closed)."""

    first: int
    last: int
    ranges: tuple[TimeRange, ...]


def day_groups(hours: WeeklyHours) -> list[DayGroup]:
    """Monday-first runs of days with equal hours; empty for a 24/7 schedule."""
    if hours.always:
        return []
    groups: list[DayGroup] = []
    for day, ranges in enumerate(hours.days):
        if groups and groups[-1].ranges == ranges and groups[-1].last == day - 1:
            groups[-1] = DayGroup(groups[-1].first, day, ranges)
        else:
            groups.append(DayGroup(day, day, ranges))
    return groups


def weekly_minutes(hours: WeeklyHours) -> int:
    """Staffed minutes in an ordinary week (no closures, no clock changes)."""
    return sum(hours.minutes_on(d) for d in range(7))
