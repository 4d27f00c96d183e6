"""The policy's typed records, read without pydantic when the policy is valid.

``generator.model.policy`` defines the format: its pydantic models give the
JSON Schema, the field reference and every error message. Building those
models costs a build more than its whole budget (about 130 ms and 19 MiB of
imports), so ``read`` checks a policy here first, field by field, with the
same value parsers (``generator.model.values``) and the same rules (closed
mappings, required fields, lengths, choices), and builds these plain records.

``read`` only says yes when it is sure: at the first thing it does not accept
it returns None, and ``validate`` runs the pydantic models, which report every
problem with its usual message. It is stricter than the models where that
keeps it simple (a value of an unexpected kind, whitespace the two disagree
on), never looser: tests check, on the examples, the scaffold, synthetic
policies and thousands of random mutations, that whenever it gives records
the models accept the same input and hold the same values.

The records are read-only, compare and pickle by value, and offer the one
pydantic method the pipeline uses (``model_copy(update=...)``). The pydantic
classes are registered as virtual subclasses, so ``isinstance`` checks on
these names accept either.
"""

from __future__ import annotations

from abc import ABCMeta
from collections.abc import Callable
from typing import Any, ClassVar, Literal

from generator.model import values
from generator.model.values import Duration

CHANNEL_TYPES = (
    "x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "whatsapp",
    "email", "phone", "sms", "chat", "web-form", "reviews", "in-person", "other",
)
ChannelType = Literal[
    "x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "whatsapp",
    "email", "phone", "sms", "chat", "web-form", "reviews", "in-person", "other",
]

DEFAULT_CHANNEL_NAMES: dict[str, str] = {
    "x": "X (Twitter)", "facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn",
    "youtube": "YouTube", "tiktok": "TikTok", "whatsapp": "WhatsApp", "email": "Email",
    "phone": "Phone", "sms": "Text message (SMS)", "chat": "Web chat", "web-form": "Contact form",
    "reviews": "Reviews", "in-person": "In person", "other": "Other",
}
ROLES = ("answered", "announcements")
NAME_MAX_LENGTH = 120
"""The longest short label (a name, a handle, a topic), in characters."""
TEXT_MAX_LENGTH = 2000
"""The longest free text, in characters."""
RESPONDS_TO = ("all", "negative", "questions", "none")


class Record(metaclass=ABCMeta):
    """A read-only record whose fields are listed in ``FIELDS``."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, **fields: Any) -> None:
        for name in self.FIELDS:
            object.__setattr__(self, name, fields[name] if name in fields else _default(type(self), name))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.FIELDS)

    def __hash__(self) -> int:
        return hash((type(self), *(_frozen(getattr(self, f)) for f in self.FIELDS)))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in self.FIELDS)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), tuple(getattr(self, f) for f in self.FIELDS)))

    def model_copy(self, update: dict[str, Any] | None = None) -> Any:
        """A copy with some fields replaced (unchecked, as pydantic's ``model_copy``)."""
        return type(self)(**{**{f: getattr(self, f) for f in self.FIELDS}, **(update or {})})


def _rebuild(cls: type[Record], fields: tuple[Any, ...]) -> Record:
    return cls(**dict(zip(cls.FIELDS, fields)))


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, _frozen(v)) for k, v in value.items())
    return value


def _default(cls: type[Record], name: str) -> Any:
    """The default of an optional field: a fresh list or mapping, a record, or a constant."""
    default = DEFAULTS[cls.__name__][name]
    return default() if callable(default) else default


class Business(Record):
    __slots__ = FIELDS = ("name", "website", "area", "timezone", "locale", "summary", "translations")


class ClosureDate(Record):
    __slots__ = FIELDS = ("date", "name", "hours", "schedules")


class Closures(Record):
    __slots__ = FIELDS = ("public_holidays", "dates")


class ChannelInternal(Record):
    __slots__ = FIELDS = ("owner", "target", "notes", "steps")


class TrackRecord(Record):
    __slots__ = FIELDS = ("window", "minimum")


class Channel(Record):
    __slots__ = FIELDS = (
        "id", "type", "name", "handle", "url", "role", "schedule", "first_response",
        "good_for", "not_for", "privacy", "languages", "track_record", "internal",
    )

    @property
    def display_name(self) -> str:
        return self.name or DEFAULT_CHANNEL_NAMES[self.type]


class HelpTopic(Record):
    __slots__ = FIELDS = ("topic", "channels", "note", "urgent")


class Reviews(Record):
    __slots__ = FIELDS = ("respond_to", "sites", "within")


class FaqEntry(Record):
    __slots__ = FIELDS = ("question", "answer", "channels")


class Faq(Record):
    __slots__ = FIELDS = ("auto", "entries")


class Escalation(Record):
    __slots__ = FIELDS = ("level", "when", "who", "within")


class Playbook(Record):
    __slots__ = FIELDS = ("escalation", "follow_up", "replies")


class Policy(Record):
    __slots__ = FIELDS = (
        "policy", "business", "schedules", "closures", "channels", "help_topics", "reviews", "faq", "playbook",
    )

    def channel(self, channel_id: str) -> Channel:
        return next(c for c in self.channels if c.id == channel_id)


RECORDS: dict[str, type[Record]] = {
    cls.__name__: cls
    for cls in (Business, ClosureDate, Closures, ChannelInternal, TrackRecord, Channel, HelpTopic, Reviews,
                FaqEntry, Faq, Escalation, Playbook, Policy)
}

# The defaults of the fields that have one (a field absent here is required).
DEFAULTS: dict[str, dict[str, Any]] = {
    "Business": {"website": None, "area": None, "locale": "en", "summary": None, "translations": list},
    "ClosureDate": {"hours": (), "schedules": None},
    "Closures": {"public_holidays": None, "dates": list},
    "ChannelInternal": {"owner": None, "target": None, "notes": None, "steps": list},
    "TrackRecord": {"window": Duration(days=30), "minimum": 30},
    "Channel": {"name": None, "handle": None, "url": None, "role": "answered", "schedule": None,
                "first_response": None, "good_for": list, "not_for": list, "privacy": None, "languages": list,
                "track_record": None, "internal": None},
    "HelpTopic": {"note": None, "urgent": False},
    "Reviews": {"respond_to": lambda: ["none"], "sites": list, "within": None},
    "FaqEntry": {"channels": list},
    "Faq": {"auto": True, "entries": list},
    "Escalation": {"within": None},
    "Playbook": {"escalation": list, "follow_up": None, "replies": dict},
    "Policy": {"schedules": dict, "closures": Closures, "help_topics": list, "reviews": None, "faq": Faq,
               "playbook": Playbook},
}


# --- reading ---------------------------------------------------------------------------------------------

class _Unsure(Exception):
    """Something ``read`` does not accept; the pydantic models decide."""


Check = Callable[[Any], Any]

# Python's str.strip() also strips U+001C..U+001F, the models' whitespace trimming does not.
_STRIP_DISAGREES = frozenset("\x1c\x1d\x1e\x1f")


def _text(max_length: int) -> Check:
    def check(value: Any) -> str:
        if type(value) is not str or not _STRIP_DISAGREES.isdisjoint(value):
            raise _Unsure
        value = value.strip()
        if not 1 <= len(value) <= max_length:
            raise _Unsure
        return value

    return check


def _parsed(parse: Callable[[Any], Any], text_only: bool = True) -> Check:
    def check(value: Any) -> Any:
        if text_only and type(value) is not str:
            raise _Unsure
        try:
            return parse(value)
        except ValueError:  # ValueProblem, or int() of a digit Python reads but cannot convert
            raise _Unsure from None

    return check


def _choice(choices: tuple[str, ...]) -> Check:
    def check(value: Any) -> str:
        if type(value) is not str or value not in choices:
            raise _Unsure
        return value

    return check


def _optional(inner: Check) -> Check:
    def check(value: Any) -> Any:
        return None if value is None else inner(value)

    return check


def _list(inner: Check, min_length: int = 0) -> Check:
    def check(value: Any) -> list[Any]:
        if type(value) is not list or len(value) < min_length:
            raise _Unsure
        return [inner(v) for v in value]

    return check


def _mapping(key: Check, inner: Check) -> Check:
    def check(value: Any) -> dict[Any, Any]:
        if type(value) is not dict:
            raise _Unsure
        return {key(k): inner(v) for k, v in value.items()}

    return check


def _record(name: str) -> Check:
    def check(value: Any) -> Record:
        return _read_record(name, value)

    return check


def _window(value: Any) -> Duration:
    window = DURATION(value)
    if not window.in_days or window.days > 366:
        raise _Unsure
    return window


def _opt_in(value: Any) -> Any:
    """``track_record: true`` opts in with the defaults, ``false`` leaves the channel out."""
    if type(value) is str:
        value = {} if BOOL(value) else None
    return None if value is None else _read_record("TrackRecord", value)


NAME = _text(NAME_MAX_LENGTH)
TEXT = _text(TEXT_MAX_LENGTH)
SLUG = _parsed(values.parse_slug)
URL = _parsed(values.parse_url)
DURATION = _parsed(values.parse_duration)
DATE = _parsed(values.parse_date)
LOCALE = _parsed(values.parse_locale)
TIMEZONE = _parsed(values.parse_timezone)
HOLIDAYS = _parsed(values.parse_holiday_region)
BOOL = _parsed(values.parse_bool)
LEVEL = _parsed(values.parse_level)
DAY_HOURS = _parsed(values.parse_day_hours, text_only=False)
WEEKLY_HOURS = _parsed(values.parse_weekly_hours, text_only=False)

CHECKS: dict[str, dict[str, Check]] = {
    "Business": {"name": NAME, "website": _optional(URL), "area": _optional(NAME), "timezone": TIMEZONE,
                 "locale": LOCALE, "summary": _optional(TEXT), "translations": _list(LOCALE)},
    "ClosureDate": {"date": DATE, "name": NAME, "hours": DAY_HOURS, "schedules": _optional(_list(SLUG))},
    "Closures": {"public_holidays": _optional(HOLIDAYS), "dates": _list(_record("ClosureDate"))},
    "ChannelInternal": {"owner": _optional(NAME), "target": _optional(DURATION), "notes": _optional(TEXT),
                        "steps": _list(TEXT)},
    "TrackRecord": {"window": _window, "minimum": LEVEL},
    "Channel": {"id": SLUG, "type": _choice(CHANNEL_TYPES), "name": _optional(NAME), "handle": _optional(NAME),
                "url": _optional(URL), "role": _choice(ROLES), "schedule": _optional(SLUG),
                "first_response": _optional(DURATION), "good_for": _list(NAME), "not_for": _list(NAME),
                "privacy": _optional(TEXT), "languages": _list(LOCALE), "track_record": _opt_in,
                "internal": _optional(_record("ChannelInternal"))},
    "HelpTopic": {"topic": NAME, "channels": _list(SLUG, min_length=1), "note": _optional(TEXT), "urgent": BOOL},
    "Reviews": {"respond_to": _list(_choice(RESPONDS_TO), min_length=1), "sites": _list(NAME),
                "within": _optional(DURATION)},
    "FaqEntry": {"question": NAME, "answer": TEXT, "channels": _list(SLUG)},
    "Faq": {"auto": BOOL, "entries": _list(_record("FaqEntry"))},
    "Escalation": {"level": LEVEL, "when": TEXT, "who": NAME, "within": _optional(DURATION)},
    "Playbook": {"escalation": _list(_record("Escalation")), "follow_up": _optional(DURATION),
                 "replies": _mapping(SLUG, TEXT)},
    "Policy": {"policy": _choice(("1",)), "business": _record("Business"),
               "schedules": _mapping(SLUG, WEEKLY_HOURS), "closures": _record("Closures"),
               "channels": _list(_record("Channel"), min_length=1), "help_topics": _list(_record("HelpTopic")),
               "reviews": _optional(_record("Reviews")), "faq": _record("Faq"), "playbook": _record("Playbook")},
}


def _read_record(name: str, data: Any) -> Record:
    if type(data) is not dict:
        raise _Unsure
    checks = CHECKS[name]
    defaults = DEFAULTS[name]
    fields: dict[str, Any] = {}
    for key, value in data.items():
        check = checks.get(key)
        if check is None:
            raise _Unsure  # an unknown key
        fields[key] = check(value)
    if len(fields) < len(checks) and any(f not in fields and f not in defaults for f in checks):
        raise _Unsure  # a required field is missing
    return RECORDS[name](**fields)


def read(data: Any) -> Policy | None:
    """The policy's records, or None when the pydantic models must decide (and explain)."""
    try:
        return _read_record("Policy", data)  # type: ignore[return-value]
    except Exception:  # noqa: BLE001 - anything unforeseen is for the models to report
        return None
