"""The example sites built with Zensical, in Chromium: axe-core on every page of both languages, the switcher, and the live status.

The same checks as tests/browser/test_accessibility.py and
tests/browser/test_example_site.py, with their helpers, on the public and the
staff site built by ``expectations build --engine zensical`` (once per
session, when the tests are collected, so each page is its own test).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.browser.test_accessibility import (
    CLOSED,
    SITES,
    STAFFED,
    Served,
    SitePage,
    Visit,
    _build_example_sites,
    _walk_pages,
    assert_no_violations,
    wait_for_live_status,
)
from tests.browser.test_example_site import open_page

pytest.importorskip("zensical")

def _build_zensical_sites(config: pytest.Config) -> Path:
    return _build_example_sites(config, "zensical")


def _zensical_pages(project: Path) -> list[SitePage]:
    """Every page of both sites, each language's 404 page among them (Zensical's link their assets relatively)."""
    return _walk_pages(project, every_404=True)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "zensical_page" in metafunc.fixturenames:
        pages = _zensical_pages(_build_zensical_sites(metafunc.config))
        metafunc.parametrize("zensical_page", pages, ids=[p.id for p in pages])


@pytest.fixture(scope="module")
def served(request, static_server) -> Served:
    project = _build_zensical_sites(request.config)
    for site, (_, site_dir) in SITES.items():
        shutil.copytree(project / site_dir, static_server.root / site)
    return Served(project=project, origin=static_server.origin)


def test_the_sites_were_built_by_zensical(served) -> None:
    for _, site_dir in SITES.values():
        home = (served.project / site_dir / "index.html").read_text(encoding="utf-8")
        assert '<meta name="generator" content="zensical-' in home


def _visit(browser, served, site_page: SitePage, at: str) -> Visit:  # type: ignore[no-untyped-def]
    if not site_page.path.endswith("/404.html"):
        return Visit(browser, served, site_page.site, site_page.path, at)
    # A language's 404 page, like the root's, has root-relative links: the visit emulates a site at its host's root.
    visit = Visit(browser, served, site_page.site, "404.html", at)
    visit.page.goto(served.url(site_page.site, site_page.path), wait_until="load")
    return visit


def test_page_has_no_axe_violations(browser, served, zensical_page: SitePage) -> None:
    visit = _visit(browser, served, zensical_page, STAFFED)
    try:
        page = visit.page
        site_name = served.site_name(zensical_page.site, zensical_page.path)
        title = page.title().strip()
        assert title and title != site_name, f"{zensical_page.id}: <title> {title!r} does not name the page"
        assert title.endswith(f" - {site_name}")
        description = page.locator('head meta[name="description"]')
        assert description.count() == 1
        assert (description.get_attribute("content") or "").strip()
        if zensical_page.path == "" and zensical_page.site == "public":
            assert wait_for_live_status(page) == 5
        else:
            wait_for_live_status(page)
        assert_no_violations(page, f"zensical {zensical_page.id}")
        assert visit.foreign == [] and visit.errors == []
    finally:
        visit.close()


def test_home_page_when_channels_are_closed(browser, served) -> None:
    visit = Visit(browser, served, "public", "", CLOSED)
    try:
        page = visit.page
        assert wait_for_live_status(page) == 5
        statuses = [" ".join(t.split()) for t in page.locator(".channel-status .status-now").all_inner_texts()]
        assert sum(s.startswith("Closed now") for s in statuses) == 4, statuses
        assert_no_violations(page, "zensical public/index when closed")
        assert visit.foreign == [] and visit.errors == []
    finally:
        visit.close()


def test_live_status_on_the_home_page(browser, served) -> None:
    # Tuesday 2026-11-24 10:00 in Halifax, 15:00 in London.
    context, page, foreign, errors = open_page(
        browser, served.url("public"), "2026-11-24T14:00:00Z", "Europe/London", served.origin
    )
    try:
        x = page.locator('.channel-status[data-channel="x"]')
        x.wait_for(state="visible")
        assert " ".join(x.inner_text().split()) == (
            "Staffed now · replies within about 1 hour "
            "Write now and we reply by today 11:00 a.m. (3:00 p.m. your time)."
        )
        chat = " ".join(page.locator('.channel-status[data-channel="chat"]').inner_text().split())
        assert chat.startswith("Staffed now · replies within about 15 minutes")
        assert page.locator(".channel-status").count() == 5
        assert page.locator(".channel-card").count() == 6  # the cards are styled blocks, Instagram included
        assert page.locator(".channel-card").first.evaluate("e => getComputedStyle(e).borderTopStyle") != "none"
        assert foreign == [] and errors == []
    finally:
        context.close()


# --- the French site -------------------------------------------------------------------------------


def test_the_french_pages_are_checked_too(request) -> None:
    pages = _zensical_pages(_build_zensical_sites(request.config))
    french = sorted(p.path for p in pages if p.site == "public" and p.path.startswith("fr-CA/"))
    assert {"fr-CA/", "fr-CA/faq/", "fr-CA/hours/", "fr-CA/help/", "fr-CA/accounts/", "fr-CA/about/", "fr-CA/404.html"} <= set(french)
    assert any(p.site == "staff" and p.path.startswith("fr-CA/playbook/") for p in pages)


def test_the_switcher_leads_to_the_same_page_and_back(browser, served) -> None:
    context = browser.new_context(timezone_id="America/Halifax", locale="fr-CA")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(served.url("public", "fr-CA/faq/"))
        assert page.evaluate("document.documentElement.lang") == "fr-CA"
        assert page.title() == "Questions fréquentes - Hôtel Harbor View"
        page.locator(".md-header__option .md-select").hover()
        english = page.locator('a.md-select__link[hreflang="en-CA"]')
        assert english.inner_text().strip() == "English (Canada)"
        english.click()
        page.wait_for_url(served.url("public", "faq/"))
        assert page.evaluate("document.documentElement.lang") == "en-CA"
        assert page.title() == "Frequently asked questions - Harbor View Hotel"
        page.locator(".md-header__option .md-select").hover()
        french = page.locator('a.md-select__link[hreflang="fr-CA"]')
        assert french.get_attribute("lang") == "fr-CA"
        assert french.inner_text().strip() == "Français (Canada)"
        french.click()
        page.wait_for_url(served.url("public", "fr-CA/faq/"))
        assert errors == []
    finally:
        context.close()


def test_the_french_home_page_shows_the_live_status_in_french(browser, served) -> None:
    context, page, foreign, errors = open_page(
        browser, served.url("public", "fr-CA/"), "2026-11-24T14:00:00Z", "Europe/London", served.origin
    )
    try:
        x = page.locator('.channel-status[data-channel="x"]')
        x.wait_for(state="visible")
        assert " ".join(x.inner_text().split()).startswith("En service actuellement · réponse en ")
        assert foreign == [] and errors == []
    finally:
        context.close()


def test_no_request_fails_on_any_page_of_either_language(browser, served) -> None:
    """Zensical's script, like Material's, probes for a sitemap beside every hreflang link; the pages answer the probes."""
    context = browser.new_context(timezone_id="America/Halifax", locale="fr-CA")
    page = context.new_page()
    failed: list[str] = []
    console: list[str] = []
    errors: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        root = served.project / SITES["public"][1]
        paths = sorted(p.relative_to(root).as_posix().removesuffix("index.html") for p in root.rglob("index.html"))
        assert "fr-CA/faq/" in paths
        for path in paths:
            page.goto(served.url("public", path))
            page.wait_for_load_state("networkidle")
        assert failed == [] and console == [] and errors == []
    finally:
        context.close()
