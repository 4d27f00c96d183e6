"""The public view of a policy: everything customers may see, and nothing else.

These types have no field for staff-only data (``internal``, ``playbook``), so a
template rendered from them cannot reach it. Public pages receive only a
``PublicPolicy``.
"""

from __future__ import annotations

from functools import cached_property
from datetime import date

from generator.frozen import frozen
from generator.model.records import Policy
from generator.model.values import Duration, TimeRange, WeeklyHours


@frozen
class PublicBusiness:
    name: str
    website: str | None
    timezone: str
    locale: str
    summary: str | None
    area: str | None = None


@frozen
class PublicTrackRecord:
    """How often a channel's first replies were on time: aggregates only, never a row of the log."""

    share: float
    """Kept / (kept + missed), 0 to 1."""
    messages: int
    """Scored messages (kept + missed) in the window."""
    window_days: int


@frozen
class PublicChannel:
    id: str
    type: str
    name: str
    handle: str | None
    url: str | None
    answered: bool
    schedule: str | None
    hours: WeeklyHours | None
    first_response: Duration | None
    good_for: tuple[str, ...]
    not_for: tuple[str, ...]
    privacy: str | None
    languages: tuple[str, ...]
    track_record: PublicTrackRecord | None = None
    """Set from a conversation log when the policy opts in and enough messages were scored."""


@frozen
class PublicClosure:
    date: date
    name: str
    hours: tuple[TimeRange, ...]
    schedules: tuple[str, ...] | None


@frozen
class PublicHelpTopic:
    topic: str
    channels: tuple[str, ...]
    note: str | None
    urgent: bool


@frozen
class PublicReviews:
    respond_to: tuple[str, ...]
    sites: tuple[str, ...]
    within: Duration | None


@frozen
class PublicFaqEntry:
    question: str
    answer: str
    channels: tuple[str, ...]


@frozen
class PublicPolicy:
    business: PublicBusiness
    channels: tuple[PublicChannel, ...]
    schedules: dict[str, WeeklyHours]
    public_holidays: str | None
    closures: tuple[PublicClosure, ...]
    help_topics: tuple[PublicHelpTopic, ...]
    reviews: PublicReviews | None
    faq_auto: bool
    faq_entries: tuple[PublicFaqEntry, ...]

    @cached_property
    def _by_id(self) -> dict[str, PublicChannel]:
        return {c.id: c for c in self.channels}

    def channel(self, channel_id: str) -> PublicChannel:
        return self._by_id[channel_id]

    def channels_by_ids(self, ids: tuple[str, ...]) -> tuple[PublicChannel, ...]:
        return tuple(self.channel(i) for i in ids)

    @cached_property
    def answered(self) -> tuple[PublicChannel, ...]:
        return tuple(c for c in self.channels if c.answered)


def public_view(policy: Policy) -> PublicPolicy:
    """Copy the public fields of ``policy``, field by field, into the public types."""
    b = policy.business
    channels = tuple(
        PublicChannel(
            id=c.id,
            type=c.type,
            name=c.display_name,
            handle=c.handle,
            url=c.url,
            answered=c.role == "answered",
            schedule=c.schedule,
            hours=policy.schedules[c.schedule] if c.schedule else None,
            first_response=c.first_response,
            good_for=tuple(c.good_for),
            not_for=tuple(c.not_for),
            privacy=c.privacy,
            languages=tuple(c.languages),
        )
        for c in policy.channels
    )
    used = {c.schedule for c in policy.channels if c.schedule}
    return PublicPolicy(
        business=PublicBusiness(b.name, b.website, b.timezone, b.locale, b.summary, b.area),
        channels=channels,
        schedules={name: hours for name, hours in policy.schedules.items() if name in used},
        public_holidays=policy.closures.public_holidays,
        closures=tuple(
            PublicClosure(d.date, d.name, d.hours, tuple(d.schedules) if d.schedules is not None else None)
            for d in sorted(policy.closures.dates, key=lambda d: d.date)
        ),
        help_topics=tuple(
            PublicHelpTopic(t.topic, tuple(t.channels), t.note, t.urgent) for t in policy.help_topics
        ),
        reviews=(
            PublicReviews(tuple(policy.reviews.respond_to), tuple(policy.reviews.sites), policy.reviews.within)
            if policy.reviews
            else None
        ),
        faq_auto=policy.faq.auto,
        faq_entries=tuple(PublicFaqEntry(e.question, e.answer, tuple(e.channels)) for e in policy.faq.entries),
    )
