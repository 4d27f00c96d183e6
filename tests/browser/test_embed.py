"""The embed (assets/embed.js) on another website, in Chromium: two origins, CORS, shadow DOM, silence.

The site (built from the example and the two-location fixture at
2026-11-23T12:00:00Z, Monday 08:00 in Halifax) is served from one local
server that sends ``Access-Control-Allow-Origin: *`` (as GitHub Pages does),
a copy from another server that does not; the host pages come from a third
server, so every request for data crosses origins. Clocks are pinned with
Playwright's clock API. Visitors are in Europe/Berlin (UTC+1; Halifax is UTC-4).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import re
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

try:
    from playwright.sync_api import Page, expect
except ImportError:  # pragma: no cover - depends on the environment
    if os.environ.get("REQUIRE_BROWSER") == "1":
        raise
    pytest.skip("the playwright package is not installed", allow_module_level=True)

from generator.pipeline import LoadedPolicy, build_site, site_policies
from tests.conftest import EXAMPLE, ROOT, policy_from

BUILT = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
BERLIN = "Europe/Berlin"


class _Handler(http.server.SimpleHTTPRequestHandler):
    cors = False

    def end_headers(self) -> None:
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


class _Cors(_Handler):
    cors = True


def _serve(root: Path, handler: type[_Handler]) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _write(folder: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    root = tmp_path_factory.mktemp("sites")
    example = build_site([LoadedPolicy("policies/harbor-view.yaml", policy_from(EXAMPLE.read_text(encoding="utf-8")))], BUILT).files
    _write(root / "site", example)
    _write(root / "two", build_site(site_policies(ROOT / "tests" / "fixtures" / "two-locations" / "policies"), BUILT).files)
    _write(root / "nodata", {k: v for k, v in example.items() if k != "expectations.json"})
    plain = tmp_path_factory.mktemp("plain")
    _write(plain / "site", example)
    host = tmp_path_factory.mktemp("host")
    with (
        functools.partial(_serve, root, _Cors)() as cors,  # type: ignore[attr-defined]
        functools.partial(_serve, plain, _Handler)() as no_cors,  # type: ignore[attr-defined]
        functools.partial(_serve, host, _Handler)() as host_url,  # type: ignore[attr-defined]
    ):
        yield {"cors": cors, "no_cors": no_cors, "host": host_url, "host_root": str(host)}


# contextlib-style use of the generator above
_serve = __import__("contextlib").contextmanager(_serve)  # type: ignore[assignment]


def host_page(sites: dict[str, str], name: str, body: str, *, script: str, lang: str | None = "en-GB",
              head: str = "") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    html = (f'<!doctype html><html{lang_attr}><head><meta charset="utf-8"><title>Host</title>'
            f'<link rel="icon" href="data:,">{head}</head><body><h1>Our hotel</h1>{body}'
            f'<script src="{script}" async></script></body></html>')
    Path(sites["host_root"], name).write_text(html, encoding="utf-8")
    return sites["host"] + name


@pytest.fixture
def open_page(browser, sites) -> Iterator:
    pages = []

    def _open(url: str, at: str, tz: str = BERLIN) -> tuple[Page, list[str], list[str]]:
        context = browser.new_context(timezone_id=tz, locale="en-US")
        page = context.new_page()
        console: list[str] = []
        errors: list[str] = []
        page.on("console", lambda m: console.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.clock.set_fixed_time(datetime.fromisoformat(at))
        page.goto(url)
        pages.append((context, errors))
        return page, console, errors

    yield _open
    for context, errors in pages:
        assert errors == []  # no uncaught exception, no unhandled rejection
        context.close()


def status(page: Page, channel: str):
    return page.locator(f'[data-service-status="{channel}"] [role="status"]')


def norm(text: str) -> str:
    return re.sub(r"[\s\u202f\u00a0]+", " ", text).strip()


def silent(page: Page, selector: str = "[data-service-status]") -> None:
    page.wait_for_load_state("networkidle")
    page.evaluate("() => new Promise((r) => setTimeout(r, 50))")
    for state in page.locator(selector).evaluate_all(
            "els => els.map(e => [e.shadowRoot ? e.shadowRoot.innerHTML : null, e.textContent, e.offsetHeight])"):
        assert state == [None, "", 0] or state[0] == "", state


def test_staffed_now_across_origins(open_page, sites) -> None:
    url = host_page(sites, "open.html", '<div data-service-status="x"></div><div data-service-status="email"></div>',
                    script=sites["cors"] + "site/assets/embed.js")
    page, console, _ = open_page(url, "2026-11-23T13:30:00+00:00")  # Mon 09:30 in Halifax
    expect(status(page, "x")).to_have_text("Staffed now · replies within about 1 hour")
    expect(status(page, "email")).to_have_text("Staffed now")
    line = status(page, "x")
    assert line.get_attribute("part") == "status open"
    assert page.locator('[data-service-status="x"]').evaluate("e => e.shadowRoot.mode") == "open"
    assert console == []


def test_closed_in_the_visitors_zone_and_the_host_pages_language(open_page, sites) -> None:
    url = host_page(sites, "closed.html", '<div data-service-status="x"></div>',
                    script=sites["cors"] + "site/assets/embed.js")
    page, console, _ = open_page(url, "2026-11-29T16:00:00+00:00")  # Sun 12:00 in Halifax, 17:00 in Berlin
    expect(status(page, "x")).to_have_text(re.compile("Closed"))
    # The site speaks English and the host page is en-GB: British (24-hour) times.
    assert norm(status(page, "x").inner_text()) == "Closed now · opens tomorrow 8:00 (13:00 your time)"
    assert status(page, "x").get_attribute("part") == "status closed"
    assert console == []


def test_a_language_the_site_lacks_falls_back_to_the_policys_locale(open_page, sites) -> None:
    url = host_page(sites, "fr.html", '<div data-service-status="x"></div>', lang="de",
                    script=sites["cors"] + "site/assets/embed.js")
    page, _, _ = open_page(url, "2026-11-29T16:00:00+00:00")
    expect(status(page, "x")).to_have_text(re.compile("Closed"))
    assert norm(status(page, "x").inner_text()) == "Closed now · opens tomorrow 8:00 a.m. (1:00 p.m. your time)"


def test_several_locations_and_theming(open_page, sites) -> None:
    css = ("<style>[data-service-status]{--service-status-color: rgb(1, 2, 3);}"
           "[data-service-status]::part(status){font-weight: 700}</style>")
    url = host_page(sites, "two.html",
                    '<div data-service-status="email" data-location="lunenburg"></div>'
                    '<div data-service-status="email" data-location="nowhere"></div>'
                    '<div data-service-status="email"></div>',
                    script=sites["cors"] + "two/assets/embed.js", head=css)
    page, _, _ = open_page(url, "2026-11-23T13:30:00+00:00")
    shown = page.locator('[data-location="lunenburg"] [role="status"]')
    expect(shown).to_have_text(re.compile("^Staffed now"))
    style = shown.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).fontWeight]")
    assert style == ["rgb(1, 2, 3)", "700"]
    silent(page, '[data-location="nowhere"], [data-service-status]:not([data-location])')


@pytest.mark.parametrize("case", ["unknown-channel", "announcements", "stale", "before-build"])
def test_silent_when_the_data_cannot_say(open_page, sites, case: str) -> None:
    channel, at = {
        "unknown-channel": ("nope", "2026-11-23T13:30:00+00:00"),
        "announcements": ("instagram", "2026-11-23T13:30:00+00:00"),
        "stale": ("x", "2027-01-30T13:30:00+00:00"),  # past the 8-week horizon
        "before-build": ("x", "2026-11-20T13:30:00+00:00"),
    }[case]
    url = host_page(sites, f"{case}.html", f'<div data-service-status="{channel}"></div>',
                    script=sites["cors"] + "site/assets/embed.js")
    page, console, _ = open_page(url, at)
    silent(page)
    assert console == []


@pytest.mark.parametrize("case", ["no-cors-header", "data-404"])
def test_silent_when_the_data_is_unreachable(open_page, sites, case: str) -> None:
    script = sites["no_cors"] + "site/assets/embed.js" if case == "no-cors-header" else sites["cors"] + "nodata/assets/embed.js"
    url = host_page(sites, f"{case}.html", '<div data-service-status="x"></div>', script=script)
    page, console, _ = open_page(url, "2026-11-23T13:30:00+00:00")
    silent(page)
    # Only the browser's own report of the failed request, never one from the script.
    assert console and all("CORS policy" in m or "Failed to load resource" in m or "Failed to fetch" in m
                           for m in console), console


def test_the_served_embed_is_small() -> None:
    files = build_site([LoadedPolicy("policies/harbor-view.yaml", policy_from(EXAMPLE.read_text(encoding="utf-8")))], BUILT).files
    script = files["assets/embed.js"].encode("utf-8")
    assert len(gzip.compress(script, 9)) <= 5 * 1024
    assert b"/* status */" not in script and b"{} /* words */" not in script and b"status:begin" in script
