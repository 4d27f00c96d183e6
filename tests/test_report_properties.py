"""Property tests: for random logs on several policies, every row's reply_by is reply_by() and every verdict follows from it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.derive.hours import reply_by, staffed_intervals
from generator.derive.report import PolicyVersion, score_log
from generator.load.conversation_log import LogRow
from tests.conftest import policy_from

UTC = timezone.utc

NEW_YORK = """\
policy: 1
business:
  name: Corner Books
  timezone: America/New_York
  locale: en-US
schedules:
  desk:
    mon-fri: [09:00-12:00, 13:00-17:30]
    sat: 10:00-14:00
  nights:
    daily: 22:00-06:00
  around: 24/7
  early:
    daily: 01:00-03:00
closures:
  public_holidays: US
  dates:
    - date: 2026-11-26
      name: Thanksgiving
      hours: closed
    - date: 2026-03-09
      name: Stocktaking
      hours: 10:00-11:00
      schedules: [desk]
channels:
  - id: email
    type: email
    schedule: desk
    first_response: 2d
  - id: chat
    type: chat
    schedule: desk
    first_response: 90m
  - id: phone
    type: phone
    schedule: nights
    first_response: 30m
  - id: sms
    type: sms
    schedule: early
    first_response: 1d
  - id: whatsapp
    type: whatsapp
    schedule: around
    first_response: 15m
"""

LORD_HOWE = """\
policy: 1
business:
  name: Island Tours
  timezone: Australia/Lord_Howe
schedules:
  office:
    mon-sat: 08:30-16:00
    sun: 23:00-02:00
channels:
  - id: email
    type: email
    schedule: office
    first_response: 1d
  - id: chat
    type: chat
    schedule: office
    first_response: 4h
"""

POLICIES = [policy_from(NEW_YORK), policy_from(LORD_HOWE)]
# Windows around daylight-saving changes, holidays and closures.
WINDOWS = [
    (datetime(2026, 3, 6, tzinfo=UTC), datetime(2026, 3, 12, tzinfo=UTC)),  # New York springs forward 8 March
    (datetime(2026, 10, 30, tzinfo=UTC), datetime(2026, 11, 4, tzinfo=UTC)),  # falls back 1 November
    (datetime(2026, 11, 24, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC)),  # Thanksgiving
    (datetime(2026, 4, 3, tzinfo=UTC), datetime(2026, 4, 7, tzinfo=UTC)),  # Lord Howe: 30-minute change on 5 April
    (datetime(2026, 12, 20, tzinfo=UTC), datetime(2027, 1, 3, tzinfo=UTC)),  # Christmas, New Year
]


@st.composite
def logs(draw: st.DrawFn) -> tuple[int, list[LogRow], datetime]:
    which = draw(st.integers(0, len(POLICIES) - 1))
    policy = POLICIES[which]
    start, end = draw(st.sampled_from(WINDOWS))
    span = int((end - start).total_seconds())
    channels = [c.id for c in policy.channels]
    rows = []
    for line in range(2, draw(st.integers(1, 25)) + 2):
        received = start + timedelta(seconds=draw(st.integers(0, span // 60)) * 60)
        reply = None
        if draw(st.booleans()):
            reply = received + timedelta(minutes=draw(st.integers(0, 4 * 24 * 60)))
        rows.append(LogRow("log.csv", line, f"r{line}", draw(st.sampled_from(channels)), "", 2, received, reply, draw(st.booleans()) and draw(st.booleans())))
    as_of = start + timedelta(seconds=draw(st.integers(-86400, span + 5 * 86400)))
    return which, rows, as_of


@settings(max_examples=150, deadline=None)
@given(logs())
def test_every_row_is_scored_as_reply_by_says(case: tuple[int, list[LogRow], datetime]) -> None:
    which, rows, as_of = case
    policy = POLICIES[which]
    report = score_log([PolicyVersion(policy, None)], rows, as_of)
    assert [m.row for m in report.messages] == rows
    for m in report.messages:
        row = m.row
        if row.excluded:
            assert (m.verdict, m.reply_by, m.staffed) == ("excluded", None, None)
            continue
        expected = reply_by(policy, row.channel, row.received_at)
        assert m.reply_by.isoformat() == expected.isoformat()
        due = expected.astimezone(UTC)
        if row.first_reply_at is not None:
            assert m.verdict == ("kept" if row.first_reply_at <= due else "missed")
            end = row.first_reply_at
        else:
            assert m.verdict == ("missed" if as_of > due else "pending")
            end = as_of
        schedule = policy.channel(row.channel).schedule
        assert schedule is not None
        spans = staffed_intervals(policy, schedule, row.received_at, end) if end > row.received_at else []
        assert m.staffed == sum((e - s for s, e in spans), timedelta(0))
    for summary in report.channels:
        mine = [m for m in report.messages if m.row.channel == summary.id]
        assert summary.kept == sum(m.verdict == "kept" for m in mine)
        assert summary.messages == sum(m.verdict != "excluded" for m in mine)
