"""Every page of the example public and staff sites passes axe-core in Chromium.

axe-core comes from the ``axe-playwright-python`` package, which ships
``axe.min.js`` in its wheel; the script is injected into each page from that
file, so nothing is fetched from a CDN (any request to another origin fails the
test). axe runs with its default rule set (WCAG 2.x A and AA plus best
practices) and must report no violation at all.

The pages are found by walking the built folders (every ``index.html`` and the
``404.html``), so a new page is checked without touching this file. Because
each page is its own test, the two sites are built once when the tests are
collected (``expectations init`` in a temporary folder, then ``expectations
build`` for both audiences with SOURCE_DATE_EPOCH fixed); the module fixture
``served`` then serves those very folders through ``static_server``.

Pages are visited with JavaScript on and the clock fixed during staffed hours,
so the live status lines are shown and checked too; the home page is checked
once more when every channel but the 24/7 phone is closed. Only the light
palette is checked because the example has no other (asserted below).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.adapters.cli import main

pytest.importorskip("playwright")
try:
    import axe_playwright_python  # noqa: F401 - only its bundled axe.min.js is used
except ImportError:  # pragma: no cover - depends on the environment
    if os.environ.get("REQUIRE_BROWSER") == "1":
        raise
    pytest.skip("axe-playwright-python is not installed (pip install -e '.[test]')", allow_module_level=True)

BUILT_AT = 1795435200  # Monday 2026-11-23 12:00 UTC, 08:00 in Halifax
STAFFED = "2026-11-24T14:00:00Z"  # Tuesday 10:00 in Halifax: every channel is staffed
CLOSED = "2026-11-29T07:00:00Z"  # Sunday 03:00 in Halifax: only the 24/7 phone is staffed
VISITOR_ZONE = "Europe/London"  # not the business zone, so the "(... your time)" parts show too
SITES = {"public": ("mkdocs.yml", "site"), "staff": ("mkdocs-staff.yml", "site-staff")}
AXE_SCRIPT = resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


@dataclass(frozen=True)
class SitePage:
    site: str  # "public" or "staff"
    path: str  # URL path inside the site: "", "hours/", "404.html"

    @property
    def id(self) -> str:
        return f"{self.site}/{self.path or 'index'}"


_PROJECT_KEYS: dict[str, pytest.StashKey[Path]] = {"mkdocs": pytest.StashKey[Path](), "zensical": pytest.StashKey[Path]()}


def _build_example_sites(config: pytest.Config, engine: str = "mkdocs") -> Path:
    """Build both example sites with ``engine`` once per test session; the folder holding the project."""
    cached = config.stash.get(_PROJECT_KEYS[engine], None)
    if cached is not None:
        return cached
    folder = Path(tempfile.mkdtemp(prefix=f"a11y-example-{engine}-"))
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    project = folder / "demo"
    runner = CliRunner()
    result = runner.invoke(main, ["init", "--example", str(project)])
    assert result.exit_code == 0, result.output
    for audience, (config_file, _) in SITES.items():
        result = runner.invoke(
            main,
            ["build", "--engine", engine, "--audience", audience, "-f", str(project / config_file)],
            env={"SOURCE_DATE_EPOCH": str(BUILT_AT)},
        )
        assert result.exit_code == 0, result.output
    config.stash[_PROJECT_KEYS[engine]] = project
    return project


def _walk_pages(project: Path, every_404: bool = False) -> list[SitePage]:
    """Every page of both sites; the 404 page of the site root (a host serves only that one), or also each language's."""
    pages = []
    for site, (_, site_dir) in SITES.items():
        root = project / site_dir
        for html in sorted(root.rglob("*.html")):
            relative = html.relative_to(root).as_posix()
            if html.name == "index.html":
                pages.append(SitePage(site, relative.removesuffix("index.html")))
            elif relative == "404.html" or (every_404 and html.name == "404.html" and relative.count("/") == 1):
                pages.append(SitePage(site, relative))
    return pages


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "site_page" in metafunc.fixturenames:
        pages = _walk_pages(_build_example_sites(metafunc.config))
        metafunc.parametrize("site_page", pages, ids=[p.id for p in pages])


@dataclass(frozen=True)
class Served:
    project: Path
    origin: str

    def url(self, site: str, path: str = "") -> str:
        return f"{self.origin}/{site}/{path}"

    def site_name(self, site: str, path: str = "") -> str:
        # Both configurations say "site_name: auto": the name comes from the example policy, in the
        # page's language (the French site, fr-CA/, has the translated name).
        if path.startswith("fr-CA/"):
            return {"public": "Hôtel Harbor View", "staff": "Guide du personnel de Hôtel Harbor View"}[site]
        return {"public": "Harbor View Hotel", "staff": "Harbor View Hotel staff playbook"}[site]


@pytest.fixture(scope="module")
def served(request, static_server) -> Served:
    project = _build_example_sites(request.config)
    for site, (_, site_dir) in SITES.items():
        shutil.copytree(project / site_dir, static_server.root / site)
    return Served(project=project, origin=static_server.origin)


def _instant(at: str) -> datetime:
    return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(timezone.utc)


class Visit:
    """One page in its own browser context, recording requests to other origins and script errors."""

    def __init__(self, browser, served: Served, site: str, path: str, at: str, **context_options) -> None:
        self.context = browser.new_context(timezone_id=VISITOR_ZONE, locale="en-CA", **context_options)
        self.page = self.context.new_page()
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: None if r.url.startswith(served.origin) else self.foreign.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        if path == "404.html":
            # MkDocs writes the 404 page with root-relative links (it is served for any
            # missing path); emulate a site deployed at the root of its own host.
            prefix = f"/{site}/"

            def to_site(route, _request=None) -> None:
                path_only = route.request.url[len(served.origin) :]
                if path_only.startswith(prefix):
                    route.continue_()
                else:
                    route.continue_(url=served.origin + prefix.rstrip("/") + path_only)

            self.page.route(served.origin + "/**", to_site)
        self.page.clock.set_fixed_time(_instant(at))
        self.page.goto(served.url(site, path), wait_until="load")  # then wait_for_live_status

    def close(self) -> None:
        self.context.close()


def run_axe(page) -> dict:
    page.add_script_tag(content=AXE_SCRIPT)
    return page.evaluate(
        """async () => {
          const r = await axe.run(document, {resultTypes: ["violations"]});
          return {version: r.testEngine.version, violations: r.violations};
        }"""
    )


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} [{v['helpUrl']}]")
        for node in v["nodes"]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)


def assert_no_violations(page, label: str) -> None:
    result = run_axe(page)
    assert result["violations"] == [], (
        f"axe-core {result['version']} on {label}:\n{describe(result['violations'])}"
    )


def wait_for_live_status(page) -> int:
    """Wait until every live status line on the page is shown; how many there are."""
    count = page.locator(".channel-status").count()
    if count:
        page.wait_for_function(
            "() => [...document.querySelectorAll('.channel-status')].every(e => !e.hidden && e.innerText.trim())"
        )
    return count


def test_the_walk_found_both_sites(served) -> None:
    pages = _walk_pages(served.project)
    for site in SITES:
        paths = {p.path for p in pages if p.site == site}
        assert {"", "hours/", "about/", "404.html"} <= paths
    assert {p.path for p in pages if p.site == "staff"} > {p.path for p in pages if p.site == "public"}


def test_only_the_light_palette_is_configured(served) -> None:
    # If a dark palette (scheme: slate) is ever added, the axe run must cover it too.
    palette = yaml.safe_load((served.project / "mkdocs.yml").read_text(encoding="utf-8"))["theme"]["palette"]
    palettes = palette if isinstance(palette, list) else [palette]
    assert [p.get("scheme", "default") for p in palettes] == ["default"]


def test_page_has_no_axe_violations(browser, served, site_page: SitePage) -> None:
    visit = Visit(browser, served, site_page.site, site_page.path, STAFFED)
    try:
        page = visit.page
        site_name = served.site_name(site_page.site, site_page.path)
        title = page.title().strip()
        assert title and title != site_name, f"{site_page.id}: <title> {title!r} does not name the page"
        assert title.endswith(f" - {site_name}")
        description = page.locator('head meta[name="description"]')
        assert description.count() == 1
        assert (description.get_attribute("content") or "").strip(), f"{site_page.id}: empty meta description"
        if site_page.path == "" and site_page.site == "public":
            assert wait_for_live_status(page) == 5
        else:
            wait_for_live_status(page)
        assert_no_violations(page, site_page.id)
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
        assert_no_violations(page, "public/index when closed")
        assert visit.foreign == [] and visit.errors == []
    finally:
        visit.close()


FOCUSED = """async () => {
  const e = document.activeElement;
  if (e.dataset.cardLink === undefined) return {index: null};
  // Material fades permalinks in on focus: read the styles once the transition is over.
  await Promise.all(e.getAnimations().map(a => a.finished.catch(() => null)));
  const s = getComputedStyle(e);
  return {
    index: e.dataset.cardLink === undefined ? null : Number(e.dataset.cardLink),
    text: (e.textContent || "").trim(),
    outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0,
    shadow: s.boxShadow !== "none",
    opacity: Number(s.opacity),
  };
}"""


def test_keyboard_reaches_the_channel_card_links_in_order(browser, served) -> None:
    visit = Visit(browser, served, "public", "", STAFFED)
    try:
        page = visit.page
        wait_for_live_status(page)
        expected = page.evaluate(
            """() => [...document.querySelectorAll('.channel-card a[href]')]
                 .map((a, i) => { a.dataset.cardLink = i; return a.textContent.trim(); })"""
        )
        assert len(expected) >= 12  # a permalink and an account link per card, and more
        reached: list[int] = []
        for _ in range(len(expected) + 60):  # the header, search and navigation come first
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED)
            if focused["index"] is None:
                continue
            assert focused["outline"] or focused["shadow"], f"no visible focus indicator on {focused['text']!r}"
            assert focused["opacity"] == 1, f"{focused['text']!r} is not fully visible when focused"
            reached.append(focused["index"])
            if len(reached) == len(expected):
                break
        assert reached == list(range(len(expected)))
    finally:
        visit.close()


def test_only_the_first_status_line_is_a_polite_live_region(browser, served) -> None:
    visit = Visit(browser, served, "public", "", STAFFED)
    try:
        page = visit.page
        count = wait_for_live_status(page)
        assert page.locator(".channel-status .status-now[aria-live=polite]").count() == count
        assert page.locator(".channel-status [aria-live]").count() == count
        assert page.locator(".channel-status .status-reply").count() == count
        assert page.locator(".channel-status .status-reply[aria-live], .channel-status[aria-live]").count() == 0
        # No live region around the status line either: only its first line is announced.
        assert page.evaluate(
            "() => [...document.querySelectorAll('.channel-status')].every(e => !e.parentElement.closest('[aria-live]'))"
        )
    finally:
        visit.close()


def _without_comment(template: str) -> str:
    return template.split("-#}\n", 1)[1]


@pytest.mark.parametrize(
    ("override", "change"),
    [
        (
            "partials/search.html",
            ('role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">'),
        ),
    ],
)
def test_theme_overrides_stay_in_step_with_material(override: str, change: tuple[str, str]) -> None:
    # The override is Material's own partial with one change; when Material changes
    # the partial, copy it again and reapply the change.
    ours = resources.files("generator").joinpath("assets", "overrides", override).read_text(encoding="utf-8")
    theirs = resources.files("material").joinpath("templates", override).read_text(encoding="utf-8")
    assert _without_comment(ours) == _without_comment(theirs).replace(*change)
