"""A chain in Chromium: the locations filter, the plain list without JavaScript, axe-core on the index,
and the live status of two locations in different zones, each page loading only its own data."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.browser.test_accessibility import assert_no_violations
from tests.test_chains import chain

expect = pytest.importorskip("playwright.sync_api").expect


@pytest.fixture(scope="module")
def site(static_server) -> str:
    built = chain(static_server.root / "project", 12)
    assert (built / "index.html").is_file()
    return static_server.url + "project/site/"


def _page(browser, url: str, at: str = "2026-11-24T10:30:00Z", **options):
    context = browser.new_context(timezone_id="Europe/Berlin", locale="en-GB", **options)
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.clock.set_fixed_time(datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(timezone.utc))
    page.goto(url)
    return context, page, requests, errors


def test_filter_narrows_the_list_and_says_how_many_match(browser, site: str) -> None:
    context, page, _, errors = _page(browser, site)
    try:
        box = page.get_by_label("Find a location")
        expect(box).to_be_visible()
        items = page.locator(".locations__list > li")
        expect(items).to_have_count(12)
        box.fill("lisboa")
        expect(page.locator(".locations__list > li:visible")).to_have_count(3)
        visible = page.locator(".locations__list > li:visible").all_inner_texts()
        assert visible == ["Corner Shoe Co. Lisboa 1 Lisboa", "Corner Shoe Co. Lisboa 6 Lisboa",
                           "Corner Shoe Co. Lisboa 11 Lisboa"]
        page.clock.run_for(500)
        expect(page.locator("#locations-count")).to_have_text("3 of 12 locations match.")
        box.fill("shibuya 7")
        expect(page.locator(".locations__list > li:visible")).to_have_count(1)
        box.fill("nowhere at all")
        expect(page.locator(".locations__list > li:visible")).to_have_count(0)
        page.clock.run_for(500)
        expect(page.locator("#locations-count")).to_have_text("No location matches; try part of a name or a town.")
        box.fill("")
        expect(page.locator(".locations__list > li:visible")).to_have_count(12)
        assert errors == []
    finally:
        context.close()


def test_without_javascript_the_plain_list_stands(browser, site: str) -> None:
    context, page, _, _ = _page(browser, site, java_script_enabled=False)
    try:
        expect(page.locator(".locations__list > li:visible")).to_have_count(12)
        expect(page.locator("#locations-filter")).to_be_hidden()
        assert page.locator(".locations__list a").first.get_attribute("href") == "store-001/"
    finally:
        context.close()


def test_locations_index_has_no_axe_violations(browser, site: str) -> None:
    context, page, _, _ = _page(browser, site)
    try:
        expect(page.get_by_label("Find a location")).to_be_visible()
        assert_no_violations(page, "the locations index")
        page.get_by_label("Find a location").fill("kreuzberg")
        assert_no_violations(page, "the filtered locations index")
    finally:
        context.close()


@pytest.mark.parametrize(
    ("store", "zone_open"),
    [("store-001", True), ("store-002", False)],  # Lisbon 10:30 (open); Tokyo 19:30 (closed)
    ids=["lisbon-open", "tokyo-closed"],
)
def test_live_status_in_each_location_zone(browser, site: str, store: str, zone_open: bool) -> None:
    context, page, requests, errors = _page(browser, f"{site}{store}/")
    try:
        line = page.locator('.channel-status[data-channel="email"]')
        expect(line).to_be_visible()
        expect(line).to_have_class(f"channel-status {'is-open' if zone_open else 'is-closed'}")
        text = line.locator(".status-now").inner_text()
        assert text.startswith("Staffed now") if zone_open else text.startswith("Closed")
        data = [u for u in requests if u.endswith("expectations.json")]
        assert data == [f"{site}{store}/expectations.json"]  # its own location's data, never the whole chain's
        assert errors == []
    finally:
        context.close()
