"""A promises-kept report as JSON, CSV or a readable text summary.

JSON has the keys and key order of product spec section 10 (``as_of``,
``channels``, ``messages``), then keys the spec does not name: ``policy``,
``policy_versions``, ``window``, ``notes``; each message also names its
``file``. CSV is the ``messages`` list with a header. Only the log's known
columns are ever output; a helpdesk id (or file name) that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` in
the CSV so a spreadsheet shows it as text instead of running it as a formula.
"""

from __future__ import annotations

import csv
import io
import json
from json.encoder import encode_basestring as _json_string  # the encoder json.dumps uses with ensure_ascii=False
from datetime import datetime, timezone

from generator.derive.report import Report, ScoredMessage

CSV_COLUMNS = ("row", "id", "channel", "received_at", "reply_by", "first_reply_at", "verdict", "staffed_minutes", "file")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _utc(instant: datetime | None) -> str | None:
    if instant is None:
        return None
    return instant.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def _message(m: ScoredMessage) -> dict[str, object]:
    row = m.row
    return {
        "row": row.line,
        "id": row.id,
        "channel": row.channel,
        "received_at": _utc(row.received_at),
        "reply_by": m.reply_by.isoformat() if m.reply_by is not None else None,
        "first_reply_at": _utc(row.first_reply_at),
        "verdict": m.verdict,
        "staffed_minutes": m.staffed_minutes,
        "file": row.file,
    }


def report_data(report: Report, messages: bool = True) -> dict[str, object]:
    """The report as plain data, in the key order of the JSON output (``messages=False``: an empty list there)."""
    return {
        "as_of": _utc(report.as_of),
        "channels": [
            {
                "id": c.id, "messages": c.messages, "kept": c.kept, "missed": c.missed, "pending": c.pending,
                "excluded": c.excluded, "kept_share": c.kept_share,
                "staffed_minutes": {"median": c.median, "p90": c.p90},
            }
            for c in report.channels
        ],
        "messages": [_message(m) for m in report.messages] if messages else [],
        "policy": {"file": report.policy_file, "scored_against": "committed versions" if report.in_git else "current file"},
        "policy_versions": [
            {
                "commit": use.version.commit,
                "committed_at": _utc(use.version.in_force_from),
                "label": use.version.label,
                "messages": use.messages,
            }
            for use in report.versions
        ],
        "window": {
            "since": report.since.isoformat() if report.since else None,
            "until": report.until.isoformat() if report.until else None,
        },
        "notes": report.notes,
    }


def _string(value: str | None) -> str:
    return "null" if value is None else _json_string(value)


def _message_json(m: ScoredMessage) -> str:
    """One message as JSON, written directly (the same text as json.dumps of :func:`_message`, several times faster)."""
    row = m.row
    minutes = m.staffed_minutes
    due = m.reply_by
    reply = row.first_reply_at
    return (
        f'{{"row": {row.line}, "id": {_string(row.id)}, "channel": {_json_string(row.channel)}, '
        f'"received_at": "{_utc(row.received_at)}", "reply_by": {"null" if due is None else chr(34) + due.isoformat() + chr(34)}, '
        f'"first_reply_at": {"null" if reply is None else chr(34) + _utc(reply) + chr(34)}, '
        f'"verdict": "{m.verdict}", "staffed_minutes": {"null" if minutes is None else repr(minutes)}, '
        f'"file": {_json_string(row.file)}}}'
    )


def report_json(report: Report) -> str:
    """One JSON object; each channel and each message on its own line so large logs stay readable."""
    data = report_data(report, messages=False)
    parts = []
    for key, value in data.items():
        if key == "channels" and value:
            assert isinstance(value, list)
            items = ",\n  ".join(json.dumps(item, ensure_ascii=False) for item in value)
            parts.append(f'"channels": [\n  {items}]')
        elif key == "messages":
            if report.messages:
                parts.append('"messages": [\n  ' + ",\n  ".join(map(_message_json, report.messages)) + "]")
            else:
                parts.append('"messages": []')
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{" + ",\n ".join(parts) + "}\n"


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def report_csv(report: Report) -> str:
    """The messages as CSV with a header row; formula-like ids are neutralised (see the module's docstring)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(
        (
            m.row.line, _cell(m.row.id), m.row.channel, _utc(m.row.received_at),
            m.reply_by.isoformat() if m.reply_by is not None else "", _utc(m.row.first_reply_at) or "",
            m.verdict, "" if m.staffed is None else m.staffed_minutes, _cell(m.row.file),
        )
        for m in report.messages
    )
    return out.getvalue()


def _printable(text: str) -> str:
    """Text from the log made safe for a terminal: control and format characters shown as escapes."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def _table(header: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def report_text(report: Report) -> str:
    """A summary table per channel, then every missed row."""
    lines = [f"Promises kept as of {_utc(report.as_of)}"]
    if report.since or report.until:
        lines.append(
            f"Messages received from {report.since.isoformat() if report.since else 'the start of the log'} "
            f"to {report.until.isoformat() if report.until else 'the end of the log'} (the business's local dates)."
        )
    lines.append(report.source_sentence)
    lines += report.notes
    lines.append("")
    header = ["channel", "messages", "kept", "missed", "pending", "excluded", "kept share", "median min", "p90 min"]
    rows = [
        [
            c.id, str(c.messages), str(c.kept), str(c.missed), str(c.pending), str(c.excluded),
            "-" if c.kept_share is None else f"{c.kept_share * 100:.1f}%", _number(c.median), _number(c.p90),
        ]
        for c in report.channels
    ]
    lines += _table(header, rows, set(range(1, len(header))))
    missed = [m for m in report.messages if m.verdict == "missed"]
    lines.append("")
    if not missed:
        lines.append("No missed messages.")
    else:
        lines.append(f"Missed ({len(missed)}):")
        lines.append("")
        detail = [
            [
                f"{m.row.file}:{m.row.line}", _printable(m.row.id or "-"), m.row.channel, _utc(m.row.received_at) or "",
                m.reply_by.isoformat() if m.reply_by else "", _utc(m.row.first_reply_at) or "not replied",
                _number(m.staffed_minutes),
            ]
            for m in missed
        ]
        lines += _table(["row", "id", "channel", "received", "reply by", "first reply", "staffed min"], detail, {6})
    return "\n".join(lines) + "\n"


__all__ = ["CSV_COLUMNS", "report_csv", "report_data", "report_json", "report_text"]
