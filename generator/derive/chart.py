"""Geometry of the weekly hours chart: one row per answered channel, the week on the x axis."""

from __future__ import annotations


from generator.frozen import frozen
from generator.derive.public import PublicPolicy
from generator.derive.weekly import MINUTES_PER_WEEK, week_segments

LABEL_WIDTH = 170
PLOT_WIDTH = 672  # 4 units per hour
ROW_HEIGHT = 30
BAR_HEIGHT = 18
TOP = 28
BOTTOM = 8


@frozen
class Bar:
    x: float
    width: float
    start: int
    end: int


@frozen
class ChartRow:
    channel_id: str
    name: str
    y: float
    bars: tuple[Bar, ...]


@frozen
class Chart:
    width: int
    height: int
    label_width: int
    plot_width: int
    row_height: int
    bar_height: int
    top: int
    day_width: float
    rows: tuple[ChartRow, ...]


def weekly_chart(policy: PublicPolicy) -> Chart:
    """Where each bar goes; the template draws it."""
    scale = PLOT_WIDTH / MINUTES_PER_WEEK
    rows = []
    for index, channel in enumerate(policy.answered):
        assert channel.hours is not None
        bars = tuple(
            Bar(LABEL_WIDTH + start * scale, (end - start) * scale, start, end)
            for start, end in week_segments(channel.hours)
        )
        rows.append(ChartRow(channel.id, channel.name, TOP + index * ROW_HEIGHT, bars))
    return Chart(
        width=LABEL_WIDTH + PLOT_WIDTH + 2,
        height=TOP + len(rows) * ROW_HEIGHT + BOTTOM,
        label_width=LABEL_WIDTH,
        plot_width=PLOT_WIDTH,
        row_height=ROW_HEIGHT,
        bar_height=BAR_HEIGHT,
        top=TOP,
        day_width=PLOT_WIDTH / 7,
        rows=tuple(rows),
    )
