"""The policy format, version 1, as closed pydantic models.

This is the single source of truth for the format: the JSON Schema
(``generator/schema/policy.schema.json``) and the field reference in the docs
are generated from these classes and their attribute docstrings (read by
``generator.model.docs``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema, field_validator

from generator.model.fields import (
    BoolField,
    DateField,
    DayHoursField,
    DurationField,
    HolidayRegionField,
    Kind,
    LevelField,
    LocaleField,
    Name,
    SlugField,
    Text,
    TimezoneField,
    UrlField,
    WeeklyHoursField,
    fail,
)
from generator.model import records
from generator.model.records import DEFAULT_CHANNEL_NAMES, ChannelType
from generator.model.values import Duration, ValueProblem, parse_bool
from generator.problems import quote


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Business(_Closed):
    """Who publishes the policy, and the zone and language all hours and wording use."""

    name: Name
    """The business's name as customers know it."""
    website: UrlField | None = None
    """The business's main website (http or https)."""
    area: Name | None = None
    """Town, city or area that tells this location apart from the others of a chain, e.g. Lunenburg, Nova Scotia."""
    timezone: TimezoneField
    """IANA time zone of every hour in the policy, e.g. America/Halifax."""
    locale: LocaleField = "en"
    """Language tag that drives date and time formats, e.g. en-CA."""
    summary: Text | None = None
    """One or two sentences shown at the top of the home page."""
    translations: list[LocaleField] = []
    """Further languages the whole site is also published in, e.g. [fr-CA]; each one's text is in a PO file beside the policy (harbor-view.fr-CA.po)."""


class ClosureDate(_Closed):
    """A dated exception to the weekly hours."""

    date: DateField
    """The local date (YYYY-MM-DD) whose hours this replaces."""
    name: Name
    """What the day is, e.g. Christmas Day."""
    hours: DayHoursField = ()
    """closed (the default), one range, or a list of ranges starting on that date."""
    schedules: list[SlugField] | None = None
    """Only these schedules; by default every schedule that is not 24/7."""


class Closures(_Closed):
    """Dated exceptions to the weekly hours."""

    public_holidays: HolidayRegionField | None = None
    """Country[-subdivision] whose public holidays are closed days, e.g. CA-NS."""
    dates: list[ClosureDate] = []
    """Dated closures and special hours."""


class ChannelInternal(_Closed):
    """Staff-only facts about a channel. Never published."""

    owner: Name | None = None
    """Team or person responsible for the channel."""
    target: DurationField | None = None
    """Internal first-reply goal; never slower than the public first_response."""
    notes: Text | None = None
    """Anything staff should know when working the channel."""
    steps: list[Text] = []
    """Extra handling steps for this channel, in order."""


class TrackRecord(_Closed):
    """Publish how often the channel's first replies were on time, from the conversation log the site is built with."""

    window: DurationField = Duration(days=30)
    """How far back the figure looks from the build time, in days: 30d."""
    minimum: LevelField = 30
    """Fewest scored (kept or missed) messages in the window for the figure to be shown; below it, nothing is."""

    @field_validator("window")
    @classmethod
    def _whole_days(cls, window: Duration) -> Duration:
        if not window.in_days or window.days > 366:
            raise fail(f"{quote(str(window))} is not a window of days; write 1d to 366d, such as 30d")
        return window


def _opt_in(value: object) -> object:
    """``track_record: true`` opts in with the defaults, ``false`` leaves the channel out."""
    if isinstance(value, str):
        try:
            return {} if parse_bool(value) else None
        except ValueProblem:
            raise fail(f"{quote(value)} is not true, false or a mapping such as {{window: 30d, minimum: 30}}") from None
    return value


def _boolean_too(schema: dict[str, Any]) -> None:
    schema["anyOf"].insert(0, {"type": "boolean"})


TrackRecordField = Annotated[
    TrackRecord | None, BeforeValidator(_opt_in), Kind("`true` or [TrackRecord](#trackrecord)")
]


class Channel(_Closed):
    """A place where customers can reach the business."""

    id: SlugField
    """Unique id (lowercase letters, digits, hyphens) used to refer to the channel."""
    type: ChannelType
    """Kind of channel; decides the icon and the default name."""
    name: Name | None = None
    """Name shown to customers; defaults to the type's usual name."""
    handle: Name | None = None
    """Account name, address or number as customers see it, e.g. @HarborViewHelp."""
    url: UrlField | None = None
    """Link to the channel: https, mailto: or tel:."""
    role: Literal["answered", "announcements"] = "answered"
    """answered: we reply to messages; announcements: we post there but do not answer."""
    schedule: SlugField | None = None
    """Name of the schedule (under schedules) when the channel is staffed; answered channels only."""
    first_response: DurationField | None = None
    """Public promise for the first reply, in staffed time: 15m, 1h, or 2d (by the close of the 2nd staffed day)."""
    good_for: list[Name] = []
    """What customers should use this channel for."""
    not_for: list[Name] = []
    """What customers should not use this channel for."""
    privacy: Text | None = None
    """What not to post publicly on this channel."""
    languages: list[LocaleField] = []
    """Languages we answer in, as language tags (en, fr)."""
    track_record: TrackRecordField = Field(default=None, json_schema_extra=_boolean_too)
    """Opt in to show on the public site how often first replies were on time (needs a conversation log): true for a 30-day window and at least 30 messages, or set window and minimum."""
    internal: ChannelInternal | None = None
    """Staff-only details. Never published."""

    @property
    def display_name(self) -> str:
        return self.name or DEFAULT_CHANNEL_NAMES[self.type]


class HelpTopic(_Closed):
    """A kind of problem and the channels that handle it."""

    topic: Name
    """The problem in the customer's words, e.g. Billing and refunds."""
    channels: list[SlugField] = Field(min_length=1)
    """Ids of the channels to use, best first."""
    note: Text | None = None
    """What to have ready or what to expect."""
    urgent: BoolField = False
    """Urgent topics are listed first and marked."""


class Reviews(_Closed):
    """The public stance on review sites."""

    respond_to: list[Literal["all", "negative", "questions", "none"]] = Field(default=["none"], min_length=1)
    """Which reviews get a reply: all, negative, questions, or none."""
    sites: list[Name] = []
    """Review sites we read, e.g. Google, Tripadvisor."""
    within: DurationField | None = None
    """How soon a review gets its reply."""


class FaqEntry(_Closed):
    """A question and answer written by the business."""

    question: Name
    """The question as a customer would ask it; replaces a generated question with the same text."""
    answer: Text
    """The answer, in the safe Markdown subset."""
    channels: list[SlugField] = []
    """Channels the answer is about."""


class Faq(_Closed):
    """Frequently asked questions."""

    auto: BoolField = True
    """Include questions generated from the policy."""
    entries: list[FaqEntry] = []
    """The business's own questions."""


class Escalation(_Closed):
    """One level of the escalation matrix. Staff only."""

    level: LevelField
    """1 for the first level, then 2, 3, ..."""
    when: Text
    """What sends a case to this level."""
    who: Name
    """Who handles it."""
    within: DurationField | None = None
    """How soon they take it on."""


class Playbook(_Closed):
    """Staff-only procedures. Never published."""

    escalation: list[Escalation] = []
    """Escalation levels, lowest first."""
    follow_up: DurationField | None = None
    """When to check back after a case is resolved."""
    replies: dict[SlugField, Text] = {}
    """Canned replies by name, shown as plain text; {placeholders} are filled from the policy."""


class Policy(_Closed):
    """A service policy: the channels of one business, brand or location, and what to expect on each."""

    policy: Annotated[Literal["1"], WithJsonSchema({"enum": [1, "1"]})]
    """Format version; always 1."""
    business: Business
    """Who publishes the policy."""
    schedules: dict[SlugField, WeeklyHoursField] = {}
    """Named, reusable weekly hours."""
    closures: Closures = Closures()
    """Dated exceptions to the weekly hours."""
    channels: list[Channel] = Field(min_length=1)
    """Every channel, answered or announcements-only."""
    help_topics: list[HelpTopic] = []
    """Where to get help for each kind of problem."""
    reviews: Reviews | None = None
    """The public stance on review sites."""
    faq: Faq = Faq()
    """Frequently asked questions."""
    playbook: Playbook = Playbook()
    """Staff-only procedures. Never published."""

    def channel(self, channel_id: str) -> Channel:
        return next(c for c in self.channels if c.id == channel_id)


# ``isinstance`` checks on the records' classes (``generator.model.records``) accept these models too.
for _model in (Business, ClosureDate, Closures, ChannelInternal, TrackRecord, Channel, HelpTopic, Reviews,
               FaqEntry, Faq, Escalation, Playbook, Policy):
    records.RECORDS[_model.__name__].register(_model)
