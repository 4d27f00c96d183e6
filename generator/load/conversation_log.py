"""Conversation logs: CSV files of messages and their first replies, read and checked row by row.

The canonical log (product spec section 10) has a header row and the columns
``channel``, ``received_at``, ``first_reply_at`` (may be empty), and optionally
``id`` and ``exclude``; any other column is ignored and never kept. Helpdesk
exports are read through a :class:`Columns` mapping (a preset or
``--columns``), which names the header of each field, may give the first reply
as a delay after ``received_at`` instead of an instant, maps the export's
channel names to channel ids, and may exclude rows by a column's value.

Every problem is located as ``file:line:col``: the line is the physical line
of the file on which the row (or field) starts, so a quoted field that spans
lines does not shift the lines after it; the column is the 1-based number of
the field in the header (``received_at`` is column 3 under
``id,channel,received_at``), not a character offset. Nothing here knows the
policy: channel ids are checked when the rows are scored.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from generator.derive.hours import local_to_utc
from generator.load.log_columns import Columns
from generator.model.values import did_you_mean
from generator.load.text import decode, line_col
from generator.problems import Problem, quote

MAX_LOG_BYTES = 200 * 1024 * 1024
"""A log file larger than this (200 MiB) is refused: split it by date."""
MAX_LOG_ROWS = 2_000_000
"""Rows per file, at most."""
MAX_FIELD_CHARS = csv.field_size_limit()
"""The csv module's limit (131,072 characters): a longer field, as an unclosed quote makes, stops the file."""
MAX_ID_CHARS = 200
"""Longest helpdesk reference accepted in the ``id`` column."""
MAX_PROBLEMS = 200
"""Problems reported per file before reading stops."""

FIELDS = ("channel", "received_at", "first_reply_at", "id", "exclude")
"""The canonical columns, in the order the product spec lists them."""
# --- rows ----------------------------------------------------------------------------------


class LogRow(NamedTuple):
    """One message of a log, checked: its instants are aware and in UTC (a tuple: quick to make by the million)."""

    file: str
    line: int
    """Physical line of the file on which the row starts; the report calls it the row."""
    id: str | None
    channel: str
    """The channel id (after the channel map)."""
    written_channel: str
    """The channel as the log wrote it."""
    channel_col: int
    received_at: datetime
    first_reply_at: datetime | None
    excluded: bool


@dataclass
class LogRead:
    """The rows of one or more logs and every problem found in them."""

    rows: list[LogRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


_SPACED_OFFSET = re.compile(r"\s+([+-]\d\d:?\d\d)$")
_DURATION_CLOCK = re.compile(r"^(\d{1,6}):([0-5]\d)(?::([0-5]\d))?$")


def parse_instant(text: str, zone: ZoneInfo | None) -> datetime | str:
    """An aware UTC datetime, or the reason it cannot be one: ``'not'`` (not a date and time) or ``'naive'``.

    ISO-8601 (``2026-11-02T16:55:00Z``, ``2026-11-02 12:55-04:00``); an offset
    after a space (``2026-11-02 12:55:00 -0400``) is accepted. A time without an
    offset is read in ``zone`` when one is given, with the policy's rules for
    wall times (a skipped time moves forward, a repeated one is its first
    occurrence).
    """
    if len(text) < 12 or len(text) > 40:  # a date alone, or far too long to be one
        return "not"
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        try:
            value = datetime.fromisoformat(_SPACED_OFFSET.sub(r"\1", text))
        except ValueError:
            return "not"
    if value.tzinfo is None:
        if zone is None:
            return "naive"
        return local_to_utc(zone, value)
    return value.astimezone(timezone.utc)


def _instant(text: str, zone: ZoneInfo | None) -> datetime | str:
    """:func:`parse_instant` with a shortcut for the common case: ISO-8601 in UTC (``Z`` or ``+00:00``)."""
    if 12 <= len(text) <= 40:
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            if value.tzinfo is _UTC:
                return value
    return parse_instant(text, zone)


_UTC = timezone.utc


def _delay(text: str, unit: int) -> timedelta | None:
    clock = _DURATION_CLOCK.match(text)
    if clock:
        hours, minutes, seconds = clock.groups()
        return timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
    try:
        amount = float(text)
    except ValueError:
        return None
    if not (0 <= amount < 10**8):  # also refuses nan and inf
        return None
    return timedelta(seconds=amount * unit)


def _decode(raw: bytes, file: str) -> str | Problem:
    text = decode(raw, file, "save it as CSV UTF-8")
    if isinstance(text, Problem):
        return text
    nul = text.find("\0")
    if nul >= 0:
        return Problem(
            file, *line_col(text, nul), "the file contains a NUL character; a log is plain text (save it as CSV UTF-8)"
        )
    return text


def _header_problems(file: str, line: int, header: list[str], columns: Columns) -> tuple[dict[str, int], list[Problem]]:
    """The field index of each mapped column, and the problems of the header."""
    positions: dict[str, list[int]] = {}
    for index, name in enumerate(header):
        positions.setdefault(name.strip(), []).append(index)
    wanted = {
        "channel": (columns.channel, True),
        "received_at": (columns.received_at, True),
        "id": (columns.id, False),
        "exclude": (columns.exclude, False),
    }
    if columns.first_reply_delay is not None:
        wanted[columns.reply_key] = (columns.first_reply_delay, True)
    else:
        wanted["first_reply_at"] = (columns.first_reply_at or "first_reply_at", True)
    for column, _ in columns.exclude_when:
        wanted[f"exclude_when:{column}"] = (column, False)
    index: dict[str, int] = {}
    problems: list[Problem] = []
    mapped = f", from {columns.origin}" if columns.origin else ""
    for key, (name, required) in wanted.items():
        found = positions.get(name)
        if found is None:
            if required:
                label = "" if name == key else f" (for {key}{mapped})"
                hint = did_you_mean(name, [h.strip() for h in header if h.strip()])
                problems.append(Problem(file, line, 1, f"missing column {quote(name)}{label}{hint}; the header is the first row"))
            continue
        if len(found) > 1:
            numbers = " and ".join(str(i + 1) for i in found[:2])
            problems.append(Problem(file, line, found[1] + 1, f"the column {quote(name)} appears twice (columns {numbers}); keep one"))
            continue
        index[key] = found[0]
    return index, problems


class _Stop(Exception):
    pass


def read_log(raw: bytes, file: str, columns: Columns | None = None, log_zone: ZoneInfo | None = None) -> LogRead:
    """Read one log's bytes: every row that is well formed, and a located problem for each one that is not."""
    columns = columns or Columns()
    result = LogRead()
    problems = result.problems

    def problem(line: int, col: int, message: str) -> None:
        problems.append(Problem(file, line, col, message))
        if len(problems) >= MAX_PROBLEMS:
            problems.append(Problem(file, line, 1, f"more than {MAX_PROBLEMS} problems; stopped reading the file here"))
            raise _Stop

    if len(raw) > MAX_LOG_BYTES:
        problems.append(Problem(file, 1, 1, f"the file is larger than {MAX_LOG_BYTES // (1024 * 1024)} MiB; split the log by date"))
        return result
    text = _decode(raw, file)
    if isinstance(text, Problem):
        problems.append(text)
        return result
    if not text.strip():
        problems.append(Problem(file, 1, 1, f"the file is empty; a log starts with the header row {','.join(FIELDS[:3])}"))
        return result
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    previous = 0
    try:
        header = next(reader)
        while not header:  # blank lines before the header
            previous = reader.line_num
            header = next(reader)
    except csv.Error as exc:
        problems.append(Problem(file, reader.line_num or 1, 1, f"the header row cannot be read as CSV: {exc}"))
        return result
    header_line = previous + 1
    index, header_problems = _header_problems(file, header_line, header, columns)
    if header_problems:
        problems.extend(header_problems)
        return result
    previous = reader.line_num
    width = len(header)
    i_channel, i_received = index["channel"], index["received_at"]
    i_reply = index.get(columns.reply_key)
    i_id, i_exclude = index.get("id"), index.get("exclude")
    exclude_rules = [(index[f"exclude_when:{c}"], values) for c, values in columns.exclude_when if f"exclude_when:{c}" in index]
    channel_map = dict(reversed(columns.channel_map))  # the first pair for a name wins
    delayed = columns.first_reply_delay is not None
    reply_name = columns.header_of(columns.reply_key)
    rows = result.rows
    count = 0
    try:
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                problem(previous + 1, 1, f"the row cannot be read as CSV: {exc}; check its quotes")
                raise _Stop from None
            line = previous + 1
            previous = reader.line_num
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                continue  # a blank line
            count += 1
            if count > MAX_LOG_ROWS:
                problem(line, 1, f"more than {MAX_LOG_ROWS:,} rows; split the log by date")
                raise _Stop
            if len(fields) != width:
                if len(fields) > width:
                    problem(line, width + 1, f"the row has {len(fields)} fields but the header has {width}; quote fields that contain commas")
                else:
                    problem(line, len(fields) + 1, f"the row has {len(fields)} fields but the header has {width}")
                continue
            ok = True
            written = fields[i_channel].strip()
            channel = channel_map.get(written.casefold(), written)
            if not written:
                problem(line, i_channel + 1, f"{columns.channel}: empty; name the channel")
                ok = False
            excluded = bool(i_exclude is not None and fields[i_exclude].strip())
            for position, values in exclude_rules:
                if fields[position].strip().casefold() in values:
                    excluded = True
            received_text = fields[i_received].strip()
            received = _instant(received_text, log_zone)
            if isinstance(received, str):
                problem(line, i_received + 1, _instant_message(columns.received_at, received_text, received))
                ok = False
            reply: datetime | str | None = None
            reply_text = fields[i_reply].strip() if i_reply is not None else ""
            if reply_text:
                if delayed:
                    delay = _delay(reply_text, columns.delay_unit)
                    if delay is None:
                        unit = "minutes" if columns.delay_unit == 60 else "seconds"
                        assert i_reply is not None
                        problem(line, i_reply + 1, f"{reply_name}: {quote(reply_text)} is not a number of {unit} (or H:MM:SS)")
                        ok = False
                    elif isinstance(received, datetime):
                        reply = received + delay
                else:
                    reply = _instant(reply_text, log_zone)
                    if isinstance(reply, str):
                        assert i_reply is not None
                        problem(line, i_reply + 1, _instant_message(reply_name, reply_text, reply))
                        ok = False
                    elif isinstance(received, datetime) and reply < received and not excluded:
                        assert i_reply is not None
                        problem(
                            line, i_reply + 1,
                            f"{reply_name}: {quote(reply_text)} is before {columns.received_at} {quote(received_text)}; "
                            "the first reply cannot come before the message",
                        )
                        ok = False
            ident = fields[i_id].strip() if i_id is not None else ""
            if len(ident) > MAX_ID_CHARS:
                problem(line, i_id + 1 if i_id is not None else 1, f"{columns.id}: longer than {MAX_ID_CHARS} characters")
                ok = False
            if ok:
                assert isinstance(received, datetime)
                rows.append(LogRow(
                    file, line, ident or None, channel, written, i_channel + 1, received,
                    reply if isinstance(reply, datetime) else None, excluded,
                ))
    except _Stop:
        pass
    return result


def _instant_message(name: str, text: str, reason: str) -> str:
    if reason == "naive":
        return (
            f"{name}: {quote(text)} has no time zone; add Z or an offset such as -04:00, "
            "or pass --log-timezone ZONE to say which zone the log's times are in"
        )
    return f"{name}: {quote(text)} is not a date and time"


def read_log_file(path: Path, display: str, columns: Columns | None = None, log_zone: ZoneInfo | None = None) -> LogRead:
    """Read one log file (at most :data:`MAX_LOG_BYTES`, plus one byte to tell when it is larger)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_LOG_BYTES + 1)
    except OSError as exc:
        return LogRead(problems=[Problem(display, 1, 1, f"cannot read the file: {exc.strerror or exc}")])
    return read_log(raw, display, columns, log_zone)


__all__ = [
    "FIELDS",
    "LogRead",
    "LogRow",
    "MAX_FIELD_CHARS",
    "MAX_ID_CHARS",
    "MAX_LOG_BYTES",
    "MAX_LOG_ROWS",
    "parse_instant",
    "read_log",
    "read_log_file",
]
