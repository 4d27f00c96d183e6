"""Wording and numbers of promises kept: the public track record line, its badge, and the staff page's figures.

Shares are shown as whole percentages rounded down, so "100%" only ever
means that no message was missed; numbers, dates and times use the
language's CLDR formats.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta


from generator.derive.public import PublicChannel, PublicTrackRecord
from generator.render import cldr
from generator.render.badges import badge_svg
from generator.render.words import Words

BADGE_SUFFIX = "-on-time"


def percent(words: Words, share: float | None) -> str:
    """``94%`` (``94 %`` in French): the share rounded down to a whole percent; a dash when there is none."""
    if share is None:
        return "–"
    whole = math.floor(share * 100 + 1e-9) / 100
    return cldr.percent(words.cldr, whole).replace("\u202f", "\u00a0")


def number(words: Words, n: int) -> str:
    """``1,212`` with the language's grouping."""
    return cldr.decimal(words.cldr, n).replace("\u202f", "\u00a0")


def minutes(words: Words, value: float | None) -> str:
    """Staffed minutes to one decimal (``41.0``); a dash when there is none (p90 under 10 messages)."""
    if value is None:
        return "–"
    return cldr.decimal(words.cldr, value, "#,##0.0").replace("\u202f", "\u00a0")


def instant(words: Words, local: datetime | None) -> str:
    """A date and time as written in the business's zone: the medium date, the short time (``Nov 2, 2026, 12:55 p.m.``)."""
    if local is None:
        return "–"
    pattern = cldr.datetime_pattern(words.cldr, "medium")
    day_text = cldr.medium_date(words.cldr, local.date())
    time_text = cldr.short_time(words.cldr, local.hour * 60 + local.minute)
    return pattern.replace("{1}", day_text).replace("{0}", time_text).replace("\u202f", "\u00a0")


def week(words: Words, monday: date) -> str:
    """``2026-W45 (Nov 2 – 8, 2026)``: the ISO week and its dates, Monday to Sunday."""
    year, number, _ = monday.isocalendar()
    dates = cldr.interval(words.cldr, monday, monday + timedelta(days=6), "yMMMd")
    return f"{year}-W{number:02d} ({dates})".replace("\u202f", "\u00a0").replace("\u2009", " ")


def window(words: Words, days: int) -> str:
    """``the last 30 days``."""
    return words.ngettext("the last day", "the last %(count)s days", days, count=number(words, days))


def sentence(words: Words, record: PublicTrackRecord) -> str:
    """``94% of first replies on time over the last 30 days (212 messages)``."""
    return words.ngettext(
        "%(share)s of first replies on time over %(window)s (%(count)s message)",
        "%(share)s of first replies on time over %(window)s (%(count)s messages)",
        record.messages,
        share=percent(words, record.share),
        window=window(words, record.window_days),
        count=number(words, record.messages),
    )


def badge_value(words: Words, record: PublicTrackRecord) -> str:
    """``94% on time (30 days)``: the badge's short value."""
    return words.ngettext(
        "%(share)s on time (%(count)s day)",
        "%(share)s on time (%(count)s days)",
        record.window_days,
        share=percent(words, record.share),
        count=number(words, record.window_days),
    )


def badge_path(channel_id: str) -> str:
    return f"badges/{channel_id}{BADGE_SUFFIX}.svg"


def track_record_badges(words: Words, channels: tuple[PublicChannel, ...], prefix: str = "") -> dict[str, str]:
    """``badges/<channel>-on-time.svg`` for every channel with a track record, by path from the site root.

    A badge whose name another channel's promise badge already takes
    (a channel whose id ends in ``-on-time``) is left out rather than replace it.
    """
    taken = {f"badges/{c.id}.svg" for c in channels}
    out = {}
    for channel in channels:
        record = channel.track_record
        path = badge_path(channel.id)
        if record is None or path in taken:
            continue
        out[prefix + path] = badge_svg(
            channel.name,
            badge_value(words, record),
            title=words.gettext("%(channel)s: %(record)s", channel=channel.name, record=sentence(words, record)),
        )
    return out


__all__ = [
    "BADGE_SUFFIX",
    "badge_path",
    "badge_value",
    "instant",
    "minutes",
    "number",
    "percent",
    "sentence",
    "track_record_badges",
    "week",
    "window",
]
