"""Fixtures for browser tests: a Chromium browser and a local static file server.

The browser is Debian's Chromium (``/usr/bin/chromium``, or the path in the
``CHROMIUM`` environment variable); Playwright's own browser downloads are
never used. Without a browser the tests are skipped, unless
``REQUIRE_BROWSER=1`` is set, in which case they fail.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


def _chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium"):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def _no_browser(reason: str) -> None:
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium shared by the whole session."""
    path = _chromium_path()
    if path is None:
        _no_browser("no Chromium at /usr/bin/chromium; install Debian's chromium or set CHROMIUM")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("the playwright package is not installed (pip install playwright)")
    pw = sync_playwright().start()
    try:
        chromium = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
    except Exception as exc:  # noqa: BLE001 - report any launch failure the same way
        pw.stop()
        _no_browser(f"Chromium at {path} failed to start: {exc}")
    try:
        yield chromium
    finally:
        chromium.close()
        pw.stop()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@dataclass(frozen=True)
class StaticServer:
    root: Path
    url: str  # base URL, ending in "/"
    origin: str  # scheme://host:port, no trailing slash


@pytest.fixture(scope="module")
def static_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticServer]:
    """Serve a fresh, initially empty folder over HTTP on 127.0.0.1 (any free port).

    Tests write their files into ``static_server.root``; the server is shut
    down and its socket closed when the module's tests are done.
    """
    root = tmp_path_factory.mktemp("www")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="static-server", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    origin = f"http://{host}:{port}"
    try:
        yield StaticServer(root=root, url=origin + "/", origin=origin)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
