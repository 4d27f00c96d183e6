"""schema.org data for search engines: an Organization with its contact points, and an FAQPage.

Pure data (dicts); ``render.data.json_ld`` writes it into the page head.
"""

from __future__ import annotations

from typing import Any

from generator.derive.public import PublicChannel, PublicPolicy
from generator.derive.times import SiteTimes
from generator.model.values import MINUTES_PER_DAY, TimeRange, format_minutes

SCHEMA = "https://schema.org"
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SOCIAL_TYPES = ("x", "facebook", "instagram", "linkedin", "youtube", "tiktok")


def _time(minutes: int) -> str:
    """schema.org Time: an end at or past midnight is written as the next day's wall time."""
    return format_minutes(minutes % MINUTES_PER_DAY)


def _spec(ranges: tuple[TimeRange, ...], **extra: Any) -> list[dict[str, Any]]:
    """One OpeningHoursSpecification per range; closed is opens = closes = 00:00."""
    if not ranges:
        return [{"@type": "OpeningHoursSpecification", **extra, "opens": "00:00", "closes": "00:00"}]
    return [
        {"@type": "OpeningHoursSpecification", **extra, "opens": _time(r.start), "closes": _time(r.end)}
        for r in ranges
    ]


def dated_changes(times: SiteTimes) -> dict[str, list[tuple[str, tuple[TimeRange, ...]]]]:
    """Each channel's dated exceptions of the coming weeks, by channel id: (ISO date, ranges) in date order."""
    changes: dict[str, list[tuple[str, tuple[TimeRange, ...]]]] = {}
    for day in times.upcoming:
        for change in day.changes:
            for channel_id in dict.fromkeys(change.channel_ids):
                changes.setdefault(channel_id, []).append((day.date.isoformat(), change.ranges))
    return changes


def opening_hours(
    channel: PublicChannel, times: SiteTimes, changes: dict[str, list[tuple[str, tuple[TimeRange, ...]]]] | None = None
) -> list[dict[str, Any]]:
    """The weekly hours grouped by identical days, then the dated exceptions of the coming weeks.

    ``changes`` is ``dated_changes(times)``, for a caller that asks for many channels.
    """
    assert channel.hours is not None
    specs: list[dict[str, Any]] = []
    if channel.hours.always:
        specs.append(
            {"@type": "OpeningHoursSpecification", "dayOfWeek": [f"{SCHEMA}/{d}" for d in DAYS],
             "opens": "00:00", "closes": "23:59"}
        )
    else:
        groups: dict[tuple[TimeRange, ...], list[str]] = {}
        for index, ranges in enumerate(channel.hours.days):
            if ranges:
                groups.setdefault(ranges, []).append(f"{SCHEMA}/{DAYS[index]}")
        for ranges, days in groups.items():
            specs += _spec(ranges, dayOfWeek=days)
    for day, ranges in (dated_changes(times) if changes is None else changes).get(channel.id, []):
        specs += _spec(ranges, validFrom=day, validThrough=day)
    return specs


def _contact(
    channel: PublicChannel, times: SiteTimes, changes: dict[str, list[tuple[str, tuple[TimeRange, ...]]]]
) -> dict[str, Any]:
    point: dict[str, Any] = {"@type": "ContactPoint", "name": channel.name, "contactType": "customer service"}
    url = channel.url or ""
    if url.startswith("tel:"):
        point["telephone"] = url[4:]
    elif url.startswith("mailto:"):
        point["email"] = url[7:]
    elif url:
        point["url"] = url
    if channel.languages:
        point["availableLanguage"] = list(channel.languages)
    point["hoursAvailable"] = opening_hours(channel, times, changes)
    return point


def organization(policy: PublicPolicy, times: SiteTimes, description: str | None) -> dict[str, Any]:
    b = policy.business
    data: dict[str, Any] = {"@context": SCHEMA, "@type": "Organization", "name": b.name}
    if b.website:
        data["url"] = b.website
    if description:
        data["description"] = description
    same_as = [c.url for c in policy.channels if c.type in SOCIAL_TYPES and c.url and c.url.startswith("http")]
    if same_as:
        data["sameAs"] = same_as
    changes = dated_changes(times)
    data["contactPoint"] = [_contact(c, times, changes) for c in policy.answered]
    return data


def faq_page(questions: list[tuple[str, str]], language: str | None = None) -> dict[str, Any]:
    """FAQPage with each question and answer; ``inLanguage`` is the page's language (each language version has its own)."""
    return {
        "@context": SCHEMA,
        "@type": "FAQPage",
        **({"inLanguage": language} if language else {}),
        "mainEntity": [
            {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}} for q, a in questions
        ],
    }
