"""Promises kept: each message of a conversation log scored against the policy in force when it arrived.

Pure functions of policy versions, checked log rows and an ``as_of`` instant;
no files, git or clock (the adapters supply them). The MkDocs plugin and the
``expectations report`` command both call :func:`score_log`, and may summarise
any subset of its messages (a week, a channel) with :func:`channel_summaries`.

Rules (product spec section 10):

- ``reply_by`` is exactly what ``expectations reply-by`` gives for the row's
  channel and ``received_at``, under the policy version in force then.
- ``kept``: replied at or before ``reply_by``; ``missed``: replied after it, or
  not replied and ``as_of`` is past it; ``pending``: not replied and not yet
  due (``as_of`` at or before ``reply_by``); ``excluded``: the row is marked, so
  it is counted but not scored.
- ``staffed_minutes``: staffed time of the channel's schedule from
  ``received_at`` to the first reply, or to ``as_of`` when there is none
  (zero when ``as_of`` is before the message).
- Medians and 90th percentiles are over kept and missed rows; the percentile
  is linear interpolation between closest ranks (``statistics.quantiles`` with
  ``method="inclusive"``, the same as numpy's default and a spreadsheet's
  PERCENTILE.INC), and is null under 10 rows.
"""

from __future__ import annotations

import statistics
from bisect import bisect_right
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple
from zoneinfo import ZoneInfo

from generator.frozen import frozen
from generator.derive.hours import staffed_timeline
from generator.load.conversation_log import LogRow
from generator.model.records import Policy
from generator.model.values import did_you_mean
from generator.problems import PolicyError, Problem, quote

VERDICTS = ("kept", "missed", "pending", "excluded")
P90_MIN_ROWS = 10
"""Fewer kept and missed rows than this give no 90th percentile."""


@frozen
class PolicyVersion:
    """One version of a policy file and from when it was in force."""

    policy: Policy
    in_force_from: datetime | None
    """The commit's time (UTC); None for the current file, in force for every row."""
    commit: str | None = None
    """The full commit id; None for the current file."""

    @property
    def short(self) -> str | None:
        return self.commit[:7] if self.commit else None

    @property
    def label(self) -> str:
        """``abc1234 from 2026-11-01`` (the commit date in the business's zone), or ``the current file``."""
        if self.commit is None or self.in_force_from is None:
            return "the current file"
        day = self.in_force_from.astimezone(ZoneInfo(self.policy.business.timezone)).date()
        return f"{self.short} from {day.isoformat()}"


class ScoredMessage(NamedTuple):
    """One row of the log with its deadline and verdict (a tuple: quick to make by the million)."""

    row: LogRow
    verdict: str
    reply_by: datetime | None
    """In the business's zone, as reply-by prints it; None for excluded rows."""
    staffed: timedelta | None
    """Staffed time from receipt to the reply (or as_of); None for excluded rows."""
    version: int
    """Index of the policy version that scored the row."""

    @property
    def staffed_minutes(self) -> float | None:
        return None if self.staffed is None else round(self.staffed.total_seconds() / 60, 1)


@frozen
class ChannelSummary:
    id: str
    messages: int
    """Scored rows: kept + missed + pending."""
    kept: int
    missed: int
    pending: int
    excluded: int
    kept_share: float | None
    median: float | None
    p90: float | None


@frozen
class VersionUse:
    version: PolicyVersion
    messages: int
    """Rows of the report (excluded ones included) that fell under this version."""


@frozen
class Report:
    as_of: datetime
    policy_file: str
    in_git: bool
    """True when rows were scored against committed versions of the policy file."""
    versions: list[VersionUse]
    """The versions that scored at least one row, oldest first."""
    channels: list[ChannelSummary]
    messages: list[ScoredMessage]
    notes: list[str]
    since: date | None = None
    until: date | None = None
    reason: str = "not in a git repository"
    """Why the current file was used, when it was."""

    @property
    def source_sentence(self) -> str:
        """Which policy the rows were scored against, in one sentence."""
        if not self.in_git:
            return f"Scored against the current file {self.policy_file} ({self.reason})."
        used = ", ".join(use.version.label for use in self.versions) or "none (no messages)"
        return f"Scored against the committed versions of {self.policy_file}: {used}."


def _share(kept: int, missed: int) -> float | None:
    return round(kept / (kept + missed), 4) if kept + missed else None


def _stats(values: list[float]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    median = round(statistics.median(values), 1)
    if len(values) < P90_MIN_ROWS:
        return median, None
    return median, round(statistics.quantiles(values, n=10, method="inclusive")[8], 1)


def channel_summaries(messages: list[ScoredMessage], channel_ids: list[str]) -> list[ChannelSummary]:
    """Counts, kept share, median and p90 staffed minutes per channel, for ``channel_ids`` in that order.

    Channels of ``messages`` that are not in ``channel_ids`` follow, in order of first appearance.
    """
    counts: dict[str, dict[str, int]] = {c: dict.fromkeys(VERDICTS, 0) for c in channel_ids}
    seconds: dict[str, list[float]] = defaultdict(list)
    for row, verdict, _, staffed, _ in messages:
        channel = row.channel
        tally = counts.get(channel)
        if tally is None:
            tally = counts[channel] = dict.fromkeys(VERDICTS, 0)
        tally[verdict] += 1
        if staffed is not None and verdict != "pending":
            seconds[channel].append(staffed.total_seconds())
    out = []
    for channel, c in counts.items():
        median, p90 = _stats([s / 60 for s in seconds[channel]])
        out.append(ChannelSummary(
            channel, c["kept"] + c["missed"] + c["pending"], c["kept"], c["missed"], c["pending"], c["excluded"],
            _share(c["kept"], c["missed"]), median, p90,
        ))
    return out


def in_window(received_at: datetime, zone: ZoneInfo, since: date | None, until: date | None) -> bool:
    """Whether a message's local date (in the business's zone) is within ``since..until``, both included."""
    if since is None and until is None:
        return True
    day = received_at.astimezone(zone).date()
    return (since is None or day >= since) and (until is None or day <= until)


def _channel_problem(row: LogRow, policy: Policy, label: str | None) -> str | None:
    channel = next((c for c in policy.channels if c.id == row.channel), None)
    written = "" if row.written_channel == row.channel else f" (read as {quote(row.channel)})"
    where = f" in the version {label}" if label else ""
    if channel is None:
        ids = [c.id for c in policy.channels]
        hint = did_you_mean(row.channel, ids) or f"; the policy's channels are {', '.join(ids)}"
        mapping = " (or map it with --channel-map)" if written or not hint.startswith("; did") else ""
        return f"channel: unknown channel {quote(row.written_channel)}{written}{where}{hint}{mapping}"
    if channel.role != "answered" and not row.excluded:
        return (
            f"channel: {quote(row.channel)} is announcements-only{where}: messages there are not answered, "
            "so they cannot be scored; mark the row in the exclude column or remove it"
        )
    return None


def score_log(
    versions: list[PolicyVersion],
    rows: list[LogRow],
    as_of: datetime,
    *,
    policy_file: str = "policy",
    since: date | None = None,
    until: date | None = None,
    notes: list[str] | None = None,
    reason: str = "not in a git repository",
) -> Report:
    """Score every row of the log that arrived within ``since..until`` (local dates, both included).

    ``versions`` are the policy's versions oldest first; a row is scored against
    the last one in force at its ``received_at`` (rows older than every version
    take the oldest, with a note). Raises PolicyError with a located problem for
    every row whose channel is unknown, or announcements-only and not excluded,
    under its version.
    """
    if not versions:
        raise ValueError("score_log needs at least one policy version")
    if as_of.tzinfo is None:
        raise ValueError("as_of must be timezone-aware")
    as_of = as_of.astimezone(timezone.utc)
    notes = list(notes or [])
    current = versions[-1].policy
    zone = ZoneInfo(current.business.timezone)
    starts = [v.in_force_from for v in versions]
    in_git = starts[0] is not None
    selected = [row for row in rows if in_window(row.received_at, zone, since, until)]

    # Group rows by the version in force when they arrived, then by channel.
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    version_of: list[int] = []
    early = 0
    times = [s for s in starts if s is not None]
    for position, row in enumerate(selected):
        index = bisect_right(times, row.received_at) - 1 if in_git else len(versions) - 1
        if index < 0:
            index, early = 0, early + 1
        version_of.append(index)
        groups[(index, row.channel)].append(position)
    if early:
        notes.append(
            f"{early} message(s) arrived before the first committed version of {policy_file} "
            f"({versions[0].label}) and were scored against it."
        )

    problems: list[Problem] = []
    results: list[ScoredMessage | None] = [None] * len(selected)
    for (index, channel_id), positions in groups.items():
        version = versions[index]
        label = version.label if in_git else None
        checked: dict[tuple[str, bool], str | None] = {}
        scored: list[tuple[int, LogRow]] = []
        for p in positions:
            row = selected[p]
            key = (row.written_channel, row.excluded)
            if key not in checked:
                checked[key] = _channel_problem(row, version.policy, label)
            message = checked[key]
            if message is not None:
                problems.append(Problem(row.file, row.line, row.channel_col, message))
            elif row.excluded:
                results[p] = ScoredMessage(row, "excluded", None, None, index)
            else:
                scored.append((p, row))
        if not scored or any(checked.values()):
            continue
        first = min(row.received_at for _, row in scored)
        last = max(row.first_reply_at or row.received_at for _, row in scored)
        timeline = staffed_timeline(version.policy, channel_id, first, max(last, first, as_of))
        zone = timeline.zone
        score = timeline.due_and_staffed
        for p, row in scored:
            received, reply = row.received_at, row.first_reply_at
            try:
                if reply is not None:
                    deadline, spent = score(received, reply)
                    verdict = "kept" if reply <= deadline else "missed"
                else:
                    deadline, spent = score(received, as_of)
                    verdict = "missed" if as_of > deadline else "pending"
            except ValueError as exc:
                problems.append(Problem(row.file, row.line, row.channel_col, f"channel: {exc}"))
                continue
            results[p] = ScoredMessage(row, verdict, deadline.astimezone(zone), spent, index)
    if problems:
        raise PolicyError(problems)
    messages = [m for m in results if m is not None]
    per_version: dict[int, int] = defaultdict(int)
    for m in messages:
        per_version[m.version] += 1
    uses = [VersionUse(versions[i], n) for i, n in sorted(per_version.items())]
    answered = [c.id for c in current.channels if c.role == "answered"]
    return Report(
        as_of=as_of,
        policy_file=policy_file,
        in_git=in_git,
        versions=uses,
        channels=channel_summaries(messages, answered),
        messages=messages,
        notes=notes,
        since=since,
        until=until,
        reason=reason,
    )


__all__ = [
    "ChannelSummary",
    "P90_MIN_ROWS",
    "PolicyVersion",
    "Report",
    "ScoredMessage",
    "VERDICTS",
    "VersionUse",
    "channel_summaries",
    "in_window",
    "score_log",
]
