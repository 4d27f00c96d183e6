"""Promises kept on the sites: a policy's conversation log scored at build time, as the two sites show it.

Pure functions of the log's rows, the policy's versions and the build time
(the adapters read the files and git). The staff site gets a
:class:`PromisesView` (per channel and ISO week in the business's zone, and
the missed rows); the public site gets only a :class:`PublicTrackRecord` per
opted-in channel (a share, a count and a window), and only when the channel
has at least ``minimum`` scored messages in the window. No row, id or
timestamp of the log is ever part of the public view.

The window of a track record is ``window`` days of 24 hours back from the
build time, both ends included: a message counts when
``as_of - window <= received_at <= as_of``. Scored means kept or missed;
pending and excluded messages are not counted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from generator.frozen import frozen
from generator.derive.public import PublicPolicy, PublicTrackRecord
from generator.derive.report import ChannelSummary, PolicyVersion, Report, ScoredMessage, channel_summaries, score_log
from generator.load.conversation_log import LogRow
from generator.model.records import Policy, TrackRecord

MISSED_SHOWN = 500
"""The staff page lists at most this many missed messages, the latest first."""


@frozen
class PolicyLog:
    """The log rows of one policy and the versions of the policy to score them against, as the adapter found them."""

    versions: list[PolicyVersion]
    """Oldest first: the committed versions in git, else the current file alone."""
    rows: list[LogRow]
    files: tuple[str, ...]
    """The log files the rows came from, as the user would type them."""
    notes: tuple[str, ...] = ()
    reason: str = "not in a git repository"
    """Why the current file is used, when it is."""


@frozen
class WeekFigures:
    """One channel's figures for one ISO week (Monday to Sunday in the business's zone)."""

    year: int
    week: int
    monday: date
    summary: ChannelSummary

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)


@frozen
class ChannelPromises:
    id: str
    name: str
    overall: ChannelSummary
    weeks: tuple[WeekFigures, ...]
    """Weeks with at least one message, oldest first."""
    settings: TrackRecord | None
    """The channel's track_record setting (None: not opted in)."""
    scored_in_window: int
    """Kept and missed messages in the track record's window (0 when not opted in)."""
    record: PublicTrackRecord | None
    """What the public site shows (None: nothing)."""


@frozen
class MissedMessage:
    """A missed row, for the staff page: times in the business's zone."""

    id: str | None
    channel: str
    file: str
    line: int
    received_at: datetime
    reply_by: datetime
    first_reply_at: datetime | None


@frozen
class PromisesView:
    """What the staff site's Promises kept page shows for one policy."""

    as_of: datetime
    """The build time, in the business's zone."""
    channels: tuple[ChannelPromises, ...]
    missed: tuple[MissedMessage, ...]
    """The latest missed messages first, at most MISSED_SHOWN."""
    missed_total: int
    files: tuple[str, ...]
    versions: tuple[str, ...]
    """The committed versions that scored rows (``abc1234 from 2026-11-01``); empty when the current file was used."""
    policy_file: str
    reason: str
    later: int = 0
    """Rows received after the build time, left out (a log newer than the build)."""


@frozen
class Promises:
    """A policy's log scored at build time: the report, and what each site shows of it."""

    report: Report
    view: PromisesView
    records: dict[str, PublicTrackRecord]


def scored_in_window(messages: list[ScoredMessage], channel_id: str, as_of: datetime, days: int) -> tuple[int, int]:
    """(kept, missed) of a channel's messages received within ``days`` days up to ``as_of``, both ends included."""
    start = as_of - timedelta(days=days)
    kept = missed = 0
    for m in messages:
        if m.row.channel == channel_id and start <= m.row.received_at <= as_of:
            if m.verdict == "kept":
                kept += 1
            elif m.verdict == "missed":
                missed += 1
    return kept, missed


def track_record(messages: list[ScoredMessage], channel_id: str, settings: TrackRecord, as_of: datetime) -> tuple[int, PublicTrackRecord | None]:
    """The number of scored messages in the window, and the public figure when there are at least ``minimum``."""
    days = settings.window.days
    kept, missed = scored_in_window(messages, channel_id, as_of, days)
    scored = kept + missed
    if scored < settings.minimum or scored == 0:
        return scored, None
    return scored, PublicTrackRecord(share=kept / scored, messages=scored, window_days=days)


def track_records(report: Report, policy: Policy) -> dict[str, PublicTrackRecord]:
    """The public figure of every opted-in answered channel that has enough scored messages in its window."""
    out = {}
    for channel in policy.channels:
        if channel.role == "answered" and channel.track_record is not None:
            _, record = track_record(report.messages, channel.id, channel.track_record, report.as_of)
            if record is not None:
                out[channel.id] = record
    return out


def with_track_records(public: PublicPolicy, promises: Promises | None) -> PublicPolicy:
    """The public view with each channel's track record set (unchanged without a log)."""
    if promises is None or not promises.records:
        return public
    channels = tuple(replace(c, track_record=promises.records.get(c.id)) for c in public.channels)
    return replace(public, channels=channels)


def weekly(messages: list[ScoredMessage], channel_id: str, zone: ZoneInfo) -> tuple[WeekFigures, ...]:
    """A channel's figures per ISO week of the messages' local dates in ``zone``, oldest first."""
    weeks: dict[tuple[int, int], list[ScoredMessage]] = {}
    for m in messages:
        if m.row.channel == channel_id:
            year, week, _ = m.row.received_at.astimezone(zone).date().isocalendar()
            weeks.setdefault((year, week), []).append(m)
    return tuple(
        WeekFigures(year, week, date.fromisocalendar(year, week, 1), channel_summaries(weeks[(year, week)], [channel_id])[0])
        for year, week in sorted(weeks)
    )


def promises_view(report: Report, policy: Policy, files: tuple[str, ...] = (), later: int = 0) -> PromisesView:
    """The staff page's figures: per channel overall and per ISO week, then the missed messages."""
    zone = ZoneInfo(policy.business.timezone)
    names = {c.id: c.display_name for c in policy.channels}
    settings = {c.id: c.track_record for c in policy.channels if c.role == "answered"}
    channels = []
    for summary in report.channels:
        if summary.id not in settings and not summary.messages:
            continue  # rows of an announcements-only channel, all excluded
        setting = settings.get(summary.id)
        scored, record = (0, None)
        if setting is not None:
            scored, record = track_record(report.messages, summary.id, setting, report.as_of)
        channels.append(ChannelPromises(
            summary.id, names.get(summary.id, summary.id), summary, weekly(report.messages, summary.id, zone),
            setting, scored, record,
        ))
    missed = sorted((m for m in report.messages if m.verdict == "missed"),
                    key=lambda m: (m.row.received_at, m.row.file, m.row.line), reverse=True)
    shown = tuple(
        MissedMessage(
            m.row.id, names.get(m.row.channel, m.row.channel), m.row.file, m.row.line, m.row.received_at.astimezone(zone),
            m.reply_by.astimezone(zone) if m.reply_by else m.row.received_at.astimezone(zone),
            m.row.first_reply_at.astimezone(zone) if m.row.first_reply_at else None,
        )
        for m in missed[:MISSED_SHOWN]
    )
    versions = tuple(use.version.label for use in report.versions) if report.in_git else ()
    return PromisesView(
        report.as_of.astimezone(zone), tuple(channels), shown, len(missed), files, versions, report.policy_file,
        report.reason, later,
    )


def promises_kept(log: PolicyLog, policy: Policy, policy_file: str, as_of: datetime) -> Promises:
    """Score the log against the policy in force when each message arrived, as of the build time.

    Rows received after ``as_of`` are left out (counted in the view).
    ``policy`` is the policy the site is built from (it names the channels and
    holds the track_record settings). Raises PolicyError with a located problem
    for every row whose channel is unknown or announcements-only (as
    ``expectations report`` does).
    """
    rows = [row for row in log.rows if row.received_at <= as_of]
    report = score_log(log.versions, rows, as_of, policy_file=policy_file, notes=list(log.notes), reason=log.reason)
    view = promises_view(report, policy, log.files, len(log.rows) - len(rows))
    return Promises(report, view, track_records(report, policy))


__all__ = [
    "MISSED_SHOWN",
    "ChannelPromises",
    "MissedMessage",
    "PolicyLog",
    "Promises",
    "PromisesView",
    "WeekFigures",
    "promises_kept",
    "promises_view",
    "scored_in_window",
    "track_record",
    "track_records",
    "weekly",
    "with_track_records",
]
