"""Parsing of the text values in a policy: durations, times, ranges, day keys, dates, links, zones.

Each parser takes the text exactly as written and returns a typed value or
raises ``ValueProblem`` whose message quotes the value and says how to fix it.
Nothing here knows about pydantic or files.
"""

from __future__ import annotations

import calendar
import difflib
import re
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from generator.frozen import frozen
from generator.problems import quote


class ValueProblem(ValueError):
    """A value that cannot be read; ``subpath`` locates it below the field (list index, day key).

    ``more`` holds further problems found in the same value, so that all are reported at once;
    ``at_key`` points the message at the key of ``subpath`` rather than its value.
    """

    def __init__(
        self,
        message: str,
        subpath: tuple[str | int, ...] = (),
        more: tuple[ValueProblem, ...] = (),
        *,
        at_key: bool = False,
    ):
        super().__init__(message)
        self.message = message
        self.subpath = subpath
        self.more = more
        self.at_key = at_key


def hint_or(hint: str, fallback: str) -> str:
    """A did-you-mean hint when there is one, else the general advice."""
    return hint or fallback


def did_you_mean(value: str, choices: list[str] | tuple[str, ...] | set[str]) -> str:
    """``"; did you mean 'x'?"`` for the closest choice, or ``""``."""
    match = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=0.6)
    if not match:
        match = [c for c in sorted(choices) if c.lower() == value.lower()]
    return f"; did you mean {quote(match[0])}?" if match else ""


# --- durations -----------------------------------------------------------------------------

_DURATION = re.compile(r"^\s*(\d{1,5})\s*(m|min|h|d)\s*$")


@frozen(order=True)
class Duration:
    """A reply time: ``minutes`` of staffed time, or ``days`` staffed days (exactly one is set)."""

    minutes: int = 0
    days: int = 0

    @property
    def in_days(self) -> bool:
        return self.days > 0

    def __str__(self) -> str:
        if self.days:
            return f"{self.days}d"
        if self.minutes % 60 == 0:
            return f"{self.minutes // 60}h"
        return f"{self.minutes}m"


def parse_duration(text: str) -> Duration:
    match = _DURATION.match(text)
    if not match:
        raise ValueProblem(f"{quote(text)} is not a duration; write a number and a unit: 15m, 1h or 2d")
    number, unit = int(match.group(1)), match.group(2)
    if number == 0:
        raise ValueProblem(f"{quote(text)} is zero; a reply time must be at least 1m")
    if unit == "d":
        return Duration(days=number)
    return Duration(minutes=number * 60 if unit == "h" else number)


# --- times and ranges ----------------------------------------------------------------------

MINUTES_PER_DAY = 24 * 60
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_RANGE_SPLIT = re.compile(r"\s*[-\u2013\u2014]\s*")


@frozen(order=True)
class TimeRange:
    """Wall-clock hours that start on a date: ``start`` and ``end`` in minutes after midnight.

    ``end`` is above 1440 for a range that runs into the next day.
    """

    start: int
    end: int

    @property
    def overnight(self) -> bool:
        return self.end > MINUTES_PER_DAY

    def __str__(self) -> str:
        return f"{format_minutes(self.start)}-{format_minutes(self.end % MINUTES_PER_DAY if self.end != MINUTES_PER_DAY else self.end)}"


def format_minutes(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _parse_time(text: str, whole: str, *, is_end: bool) -> int:
    match = _TIME.match(text)
    if not match:
        raise ValueProblem(
            f"{quote(whole)} is not a time range; write it as HH:MM-HH:MM, e.g. 09:00-17:00"
        )
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours == 24 and minutes == 0 and is_end:
        return MINUTES_PER_DAY
    if hours > 23:
        hint = " (24:00 only as an end)" if hours == 24 else ""
        raise ValueProblem(f"{quote(text)} in {quote(whole)} is not a time: hours go from 00 to 23{hint}")
    if minutes > 59:
        raise ValueProblem(f"{quote(text)} in {quote(whole)} is not a time: minutes go from 00 to 59")
    return hours * 60 + minutes


def parse_range(text: str) -> TimeRange:
    """``08:00-20:00``; an end not after the start (``22:00-06:00``) is on the next day."""
    stripped = text.strip()
    if stripped.lower() in {"no", "none", "off", "false", "closed"}:
        raise ValueProblem(f"{quote(text)} is not a time range; write closed for a day without hours")
    parts = _RANGE_SPLIT.split(stripped)
    if len(parts) == 1 and _TIME.match(stripped):
        at = _parse_time(stripped, text, is_end=True) % MINUTES_PER_DAY
        example = f"09:00-{stripped}" if at > 9 * 60 else f"{stripped}-17:00"
        raise ValueProblem(f"{quote(text)} is a single time; a range needs a start and an end, e.g. {example}")
    if len(parts) != 2:
        raise ValueProblem(f"{quote(text)} is not a time range; write it as HH:MM-HH:MM, e.g. 09:00-17:00")
    start = _parse_time(parts[0], text, is_end=False)
    end = _parse_time(parts[1], text, is_end=True)
    if end <= start:
        end += MINUTES_PER_DAY
    return TimeRange(start, end)


def parse_day_hours(value: object) -> tuple[TimeRange, ...]:
    """One day's hours: ``closed``, one range, or a list of ranges (sorted, not overlapping)."""
    if isinstance(value, str) and value.strip().lower() == "closed":
        return ()
    if isinstance(value, str):
        items: list[tuple[int | None, str]] = [(None, value)]
    elif isinstance(value, list) and value:
        items = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise ValueProblem("each item must be a time range such as 09:00-12:00", (i,))
            items.append((i, item))
    elif value is None or value == []:
        raise ValueProblem("no hours given; write closed, a range such as 09:00-17:00, or a list of ranges")
    else:
        raise ValueProblem("expected closed, a range such as 09:00-17:00, or a list of ranges")
    ranges: list[TimeRange] = []
    for index, text in items:
        try:
            ranges.append(parse_range(text))
        except ValueProblem as exc:
            raise ValueProblem(exc.message, () if index is None else (index,)) from None
    ordered = sorted(ranges)
    for a, b in zip(ordered, ordered[1:]):
        if b.start < a.end:
            raise ValueProblem(f"the ranges {quote(str(a))} and {quote(str(b))} overlap; join them into one")
    if ordered and ordered[-1].end - MINUTES_PER_DAY > ordered[0].start:
        raise ValueProblem(f"{quote(str(ordered[-1]))} runs past the start of the same hours on the next day")
    return tuple(ordered)


# --- day keys and weekly hours -------------------------------------------------------------

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_GROUPS = {
    "daily": tuple(range(7)),
    "weekdays": tuple(range(5)),
    "weekends": (5, 6),
}
ALWAYS_WORDS = ("24/7", "always")


def parse_day_key(key: str) -> tuple[int, ...]:
    """``mon``, ``mon-fri``, ``fri-mon`` (wrapping), ``daily``, ``weekdays``, ``weekends``."""
    text = key.strip().lower()
    if text in _GROUPS:
        return _GROUPS[text]
    if text in DAY_NAMES:
        return (DAY_NAMES.index(text),)
    parts = text.split("-")
    if len(parts) == 2 and all(p in DAY_NAMES for p in parts):
        first, last = DAY_NAMES.index(parts[0]), DAY_NAMES.index(parts[1])
        if first == last:
            raise ValueProblem(f"{quote(key)} names one day twice; write {quote(parts[0])}")
        span = (last - first) % 7
        return tuple((first + i) % 7 for i in range(span + 1))
    choices = list(DAY_NAMES) + list(_GROUPS) + ["mon-fri", "sat-sun"]
    hint = hint_or(did_you_mean(key.lower(), choices), "; use mon..sun, a range such as mon-fri, daily, weekdays or weekends")
    raise ValueProblem(f"unknown day key {quote(key)}{hint}")


@frozen
class WeeklyHours:
    """A named schedule: ``always`` staffed, or the ranges that start on each weekday (Monday first)."""

    always: bool
    days: tuple[tuple[TimeRange, ...], ...]

    def ranges_on(self, weekday: int) -> tuple[TimeRange, ...]:
        """The ranges that start on a weekday; a 24/7 schedule has the whole day."""
        return (TimeRange(0, MINUTES_PER_DAY),) if self.always else self.days[weekday]

    def minutes_on(self, weekday: int) -> int:
        return sum(r.end - r.start for r in self.ranges_on(weekday))


def parse_weekly_hours(value: object) -> WeeklyHours:
    if isinstance(value, str):
        if value.strip().lower() in ALWAYS_WORDS:
            return WeeklyHours(True, tuple(() for _ in range(7)))
        raise ValueProblem(
            f"{quote(value)} is not a schedule; write 24/7 (or always), or a mapping of days to hours such as mon-fri: 09:00-17:00"
        )
    if not isinstance(value, dict) or not value:
        raise ValueProblem("expected 24/7, always, or a mapping of days to hours such as mon-fri: 09:00-17:00")
    chosen: dict[int, tuple[int, str, tuple[TimeRange, ...]]] = {}
    found: list[ValueProblem] = []
    for key, hours in value.items():
        try:
            days = parse_day_key(key)
        except ValueProblem as exc:
            found.append(ValueProblem(exc.message, (key,), at_key=True))
            continue
        try:
            ranges = parse_day_hours(hours)
        except ValueProblem as exc:
            found.append(ValueProblem(exc.message, (key,) + exc.subpath))
            continue
        for day in days:
            previous = chosen.get(day)
            if previous is None or len(days) < previous[0]:
                chosen[day] = (len(days), key, ranges)
            elif len(days) == previous[0]:
                found.append(
                    ValueProblem(
                        f"{quote(previous[1])} and {quote(key)} both set the hours for {DAY_WORDS[day]}; keep one",
                        (key,),
                        at_key=True,
                    )
                )
                break
    if found:
        raise ValueProblem(found[0].message, found[0].subpath, tuple(found[1:]), at_key=found[0].at_key)
    week = tuple(chosen[d][2] if d in chosen else () for d in range(7))
    return WeeklyHours(False, week)


# --- dates ---------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(text: str) -> date:
    match = _DATE.match(text.strip())
    if not match:
        raise ValueProblem(f"{quote(text)} is not a date; write it as YYYY-MM-DD, e.g. 2026-12-25")
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        raise ValueProblem(f"{quote(text)} is not a date: months go from 01 to 12")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueProblem(
            f"{quote(text)} is not a date: {calendar.month_name[month]} {year} has {last} days"
        )
    return date(year, month, day)


# --- links, zones, locales, identifiers ----------------------------------------------------

SAFE_SCHEMES = ("http", "https", "mailto", "tel")


def parse_url(text: str) -> str:
    value = text.strip()
    scheme = urlsplit(value).scheme.lower() if ":" in value else ""
    if any(ch.isspace() for ch in value) or any(ch in value for ch in "<>\"`"):
        raise ValueProblem(f"{quote(text)} is not a link: it contains spaces or <>\"` characters")
    if scheme not in SAFE_SCHEMES:
        if not scheme:
            raise ValueProblem(f"{quote(text)} is not a full link; start it with https://, mailto: or tel:")
        raise ValueProblem(
            f"{quote(text)} uses the scheme {quote(scheme)}; only http, https, mailto and tel links are allowed"
        )
    parts = urlsplit(value)
    if scheme in ("http", "https") and not parts.netloc:
        raise ValueProblem(f"{quote(text)} has no host; write it as https://example.com/...")
    if scheme in ("mailto", "tel") and not parts.path:
        raise ValueProblem(f"{quote(text)} is empty after {scheme}:")
    return value


_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


def parse_slug(text: str) -> str:
    if not _SLUG.match(text):
        raise ValueProblem(
            f"{quote(text)} is not a valid id; use lowercase letters, digits and hyphens, e.g. front-desk"
        )
    return text


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    """Every zone name this machine knows (the system's zone folder is walked: about 30 ms)."""
    return frozenset(available_timezones())


@lru_cache(maxsize=1)
def _tzdata_zones() -> frozenset[str]:
    """The zone names of the tzdata package (a dependency), read from its list: most of what ``_zones`` gives, at once."""
    try:
        from importlib.resources import files

        return frozenset(files("tzdata").joinpath("zones").read_text(encoding="utf-8").split())
    except (ImportError, OSError, ValueError):
        return frozenset()


def parse_timezone(text: str) -> str:
    value = text.strip()
    if value in _tzdata_zones() or value in _zones():
        try:
            ZoneInfo(value)
            return value
        except (ZoneInfoNotFoundError, ValueError):
            pass
    hint = hint_or(did_you_mean(value, _zones()), "; use an IANA name such as America/Halifax")
    raise ValueProblem(f"unknown time zone {quote(text)}{hint}")


def parse_locale(text: str) -> str:
    value = text.strip()
    if not _known_locale(value):
        raise ValueProblem(f"unknown locale {quote(text)}; use a language tag such as en-CA or fr")
    return value


@lru_cache(maxsize=1024)
def _known_locale(value: str) -> bool:
    """Whether CLDR knows the tag (a policy repeats a few tags on many channels: each is looked up once)."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(value.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def parse_holiday_region(text: str) -> str:
    """``CC`` or ``CC-SUB`` as known to the holidays library."""
    from generator.model.holiday_registry import country_codes, subdivisions_of

    value = text.strip()
    country, _, subdivision = value.partition("-")
    countries = country_codes()  # the registry's codes: no country module is imported
    if country not in countries:
        hint = hint_or(did_you_mean(country.upper(), countries), "; use an ISO 3166 code such as CA or CA-NS")
        raise ValueProblem(f"unknown country {quote(country)} for public holidays{hint}")
    subdivisions = subdivisions_of(country)  # this country's module only
    if subdivision and subdivision not in subdivisions:
        raise ValueProblem(
            f"unknown subdivision {quote(subdivision)} of {country}{did_you_mean(subdivision.upper(), set(subdivisions))}; "
            f"known: {', '.join(subdivisions[:12])}{', ...' if len(subdivisions) > 12 else ''}"
        )
    return value


def parse_level(text: str) -> int:
    """A whole number from 1 up: an escalation level, a least number of messages."""
    if not text.strip().isdigit() or int(text) == 0:
        raise ValueProblem(f"{quote(text)} is not a whole number from 1 up")
    return int(text)


def parse_bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("true", "false"):
        return value == "true"
    raise ValueProblem(f"{quote(text)} is not true or false")
