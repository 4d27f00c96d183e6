"""What changed for customers between two versions of a policy, from their public views.

Only public fields are compared, so a change summary (the ``diff`` command,
the policy updates page) can never mention staff-only data.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date

from generator.frozen import frozen
from generator.derive.public import PublicChannel, PublicPolicy
from generator.model.values import Duration, TimeRange


@frozen
class Change:
    """One customer-facing change. ``kind`` selects the wording; ``slower`` marks a worse promise or fewer hours."""

    kind: str
    subject: str
    old: object = None
    new: object = None
    slower: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def _minutes(ranges: tuple[TimeRange, ...]) -> set[int]:
    """Every staffed minute of a day's ranges, counted from that day's midnight (overnight ones run past 1440)."""
    return {m for r in ranges for m in range(r.start, r.end)}


def promise_rank(d: Duration) -> tuple[int, int]:
    """Order promises from fastest: any time-based one before any day-based one."""
    return (1, d.days) if d.in_days else (0, d.minutes)


def _channel_changes(old: PublicChannel, new: PublicChannel) -> list[Change]:
    out: list[Change] = []
    name = new.name
    if old.answered and not new.answered:
        return [Change("now_announcements", name, slower=True)]
    if new.answered and not old.answered:
        return [Change("now_answered", name, new=new.first_response)]
    if old.name != new.name:
        out.append(Change("renamed", name, old.name, new.name))
    if (old.handle, old.url) != (new.handle, new.url):
        out.append(Change("account", name, old.handle or old.url, new.handle or new.url))
    if new.answered and old.first_response != new.first_response:
        assert old.first_response is not None and new.first_response is not None
        slower = promise_rank(new.first_response) > promise_rank(old.first_response)
        out.append(Change("promise", name, old.first_response, new.first_response, slower=slower))
    if new.answered and old.hours != new.hours:
        assert old.hours is not None and new.hours is not None
        for day in range(7):
            before, after = old.hours.ranges_on(day), new.hours.ranges_on(day)
            if before != after:
                removed = bool(_minutes(before) - _minutes(after))
                out.append(Change("hours", name, before, after, slower=removed, extra={"day": day}))
    for label, before, after in (("good_for", old.good_for, new.good_for), ("not_for", old.not_for, new.not_for)):
        if before != after:
            out.append(Change(label, name, before, after))
    if old.languages != new.languages:
        out.append(Change("languages", name, old.languages, new.languages, slower=bool(set(old.languages) - set(new.languages))))
    return out


def policy_changes(old: PublicPolicy, new: PublicPolicy) -> list[Change]:
    """Every customer-facing difference, in a stable order: channels, closures, help topics, reviews, FAQ."""
    out: list[Change] = []
    if old.business.timezone != new.business.timezone:
        out.append(Change("timezone", new.business.name, old.business.timezone, new.business.timezone))
    old_ids = {c.id: c for c in old.channels}
    new_ids = {c.id: c for c in new.channels}
    for channel in new.channels:
        if channel.id not in old_ids:
            out.append(Change("channel_added", channel.name, new=channel.first_response, extra={"answered": channel.answered}))
        else:
            out += _channel_changes(old_ids[channel.id], channel)
    for channel in old.channels:
        if channel.id not in new_ids:
            out.append(Change("channel_removed", channel.name, slower=channel.answered))
    old_closures = {(c.date, c.schedules): c for c in old.closures}
    new_closures = {(c.date, c.schedules): c for c in new.closures}
    for key, closure in new_closures.items():
        if key not in old_closures or old_closures[key].hours != closure.hours:
            fewer = key not in old_closures or bool(_minutes(old_closures[key].hours) - _minutes(closure.hours))
            out.append(Change("closure", closure.name, None, closure.hours, slower=fewer, extra={"date": closure.date}))
    for key, closure in old_closures.items():
        if key not in new_closures:
            out.append(Change("closure_removed", closure.name, extra={"date": closure.date}))
    if old.public_holidays != new.public_holidays:
        out.append(Change("holidays", "", old.public_holidays, new.public_holidays, slower=new.public_holidays is not None))
    old_topics = {t.topic: t for t in old.help_topics}
    for topic in new.help_topics:
        before = old_topics.get(topic.topic)
        names = tuple(new_ids[c].name for c in topic.channels)
        if before is None:
            out.append(Change("topic_added", topic.topic, new=names))
        elif before.channels != topic.channels:
            out.append(Change("topic_rerouted", topic.topic, tuple(old_ids[c].name for c in before.channels), names))
    for topic in old.help_topics:
        if topic.topic not in {t.topic for t in new.help_topics}:
            out.append(Change("topic_removed", topic.topic))
    if old.reviews != new.reviews:
        out.append(Change("reviews", "", old.reviews, new.reviews))
    old_faq = {e.question for e in old.faq_entries}
    new_faq = {e.question for e in new.faq_entries}
    out += [Change("faq_added", e.question) for e in new.faq_entries if e.question not in old_faq]
    out += [Change("faq_removed", e.question) for e in old.faq_entries if e.question not in new_faq]
    return out


def any_slower(changes: list[Change]) -> bool:
    return any(c.slower for c in changes)


@frozen
class Update:
    """A dated set of changes to one policy, for the policy updates page."""

    date: date
    changes: tuple[Change, ...]
    first: bool = False
    timestamp: int = 0
    """The commit time (seconds since 1970), for the feed's entry dates and ids."""


@frozen
class Revision:
    """One commit's change to one policy file: its bytes before (None when the file was new) and after.

    ``timestamp`` is the commit time (seconds since 1970), so pages made from
    history are the same for the same repository state.
    """

    timestamp: int
    before: bytes | None
    after: bytes
