"""Exact error text for bad input: one located line per problem, never a traceback."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from tests.conftest import MINIMAL, problems_of


def edit(old: str, new: str) -> str:
    assert old in MINIMAL, old
    return MINIMAL.replace(old, new, 1)


CASES = [
    (
        "syntax-error",
        edit("    mon-fri: 09:00-17:00\n", "    mon-fri: [09:00-17:00\n"),
        ["p.yaml:7:14: error: this '[' is never closed (found ':' at line 8, column 9)"],
    ),
    (
        "tab-indentation",
        edit("  name: Test Shop\n", "\tname: Test Shop\n"),
        ["p.yaml:3:1: error: a tab character is used for indentation; indent with spaces"],
    ),
    (
        "duplicate-key",
        edit("  timezone: Europe/Lisbon\n", "  timezone: Europe/Lisbon\n  name: Other Shop\n"),
        ["p.yaml:5:3: error: duplicate key 'name' (first set on line 3); keep one"],
    ),
    (
        "unknown-key-with-suggestion",
        edit("    schedule: desk\n", "    schedul: desk\n"),
        ["p.yaml:11:5: error: channels[0]: unknown key 'schedul'; did you mean 'schedule'?"],
    ),
    (
        "unknown-top-level-key",
        MINIMAL + "chanels: []\n",
        ["p.yaml:13:1: error: (top level): unknown key 'chanels'; did you mean 'channels'?"],
    ),
    (
        "unknown-time-zone",
        edit("Europe/Lisbon", "Europe/Lisbn"),
        ["p.yaml:4:13: error: business.timezone: unknown time zone 'Europe/Lisbn'; did you mean 'Europe/Lisbon'?"],
    ),
    (
        "hour-25",
        edit("09:00-17:00", "09:00-25:00"),
        ["p.yaml:7:14: error: schedules.desk.mon-fri: '25:00' in '09:00-25:00' is not a time: hours go from 00 to 23"],
    ),
    (
        "nine-to-five",
        edit("09:00-17:00", "9-5"),
        ["p.yaml:7:14: error: schedules.desk.mon-fri: '9-5' is not a time range; write it as HH:MM-HH:MM, e.g. 09:00-17:00"],
    ),
    (
        "single-time",
        edit("09:00-17:00", "17:30"),
        [
            "p.yaml:7:14: error: schedules.desk.mon-fri: '17:30' is a single time; "
            "a range needs a start and an end, e.g. 09:00-17:30"
        ],
    ),
    (
        "no-instead-of-closed",
        edit("    mon-fri: 09:00-17:00\n", "    mon-fri: 09:00-17:00\n    sun: no\n"),
        ["p.yaml:8:10: error: schedules.desk.sun: 'no' is not a time range; write closed for a day without hours"],
    ),
    (
        "february-30",
        MINIMAL + "closures:\n  dates:\n    - date: 2026-02-30\n      name: Stocktake\n",
        ["p.yaml:15:13: error: closures.dates[0].date: '2026-02-30' is not a date: February 2026 has 28 days"],
    ),
    (
        "unknown-schedule",
        edit("    schedule: desk\n", "    schedule: dsk\n"),
        ["p.yaml:11:15: error: channels[0].schedule: unknown schedule 'dsk'; did you mean 'desk'?"],
    ),
    (
        "unknown-channel-in-help-topic",
        MINIMAL + "help_topics:\n  - topic: Billing\n    channels: [emial]\n",
        ["p.yaml:15:16: error: help_topics[0].channels[0]: unknown channel 'emial'; did you mean 'email'?"],
    ),
    (
        "duplicate-channel-id",
        MINIMAL + "  - id: email\n    type: phone\n    schedule: desk\n    first_response: 1h\n",
        ["p.yaml:13:9: error: channels[1].id: duplicate channel id 'email' (also channels[0]); ids must be unique"],
    ),
    (
        "duration-fast",
        edit("first_response: 1d", "first_response: fast"),
        [
            "p.yaml:12:21: error: channels[0].first_response: 'fast' is not a duration; "
            "write a number and a unit: 15m, 1h or 2d"
        ],
    ),
    (
        "javascript-url",
        edit("    type: email\n", "    type: email\n    url: javascript:alert(1)\n"),
        [
            "p.yaml:11:10: error: channels[0].url: 'javascript:alert(1)' uses the scheme 'javascript'; "
            "only http, https, mailto and tel links are allowed"
        ],
    ),
    (
        "empty-file",
        "",
        ["p.yaml:1:1: error: the file is empty; start with 'policy: 1' (see 'expectations init')"],
    ),
    (
        "comments-only",
        "# just a comment\n",
        ["p.yaml:1:1: error: the file is empty; start with 'policy: 1' (see 'expectations init')"],
    ),
    (
        "top-level-list",
        "- policy: 1\n",
        ["p.yaml:1:1: error: the policy must be a mapping of keys (policy, business, ...), not a list"],
    ),
    (
        "alias-bomb",
        'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nd: [*c,*c]\n',
        ["p.yaml:1:4: error: anchors (&name) are not allowed; repeat the value instead"],
    ),
    (
        "deep-nesting",
        "a: " + "[" * 30000 + "]" * 30000 + "\n",
        ["p.yaml:1:35: error: nesting is deeper than 32 levels; a policy never needs that"],
    ),
    (
        "latin-1-bytes",
        MINIMAL.replace("Test Shop", "Caf\u00e9 Shop").encode("latin-1"),
        ["p.yaml:3:12: error: the file is not UTF-8 (byte 0xE9 cannot be read); save it as UTF-8"],
    ),
    (
        "internal-target-slower",
        edit("    first_response: 1d\n", "    first_response: 1h\n    internal:\n      target: 2h\n"),
        [
            "p.yaml:14:15: error: channels[0].internal.target: internal target '2h' is slower than the public "
            "promise first_response '1h'; aim at least as fast as you promise"
        ],
    ),
    (
        "same-size-day-keys",
        edit("    mon-fri: 09:00-17:00\n", "    mon-fri: 09:00-17:00\n    weekdays: 10:00-16:00\n"),
        ["p.yaml:8:5: error: schedules.desk.weekdays: 'mon-fri' and 'weekdays' both set the hours for Monday; keep one"],
    ),
    (
        "missing-required-key",
        edit("  timezone: Europe/Lisbon\n", ""),
        ["p.yaml:3:3: error: business: missing required key 'timezone'"],
    ),
    (
        "announcements-with-schedule",
        edit("    type: email\n", "    type: email\n    role: announcements\n"),
        [
            "p.yaml:12:15: error: channels[0].schedule: an announcements channel is not answered, so it has no "
            "schedule or first_response; remove it, or set role: answered"
        ],
    ),
    (
        "unknown-role",
        edit("    type: email\n", "    type: email\n    role: answerd\n"),
        ["p.yaml:11:11: error: channels[0].role: 'answerd' is not one of: answered, announcements; did you mean 'answered'?"],
    ),
    (
        "wrong-version",
        edit("policy: 1\n", "policy: 2\n"),
        ["p.yaml:1:9: error: policy: '2' is not one of: 1"],
    ),
    (
        "tag",
        edit("  name: Test Shop\n", "  name: !!python/name:os.system Test Shop\n"),
        ["p.yaml:3:9: error: tags such as 'tag:yaml.org,2002:python/name:os.system' are not allowed; remove the tag"],
    ),
    (
        "two-documents",
        MINIMAL + "---\npolicy: 1\n",
        ["p.yaml:13:1: error: the file holds more than one YAML document; keep one policy per file"],
    ),
    (
        "overlapping-ranges",
        edit("09:00-17:00", "[09:00-12:00, 11:00-17:00]"),
        ["p.yaml:7:14: error: schedules.desk.mon-fri: the ranges '09:00-12:00' and '11:00-17:00' overlap; join them into one"],
    ),
    (
        "mapping-where-text-expected",
        edit("  name: Test Shop\n", "  name:\n    first: Test\n"),
        ["p.yaml:4:5: error: business.name: expected text, got a mapping"],
    ),
    (
        "unknown-reply-placeholder",
        MINIMAL + "playbook:\n  replies:\n    thanks: Thanks {custmer}, we reply by {reply_by}.\n",
        [
            "p.yaml:15:13: error: playbook.replies.thanks: unknown placeholder '{custmer}'; "
            "did you mean '{customer}'?"
        ],
    ),
    (
        "several-problems-in-one-file",
        edit("Europe/Lisbon", "Mars/Base").replace("first_response: 1d", "first_response: soon"),
        [
            "p.yaml:4:13: error: business.timezone: unknown time zone 'Mars/Base'; use an IANA name such as America/Halifax",
            "p.yaml:12:21: error: channels[0].first_response: 'soon' is not a duration; "
            "write a number and a unit: 15m, 1h or 2d",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_exact_error_lines(text: str | bytes, expected: list[str]) -> None:
    assert problems_of(text) == expected


def test_corpus_is_large_enough() -> None:
    assert len({c[0] for c in CASES}) >= 25


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_check_command_reports_and_exits_1(tmp_path, text: str | bytes, expected: list[str]) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["check", str(path)], env={"GITHUB_ACTIONS": ""})
    elapsed = time.perf_counter() - started
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stdout.splitlines()
    assert lines == [line.replace("p.yaml", str(path), 1) for line in expected]
    assert "Traceback" not in result.output
    assert elapsed < 1.0
