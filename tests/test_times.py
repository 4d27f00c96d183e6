"""Build-time data: expectations.json, upcoming closures, worked examples, and the reply-by command."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from click.testing import CliRunner

from generator.adapters.cli import main
from generator.adapters.clock import ClockError, build_time
from generator.derive.examples import channel_examples
from generator.derive.public import public_view
from generator.derive.times import site_times, upcoming_special_days
from generator.render.data import expectations_json
from tests.conftest import EXAMPLE, MINIMAL, policy_from

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)  # Monday 08:00 in Halifax (UTC-4)

SMALL = MINIMAL.replace("Europe/Lisbon", "America/Halifax") + (
    "  - id: insta\n    type: instagram\n    role: announcements\n"
    "closures:\n  dates:\n    - date: 2026-11-25\n      name: Staff training\n"
)


def test_expectations_json_small_policy() -> None:
    policy = policy_from(SMALL)
    data = json.loads(expectations_json(public_view(policy), site_times(policy, NOW, weeks=1)))
    assert data["format"] == 1
    assert data["generated_at"] == "2026-11-23T12:00:00Z"
    assert data["valid_until"] == "2026-11-30T12:00:00Z"
    assert data["business"] == {
        "name": "Test Shop", "website": None, "timezone": "America/Halifax", "locale": "en", "summary": None, "area": None,
    }
    email, insta = data["channels"]
    # Mon-Fri 09:00-17:00 in Halifax is 13:00-21:00 UTC; Wednesday 25th is closed for training.
    assert email["staffed"] == [
        ["2026-11-23T13:00:00Z", "2026-11-23T21:00:00Z"],
        ["2026-11-24T13:00:00Z", "2026-11-24T21:00:00Z"],
        ["2026-11-26T13:00:00Z", "2026-11-26T21:00:00Z"],
        ["2026-11-27T13:00:00Z", "2026-11-27T21:00:00Z"],
    ]
    assert email["staffed_days"][0] == ["2026-11-23", "2026-11-23T13:00:00Z", "2026-11-23T21:00:00Z"]
    # Staffed days run through the local date of valid_until (Monday 30th, 08:00 local).
    assert [d[0] for d in email["staffed_days"]] == ["2026-11-23", "2026-11-24", "2026-11-26", "2026-11-27", "2026-11-30"]
    assert (email["first_response"], email["first_response_minutes"], email["first_response_days"]) == ("1d", None, 1)
    assert insta["role"] == "announcements" and insta["staffed"] == [] and insta["first_response"] is None
    assert data["closures"]["upcoming"] == [
        {"date": "2026-11-25", "name": "Staff training", "public_holiday": False,
         "hours": [{"channels": ["email"], "ranges": []}]},
    ]
    assert data["messages"]["status.open"] == "Staffed now · replies within about {duration}"


def test_expectations_json_has_no_staff_fields_and_is_html_safe() -> None:
    policy = policy_from(EXAMPLE.read_text(encoding="utf-8").replace("Harbor View Hotel\n", "Harbor <View> & Co\n", 1))
    text = expectations_json(public_view(policy), site_times(policy, NOW))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["business"]["name"] == "Harbor <View> & Co"
    for staff_only in ["Social team", "Check the mentions", "Duty manager", "internal", "playbook", "30m"]:
        assert staff_only not in text


def test_upcoming_special_days_of_the_example(example_policy) -> None:
    days = upcoming_special_days(example_policy, date(2026, 11, 23))
    assert [(d.date.isoformat(), d.name, d.public_holiday) for d in days] == [
        ("2026-12-24", "Christmas Eve", False),
        ("2026-12-25", "Christmas Day", False),
        ("2026-12-31", "New Year's Eve", False),
        ("2027-01-01", "New Year's Day", True),
    ]
    assert [c.channel_ids for c in days[2].changes] == [("x", "facebook")]


def test_worked_examples(example_policy) -> None:
    def show(channel: str) -> list[str]:
        return [f"{e.sent:%a %H:%M} -> {e.deadline:%a %H:%M}" for e in channel_examples(example_policy, channel, date(2026, 11, 23))]

    # Social desk: Mon-Fri 08-20, Sat 09-17; 1h promise.
    assert show("x") == ["Sat 16:30 -> Mon 08:30", "Sat 18:00 -> Mon 09:00"]
    # Reservations: Mon-Fri 08-18, Sat 09-13; 1d promise.
    assert show("email") == ["Mon 07:30 -> Mon 18:00", "Sat 13:30 -> Mon 18:00"]
    assert show("phone") == ["Sun 03:00 -> Sun 03:15"]
    # Chat: split shift, 15m promise.
    assert show("chat") == ["Sat 13:55 -> Mon 09:10", "Sat 15:00 -> Mon 09:15"]
    assert show("instagram") == []


def test_build_time_from_source_date_epoch() -> None:
    assert build_time({"SOURCE_DATE_EPOCH": "1795435200"}) == datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    try:
        build_time({"SOURCE_DATE_EPOCH": "yesterday"})
    except ClockError as exc:
        assert str(exc) == "SOURCE_DATE_EPOCH='yesterday' is not a whole number of seconds since 1970"
    else:
        raise AssertionError("no error")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_reply_by_prints_the_deadline_last() -> None:
    result = run("reply-by", "--channel", "x", "--policy", str(EXAMPLE), "--at", "2026-11-27T23:30:00Z")
    assert result.exit_code == 0, result.output
    # Friday 19:30 in Halifax: 30 staffed minutes left on Friday, the other 30 on Saturday from 09:00.
    assert result.stdout.split()[-1] == "2026-11-28T09:30:00-04:00"


def test_reply_by_accepts_offsets() -> None:
    result = run("reply-by", "--channel", "email", "--policy", str(EXAMPLE), "--at", "2026-11-27T21:30:00-03:00")
    assert result.stdout.split()[-1] == "2026-11-28T13:00:00-04:00"


def test_reply_by_errors() -> None:
    announcements = run("reply-by", "--channel", "instagram", "--policy", str(EXAMPLE), "--at", "2026-11-27T12:00:00Z")
    assert announcements.exit_code == 1
    assert announcements.stderr == "error: channel 'instagram' is announcements-only: it has no schedule and no reply time\n"
    unknown = run("reply-by", "--channel", "tiktok", "--policy", str(EXAMPLE), "--at", "2026-11-27T12:00:00Z")
    assert unknown.exit_code == 1
    assert unknown.stderr == "error: unknown channel 'tiktok'; known channels: x, facebook, instagram, email, phone, chat\n"
    naive = run("reply-by", "--channel", "x", "--policy", str(EXAMPLE), "--at", "2026-11-27T12:00")
    assert naive.exit_code == 2
    assert "has no time zone; add Z or an offset such as +01:00" in naive.stderr
    garbage = run("reply-by", "--channel", "x", "--policy", str(EXAMPLE), "--at", "friday")
    assert garbage.exit_code == 2
