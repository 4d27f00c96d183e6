"""What the pages ask of the Unicode CLDR (through Babel), remembered between builds.

The pages need a few dozen facts about their language from the CLDR: the
names of the days, how 9:00 and a date are written, the zone's name and city,
how a list is joined, the plural categories, the writing direction. Babel
answers them, but loading its data for one language (the language's own, its
parents' and Babel's global data) costs a build about 5 MiB of memory and
30 ms, more than the rest of the generator's working memory.

So each question goes through ``generator.remembered``: answered from the
table the build cache keeps when it has the answer, else by Babel (and added).
An answer depends only on the question and Babel's data, so a build that finds
every answer there loads none of Babel's data and writes the same bytes.
"""

from __future__ import annotations

from datetime import date, time
from functools import lru_cache
from typing import Any

from generator.remembered import ask

def release() -> None:
    """Let Babel drop the locale data it has loaded (the answers stay): before another language's data is loaded.

    A process that writes several languages (``generator.adapters.ahead``) then
    holds one language's data at a time: the next one is read into the memory
    the last one left.
    """
    import sys

    _locale.cache_clear()  # the parsed locales hold their data
    if "babel.localedata" in sys.modules:
        sys.modules["babel.localedata"].clear_caches()


def _ask_cldr(question: str, locale: str, args: list[Any], answer: Any) -> Any:
    return ask(f"cldr {question}", [locale, *args], answer)


@lru_cache(maxsize=64)
def _locale(locale: str) -> Any:
    """Babel's locale (parsed once per identifier; it loads its data when first asked)."""
    from babel import Locale

    return Locale.parse(locale)


# --- the questions ------------------------------------------------------------------------------------


def day_names(locale: str, width: str) -> list[str]:
    """Monday first: ``wide`` (Monday) or ``abbreviated`` (Mon)."""

    def answer() -> list[str]:
        from babel.dates import get_day_names

        names = get_day_names(width, locale=_locale(locale))
        return [names[i] for i in range(7)]

    return _ask_cldr("days", locale, [width], answer)  # type: ignore[no-any-return]


def short_time(locale: str, minutes: int) -> str:
    def answer() -> str:
        from babel.dates import format_time

        return format_time(time(minutes // 60, minutes % 60), format="short", locale=_locale(locale))

    return _ask_cldr("time", locale, [minutes], answer)  # type: ignore[no-any-return]


def full_date(locale: str, day: date) -> str:
    def answer() -> str:
        from babel.dates import format_date

        return format_date(day, format="full", locale=_locale(locale))

    return _ask_cldr("date", locale, [day.isoformat()], answer)  # type: ignore[no-any-return]


def skeleton(locale: str, pattern: str, day: date) -> str:
    def answer() -> str:
        from babel.dates import format_skeleton

        return format_skeleton(pattern, day, locale=_locale(locale))

    return _ask_cldr("skeleton", locale, [pattern, day.isoformat()], answer)  # type: ignore[no-any-return]


def zone_name(locale: str, zone: str) -> str:
    """The zone's long name (``Pacific Time``)."""

    def answer() -> str:
        from zoneinfo import ZoneInfo

        from babel.dates import get_timezone_name

        return get_timezone_name(ZoneInfo(zone), width="long", locale=_locale(locale))

    return _ask_cldr("zone", locale, [zone], answer)  # type: ignore[no-any-return]


def zone_city(locale: str, zone: str) -> str | None:
    """The zone's exemplar city (``Los Angeles``), if CLDR names one."""

    def answer() -> str | None:
        from zoneinfo import ZoneInfo

        from babel.dates import get_timezone_location

        return get_timezone_location(ZoneInfo(zone), locale=_locale(locale), return_city=True)

    return _ask_cldr("city", locale, [zone], answer)  # type: ignore[no-any-return]


def list_text(locale: str, items: list[str], style: str) -> str:
    """``items`` joined with the language's list patterns (as Babel's ``format_list``)."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    patterns = _list_patterns(locale, style)
    if patterns is None:  # a Babel without the patterns' lookup: ask it for the list itself
        from babel.lists import format_list

        return format_list(items, style=style, locale=_locale(locale))  # type: ignore[arg-type]
    if len(items) == 2 and "2" in patterns:
        return patterns["2"].format(*items)  # type: ignore[no-any-return]
    result = patterns["start"].format(items[0], items[1])
    for item in items[2:-1]:
        result = patterns["middle"].format(result, item)
    return patterns["end"].format(result, items[-1])  # type: ignore[no-any-return]


def _list_patterns(locale: str, style: str) -> dict[str, str] | None:
    def answer() -> dict[str, str] | None:
        from babel import lists

        resolve = getattr(lists, "_resolve_list_style", None)
        return None if resolve is None else dict(resolve(_locale(locale), style))

    return _ask_cldr("list", locale, [style], answer)  # type: ignore[no-any-return]


def display_name(tag_locale: str, in_locale: str) -> str | None:
    """The name of the language ``tag_locale`` in ``in_locale`` (``français (Canada)``)."""

    def answer() -> str | None:
        return _locale(tag_locale).get_display_name(_locale(in_locale))  # type: ignore[no-any-return]

    return _ask_cldr("name", tag_locale, [in_locale], answer)  # type: ignore[no-any-return]


def character_order(locale: str) -> str:
    """``left-to-right`` or ``right-to-left``."""
    return _ask_cldr("order", locale, [], lambda: _locale(locale).character_order)  # type: ignore[no-any-return]


def plural_samples(locale: str, numbers: list[int]) -> list[str]:
    """The CLDR plural category of each of ``numbers`` (``one``, ``few``, ``other``, ...)."""

    def answer() -> list[str]:
        rule = _locale(locale).plural_form
        return [rule(n) for n in numbers]

    return _ask_cldr("plural", locale, numbers, answer)  # type: ignore[no-any-return]


def percent(locale: str, value: float) -> str:
    def answer() -> str:
        from babel.numbers import format_percent

        return format_percent(value, locale=_locale(locale))

    return _ask_cldr("percent", locale, [value], answer)  # type: ignore[no-any-return]


def decimal(locale: str, value: float, pattern: str | None = None) -> str:
    def answer() -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, format=pattern, locale=_locale(locale))

    return _ask_cldr("decimal", locale, [value, pattern], answer)  # type: ignore[no-any-return]


def datetime_pattern(locale: str, width: str) -> str:
    """How a date and a time are put together (``{1}, {0}``)."""

    def answer() -> str:
        from babel.dates import get_datetime_format

        return str(get_datetime_format(width, locale=_locale(locale)))

    return _ask_cldr("datetime", locale, [width], answer)  # type: ignore[no-any-return]


def medium_date(locale: str, day: date) -> str:
    def answer() -> str:
        from babel.dates import format_date

        return format_date(day, format="medium", locale=_locale(locale))

    return _ask_cldr("medium date", locale, [day.isoformat()], answer)  # type: ignore[no-any-return]


def interval(locale: str, start: date, end: date, pattern: str) -> str:
    def answer() -> str:
        from babel.dates import format_interval

        return format_interval(start, end, pattern, locale=_locale(locale))

    return _ask_cldr("interval", locale, [start.isoformat(), end.isoformat(), pattern], answer)  # type: ignore[no-any-return]
