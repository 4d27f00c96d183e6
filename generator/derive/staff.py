"""The staff view: the public view plus everything only staff may see, arranged for the playbook.

Only staff pages receive this; public pages get ``PublicPolicy`` alone.
"""

from __future__ import annotations

from datetime import date

from generator.frozen import frozen
from generator.derive.examples import Example
from generator.derive.public import PublicChannel, PublicPolicy
from generator.derive.times import SiteTimes
from generator.derive.weekly import MINUTES_PER_WEEK, week_segments
from generator.model.placeholders import split_placeholders
from generator.model.records import Escalation, Policy
from generator.model.values import Duration

SOCIAL = ("x", "facebook", "instagram", "linkedin", "youtube", "tiktok")
PRIVATE = ("whatsapp", "sms", "chat", "web-form")

PLATFORM_LIMITS = {"x": 280, "sms": 160}
"""Longest auto-reply, in characters, where the platform has a limit (an X post; one SMS segment)."""


def procedure_kind(channel_type: str) -> str:
    """Which handling procedure a channel type follows."""
    if channel_type in SOCIAL:
        return "social"
    if channel_type in PRIVATE:
        return "private"
    if channel_type in ("email", "phone", "reviews", "in-person"):
        return channel_type
    return "other"


@frozen
class Gap:
    """A closed stretch of the ordinary week: closes at ``close``, back at ``back`` (minutes from Monday 00:00)."""

    close: int
    back: int


@frozen
class StaffChannel:
    channel: PublicChannel
    kind: str
    owner: str | None
    target: Duration | None
    notes: str | None
    steps: tuple[str, ...]
    gaps: tuple[Gap, ...]
    limit: int | None
    examples: tuple[Example, ...]


@frozen
class FilledReply:
    """A canned reply: its name, and its text split into literal text and placeholders."""

    name: str
    parts: tuple[tuple[str, str | None], ...]
    per_channel: bool


@frozen
class StaffPolicy:
    public: PublicPolicy
    channels: tuple[StaffChannel, ...]
    escalation: tuple[Escalation, ...]
    follow_up: Duration | None
    replies: tuple[FilledReply, ...]
    urgent: tuple[PublicChannel, ...]
    today: date


CHANNEL_PLACEHOLDERS = frozenset({"channel", "hours", "promise", "reply_by"})


def week_gaps(segments: list[tuple[int, int]]) -> list[Gap]:
    """Closed stretches between staffed spans of the week (none for an always-staffed week)."""
    if segments == [(0, MINUTES_PER_WEEK)] or not segments:
        return []
    gaps = []
    for index, (_, end) in enumerate(segments):
        start = segments[(index + 1) % len(segments)][0]
        if index + 1 == len(segments):
            start += MINUTES_PER_WEEK
        if end % MINUTES_PER_WEEK != start % MINUTES_PER_WEEK:
            gaps.append(Gap(end % MINUTES_PER_WEEK, start % MINUTES_PER_WEEK))
    return gaps


def staff_view(policy: Policy, public: PublicPolicy, times: SiteTimes) -> StaffPolicy:
    channels = []
    for source, channel in zip(policy.channels, public.channels):
        internal = source.internal
        segments = week_segments(channel.hours) if channel.hours is not None else []
        live = times.channels.get(channel.id)
        channels.append(
            StaffChannel(
                channel=channel,
                kind=procedure_kind(channel.type),
                owner=internal.owner if internal else None,
                target=internal.target if internal else None,
                notes=internal.notes if internal else None,
                steps=tuple(internal.steps) if internal else (),
                gaps=tuple(week_gaps(segments)) if channel.answered else (),
                limit=PLATFORM_LIMITS.get(channel.type),
                examples=live.examples if live else (),
            )
        )
    replies = []
    for name, text in policy.playbook.replies.items():
        parts = tuple(split_placeholders(text))
        replies.append(FilledReply(name, parts, any(p in CHANNEL_PLACEHOLDERS for _, p in parts)))
    urgent_ids = [cid for topic in public.help_topics if topic.urgent for cid in topic.channels]
    return StaffPolicy(
        public=public,
        channels=tuple(channels),
        escalation=tuple(sorted(policy.playbook.escalation, key=lambda e: e.level)),
        follow_up=policy.playbook.follow_up,
        replies=tuple(replies),
        urgent=tuple(public.channel(cid) for cid in dict.fromkeys(urgent_ids)),
        today=times.today,
    )
