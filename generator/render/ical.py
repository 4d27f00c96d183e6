"""RFC 5545 text: content lines, escaping, folding at 75 octets, and a zone's VTIMEZONE from tzdata.

Only what ``closures.ics`` needs: TEXT, DATE, DATE-TIME and UTC-OFFSET values,
quoted property parameters, and the observances of one IANA zone between two
dates. Lines end with CRLF and are folded before they reach 75 octets, never
inside a UTF-8 character or between a backslash (or ``^``) and the character
it escapes.

A VTIMEZONE observance starts at the instant its offset takes over, written as
the wall-clock time of the offset before it (RFC 5545 3.6.5: DTSTART is read
with TZOFFSETFROM): where clocks go from 02:00 to 03:00 the onset is
``DTSTART:…T020000``, and where they go back from 02:00 to 01:00 it is
``DTSTART:…T020000`` too.

A time in a zone is written as the wall-clock time that exists at its instant,
with ``TZID``: a time given in the skipped hour (02:30 where clocks go from 02:00
to 03:00) is written as the existing time of the same instant (03:30 for
02:30 ``fold=0``), since readers differ on a wall time that does not exist. A
wall time that occurs twice is read as its first occurrence (RFC 5545 3.3.5),
so an instant in the second one, which no ``TZID`` wall time names, is written
in UTC (``Z``). The policy's wall times already name one instant each (product
spec section 5: a skipped time moves forward by the gap, an ambiguous one takes
its first occurrence), so the events of ``closures.ics`` keep their ``TZID``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

CRLF = "\r\n"
FOLD_OCTETS = 75
"""A physical line holds fewer octets than this; a continuation line adds its leading space."""

# Where an offset changes is found by stepping through UTC a day at a time, then halving the day in which
# the offset differs down to one second, so a change is pinned to its instant without reading the tzdata
# file itself (a day is short enough not to step over an offset that lasts only weeks, as in Morocco's
# Ramadan time).
_STEP = timedelta(days=1)
_SECOND = timedelta(seconds=1)
_PARAM_QUOTED = re.compile("[,;:]")
_PARAM_ESCAPES = re.compile(r'\^|\r\n|\r|\n|"')
_ESCAPES = re.compile(rb"\\.|\^[\^n']", re.DOTALL)
"""What a fold never splits, besides a character: a TEXT escape (``\\,``), an RFC 6868 escape (``^n``)."""


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
    """One content line as physical lines of at most 75 octets (continuations start with a space), CRLF-ended.

    Each physical line takes as many octets as fit; it ends before a character, never inside one (a UTF-8
    continuation octet) or inside an escape (``\\,``, ``^n``).
    """
    data = line.encode("utf-8")
    limit = FOLD_OCTETS - 1
    if len(data) <= limit:
        return line + CRLF
    inside = {match.start() + 1 for match in _ESCAPES.finditer(data)}
    pieces: list[bytes] = []
    start = 0
    while len(data) - start > limit:
        end = start + limit
        while end in inside or data[end] & 0xC0 == 0x80:
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode("utf-8") + CRLF


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
            instant = moment.astimezone(timezone.utc)
            wall = instant.astimezone(moment.tzinfo)  # the wall-clock time that exists at that instant
            if wall.replace(fold=0).utcoffset() != wall.utcoffset():
                self.add(name, datetime_value(instant))  # the repeated hour's second time: only UTC names it
            else:
                self.add(name, datetime_value(wall), [("TZID", moment.tzinfo.key)])
        else:
            raise ValueError(f"{name} needs a time in UTC or in an IANA zone, not {moment!r}")

    def begin(self, component: str) -> None:
        self._lines.append(f"BEGIN:{component}")

    def end(self, component: str) -> None:
        self._lines.append(f"END:{component}")

    def vtimezone(self, tzid: str, first: date, last: date) -> None:
        """The zone's observances from midnight of ``first`` to midnight of ``last``, one STANDARD or DAYLIGHT each.

        An observance that comes back (the same offsets and abbreviation) is one
        component with its later onsets as RDATE. An onset is the instant of the
        change in the wall-clock time of the offset before it (TZOFFSETFROM), as
        RFC 5545 reads DTSTART and RDATE: 02:00 where clocks go from 02:00 to 03:00,
        and 02:00 where they go back from 02:00 to 01:00. The first observance
        starts at midnight of ``first`` (or, if that midnight is skipped, at the
        instant it would have been) with TZOFFSETFROM equal to TZOFFSETTO.
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
    """Each stretch of one UTC offset that starts before midnight of ``last``, by kind, with its onsets.

    An onset is the wall-clock time, in the offset before it, of the instant the
    stretch begins (the first one in its own offset).
    """
    start = datetime(first.year, first.month, first.day, tzinfo=zone).astimezone(timezone.utc)
    stop = datetime(last.year, last.month, last.day, tzinfo=zone).astimezone(timezone.utc)
    found: dict[Observance, list[datetime]] = {}
    before: timedelta | None = None
    while start < stop:
        local = start.astimezone(zone)
        offset = local.utcoffset()
        assert offset is not None
        abbreviation = local.tzname() or str(offset)
        onset = start + (offset if before is None else before)
        found.setdefault((before, offset, abbreviation, local.dst() == timedelta(0)), []).append(
            onset.replace(tzinfo=None)
        )
        same, changed = start, start + _STEP
        while _offset(changed, zone) == offset:
            if changed >= stop:
                return found  # this offset lasts past the end: no later onset to find
            same, changed = changed, changed + _STEP
        while changed - same > _SECOND:
            middle = same + (changed - same) // 2 // _SECOND * _SECOND
            same, changed = (middle, changed) if _offset(middle, zone) == offset else (same, middle)
        before, start = offset, changed
    return found


def _offset(instant: datetime, zone: ZoneInfo) -> timedelta | None:
    return instant.astimezone(zone).utcoffset()
