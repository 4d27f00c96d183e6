"""``closures.ics``: the dated closures, special hours and public holidays of the next 12 months (RFC 5545).

Closed days are all-day events; special hours are timed events in the
business's zone, with its VTIMEZONE. UIDs come from the policy's section, the
date, the kind of change and the channels, so a calendar app that subscribes
sees the same events across builds; DTSTAMP is the build time, so the same
inputs give the same bytes.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from generator.derive.hours import local_to_utc
from generator.derive.public import PublicPolicy
from generator.derive.times import SpecialDay
from generator.render.ical import Calendar
from generator.render.words import Words

PRODID = "-//service-expectations//closures.ics//EN"
CLOSURES_FILE = "closures.ics"


def event_uid(scope: str, day: date, kind: str, channel_ids: tuple[str, ...], index: int = 0) -> str:
    """A stable UID: the same location, date, kind and channels give the same UID in every build."""
    key = f"service-expectations:closures:{scope}:{day.isoformat()}:{kind}:{','.join(channel_ids)}:{index}"
    return f"{uuid.uuid5(uuid.NAMESPACE_URL, key)}"


def _description(words: Words, policy: PublicPolicy, day: SpecialDay, first: str) -> str:
    lines = [first]
    affected = {i for change in day.changes for i in change.channel_ids}
    if affected < {c.id for c in policy.answered}:
        lines.append(words("calendar.others"))
    if day.public_holiday:
        lines.append(words("calendar.holiday"))
    return "\n".join(lines)


def closures_ics(policy: PublicPolicy, days: list[SpecialDay], now: datetime, scope: str) -> str:
    """The calendar as text (CRLF line ends, as RFC 5545 requires)."""
    b = policy.business
    words = Words(b.locale, b.timezone)
    zone = ZoneInfo(b.timezone)
    stamp = now.astimezone(timezone.utc)
    # Calendar apps show the name and description on one line (and X-WR-* values cannot hold a line break).
    name = " ".join(words("calendar.name", business=b.name).split())
    description = " ".join(words("calendar.description", business=b.name, zone=words.zone()).split())
    cal = Calendar()
    cal.begin("VCALENDAR")
    cal.add_text("VERSION", "2.0")
    cal.add_text("PRODID", PRODID)
    cal.add_text("CALSCALE", "GREGORIAN")
    cal.add_text("METHOD", "PUBLISH")
    cal.add_text("DESCRIPTION", description)
    cal.add_text("X-WR-CALDESC", description)
    cal.add_text("NAME", name)
    cal.add_text("X-WR-CALNAME", name)
    cal.add("REFRESH-INTERVAL", "P1D", [("VALUE", "DURATION")])
    cal.add_text("X-PUBLISHED-TTL", "P1D")
    cal.add_text("X-WR-TIMEZONE", b.timezone)
    today = now.astimezone(zone).date()
    cal.vtimezone(b.timezone, today, today + timedelta(days=400))
    for day in days:
        for change in day.changes:
            channels = words.join([policy.channel(i).name for i in change.channel_ids])
            if not change.ranges:
                first = words("calendar.closed.channels", channels=channels)
                _event(cal, words("calendar.closed", business=b.name, name=day.name),
                       (day.date, day.date + timedelta(days=1)), stamp,
                       event_uid(scope, day.date, "closed", change.channel_ids),
                       _description(words, policy, day, first))
                continue
            for index, r in enumerate(change.ranges):
                midnight = datetime.combine(day.date, time())
                start = local_to_utc(zone, midnight + timedelta(minutes=r.start)).astimezone(zone)
                end = local_to_utc(zone, midnight + timedelta(minutes=r.end)).astimezone(zone)
                first = words("calendar.hours.channels", ranges=words.ranges(change.ranges), zone=words.zone(),
                              channels=channels)
                _event(cal, words("calendar.hours", business=b.name, name=day.name), (start, end), stamp,
                       event_uid(scope, day.date, "hours", change.channel_ids, index),
                       _description(words, policy, day, first))
    cal.end("VCALENDAR")
    return cal.ical()


def _event(cal: Calendar, summary: str, span: tuple[date, date] | tuple[datetime, datetime], stamp: datetime,
           uid: str, description: str) -> None:
    """One VEVENT: all day from one date to the next, or timed in the business's zone."""
    start, end = span
    cal.begin("VEVENT")
    cal.add_text("SUMMARY", summary)
    if isinstance(start, datetime) and isinstance(end, datetime):
        cal.add_datetime("DTSTART", start)
        cal.add_datetime("DTEND", end)
    else:
        cal.add_date("DTSTART", start)
        cal.add_date("DTEND", end)
    cal.add_datetime("DTSTAMP", stamp)
    cal.add_text("UID", uid)
    cal.add_text("DESCRIPTION", description)
    cal.add_text("TRANSP", "TRANSPARENT")
    cal.end("VEVENT")
