"""The example site on a phone: 360 x 740 CSS px, 2x pixels, touch.

No horizontal scrolling of the page (the weekly hours chart may scroll inside
its own box, which has overflow-x: auto), channel cards stacked in one column,
and tap targets of at least 24 x 24 CSS px (WCAG 2.5.8).
"""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main

pytest.importorskip("playwright")

BUILT_AT = 1795435200  # Monday 2026-11-23 12:00 UTC
STAFFED = datetime(2026, 11, 24, 14, tzinfo=timezone.utc)  # Tuesday 10:00 in Halifax: status lines shown
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
PAGES = {"home": "", "hours": "hours/"}


@pytest.fixture(scope="module")
def site(static_server, tmp_path_factory) -> str:
    project = tmp_path_factory.mktemp("phone")
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--example", str(project / "demo")]).exit_code == 0
    result = runner.invoke(
        main, ["build", "-f", str(project / "demo" / "mkdocs.yml")], env={"SOURCE_DATE_EPOCH": str(BUILT_AT)}
    )
    assert result.exit_code == 0, result.output
    shutil.copytree(project / "demo" / "site", static_server.root / "phone")
    return static_server.url + "phone/"


@pytest.fixture
def phone(browser):
    context = browser.new_context(timezone_id="America/Halifax", locale="en-CA", **PHONE)
    page = context.new_page()
    page.clock.set_fixed_time(STAFFED)
    try:
        yield page
    finally:
        context.close()


def open_page(page, url: str) -> None:
    page.goto(url, wait_until="load")
    if page.locator(".channel-status").count():
        page.wait_for_function("() => [...document.querySelectorAll('.channel-status')].every(e => !e.hidden)")


@pytest.mark.parametrize("name", PAGES)
def test_the_page_does_not_scroll_sideways(phone, site, name: str) -> None:
    open_page(phone, site + PAGES[name])
    widths = phone.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"
    )
    assert widths["client"] == 360
    assert widths["scroll"] <= widths["client"], widths


def test_the_hours_chart_scrolls_inside_its_own_box(phone, site) -> None:
    open_page(phone, site + "hours/")
    chart = phone.evaluate(
        """() => { const f = document.querySelector('figure.hours-chart');
                   return {overflow: getComputedStyle(f).overflowX, scroll: f.scrollWidth, client: f.clientWidth,
                           tabindex: f.tabIndex}; }"""
    )
    assert chart["overflow"] == "auto"
    assert chart["scroll"] > chart["client"]  # too wide for a phone, so it scrolls in place
    assert chart["tabindex"] == 0  # and can be scrolled from the keyboard


def test_channel_cards_are_stacked(phone, site) -> None:
    open_page(phone, site)
    boxes = phone.evaluate(
        "() => [...document.querySelectorAll('.channel-card')].map(c => c.getBoundingClientRect().toJSON())"
    )
    assert len(boxes) == 6
    assert {round(b["left"], 1) for b in boxes} == {round(boxes[0]["left"], 1)}
    assert {round(b["width"], 1) for b in boxes} == {round(boxes[0]["width"], 1)}
    assert boxes[0]["left"] >= 0 and boxes[0]["right"] <= 360
    for above, below in zip(boxes, boxes[1:]):
        assert below["top"] >= above["bottom"], (above, below)


# Tap targets: every link and button of the header and of the main content that
# a finger can reach (rendered, not visibility:hidden, inside the viewport's
# width, not pointer-events:none), and in the header also the <label> buttons
# Material uses to open the drawer and the search.
# Exempt, as WCAG 2.5.8 allows: links whose computed display is "inline", i.e.
# links inside a run of text, whose height is set by the line height of the
# sentence around them (the "Inline" exception). Not checked: the navigation
# drawer and table of contents (off-canvas and opacity 0 on a phone until
# opened; their links are 48 px high rows anyway).
TARGETS = """() => {
  const width = document.documentElement.clientWidth;
  const selector = [
    '.md-header a', '.md-header button', '.md-header [role=button]', '.md-header label[for]',
    '.md-content a', '.md-content button', '.md-content [role=button]',
  ].join(', ');
  const found = [];
  for (const e of document.querySelectorAll(selector)) {
    const style = getComputedStyle(e);
    const box = e.getBoundingClientRect();
    if (!e.checkVisibility({visibilityProperty: true}) || box.width === 0 || box.height === 0) continue;
    if (box.right <= 0 || box.left >= width || style.pointerEvents === 'none') continue;
    found.push({
      html: e.outerHTML.slice(0, 120), display: style.display, inline: style.display === 'inline',
      width: box.width, height: box.height,
    });
  }
  return found;
}"""


@pytest.mark.parametrize("name", PAGES)
def test_tap_targets_are_at_least_24_px(phone, site, name: str) -> None:
    open_page(phone, site + PAGES[name])
    targets = phone.evaluate(TARGETS)
    checked = [t for t in targets if not t["inline"]]
    assert len(checked) >= 3  # the menu and search buttons, the permalinks
    small = [t for t in checked if t["width"] < 24 or t["height"] < 24]
    assert small == [], small
