"""The example site as built by `expectations build`, opened in Chromium.

The build time is fixed with SOURCE_DATE_EPOCH (Monday 2026-11-23 12:00 UTC,
08:00 in Halifax), so the live status has data from then for eight weeks.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main

pytest.importorskip("playwright")

BUILT_AT = 1795435200  # 2026-11-23T12:00:00Z


@pytest.fixture(scope="module")
def site(static_server, tmp_path_factory):
    project = tmp_path_factory.mktemp("example")
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--example", str(project / "demo")]).exit_code == 0
    result = runner.invoke(
        main, ["build", "-f", str(project / "demo" / "mkdocs.yml")], env={"SOURCE_DATE_EPOCH": str(BUILT_AT)}
    )
    assert result.exit_code == 0, result.output
    shutil.copytree(project / "demo" / "site", static_server.root / "example")
    return static_server.url + "example/"


def open_page(browser, url: str, at: str, tz: str, origin: str, js: bool = True):
    context = browser.new_context(timezone_id=tz, locale="en-CA", java_script_enabled=js)
    page = context.new_page()
    foreign: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(origin) else foreign.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    if js:
        page.clock.set_fixed_time(datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(timezone.utc))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return context, page, foreign, errors


def test_live_status_on_the_example_home_page(browser, site, static_server) -> None:
    # Tuesday 2026-11-24 10:00 in Halifax, 15:00 in London.
    context, page, foreign, errors = open_page(
        browser, site, "2026-11-24T14:00:00Z", "Europe/London", static_server.origin
    )
    try:
        x = page.locator('.channel-status[data-channel="x"]')
        x.wait_for(state="visible")
        text = " ".join(x.inner_text().split())
        assert text == (
            "Staffed now · replies within about 1 hour "
            "Write now and we reply by today 11:00 a.m. (3:00 p.m. your time)."
        )
        chat = " ".join(page.locator('.channel-status[data-channel="chat"]').inner_text().split())
        assert chat.startswith("Staffed now · replies within about 15 minutes")
        assert page.locator(".channel-status").count() == 5  # every answered channel, not Instagram
        assert foreign == [] and errors == []
    finally:
        context.close()


def test_closed_on_christmas_day(browser, site, static_server) -> None:
    # Friday 2026-12-25 12:00 in Halifax: the social desk is closed for Christmas, opens Saturday.
    context, page, _, errors = open_page(browser, site, "2026-12-25T16:00:00Z", "America/Halifax", static_server.origin)
    try:
        x = page.locator('.channel-status[data-channel="x"]')
        x.wait_for(state="visible")
        assert " ".join(x.inner_text().split()) == (
            "Closed now · opens tomorrow 9:00 a.m. Write now and we reply by tomorrow 10:00 a.m."
        )
        phone = page.locator('.channel-status[data-channel="phone"]')
        assert " ".join(phone.inner_text().split()).startswith("Staffed now · replies within about 15 minutes")
        assert errors == []
    finally:
        context.close()


def test_without_javascript_the_static_text_stands(browser, site, static_server) -> None:
    context, page, foreign, _ = open_page(browser, site, "", "Europe/London", static_server.origin, js=False)
    try:
        assert page.locator('.channel-status[data-channel="x"]').is_hidden()
        card = page.locator(".channel-card", has=page.locator("#x"))
        assert "Monday to Friday: 8:00 a.m. to 8:00 p.m." in " ".join(card.inner_text().split())
        assert foreign == []
    finally:
        context.close()


def test_hours_page_chart_and_closures(browser, site, static_server) -> None:
    context, page, foreign, errors = open_page(
        browser, site + "hours/", "2026-11-24T14:00:00Z", "Europe/London", static_server.origin
    )
    try:
        chart = page.locator('svg[role="img"]')
        assert chart.count() == 1
        assert chart.get_attribute("aria-labelledby") == "hours-chart-title hours-chart-desc"
        assert page.locator("svg .chart-row").count() == 5
        assert page.locator("table").first.locator("tbody tr").count() == 5
        headings = [" ".join(h.split()).rstrip("¶") for h in page.locator("h3").all_inner_texts()]
        assert "Friday, December 25, 2026: Christmas Day" in headings
        assert foreign == [] and errors == []
    finally:
        context.close()


def test_live_status_on_a_site_with_two_locations(browser, static_server, tmp_path_factory) -> None:
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "two-locations"
    project = tmp_path_factory.mktemp("two") / "p"
    shutil.copytree(fixture, project)
    result = CliRunner().invoke(
        main, ["build", "-f", str(project / "mkdocs.yml")], env={"SOURCE_DATE_EPOCH": str(BUILT_AT)}
    )
    assert result.exit_code == 0, result.output
    shutil.copytree(project / "site", static_server.root / "two")
    # Tuesday 2026-11-24 06:30 in Halifax: the Lunenburg innkeeper starts at 07:00, Halifax's front desk is 24/7.
    context, page, foreign, errors = open_page(
        browser, static_server.url + "two/lunenburg/", "2026-11-24T10:30:00Z", "America/Halifax", static_server.origin
    )
    try:
        phone = page.locator('.channel-status[data-channel="phone"][data-location="lunenburg"]')
        phone.wait_for(state="visible")
        assert " ".join(phone.inner_text().split()) == (
            "Closed now · opens today 7:00 a.m. Write now and we reply by today 7:30 a.m."
        )
        assert foreign == [] and errors == []
    finally:
        context.close()
    context, page, _, errors = open_page(
        browser, static_server.url + "two/halifax/", "2026-11-24T10:30:00Z", "America/Halifax", static_server.origin
    )
    try:
        phone = page.locator('.channel-status[data-channel="phone"][data-location="halifax"]')
        phone.wait_for(state="visible")
        assert " ".join(phone.inner_text().split()).startswith("Staffed now · replies within about 15 minutes")
        assert errors == []
    finally:
        context.close()
