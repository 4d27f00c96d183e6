"""RFC 5545 text: content lines, escaping, folding at 75 octets, and a zone's VTIMEZONE from tzdata.

Only what ``closures.ics`` needs: TEXT, DATE, DATE-TIME and UTC-OFFSET values,
quoted property parameters, and the observances of one IANA zone between two
dates. Lines end with CRLF and are folded before they reach 75 octets, never
inside a UTF-8 character or between a backslash (or ``^``) and the character
it escapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

CRLF = "\r\n"
FOLD_OCTETS = 75
"""A physical line holds fewer octets than this; a continuation line adds its leading space."""

# Where an offset changes is found by stepping through the zone's wall-clock time a day at a time, then
# with ever smaller steps, so a change is pinned to the second without reading the tzdata file itself
# (a day is short enough not to step over an offset that lasts only weeks, as in Morocco's Ramadan time).
_STEPS = (
    timedelta(days=1),
    timedelta(hours=4),
    timedelta(hours=1),
    timedelta(minutes=20),
    timedelta(minutes=5),
    timedelta(minutes=1),
    timedelta(seconds=20),
    timedelta(seconds=5),
    timedelta(seconds=1),
)
_PARAM_QUOTED = re.compile("[,;:]")
_PARAM_ESCAPES = re.compile(r'\^|\r\n|\r|\n|"')
_UNITS = re.compile(r"\\.|\^[\^n']|.", re.DOTALL)
"""What a fold never splits: a TEXT escape (``\\,``), an RFC 6868 escape (``^n``), a character."""


def text(value: str) -> str:
    r"""A TEXT value (RFC 5545 3.3.11): ``\`` ``;`` ``,`` escaped with a backslash, every line break as ``\n``."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def param(value: str) -> str:
    """A parameter value: RFC 6868 escapes (``^^``, ``^n``, ``^'``), in double quotes if it holds ``,`` ``;`` or ``:``."""
    escaped = _PARAM_ESCAPES.sub(lambda m: "^'" if m.group() == '"' else "^^" if m.group() == "^" else "^n", value)
    return f'"{escaped}"' if _PARAM_QUOTED.search(escaped) else escaped


def date_value(day: date) -> str:
    return f"{day.year:04}{day.month:02}{day.day:02}"


def datetime_value(moment: datetime) -> str:
    """The wall-clock time of ``moment``; ``Z`` after it when it is in UTC (``datetime.timezone.utc``)."""
    wall = f"{date_value(moment)}T{moment.hour:02}{moment.minute:02}{moment.second:02}"
    return wall + "Z" if moment.tzinfo is timezone.utc else wall


def utc_offset(offset: timedelta) -> str:
    """``-0400``, ``+0545``, ``+0000`` (with seconds only when the offset has some)."""
    sign = "-" if offset < timedelta(0) else "+"
    seconds = int(abs(offset).total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02}{minutes:02}" + (f"{seconds:02}" if seconds else "")


def fold(line: str) -> str:
    """One content line as physical lines of at most 75 octets (continuations start with a space), CRLF-ended."""
    pieces: list[str] = []
    current: list[str] = []
    octets = 0
    for unit in _UNITS.findall(line):
        size = len(unit.encode("utf-8"))
        if current and octets + size >= FOLD_OCTETS:
            pieces.append("".join(current))
            current, octets = [], 0
        current.append(unit)
        octets += size
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces) + CRLF


class Calendar:
    """Content lines written in order; ``ical()`` is the folded text."""

    def __init__(self) -> None:
        self._lines: list[str] = []

    def add(self, name: str, value: str, params: Iterable[tuple[str, str]] = ()) -> None:
        """A property whose value is already in its RFC 5545 form; parameters in name order."""
        head = "".join(f";{key}={param(v)}" for key, v in sorted(params))
        self._lines.append(f"{name}{head}:{value}")

    def add_text(self, name: str, value: str) -> None:
        self.add(name, text(value))

    def add_date(self, name: str, day: date) -> None:
        self.add(name, date_value(day), [("VALUE", "DATE")])

    def add_datetime(self, name: str, moment: datetime) -> None:
        """A time in UTC (``Z``) or the wall-clock time in its IANA zone (``TZID``), never a floating time."""
        if moment.tzinfo is timezone.utc:
            self.add(name, datetime_value(moment))
        elif isinstance(moment.tzinfo, ZoneInfo):
            self.add(name, datetime_value(moment), [("TZID", moment.tzinfo.key)])
        else:
            raise ValueError(f"{name} needs a time in UTC or in an IANA zone, not {moment!r}")

    def begin(self, component: str) -> None:
        self._lines.append(f"BEGIN:{component}")

    def end(self, component: str) -> None:
        self._lines.append(f"END:{component}")

    def vtimezone(self, tzid: str, first: date, last: date) -> None:
        """The zone's observances from midnight of ``first`` to midnight of ``last``, one STANDARD or DAYLIGHT each.

        An observance that comes back (the same offsets and abbreviation) is one
        component with its later onsets as RDATE. An onset is the first wall-clock
        second with the new offset: after a change forward that is the end of the
        skipped hour (03:00 where clocks go from 02:00 to 03:00), although RFC 5545
        reads DTSTART with TZOFFSETFROM, so for the skipped hour itself a reader
        keeps the old offset.
        """
        self.begin("VTIMEZONE")
        self.add_text("TZID", tzid)
        self.add_text("COMMENT", f"This timezone only works from {first} to {last}.")
        for (before, after, abbreviation, standard), onsets in _observances(ZoneInfo(tzid), first, last).items():
            kind = "STANDARD" if standard else "DAYLIGHT"
            self.begin(kind)
            self.add("DTSTART", datetime_value(onsets[0]))
            if len(onsets) > 1:
                self.add("RDATE", ",".join(datetime_value(o) for o in onsets[1:]))
            self.add_text("TZNAME", abbreviation)
            self.add("TZOFFSETFROM", utc_offset(after if before is None else before))
            self.add("TZOFFSETTO", utc_offset(after))
            self.end(kind)
        self.end("VTIMEZONE")

    def ical(self) -> str:
        return "".join(fold(line) for line in self._lines)


Observance = tuple[timedelta | None, timedelta, str, bool]
"""The offset before (``None`` for the first), the offset, the abbreviation, whether it is standard time."""


def _observances(zone: ZoneInfo, first: date, last: date) -> dict[Observance, list[datetime]]:
    """Each stretch of one UTC offset that starts before midnight of ``last``, by kind, with its wall-clock onsets."""
    start = datetime(first.year, first.month, first.day, tzinfo=zone)
    stop = datetime(last.year, last.month, last.day, tzinfo=zone)
    found: dict[Observance, list[datetime]] = {}
    offset: timedelta | None = None
    while start < stop:
        before, offset = offset, start.utcoffset()
        assert offset is not None
        abbreviation = start.tzname() or str(offset)
        found.setdefault((before, offset, abbreviation, start.dst() == timedelta(0)), []).append(
            start.replace(tzinfo=None)
        )
        end = start
        for step in _STEPS:
            same = end
            end = end + step
            while end.utcoffset() == offset:
                same = end
                if same >= stop:
                    return found  # this offset lasts past the end: no later onset to find
                end = end + step
            end = same
        start = end + _STEPS[-1]
    return found
