"""Checks that span several parts of a policy: references resolve, ids are unique, promises agree.

Each check yields ``(loc, message)`` pairs; ``validate`` locates them in the file.
The checks also run on a policy that failed validation (see ``salvage``): every
value they use is tested with ``isinstance`` first, so a value that is absent
or already reported as invalid (``BROKEN``) is passed over.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from generator.load.source import Loc
from generator.model.records import Channel, ChannelInternal, ClosureDate, Policy
from generator.model.placeholders import split_placeholders
from generator.model.values import MINUTES_PER_DAY, Duration, ValueProblem, WeeklyHours, did_you_mean
from generator.problems import quote

Finding = tuple[Loc, str]


def cross_check(policy: Policy) -> list[Finding]:
    return [
        *_role_fields(policy),
        *_unique_channel_ids(policy),
        *_schedule_references(policy),
        *_channel_references(policy),
        *_internal_targets(policy),
        *_closure_dates(policy),
        *_reply_placeholders(policy),
    ]


def _channels(policy: Policy) -> Iterator[tuple[int, Channel]]:
    """The channels that could be read, with their index in the file."""
    if isinstance(policy.channels, list):
        for i, channel in enumerate(policy.channels):
            if isinstance(channel, Channel):
                yield i, channel


def _closures(policy: Policy) -> Iterator[tuple[int, ClosureDate]]:
    dates = getattr(policy.closures, "dates", None)
    if isinstance(dates, list):
        for i, closure in enumerate(dates):
            if isinstance(closure, ClosureDate):
                yield i, closure


def _texts(values: object) -> Iterator[tuple[int, str]]:
    """The readable items of a list of ids, with their index."""
    if isinstance(values, list):
        for j, value in enumerate(values):
            if isinstance(value, str):
                yield j, value


def _role_fields(policy: Policy) -> Iterator[Finding]:
    for i, channel in _channels(policy):
        if channel.role == "answered":
            missing = [f for f in ("schedule", "first_response") if getattr(channel, f) is None]
            if missing:
                yield ("channels", i), (
                    f"an answered channel needs {' and '.join(missing)}; "
                    "add them, or set role: announcements if messages here are not answered"
                )
        elif channel.role == "announcements":
            present = [f for f in ("schedule", "first_response", "track_record") if getattr(channel, f) is not None]
            if present:
                yield ("channels", i, present[0]), (
                    f"an announcements channel is not answered, so it has no {' or '.join(present)}; "
                    "remove it, or set role: answered"
                )


def _unique_channel_ids(policy: Policy) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for i, channel in _channels(policy):
        if not isinstance(channel.id, str):
            continue
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


def _schedule_names(policy: Policy) -> list[str] | None:
    """The schedules' names (also of those that failed to parse), or None if the mapping is unreadable."""
    return list(policy.schedules) if isinstance(policy.schedules, dict) else None


def _schedule_references(policy: Policy) -> Iterator[Finding]:
    names = _schedule_names(policy)
    if names is None:
        return
    for i, channel in _channels(policy):
        if isinstance(channel.schedule, str) and channel.schedule not in names:
            yield ("channels", i, "schedule"), _unknown("schedule", channel.schedule, names)
    for i, closure in _closures(policy):
        for j, name in _texts(closure.schedules):
            if name not in names:
                yield ("closures", "dates", i, "schedules", j), _unknown("schedule", name, names)


def _channel_references(policy: Policy) -> Iterator[Finding]:
    readable = list(_channels(policy))
    roles = {c.id: c.role for _, c in readable if isinstance(c.id, str)}
    # A channel that cannot be read may be the one referred to: then no reference is called unknown.
    complete = isinstance(policy.channels, list) and len(roles) == len(policy.channels)
    ids = list(roles)
    topics = policy.help_topics if isinstance(policy.help_topics, list) else []
    for i, topic in enumerate(topics):
        for j, ref in _texts(getattr(topic, "channels", None)):
            if ref not in roles:
                if complete:
                    yield ("help_topics", i, "channels", j), _unknown("channel", ref, ids)
            elif roles[ref] == "announcements":
                yield ("help_topics", i, "channels", j), (
                    f"channel {quote(ref)} is announcements-only, so it cannot take help requests; "
                    "point the topic at an answered channel"
                )
    entries = getattr(policy.faq, "entries", None)
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        for j, ref in _texts(getattr(entry, "channels", None)):
            if ref not in roles and complete:
                yield ("faq", "entries", i, "channels", j), _unknown("channel", ref, ids)


def shortest_staffed_day(policy: Policy, channel: Channel) -> int:
    """Minutes in the channel's shortest staffed weekday (a whole day for 24/7)."""
    hours = policy.schedules.get(channel.schedule) if channel.schedule else None
    if not isinstance(hours, WeeklyHours):
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
    for i, channel in _channels(policy):
        internal = channel.internal
        if not isinstance(internal, ChannelInternal) or not isinstance(internal.target, Duration):
            continue
        if channel.first_response is None:
            yield ("channels", i, "internal", "target"), (
                "a channel without a public first_response has no internal target; remove it"
            )
            continue
        if not isinstance(channel.first_response, Duration) or not isinstance(policy.schedules, dict):
            continue
        if not isinstance(policy.schedules.get(channel.schedule), WeeklyHours):  # type: ignore[arg-type]
            continue
        if not not_slower(internal.target, channel.first_response, shortest_staffed_day(policy, channel)):
            yield ("channels", i, "internal", "target"), (
                f"internal target {quote(str(internal.target))} is slower than the public promise "
                f"first_response {quote(str(channel.first_response))}; aim at least as fast as you promise"
            )


def _closure_dates(policy: Policy) -> Iterator[Finding]:
    seen: dict[tuple[object, str | None], int] = {}
    for i, closure in _closures(policy):
        if not isinstance(closure.date, date):
            continue
        names: list[str | None] = [n for _, n in _texts(closure.schedules)] or [None]
        for name in names:
            key = (closure.date, name)
            if key in seen:
                yield ("closures", "dates", i, "date"), (
                    f"{closure.date.isoformat()} already has a closure (closures.dates[{seen[key]}]); "
                    "keep one per date, or list different schedules"
                )
                break
            seen[key] = i


def _reply_placeholders(policy: Policy) -> Iterator[Finding]:
    replies = getattr(policy.playbook, "replies", None)
    for name, text in (replies.items() if isinstance(replies, dict) else ()):
        if not isinstance(text, str):
            continue
        try:
            split_placeholders(text)
        except ValueProblem as exc:
            yield ("playbook", "replies", name), exc.message
