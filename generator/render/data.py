"""``expectations.json``: the public view of a policy and its staffed times, for the live status and other tools."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime, timezone
from typing import Any

from generator.derive.public import PublicChannel, PublicPolicy
from generator.derive.times import ChannelTimes, SiteTimes
from generator.messages import catalogue

FORMAT = 1
SCHEMA_FILE = "expectations.schema.json"
"""The data's JSON Schema, published beside it; ``$schema`` names it relative to the data, so it works in any deploy."""
LIVE_MESSAGE_PREFIXES = ("status.", "duration.")


def iso_utc(instant: datetime) -> str:
    """``2026-12-01T12:00:00Z`` (whole seconds; isoformat is much faster than strftime)."""
    return instant.astimezone(timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def _spans(live: ChannelTimes, cache: dict[int, tuple[list, list]]) -> tuple[list, list]:
    """The staffed spans and days as text; channels sharing a schedule share the same tuples."""
    key = id(live.staffed)
    if key not in cache:
        cache[key] = (
            [[iso_utc(s), iso_utc(e)] for s, e in live.staffed],
            [[d.isoformat(), iso_utc(o), iso_utc(c)] for d, o, c in live.staffed_days],
        )
    return cache[key]


def _channel(channel: PublicChannel, times: SiteTimes, cache: dict[int, tuple[list, list]]) -> dict[str, Any]:
    promise = channel.first_response
    live = times.channels.get(channel.id)
    staffed, days = _spans(live, cache) if live else ([], [])
    return {
        "id": channel.id,
        "type": channel.type,
        "name": channel.name,
        "handle": channel.handle,
        "url": channel.url,
        "role": "answered" if channel.answered else "announcements",
        "schedule": channel.schedule,
        "first_response": str(promise) if promise else None,
        "first_response_minutes": promise.minutes if promise and not promise.in_days else None,
        "first_response_days": promise.days if promise and promise.in_days else None,
        "good_for": list(channel.good_for),
        "not_for": list(channel.not_for),
        "privacy": channel.privacy,
        "languages": list(channel.languages),
        "staffed": staffed,
        "staffed_days": days,
    }


def expectations_data(policy: PublicPolicy, times: SiteTimes, schema: str = SCHEMA_FILE) -> dict[str, Any]:
    """The data of one policy; ``schema`` is the schema's URL relative to where the data is published."""
    b = policy.business
    messages = catalogue(b.locale)
    cache: dict[int, tuple[list, list]] = {}
    return {
        "$schema": schema,
        "format": FORMAT,
        "generated_at": iso_utc(times.generated_at),
        "valid_until": iso_utc(times.valid_until),
        "business": {
            "name": b.name,
            "website": b.website,
            "timezone": b.timezone,
            "locale": b.locale,
            "summary": b.summary,
            "area": b.area,
        },
        "channels": [_channel(c, times, cache) for c in policy.channels],
        "help_topics": [
            {"topic": t.topic, "channels": list(t.channels), "note": t.note, "urgent": t.urgent}
            for t in policy.help_topics
        ],
        "closures": {
            "public_holidays": policy.public_holidays,
            "upcoming": [
                {
                    "date": day.date.isoformat(),
                    "name": day.name,
                    "public_holiday": day.public_holiday,
                    "hours": [
                        {"channels": list(change.channel_ids), "ranges": [str(r) for r in change.ranges]}
                        for change in day.changes
                    ],
                }
                for day in times.upcoming
            ],
        },
        "reviews": (
            {
                "respond_to": list(policy.reviews.respond_to),
                "sites": list(policy.reviews.sites),
                "within": str(policy.reviews.within) if policy.reviews.within else None,
            }
            if policy.reviews
            else None
        ),
        "faq": [{"question": e.question, "answer": e.answer, "channels": list(e.channels)} for e in policy.faq_entries],
        "messages": {k: v for k, v in messages.items() if k.startswith(LIVE_MESSAGE_PREFIXES)},
    }


def to_json(data: Any) -> str:
    """Compact, key-ordered JSON; ``<``, ``>`` and ``&`` are escaped so it is safe inside HTML too."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")


def text_of(markup: str) -> str:
    """Plain text of generated Markdown or HTML: link labels kept, tags and attribute lists dropped."""
    text = _LINK.sub(r"\1", str(markup))
    text = re.sub(r"\{ #[^}]*\}", "", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    return " ".join(text.replace(" .", ".").split()).replace(" .", ".").replace(" ,", ",")


def json_ld(data: dict[str, Any]) -> str:
    """A JSON-LD script element; the JSON escapes ``<``, ``>`` and ``&``, so text cannot end the element."""
    return f'<script type="application/ld+json">{to_json(data).strip()}</script>'


_SHARED = "\x00{}\x00"
"""A stand-in for a shared list while the rest is encoded; JSON writes its NULs as \\u0000 (policy text has none)."""
_STAND_IN = re.compile(r'"\\u0000(\d+)\\u0000"')


def data_json(data: dict[str, Any]) -> str:
    """``to_json(data)`` for policy data, encoding each list of staffed spans or days once.

    Channels that share a schedule share those lists (see ``_spans``), and they
    are most of a large policy's data: each list is encoded once and written
    wherever a channel has it. The text is exactly ``to_json(data)``'s.
    """
    shared: dict[int, int] = {}  # id of a list -> its number
    lists: list[str] = []  # each list's JSON, by number
    channels = []
    for channel in data["channels"]:
        channel = dict(channel)
        for key in ("staffed", "staffed_days"):
            value = channel[key]
            if id(value) not in shared:
                shared[id(value)] = len(lists)
                lists.append(to_json(value).rstrip("\n"))
            channel[key] = _SHARED.format(shared[id(value)])
        channels.append(channel)
    text = to_json({**data, "channels": channels})
    if text.count("\\u0000") != 4 * len(channels):  # a NUL that is not a stand-in: encode it all as it is
        return to_json(data)
    return _STAND_IN.sub(lambda match: lists[int(match.group(1))], text)


def expectations_json(policy: PublicPolicy, times: SiteTimes) -> str:
    return data_json(expectations_data(policy, times))


def location_data_path(slug: str) -> str:
    """Where a location's own data file is published, relative to the site root."""
    return f"{slug}/expectations.json"


def location_json(slug: str, policy: PublicPolicy, times: SiteTimes) -> str:
    """A location's own data file: the same shape as a single policy's, in the location's folder."""
    return data_json(expectations_data(policy, times, schema=f"../{SCHEMA_FILE}"))


def locations_json(sections: list[tuple[str, PublicPolicy]], generated_at: datetime, valid_until: datetime) -> str:
    """A site with several policies: an index of the locations and where each one's data is.

    Each page loads only its own location's file, so what a visitor downloads
    stays the same size however many locations the site has.
    """
    return to_json(
        {
            "$schema": SCHEMA_FILE,
            "format": FORMAT,
            "generated_at": iso_utc(generated_at),
            "valid_until": iso_utc(valid_until),
            "locations": [
                {
                    "id": slug,
                    "path": f"{slug}/",
                    "data": location_data_path(slug),
                    "name": policy.business.name,
                    "area": policy.business.area,
                    "timezone": policy.business.timezone,
                    "locale": policy.business.locale,
                }
                for slug, policy in sections
            ],
        }
    )
