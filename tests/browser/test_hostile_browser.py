"""The hostile builds of tests/test_hostile.py opened in Chromium: nothing in policy text runs.

Every page of the public and the staff site is loaded with JavaScript on and
the clock inside the live-status data, with the site search used on each
site. Payloads in the corpus would set ``window.__pwned`` or open a dialog;
neither may happen, no request may leave the local server, and the page may
not gain elements with event handlers, a <base> or a refresh.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.test_hostile import hostile_sites

pytest.importorskip("playwright")

NOW = datetime(2026, 11, 24, 14, 0, tzinfo=timezone.utc)  # Tuesday 10:00 in Halifax: channels are staffed

PROBE = """() => ({
    pwned: typeof window.__pwned,
    handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))
        .filter(n => n.toLowerCase().startsWith('on')),
    base: document.querySelectorAll('base').length,
    refresh: document.querySelectorAll('meta[http-equiv]').length,
    frames: document.querySelectorAll('iframe, frame, object, embed, img').length,
})"""


@pytest.fixture(scope="module")
def served(static_server, tmp_path_factory):
    sites = hostile_sites(tmp_path_factory)
    for audience, folder in sites.hostile.items():
        shutil.copytree(folder, static_server.root / audience)
    return static_server


def _urls(root: Path, audience: str, base: str) -> list[str]:
    urls = []
    for page in sorted((root / audience).rglob("*.html")):
        relative = page.relative_to(root / audience).as_posix()
        urls.append(base + audience + "/" + (relative[: -len("index.html")] if relative.endswith("index.html") else relative))
    return urls


def _visit_all(browser, served, audience: str) -> None:
    context = browser.new_context(timezone_id="Europe/London", locale="en-CA", viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    foreign: list[str] = []
    errors: list[str] = []
    try:
        page = context.new_page()
        page.clock.set_fixed_time(NOW)

        def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
            dialogs.append(f"{dialog.type}: {dialog.message} on {page.url}")
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("request", lambda r: None if r.url.startswith(served.origin) else foreign.append(r.url))
        page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
        urls = _urls(served.root, audience, served.url)
        assert len(urls) >= 6
        for url in urls:
            response = page.goto(url, wait_until="load")
            assert response is not None
            page.wait_for_timeout(50)
            probe = page.evaluate(PROBE)
            assert probe == {"pwned": "undefined", "handlers": [], "base": 0, "refresh": 0, "frames": 0}, url
        # The live status fills in on the home page from expectations.json (names and all).
        page.goto(served.url + audience + "/", wait_until="load")
        page.locator('.channel-status[data-channel="c0"]').wait_for(state="visible")
        # Search renders titles and text of every section, corpus included.
        search = page.locator("input.md-search__input")
        search.click()
        search.press_sequentially("answer")  # every "Do you answer on <corpus>?" question
        page.locator(".md-search-result__item").first.wait_for(state="attached", timeout=10000)
        page.wait_for_timeout(200)
        assert page.evaluate(PROBE)["pwned"] == "undefined"
        assert page.locator(".md-search-result__item").count() > 0
        assert dialogs == [] and foreign == [] and errors == []
    finally:
        context.close()


def test_nothing_from_policy_text_runs_on_the_public_site(browser, served) -> None:
    _visit_all(browser, served, "public")


def test_nothing_from_policy_text_runs_on_the_staff_site(browser, served) -> None:
    _visit_all(browser, served, "staff")
