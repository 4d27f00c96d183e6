"""No layout shift on the home page: the live status line's room is kept before the script fills it.

The example site is built (at 2026-11-23T12:00:00Z) and opened in Chromium at
360 px and 1280 px wide, at a staffed and a closed moment, by a visitor in
another zone (the longest lines). A PerformanceObserver for 'layout-shift'
(buffered) sums every shift from the start of loading until the status lines
are filled and have stayed so; the sum must be 0.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

try:
    from playwright.sync_api import expect
except ImportError:  # pragma: no cover - depends on the environment
    if os.environ.get("REQUIRE_BROWSER") == "1":
        raise
    pytest.skip("the playwright package is not installed", allow_module_level=True)

from generator.adapters.cli import main
from tests.conftest import BUILT_AT, init

OBSERVE = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (!e.hadRecentInput) window.__shifts.push([e.value, e.sources.map((s) => s.node ? (s.node.className || s.node.nodeName) : "")]);
  }
}).observe({ type: "layout-shift", buffered: true });
"""


@pytest.fixture(scope="module")
def home(static_server, tmp_path_factory: pytest.TempPathFactory) -> str:
    project = init(tmp_path_factory.mktemp("cls") / "project")
    shutil.copyfile(Path(__file__).resolve().parents[2] / "policies" / "harbor-view.yaml",
                    project / "policies" / "harbor-view.yaml")
    for other in (project / "policies").glob("*.yaml"):
        if other.name != "harbor-view.yaml":
            other.unlink()
    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml")],
                                env={"SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""})
    assert result.exit_code == 0, result.output
    shutil.copytree(project / "site", static_server.root / "cls")
    return static_server.url + "cls/"


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("at", ["2026-11-23T13:30:00+00:00", "2026-11-29T16:00:00+00:00"], ids=["staffed", "closed"])
def test_the_status_lines_do_not_move_the_page(browser, home: str, width: int, at: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, timezone_id="Asia/Kolkata", locale="en-US")
    try:
        page = context.new_page()
        page.add_init_script(OBSERVE)
        page.clock.set_fixed_time(datetime.fromisoformat(at))
        page.goto(home)
        lines = page.locator(".channel-status:not([hidden])")
        expect(lines).to_have_count(5)
        page.wait_for_load_state("networkidle")
        page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300))))")
        shifts = page.evaluate("() => window.__shifts")
        assert shifts == []
        # The room was kept, not lost: each line's box has its own height, with text in it.
        heights = lines.evaluate_all("els => els.map((e) => e.getBoundingClientRect().height)")
        assert all(h > 30 for h in heights), heights
    finally:
        context.close()
