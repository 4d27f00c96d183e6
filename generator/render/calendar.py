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

from icalendar import Calendar, Event, Timezone

from generator.derive.hours import local_to_utc
from generator.derive.public import PublicPolicy
from generator.derive.times import SpecialDay
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
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    # Calendar apps show the name and description on one line (and X-WR-* values cannot hold a line break).
    name = " ".join(words("calendar.name", business=b.name).split())
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    description = " ".join(words("calendar.description", business=b.name, zone=words.zone()).split())
    cal.add("description", description)
    cal.add("x-wr-caldesc", description)
    cal.add("x-wr-timezone", b.timezone)
    cal.add("refresh-interval", timedelta(days=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "P1D")
    today = now.astimezone(zone).date()
    cal.add_component(Timezone.from_tzid(b.timezone, first_date=today, last_date=today + timedelta(days=400)))
    for day in days:
        for change in day.changes:
            channels = words.join([policy.channel(i).name for i in change.channel_ids])
            if not change.ranges:
                event = Event()
                event.add("uid", event_uid(scope, day.date, "closed", change.channel_ids))
                event.add("dtstamp", stamp)
                event.add("dtstart", day.date)
                event.add("dtend", day.date + timedelta(days=1))
                event.add("summary", words("calendar.closed", business=b.name, name=day.name))
                first = words("calendar.closed.channels", channels=channels)
                event.add("description", _description(words, policy, day, first))
                event.add("transp", "TRANSPARENT")
                cal.add_component(event)
                continue
            for index, r in enumerate(change.ranges):
                midnight = datetime.combine(day.date, time())
                start = local_to_utc(zone, midnight + timedelta(minutes=r.start)).astimezone(zone)
                end = local_to_utc(zone, midnight + timedelta(minutes=r.end)).astimezone(zone)
                event = Event()
                event.add("uid", event_uid(scope, day.date, "hours", change.channel_ids, index))
                event.add("dtstamp", stamp)
                event.add("dtstart", start)
                event.add("dtend", end)
                event.add("summary", words("calendar.hours", business=b.name, name=day.name))
                first = words("calendar.hours.channels", ranges=words.ranges(change.ranges), zone=words.zone(),
                              channels=channels)
                event.add("description", _description(words, policy, day, first))
                event.add("transp", "TRANSPARENT")
                cal.add_component(event)
    return cal.to_ical().decode("utf-8")
