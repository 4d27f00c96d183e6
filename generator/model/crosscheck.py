"""Checks that span several parts of a policy: references resolve, ids are unique, promises agree.

Each check yields ``(loc, message)`` pairs; ``validate`` locates them in the file.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.load.source import Loc
from generator.model.policy import Channel, Policy
from generator.model.placeholders import split_placeholders
from generator.model.values import MINUTES_PER_DAY, Duration, ValueProblem, did_you_mean
from generator.problems import quote

Finding = tuple[Loc, str]


def cross_check(policy: Policy) -> list[Finding]:
    return [
        *_unique_channel_ids(policy),
        *_schedule_references(policy),
        *_channel_references(policy),
        *_internal_targets(policy),
        *_closure_dates(policy),
        *_reply_placeholders(policy),
    ]


def _unique_channel_ids(policy: Policy) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for i, channel in enumerate(policy.channels):
        if channel.id in seen:
            yield ("channels", i, "id"), (
                f"duplicate channel id {quote(channel.id)} (also channels[{seen[channel.id]}]); ids must be unique"
            )
        else:
            seen[channel.id] = i


def _unknown(kind: str, name: str, known: list[str]) -> str:
    hint = did_you_mean(name, known)
    if not hint:
        hint = f"; known {kind}s: {', '.join(known)}" if known else f"; no {kind}s are defined"
    return f"unknown {kind} {quote(name)}{hint}"


def _schedule_references(policy: Policy) -> Iterator[Finding]:
    names = list(policy.schedules)
    for i, channel in enumerate(policy.channels):
        if channel.schedule is not None and channel.schedule not in policy.schedules:
            yield ("channels", i, "schedule"), _unknown("schedule", channel.schedule, names)
    for i, closure in enumerate(policy.closures.dates):
        for j, name in enumerate(closure.schedules or []):
            if name not in policy.schedules:
                yield ("closures", "dates", i, "schedules", j), _unknown("schedule", name, names)


def _channel_references(policy: Policy) -> Iterator[Finding]:
    ids = [c.id for c in policy.channels]
    for i, topic in enumerate(policy.help_topics):
        for j, ref in enumerate(topic.channels):
            if ref not in ids:
                yield ("help_topics", i, "channels", j), _unknown("channel", ref, ids)
            elif policy.channel(ref).role == "announcements":
                yield ("help_topics", i, "channels", j), (
                    f"channel {quote(ref)} is announcements-only, so it cannot take help requests; "
                    "point the topic at an answered channel"
                )
    for i, entry in enumerate(policy.faq.entries):
        for j, ref in enumerate(entry.channels):
            if ref not in ids:
                yield ("faq", "entries", i, "channels", j), _unknown("channel", ref, ids)


def shortest_staffed_day(policy: Policy, channel: Channel) -> int:
    """Minutes in the channel's shortest staffed weekday (a whole day for 24/7)."""
    hours = policy.schedules[channel.schedule] if channel.schedule else None
    if hours is None:
        return 0
    if hours.always:
        return MINUTES_PER_DAY
    days = [hours.minutes_on(d) for d in range(7) if hours.days[d]]
    return min(days) if days else 0


def not_slower(target: Duration, promise: Duration, staffed_day: int) -> bool:
    """Whether an internal target is at least as fast as the public promise.

    Like units compare directly. A target in hours against a promise in days
    holds when it fits in that many of the channel's shortest staffed days,
    since ``Nd`` always leaves at least N whole staffed days. A target in days
    against a promise in hours cannot be shown to be as fast.
    """
    if target.in_days == promise.in_days:
        return target <= promise
    if promise.in_days:
        return target.minutes <= promise.days * staffed_day
    return False


def _internal_targets(policy: Policy) -> Iterator[Finding]:
    for i, channel in enumerate(policy.channels):
        internal = channel.internal
        if internal is None or internal.target is None:
            continue
        if channel.first_response is None:
            yield ("channels", i, "internal", "target"), (
                "a channel without a public first_response has no internal target; remove it"
            )
            continue
        if channel.schedule not in policy.schedules:
            continue
        if not not_slower(internal.target, channel.first_response, shortest_staffed_day(policy, channel)):
            yield ("channels", i, "internal", "target"), (
                f"internal target {quote(str(internal.target))} is slower than the public promise "
                f"first_response {quote(str(channel.first_response))}; aim at least as fast as you promise"
            )


def _closure_dates(policy: Policy) -> Iterator[Finding]:
    seen: dict[tuple[object, str | None], int] = {}
    for i, closure in enumerate(policy.closures.dates):
        for name in closure.schedules or [None]:
            key = (closure.date, name)
            if key in seen:
                yield ("closures", "dates", i, "date"), (
                    f"{closure.date.isoformat()} already has a closure (closures.dates[{seen[key]}]); "
                    "keep one per date, or list different schedules"
                )
                break
            seen[key] = i


def _reply_placeholders(policy: Policy) -> Iterator[Finding]:
    for name, text in policy.playbook.replies.items():
        try:
            split_placeholders(text)
        except ValueProblem as exc:
            yield ("playbook", "replies", name), exc.message
