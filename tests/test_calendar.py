"""closures.ics: the closures, special hours and public holidays of the next 12 months, as RFC 5545 events.

The expected events are worked out here from the policy and the holidays
library directly (not from the generator's own special-day list), for the
example hotel in Halifax and for a shop in Lisbon with Portuguese holidays,
a special-hours day and another language.
"""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import pytest
from click.testing import CliRunner
from icalendar import Calendar

from generator.adapters.cli import main
from generator.pipeline import LoadedPolicy, build_site, site_policies
from tests.conftest import EXAMPLE, ROOT, policy_from

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)  # Mon Nov 23, 08:00 in Halifax
GOLDEN = Path(__file__).parent / "golden" / "reach"

LISBON = """\
policy: 1
business:
  name: Livraria Rio & Mar
  timezone: Europe/Lisbon
  locale: pt-PT
schedules:
  loja:
    mon-fri: 10:00-19:00
    sat: 10:00-13:00
  linha: 24/7
closures:
  public_holidays: PT
  dates:
    - date: 2027-03-27
      name: Inventário
      hours: [09:00-12:00, 14:00-16:00]
      schedules: [loja]
    - date: 2026-12-24
      name: Véspera de Natal
      hours: 10:00-13:00
channels:
  - id: email
    type: email
    name: Correio eletrónico
    handle: ola@riomar.example
    schedule: loja
    first_response: 1d
  - id: phone
    type: phone
    handle: "+351 21 000 0000"
    schedule: linha
    first_response: 15m
"""


def calendar_of(files: dict[str, str], path: str = "closures.ics") -> Calendar:
    text = files[path]
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return Calendar.from_ical(text)


def events(cal: Calendar) -> list:
    return list(cal.walk("VEVENT"))


def site(policy_text: str, name: str, now: datetime = NOW) -> dict[str, str]:
    return build_site([LoadedPolicy(f"policies/{name}.yaml", policy_from(policy_text))], now).files


def holiday_dates(country: str, subdiv: str | None, first: date, last: date) -> dict[date, str]:
    found = holidays.country_holidays(country, subdiv=subdiv, years=range(first.year, last.year + 1))
    return {d: n for d, n in found.items() if first <= d < last}


def test_example_calendar_matches_the_policy_and_the_holidays_library() -> None:
    cal = calendar_of(site(EXAMPLE.read_text(encoding="utf-8"), "harbor-view"))
    today = date(2026, 11, 23)
    until = date(2027, 11, 23)
    # Every non-24/7 schedule of the hotel has hours Monday to Saturday, none on Sunday.
    holiday = {d for d in holiday_dates("CA", "NS", today, until) if d.weekday() != 6}
    dated = {date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 31)}
    all_day = {e.decoded("dtstart"): e for e in events(cal) if not isinstance(e.decoded("dtstart"), datetime)}
    assert set(all_day) == (holiday - dated) | {date(2026, 12, 25)}
    assert date(2027, 11, 11) in all_day  # Remembrance Day, a Thursday, 11 months ahead
    assert date(2027, 11, 23) not in all_day and all(today <= d < until for d in all_day)
    for day, event in all_day.items():
        assert event.decoded("dtend") == day + timedelta(days=1)
        assert str(event["description"]).startswith(
            "Closed: X (Twitter), Facebook Messenger, Email and Web chat.\nOther channels keep their usual hours."
        )
    assert str(all_day[date(2026, 12, 25)]["summary"]) == "Harbor View Hotel closed: Christmas Day"
    assert str(all_day[date(2027, 7, 1)]["summary"]) == "Harbor View Hotel closed: Canada Day"
    assert str(all_day[date(2027, 7, 1)]["description"]).endswith("\nPublic holiday.")

    timed = sorted((e for e in events(cal) if isinstance(e.decoded("dtstart"), datetime)), key=lambda e: e.decoded("dtstart"))
    halifax = ZoneInfo("America/Halifax")
    assert [(e.decoded("dtstart"), e.decoded("dtend"), str(e["summary"])) for e in timed] == [
        (datetime(2026, 12, 24, 8, tzinfo=halifax), datetime(2026, 12, 24, 14, tzinfo=halifax),
         "Harbor View Hotel special hours: Christmas Eve"),
        (datetime(2026, 12, 31, 8, tzinfo=halifax), datetime(2026, 12, 31, 16, tzinfo=halifax),
         "Harbor View Hotel special hours: New Year's Eve"),
    ]
    assert str(timed[1]["description"]) == (
        "Open 8:00\u00a0a.m. to 4:00\u00a0p.m., Atlantic Time (Halifax): X (Twitter) and Facebook Messenger.\n"
        "Other channels keep their usual hours."
    )
    assert timed[0]["dtstart"].params["TZID"] == "America/Halifax"
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["America/Halifax"]
    for event in events(cal):
        assert event.decoded("dtstamp") == NOW
        assert str(event["transp"]) == "TRANSPARENT"
    assert str(cal["x-wr-calname"]) == "Harbor View Hotel: closures and special hours"
    assert str(cal["version"]) == "2.0" and str(cal["method"]) == "PUBLISH"


def test_a_lisbon_shop_with_portuguese_holidays_and_a_special_hours_day() -> None:
    cal = calendar_of(site(LISBON, "rio-mar"))
    today, until = date(2026, 11, 23), date(2027, 11, 23)
    lisbon = ZoneInfo("Europe/Lisbon")
    # The shop is open Monday to Saturday; the 24/7 line never closes.
    holiday = {d for d in holiday_dates("PT", None, today, until) if d.weekday() != 6}
    all_day = {e.decoded("dtstart") for e in events(cal) if not isinstance(e.decoded("dtstart"), datetime)}
    assert all_day == holiday
    assert date(2026, 12, 25) in all_day and date(2027, 4, 25) not in all_day  # Freedom Day 2027 is a Sunday
    timed = sorted(
        (e.decoded("dtstart"), e.decoded("dtend"), str(e["summary"]))
        for e in events(cal) if isinstance(e.decoded("dtstart"), datetime)
    )
    assert timed == [
        (datetime(2026, 12, 24, 10, tzinfo=lisbon), datetime(2026, 12, 24, 13, tzinfo=lisbon),
         "Horário especial de Livraria Rio & Mar: Véspera de Natal"),  # in the shop's language (pt-PT)
        # Saturday 27 March 2027 (the day before the clocks go forward): two ranges, two events.
        (datetime(2027, 3, 27, 9, tzinfo=lisbon), datetime(2027, 3, 27, 12, tzinfo=lisbon),
         "Horário especial de Livraria Rio & Mar: Inventário"),
        (datetime(2027, 3, 27, 14, tzinfo=lisbon), datetime(2027, 3, 27, 16, tzinfo=lisbon),
         "Horário especial de Livraria Rio & Mar: Inventário"),
    ]
    described = [str(e["description"]) for e in events(cal)]
    assert all("Correio eletrónico" in d and "Phone" not in d for d in described)
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Lisbon"]
    uids = [str(e["uid"]) for e in events(cal)]
    assert len(set(uids)) == len(uids)


def test_uids_are_stable_across_builds_and_dtstamp_is_the_build_time() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    later = NOW + timedelta(days=3, hours=5)
    first = {e.decoded("dtstart"): str(e["uid"]) for e in events(calendar_of(site(text, "harbor-view")))}
    second_cal = calendar_of(site(text, "harbor-view", later))
    second = {e.decoded("dtstart"): str(e["uid"]) for e in events(second_cal)}
    assert {d: u for d, u in second.items() if d in first} == {d: u for d, u in first.items() if d in second}
    assert all(e.decoded("dtstamp") == later for e in events(second_cal))
    # The same build time gives the same bytes.
    assert site(text, "harbor-view")["closures.ics"] == site(text, "harbor-view")["closures.ics"]
    # Another policy file (another location) gives other UIDs for the same days.
    other = {e.decoded("dtstart"): str(e["uid"]) for e in events(calendar_of(site(text, "harbor-view-2")))}
    assert set(other.values()).isdisjoint(first.values())


def test_example_calendar_golden() -> None:
    text = site(EXAMPLE.read_text(encoding="utf-8"), "harbor-view")["closures.ics"]
    golden = GOLDEN / "closures.ics"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_bytes(text.encode("utf-8"))
    assert text.encode("utf-8") == golden.read_bytes()


def test_a_calendar_with_nothing_to_say_is_still_valid() -> None:
    text = LISBON.split("closures:")[0] + LISBON.split("channels:", 1)[1].join(["channels:", ""])
    cal = calendar_of(site(text, "rio-mar"))
    assert events(cal) == []
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Lisbon"]  # RFC 5545 needs one component


def test_one_calendar_per_location_linked_from_its_pages(tmp_path: Path) -> None:
    project = tmp_path / "two"
    shutil.copytree(ROOT / "tests" / "fixtures" / "two-locations", project)
    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml")],
                                env={"SOURCE_DATE_EPOCH": "1795435200", "GITHUB_ACTIONS": ""})
    assert result.exit_code == 0, result.output
    out = project / "site"
    assert not (out / "closures.ics").exists()
    for section in ("halifax", "lunenburg"):
        Calendar.from_ical((out / section / "closures.ics").read_bytes())
        hours = (out / section / "hours" / "index.html").read_text(encoding="utf-8")
        assert ('<link rel="alternate" type="text/calendar" title="Closures and special hours (calendar)" '
                'href="../closures.ics">') in hours
        assert 'href="../closures.ics">Add our closures to your calendar</a>' in hours
        home = (out / section / "index.html").read_text(encoding="utf-8")
        assert 'type="text/calendar" title="Closures and special hours (calendar)" href="closures.ics">' in home
    policies = site_policies(project / "policies")
    files = build_site(policies, NOW).files
    halifax = {str(e["uid"]) for e in events(calendar_of(files, "halifax/closures.ics"))}
    lunenburg = {str(e["uid"]) for e in events(calendar_of(files, "lunenburg/closures.ics"))}
    assert halifax and lunenburg and halifax.isdisjoint(lunenburg)
