"""What the pages ask of the Unicode CLDR (through Babel), remembered between builds.

The pages need a few dozen facts about their language from the CLDR: the
names of the days, how 9:00 and a date are written, the zone's name and city,
how a list is joined, the plural categories, the writing direction. Babel
answers them, but loading its data for one language (the language's own, its
parents' and Babel's global data) costs a build about 5 MiB of memory and
30 ms, more than the rest of the generator's working memory.

So each question goes through ``_ask``: answered from a small table when the
table has it, else by Babel (and added). ``use_table(path)`` makes the build
cache keep that table (``generator.adapters.cache``: ``cldr-<Babel version>.json``
beside the content); ``save()`` writes it back when it gained answers. An
answer depends only on the question and Babel's data, which the file name
ties to Babel's version, so a build that finds every answer there loads none
of Babel's data and writes the same bytes. Without a table (the cache off,
the preview of a site whose folder cannot be written) Babel answers everything.
A table that cannot be read is ignored and replaced.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

MAX_ANSWERS = 20_000
"""At most this many answers are kept (the oldest go first), so the table stays small whatever the policies ask."""

_table: dict[str, Any] = {}
_path: Path | None = None
_dirty = False


def use_table(path: Path | None) -> None:
    """Keep the answers in ``path`` (read now), or in this process only (None)."""
    global _table, _path, _dirty
    if path == _path:
        return
    asked, _path = _table, path
    _table = {}
    if path is not None:
        try:
            data = json.loads(path.read_bytes())
            if isinstance(data, dict) and isinstance(data.get("answers"), dict):
                _table = data["answers"]
        except (OSError, ValueError):
            pass  # missing or unreadable: filled again
    _dirty = any(key not in _table for key in asked)
    _table.update(asked)  # what this process was told already (its questions may come before the table is chosen)


def save() -> None:
    """Write the table back if it gained answers (atomically; a folder that cannot be written only costs the table)."""
    global _dirty
    if not _dirty or _path is None:
        return
    while len(_table) > MAX_ANSWERS:
        del _table[next(iter(_table))]
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".cldr-", dir=_path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"answers": _table}, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(temp, _path)
        _dirty = False
    except OSError:
        pass


def table_name() -> str:
    """The table's file name: answers hold for one version of Babel's data."""
    import babel

    return f"cldr-{babel.__version__}.json"


def _ask(question: str, locale: str, args: list[Any], answer: Callable[[], Any]) -> Any:
    global _dirty
    key = json.dumps([question, locale, args], ensure_ascii=False, separators=(",", ":"))
    if key in _table:
        return _table[key]
    value = answer()
    _table[key] = value
    _dirty = True
    return value


def _locale(locale: str) -> Any:
    from babel import Locale

    return Locale.parse(locale)


# --- the questions ------------------------------------------------------------------------------------


def day_names(locale: str, width: str) -> list[str]:
    """Monday first: ``wide`` (Monday) or ``abbreviated`` (Mon)."""

    def answer() -> list[str]:
        from babel.dates import get_day_names

        names = get_day_names(width, locale=_locale(locale))
        return [names[i] for i in range(7)]

    return _ask("days", locale, [width], answer)  # type: ignore[no-any-return]


def short_time(locale: str, minutes: int) -> str:
    def answer() -> str:
        from babel.dates import format_time

        return format_time(time(minutes // 60, minutes % 60), format="short", locale=_locale(locale))

    return _ask("time", locale, [minutes], answer)  # type: ignore[no-any-return]


def full_date(locale: str, day: date) -> str:
    def answer() -> str:
        from babel.dates import format_date

        return format_date(day, format="full", locale=_locale(locale))

    return _ask("date", locale, [day.isoformat()], answer)  # type: ignore[no-any-return]


def skeleton(locale: str, pattern: str, day: date) -> str:
    def answer() -> str:
        from babel.dates import format_skeleton

        return format_skeleton(pattern, day, locale=_locale(locale))

    return _ask("skeleton", locale, [pattern, day.isoformat()], answer)  # type: ignore[no-any-return]


def zone_name(locale: str, zone: str) -> str:
    """The zone's long name (``Pacific Time``)."""

    def answer() -> str:
        from zoneinfo import ZoneInfo

        from babel.dates import get_timezone_name

        return get_timezone_name(ZoneInfo(zone), width="long", locale=_locale(locale))

    return _ask("zone", locale, [zone], answer)  # type: ignore[no-any-return]


def zone_city(locale: str, zone: str) -> str | None:
    """The zone's exemplar city (``Los Angeles``), if CLDR names one."""

    def answer() -> str | None:
        from zoneinfo import ZoneInfo

        from babel.dates import get_timezone_location

        return get_timezone_location(ZoneInfo(zone), locale=_locale(locale), return_city=True)

    return _ask("city", locale, [zone], answer)  # type: ignore[no-any-return]


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

    return _ask("list", locale, [style], answer)  # type: ignore[no-any-return]


def display_name(tag_locale: str, in_locale: str) -> str | None:
    """The name of the language ``tag_locale`` in ``in_locale`` (``français (Canada)``)."""

    def answer() -> str | None:
        return _locale(tag_locale).get_display_name(_locale(in_locale))  # type: ignore[no-any-return]

    return _ask("name", tag_locale, [in_locale], answer)  # type: ignore[no-any-return]


def character_order(locale: str) -> str:
    """``left-to-right`` or ``right-to-left``."""
    return _ask("order", locale, [], lambda: _locale(locale).character_order)  # type: ignore[no-any-return]


def plural_samples(locale: str, numbers: list[int]) -> list[str]:
    """The CLDR plural category of each of ``numbers`` (``one``, ``few``, ``other``, ...)."""

    def answer() -> list[str]:
        rule = _locale(locale).plural_form
        return [rule(n) for n in numbers]

    return _ask("plural", locale, numbers, answer)  # type: ignore[no-any-return]


def percent(locale: str, value: float) -> str:
    def answer() -> str:
        from babel.numbers import format_percent

        return format_percent(value, locale=_locale(locale))

    return _ask("percent", locale, [value], answer)  # type: ignore[no-any-return]


def decimal(locale: str, value: float, pattern: str | None = None) -> str:
    def answer() -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, format=pattern, locale=_locale(locale))

    return _ask("decimal", locale, [value, pattern], answer)  # type: ignore[no-any-return]


def datetime_pattern(locale: str, width: str) -> str:
    """How a date and a time are put together (``{1}, {0}``)."""

    def answer() -> str:
        from babel.dates import get_datetime_format

        return str(get_datetime_format(width, locale=_locale(locale)))

    return _ask("datetime", locale, [width], answer)  # type: ignore[no-any-return]


def medium_date(locale: str, day: date) -> str:
    def answer() -> str:
        from babel.dates import format_date

        return format_date(day, format="medium", locale=_locale(locale))

    return _ask("medium date", locale, [day.isoformat()], answer)  # type: ignore[no-any-return]


def interval(locale: str, start: date, end: date, pattern: str) -> str:
    def answer() -> str:
        from babel.dates import format_interval

        return format_interval(start, end, pattern, locale=_locale(locale))

    return _ask("interval", locale, [start.isoformat(), end.isoformat(), pattern], answer)  # type: ignore[no-any-return]
