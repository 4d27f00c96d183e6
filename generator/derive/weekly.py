"""Weekly hours grouped for reading: runs of consecutive days that share the same hours."""

from __future__ import annotations


from generator.frozen import frozen
from generator.model.values import TimeRange, WeeklyHours


@frozen
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


MINUTES_PER_WEEK = 7 * 24 * 60


def week_segments(hours: WeeklyHours) -> list[tuple[int, int]]:
    """Staffed spans of an ordinary week in minutes from Monday 00:00, merged and sorted.

    A range that runs past Sunday midnight wraps to Monday morning.
    """
    if hours.always:
        return [(0, MINUTES_PER_WEEK)]
    spans: list[tuple[int, int]] = []
    for day, ranges in enumerate(hours.days):
        for r in ranges:
            start, end = day * 1440 + r.start, day * 1440 + r.end
            if end > MINUTES_PER_WEEK:
                spans.append((start, MINUTES_PER_WEEK))
                spans.append((0, end - MINUTES_PER_WEEK))
            else:
                spans.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
