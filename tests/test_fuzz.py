"""No input whatsoever produces anything but located problems: fuzzing the loader and the model."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.load import load_text
from generator.model.validate import validate
from generator.problems import PolicyError
from tests.conftest import EXAMPLE, MINIMAL

KEYS = ["policy", "business", "name", "timezone", "locale", "schedules", "desk", "mon-fri", "sat", "daily",
        "channels", "id", "type", "schedule", "first_response", "role", "url", "internal", "target", "closures",
        "dates", "date", "hours", "help_topics", "topic", "faq", "entries", "question", "answer", "playbook"]
SCALARS = ["1", "closed", "24/7", "09:00-17:00", "22:00-06:00", "[09:00-12:00, 13:00-17:00]", "1h", "2d", "x",
           "email", "answered", "announcements", "Europe/Lisbon", "2026-12-25", "https://a.example", "no", "", "~",
           "'quoted'", "&a x", "*a", "!!str x", "{a: b}", "[", "]", "-", ":", "?", "|", ">", "#"]


def check(raw: bytes) -> None:
    try:
        validate(load_text(raw, "f.yaml"))
    except PolicyError as exc:
        for problem in exc.problems:
            assert problem.file == "f.yaml"
            assert problem.line >= 1 and problem.col >= 1
            assert "\n" not in problem.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes(raw: bytes) -> None:
    check(raw)


yaml_lines = st.lists(
    st.tuples(st.integers(0, 3), st.sampled_from(KEYS + ["- id", "-"]), st.sampled_from(SCALARS)),
    max_size=25,
).map(lambda rows: "".join(f"{'  ' * depth}{key}: {value}\n" for depth, key, value in rows))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_lines)
def test_random_yaml_shaped_text(text: str) -> None:
    check(text.encode("utf-8"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(MINIMAL) - 1), st.text(alphabet=string.printable + "\u00e9\u2013\u00a0\ufeff", max_size=12))
def test_mutated_minimal_policy(at: int, insert: str) -> None:
    check((MINIMAL[:at] + insert + MINIMAL[at:]).encode("utf-8"))


EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(EXAMPLE_TEXT) - 1), st.integers(1, 40))
def test_truncated_or_cut_example(at: int, length: int) -> None:
    check((EXAMPLE_TEXT[:at] + EXAMPLE_TEXT[at + length:]).encode("utf-8"))


time_text = st.integers(0, 24 * 4 - 1).map(lambda q: f"{q // 4:02d}:{q % 4 * 15:02d}")
range_text = st.tuples(time_text, time_text).map(lambda t: f"{t[0]}-{t[1]}")
day_value = st.one_of(st.just("closed"), range_text)
schedule = st.one_of(
    st.just("24/7"),
    st.dictionaries(st.sampled_from(["mon", "tue", "sat", "sun", "mon-fri", "fri-mon", "weekends", "daily"]), day_value,
                    min_size=1, max_size=4),
)
zones = st.sampled_from(["Europe/Lisbon", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC",
                         "Pacific/Chatham", "America/Santiago"])
promises = st.sampled_from(["5m", "15m", "1h", "90m", "8h", "1d", "2d", "5d"])
names = st.text(alphabet=string.printable + "\u00e9\u2013<>&\"'`*_[]{}|", min_size=1, max_size=30).filter(str.strip)


def yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\x0b", "\\v").replace("\x0c", "\\f") + '"'


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(zones, schedule, promises, names, st.booleans(), st.dates())
def test_any_valid_policy_builds_its_pages(zone, hours, promise, name, with_announcements, today) -> None:
    from datetime import datetime, time, timezone

    from generator.model.values import ValueProblem, parse_weekly_hours
    from generator.pipeline import LoadedPolicy, build_site

    try:
        parse_weekly_hours(hours)
    except ValueProblem:
        return  # overlapping ranges: a validation error, covered elsewhere
    if isinstance(hours, str):
        schedule_text = f"  desk: {hours}\n"
    else:
        schedule_text = "  desk:\n" + "".join(f"    {k}: {v}\n" for k, v in hours.items())
    text = (
        f"policy: 1\nbusiness:\n  name: {yaml_quote(name)}\n  timezone: {zone}\nschedules:\n{schedule_text}"
        f"channels:\n  - id: main\n    type: chat\n    name: {yaml_quote(name)}\n    schedule: desk\n"
        f"    first_response: {promise}\n"
        + ("  - id: news\n    type: instagram\n    role: announcements\n" if with_announcements else "")
        + f"help_topics:\n  - topic: {yaml_quote(name)}\n    channels: [main]\n"
    )
    policy = validate(load_text(text.encode("utf-8"), "f.yaml"))
    now = datetime.combine(today.replace(year=min(max(today.year, 1990), 2090)), time(12), timezone.utc)
    content = build_site([LoadedPolicy("f.yaml", policy)], now, "staff")
    assert {p.path for p in content.pages} >= {"index.md", "faq.md", "accounts.md", "playbook/replies.md"}
    assert "expectations.json" in content.files
