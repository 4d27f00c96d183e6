"""The language versions in Chromium: the switcher, search in French, and an Arabic version right to left.

Two projects are built once for the module: the example from `expectations
init --example` (English at the root, French under /fr-CA/), and the same
example also published in Arabic (`translations: [fr-CA, ar]`, no Arabic
translation file yet, so the hotel's own text stays English, marked as such).
Both are served by ``static_server`` at /example/ and /arabic/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from tests.browser.test_accessibility import assert_no_violations
from tests.conftest import BUILT_AT, init

pytest.importorskip("playwright")

STAFFED = "2026-11-24T14:00:00Z"  # Tuesday 10:00 in Halifax
PHONE = {"width": 360, "height": 740}


def _build(project: Path) -> Path:
    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml")],
                                env={"SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""})
    assert result.exit_code == 0, result.output
    return project / "site"


@pytest.fixture(scope="module")
def served(static_server, tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("language-sites")
    example = init(folder / "example")
    shutil.copytree(_build(example), static_server.root / "example")
    arabic = init(folder / "arabic")
    policy = arabic / "policies" / "harbor-view.yaml"
    text = policy.read_text(encoding="utf-8")
    assert text.count("  translations: [fr-CA]\n") == 1
    policy.write_text(text.replace("  translations: [fr-CA]\n", "  translations: [fr-CA, ar]\n"), encoding="utf-8")
    shutil.copytree(_build(arabic), static_server.root / "arabic")
    return static_server.origin


def _pages(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix().removesuffix("index.html") for p in root.rglob("index.html"))


def _new_page(browser, **options):  # type: ignore[no-untyped-def]
    context = browser.new_context(timezone_id="America/Halifax", **options)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return context, page, errors


def test_the_switcher_leads_to_the_same_page_and_back(browser, served: str) -> None:
    context, page, errors = _new_page(browser, locale="fr-CA")
    try:
        page.goto(f"{served}/example/fr-CA/faq/")
        assert page.evaluate("document.documentElement.lang") == "fr-CA"
        assert page.title() == "Questions fréquentes - Hôtel Harbor View"
        page.locator(".md-header__option .md-select").hover()
        english = page.locator('a.md-select__link[hreflang="en-CA"]')
        assert english.inner_text().strip() == "English (Canada)"
        english.click()
        page.wait_for_url(f"{served}/example/faq/")
        assert page.evaluate("document.documentElement.lang") == "en-CA"
        assert page.title() == "Frequently asked questions - Harbor View Hotel"
        page.locator(".md-header__option .md-select").hover()
        french = page.locator('a.md-select__link[hreflang="fr-CA"]')
        assert french.get_attribute("lang") == "fr-CA"
        assert french.inner_text().strip() == "Français (Canada)"
        french.click()
        page.wait_for_url(f"{served}/example/fr-CA/faq/")
        assert errors == []
    finally:
        context.close()


def test_french_search_finds_french_pages(browser, served: str) -> None:
    context, page, errors = _new_page(browser, locale="fr-CA")
    try:
        page.goto(f"{served}/example/fr-CA/")
        query = page.locator("input.md-search__input")
        query.click()
        query.press_sequentially("réception")  # the French word for the front desk, in the FAQ's answers
        page.locator(".md-search-result__item").first.wait_for(state="attached", timeout=10000)
        links = [a.get_attribute("href") or "" for a in page.locator(".md-search-result__link").all()]
        assert links and all("/example/fr-CA/" in link for link in links), links
        assert any("/example/fr-CA/faq/" in link for link in links), links
        assert errors == []
    finally:
        context.close()


def test_the_arabic_version_is_right_to_left_on_a_phone(browser, served: str, static_server) -> None:
    pages = _pages(static_server.root / "arabic" / "ar")
    assert {"", "hours/", "help/", "faq/", "accounts/", "about/"} <= set(pages)
    context, page, errors = _new_page(browser, locale="ar", viewport=PHONE)
    try:
        page.clock.set_fixed_time(STAFFED)
        for path in pages:
            page.goto(f"{served}/arabic/ar/{path}", wait_until="load")
            assert page.evaluate("[document.documentElement.lang, document.documentElement.dir, document.body.dir]") == [
                "ar", "rtl", "rtl"], path
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 360, f"{path}: the page is {width} px wide on a 360 px screen"
            # Right to left: the page title sits at the right of the header.
            box = page.locator(".md-header__title").bounding_box()
            button = page.locator('label.md-header__button[for="__drawer"]').bounding_box()
            assert box is not None and button is not None and button["x"] > box["x"], path
        assert errors == []
    finally:
        context.close()


def test_the_arabic_home_page_passes_axe(browser, served: str) -> None:
    context, page, errors = _new_page(browser, locale="ar", viewport=PHONE)
    try:
        page.clock.set_fixed_time(STAFFED)
        page.goto(f"{served}/arabic/ar/", wait_until="load")
        assert_no_violations(page, "arabic/ar/")
        assert errors == []
    finally:
        context.close()


def test_no_request_fails_on_any_page_of_either_language(browser, served: str, static_server) -> None:
    """Material probes for a sitemap beside every alternate link; the pages answer the probes for folders without one."""
    context, page, errors = _new_page(browser, locale="fr-CA")
    failed: list[str] = []
    console: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    try:
        root = static_server.root / "example"
        for path in _pages(root):
            page.goto(f"{served}/example/{path}")
            page.wait_for_load_state("networkidle")
        assert failed == [] and console == [] and errors == []
    finally:
        context.close()


OBSERVE_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push([e.value, e.sources.map((s) => s.node ? (s.node.className || s.node.nodeName) : "")]);
}).observe({ type: "layout-shift", buffered: true });
"""


@pytest.mark.parametrize("zone", ["America/Halifax", "Asia/Kolkata"])
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", ["example/fr-CA/", "arabic/ar/"])
def test_the_language_versions_load_without_layout_shift(browser, served: str, path: str, width: int, zone: str) -> None:
    # The live status keeps room for the longest lines in the page's language, at every width, for a
    # visitor in the business's zone and one in another (whose lines add their own time).
    context = browser.new_context(timezone_id=zone, viewport={"width": width, "height": 740})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.add_init_script(OBSERVE_SHIFTS)
        page.clock.set_fixed_time(STAFFED)
        page.goto(f"{served}/{path}")
        page.wait_for_load_state("networkidle")
        page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300))))")
        assert page.evaluate("() => window.__shifts") == []
        assert errors == []
    finally:
        context.close()
