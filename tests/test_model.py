"""The typed policy: value parsing, day-key precedence, defaults and cross-checks."""

from __future__ import annotations

import pytest

from generator.model import values
from generator.model.crosscheck import not_slower
from generator.model.values import Duration, TimeRange, ValueProblem
from tests.conftest import MINIMAL, policy_from, problems_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15m", Duration(minutes=15)),
        ("90m", Duration(minutes=90)),
        ("1h", Duration(minutes=60)),
        ("2d", Duration(days=2)),
        (" 3 h ", Duration(minutes=180)),
        ("10min", Duration(minutes=10)),
    ],
    ids=["15m", "90m", "1h", "2d", "spaces", "min"],
)
def test_durations(text: str, expected: Duration) -> None:
    assert values.parse_duration(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0m", "'0m' is zero; a reply time must be at least 1m"),
        ("1w", "'1w' is not a duration; write a number and a unit: 15m, 1h or 2d"),
        ("-1h", "'-1h' is not a duration; write a number and a unit: 15m, 1h or 2d"),
        ("1.5h", "'1.5h' is not a duration; write a number and a unit: 15m, 1h or 2d"),
    ],
    ids=["zero", "weeks", "negative", "fraction"],
)
def test_bad_durations(text: str, message: str) -> None:
    with pytest.raises(ValueProblem) as info:
        values.parse_duration(text)
    assert info.value.message == message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:00-20:00", TimeRange(480, 1200)),
        ("22:00-06:00", TimeRange(1320, 1800)),
        ("09:00-24:00", TimeRange(540, 1440)),
        ("00:00-24:00", TimeRange(0, 1440)),
        ("10:00-10:00", TimeRange(600, 2040)),
        ("8:30 - 12:00", TimeRange(510, 720)),
        ("08:00\u201312:00", TimeRange(480, 720)),
    ],
    ids=["day", "overnight", "to-midnight", "whole-day", "same-time-is-24h", "spaces", "en-dash"],
)
def test_ranges(text: str, expected: TimeRange) -> None:
    assert values.parse_range(text) == expected


@pytest.mark.parametrize(
    ("key", "days"),
    [
        ("mon", (0,)),
        ("mon-fri", (0, 1, 2, 3, 4)),
        ("fri-mon", (4, 5, 6, 0)),
        ("sat-sun", (5, 6)),
        ("daily", (0, 1, 2, 3, 4, 5, 6)),
        ("weekdays", (0, 1, 2, 3, 4)),
        ("weekends", (5, 6)),
        ("Mon", (0,)),
    ],
    ids=["one", "range", "wrapping", "weekend-range", "daily", "weekdays", "weekends", "capitalised"],
)
def test_day_keys(key: str, days: tuple[int, ...]) -> None:
    assert values.parse_day_key(key) == days


def test_fewest_days_wins() -> None:
    hours = values.parse_weekly_hours(
        {"daily": "08:00-20:00", "weekends": "10:00-16:00", "sat": "closed", "mon-fri": "09:00-17:00"}
    )
    assert hours.days[0] == (TimeRange(540, 1020),)
    assert hours.days[5] == ()
    assert hours.days[6] == (TimeRange(600, 960),)


def test_unnamed_days_are_closed() -> None:
    hours = values.parse_weekly_hours({"mon": "09:00-17:00"})
    assert hours.days[1:] == ((),) * 6


@pytest.mark.parametrize("word", ["24/7", "always", "Always"])
def test_always(word: str) -> None:
    assert values.parse_weekly_hours(word).always


def test_every_problem_in_a_schedule_is_reported() -> None:
    text = MINIMAL.replace("    mon-fri: 09:00-17:00\n", "    mon-fri: 9-5\n    sat: 25:00-26:00\n    holiday: closed\n")
    assert problems_of(text) == [
        "p.yaml:7:14: error: schedules.desk.mon-fri: '9-5' is not a time range; write it as HH:MM-HH:MM, e.g. 09:00-17:00",
        "p.yaml:8:10: error: schedules.desk.sat: '25:00' in '25:00-26:00' is not a time: hours go from 00 to 23",
        "p.yaml:9:5: error: schedules.desk.holiday: unknown day key 'holiday'; "
        "use mon..sun, a range such as mon-fri, daily, weekdays or weekends",
    ]


def test_example_policy_is_valid(example_policy) -> None:
    assert example_policy.business.name == "Harbor View Hotel"
    assert [c.id for c in example_policy.channels] == ["x", "facebook", "instagram", "email", "phone", "chat"]
    assert example_policy.schedules["front-desk"].always
    assert example_policy.channel("instagram").role == "announcements"
    assert example_policy.schedules["chat-shifts"].days[0] == (TimeRange(540, 720), TimeRange(780, 1020))


def test_defaults() -> None:
    policy = policy_from(MINIMAL)
    assert policy.business.locale == "en"
    assert policy.channels[0].role == "answered"
    assert policy.channels[0].display_name == "Email"
    assert policy.faq.auto is True
    assert policy.closures.dates == []


@pytest.mark.parametrize(
    ("target", "promise", "staffed_day", "ok"),
    [
        ("30m", "1h", 480, True),
        ("1h", "1h", 480, True),
        ("2h", "1h", 480, False),
        ("1d", "2d", 480, True),
        ("3d", "2d", 480, False),
        ("8h", "1d", 480, True),
        ("9h", "1d", 480, False),
        ("9h", "2d", 480, True),
        ("1d", "8h", 480, False),
    ],
    ids=["faster", "equal", "slower", "days-faster", "days-slower", "hours-in-a-day", "hours-over-a-day",
         "hours-in-two-days", "days-against-hours"],
)
def test_internal_target_comparison(target: str, promise: str, staffed_day: int, ok: bool) -> None:
    assert not_slower(values.parse_duration(target), values.parse_duration(promise), staffed_day) is ok


def test_help_topic_cannot_point_at_announcements_channel() -> None:
    text = MINIMAL + "  - id: insta\n    type: instagram\n    role: announcements\nhelp_topics:\n  - topic: Billing\n    channels: [insta]\n"
    assert problems_of(text) == [
        "p.yaml:18:16: error: help_topics[0].channels[0]: channel 'insta' is announcements-only, "
        "so it cannot take help requests; point the topic at an answered channel"
    ]


def test_closure_for_unknown_schedule() -> None:
    text = MINIMAL + "closures:\n  dates:\n    - date: 2026-12-25\n      name: Christmas\n      schedules: [front]\n"
    assert problems_of(text) == [
        "p.yaml:17:19: error: closures.dates[0].schedules[0]: unknown schedule 'front'; known schedules: desk"
    ]


def test_two_closures_on_one_date() -> None:
    closure = "    - date: 2026-12-25\n      name: Christmas\n"
    text = MINIMAL + "closures:\n  dates:\n" + closure + closure
    assert problems_of(text) == [
        "p.yaml:17:13: error: closures.dates[1].date: 2026-12-25 already has a closure (closures.dates[0]); "
        "keep one per date, or list different schedules"
    ]


@pytest.mark.parametrize(
    ("region", "message"),
    [
        ("XX", "closures.public_holidays: unknown country 'XX' for public holidays; use an ISO 3166 code such as CA or CA-NS"),
        ("CA-ZZ", "closures.public_holidays: unknown subdivision 'ZZ' of CA; known: AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, ..."),
    ],
    ids=["country", "subdivision"],
)
def test_public_holiday_regions(region: str, message: str) -> None:
    text = MINIMAL + f"closures:\n  public_holidays: {region}\n"
    assert problems_of(text) == [f"p.yaml:14:20: error: {message}"]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://example.com/a", None),
        ("mailto:help@example.com", None),
        ("tel:+15550100", None),
        ("ftp://example.com", "'ftp://example.com' uses the scheme 'ftp'; only http, https, mailto and tel links are allowed"),
        ("example.com", "'example.com' is not a full link; start it with https://, mailto: or tel:"),
        ("https://", "'https://' has no host; write it as https://example.com/..."),
        ("https://a.b/<x>", "'https://a.b/<x>' is not a link: it contains spaces or <>\"` characters"),
        ("data:text/html,hi", "'data:text/html,hi' uses the scheme 'data'; only http, https, mailto and tel links are allowed"),
    ],
    ids=["https", "mailto", "tel", "ftp", "no-scheme", "no-host", "angle-brackets", "data"],
)
def test_urls(url: str, message: str | None) -> None:
    if message is None:
        assert values.parse_url(url) == url
    else:
        with pytest.raises(ValueProblem) as info:
            values.parse_url(url)
        assert info.value.message == message


@pytest.mark.parametrize("locale", ["en", "en-CA", "fr", "de-AT", "pt_BR"])
def test_locales(locale: str) -> None:
    assert values.parse_locale(locale) == locale


def test_unknown_locale() -> None:
    with pytest.raises(ValueProblem) as info:
        values.parse_locale("xx-YY")
    assert info.value.message == "unknown locale 'xx-YY'; use a language tag such as en-CA or fr"


def test_a_zone_of_the_tzdata_list_is_known_without_walking_the_system_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.model import values

    def walked() -> frozenset[str]:
        raise AssertionError("the system's zone folder was walked")

    monkeypatch.setattr(values, "_zones", walked)
    assert values.parse_timezone(" America/Halifax ") == "America/Halifax"
    assert "Pacific/Chatham" in values._tzdata_zones() and "localtime" not in values._tzdata_zones()


def test_an_unknown_zone_is_checked_against_every_zone_this_machine_knows() -> None:
    from generator.model import values

    with pytest.raises(values.ValueProblem, match="unknown time zone 'Europe/Lisbn'; did you mean 'Europe/Lisbon'"):
        values.parse_timezone("Europe/Lisbn")
