"""Pydantic field types built on the text parsers in ``values``.

Each type validates the text written in the policy, stores the typed value,
serialises back to the text form, and describes itself in the JSON Schema the
way an editor sees the YAML (strings, with patterns and examples).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator, StringConstraints, WithJsonSchema
from pydantic_core import PydanticCustomError

from generator.model import values
from generator.model.records import NAME_MAX_LENGTH, TEXT_MAX_LENGTH
from generator.model.values import Duration, TimeRange, ValueProblem, WeeklyHours

ERROR_TYPE = "policy_value"


class Kind(str):
    """How the field reference names a field type (kept as ``Annotated`` metadata)."""


def fail(
    message: str,
    subpath: tuple[str | int, ...] = (),
    more: tuple[ValueProblem, ...] = (),
    at_key: bool = False,
) -> PydanticCustomError:
    """A pydantic error carrying our own message, the place below the field, and any further problems."""
    problems = [(message, subpath, at_key)] + [(p.message, p.subpath, p.at_key) for p in more]
    return PydanticCustomError(ERROR_TYPE, "{message}", {"message": message, "problems": problems})


def _text_validator(parse: Callable[[str], Any], what: str) -> PlainValidator:
    def validate(value: Any) -> Any:
        if not isinstance(value, str):
            raise fail(f"expected {what}, got {describe(value)}")
        try:
            return parse(value)
        except ValueProblem as exc:
            raise fail(exc.message, exc.subpath, exc.more, exc.at_key) from None

    return PlainValidator(validate)


def _any_validator(parse: Callable[[Any], Any]) -> PlainValidator:
    def validate(value: Any) -> Any:
        try:
            return parse(value)
        except ValueProblem as exc:
            raise fail(exc.message, exc.subpath, exc.more, exc.at_key) from None

    return PlainValidator(validate)


def describe(value: Any) -> str:
    """How a user would name the kind of value they wrote."""
    if value is None:
        return "an empty value"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "text"


def _hours_text(hours: tuple[TimeRange, ...]) -> Any:
    if not hours:
        return "closed"
    return str(hours[0]) if len(hours) == 1 else [str(r) for r in hours]


def _weekly_text(hours: WeeklyHours) -> Any:
    if hours.always:
        return "24/7"
    return {values.DAY_NAMES[d]: _hours_text(day) for d, day in enumerate(hours.days)}


_RANGE_PATTERN = r"^\s*\d{1,2}:\d{2}\s*[-\u2013\u2014]\s*\d{1,2}:\d{2}\s*$"
_DAY_HOURS_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"const": "closed"},
        {"type": "string", "pattern": _RANGE_PATTERN},
        {"type": "array", "items": {"type": "string", "pattern": _RANGE_PATTERN}, "minItems": 1},
    ],
    "description": "closed, one range HH:MM-HH:MM (an end not after the start is on the next day), or a list of ranges",
}
_DAY_KEY_PATTERN = (
    r"^(daily|weekdays|weekends|(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)$"
)

DurationField = Annotated[
    Duration,
    _text_validator(values.parse_duration, "a duration such as 1h"),
    PlainSerializer(str),
    WithJsonSchema(
        {"type": "string", "pattern": r"^\s*\d{1,5}\s*(m|min|h|d)\s*$", "examples": ["15m", "1h", "2d"]}
    ),
    Kind('duration (`15m`, `1h`, `2d`)'),
]
DateField = Annotated[
    date,
    _text_validator(values.parse_date, "a date such as 2026-12-25"),
    PlainSerializer(lambda d: d.isoformat()),
    WithJsonSchema({"type": "string", "format": "date", "examples": ["2026-12-25"]}),
    Kind('date (`YYYY-MM-DD`)'),
]
DayHoursField = Annotated[
    tuple[TimeRange, ...],
    _any_validator(values.parse_day_hours),
    PlainSerializer(_hours_text),
    WithJsonSchema(_DAY_HOURS_SCHEMA),
    Kind('hours (`closed`, `HH:MM-HH:MM`, or a list of ranges)'),
]
WeeklyHoursField = Annotated[
    WeeklyHours,
    _any_validator(values.parse_weekly_hours),
    PlainSerializer(_weekly_text),
    WithJsonSchema(
        {
            "anyOf": [
                {"enum": list(values.ALWAYS_WORDS)},
                {
                    "type": "object",
                    "propertyNames": {"pattern": _DAY_KEY_PATTERN},
                    "additionalProperties": _DAY_HOURS_SCHEMA,
                    "minProperties": 1,
                },
            ],
            "description": "24/7 (or always), or days to hours; the key naming the fewest days wins",
        }
    ),
    Kind('weekly hours (`24/7`, or days to hours)'),
]
UrlField = Annotated[
    str,
    _text_validator(values.parse_url, "a link"),
    WithJsonSchema({"type": "string", "pattern": r"^(https?://|mailto:|tel:)\S+$"}),
    Kind('link (`https:`, `http:`, `mailto:`, `tel:`)'),
]
SlugField = Annotated[
    str,
    _text_validator(values.parse_slug, "an id"),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z0-9][a-z0-9-]{0,62}$"}),
    Kind('id (`a-z`, `0-9`, `-`)'),
]
TimezoneField = Annotated[
    str,
    _text_validator(values.parse_timezone, "a time zone"),
    WithJsonSchema({"type": "string", "examples": ["America/Halifax", "Europe/Lisbon"]}),
    Kind('IANA time zone'),
]
LocaleField = Annotated[
    str,
    _text_validator(values.parse_locale, "a language tag"),
    WithJsonSchema({"type": "string", "examples": ["en-CA", "fr", "de-AT"]}),
    Kind('language tag'),
]
HolidayRegionField = Annotated[
    str,
    _text_validator(values.parse_holiday_region, "a country code"),
    WithJsonSchema({"type": "string", "pattern": r"^[A-Z]{2,3}(-[A-Z0-9]+)?$", "examples": ["CA-NS", "GB", "US-NY"]}),
    Kind('country code (`CA`, `CA-NS`)'),
]
BoolField = Annotated[
    bool,
    _text_validator(values.parse_bool, "true or false"),
    WithJsonSchema({"type": "boolean"}),
    Kind('`true` or `false`'),
]


LevelField = Annotated[
    int,
    _text_validator(values.parse_level, "a whole number"),
    WithJsonSchema({"type": "integer", "minimum": 1}),
    Kind('whole number'),
]

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=NAME_MAX_LENGTH), Kind("text (one line)")]
"""A short label: a name, a handle, a topic."""
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TEXT_MAX_LENGTH), Kind("text (safe Markdown)")]
"""Free text in the safe Markdown subset (emphasis, http/https/mailto/tel links, lists)."""
