"""The Zensical engine: the same site as MkDocs builds, with the same guarantees.

The example project (``expectations init --example``) is built once with each
engine, both audiences, SOURCE_DATE_EPOCH fixed. Then: the same files beside
the pages (byte for byte), the same main text on the key pages, the head HTML
and the staff noindex added after the build; the staff-data canary; two builds
byte-identical across folders, working folder, time zone and locale; a build
in a network namespace; no page fetching from another host; a failing build
leaving the old site; and the one-line message when Zensical is missing.
Browser checks (axe-core, live status) are in tests/browser/test_zensical_browser.py.
"""

from __future__ import annotations

import os
import posixpath
import re
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from tests.conftest import BUILT_AT, CONFIGS, init, tree
from tests.test_offline import ABSOLUTE, _Fetches, _js_hosts, _offsite_css, _unshare
from tests.test_staff import canary_policy, every_text, found

pytest.importorskip("zensical")

ENGINE = ["--engine", "zensical"]
ENV = {"SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": "", "EXPECTATIONS_ENGINE": ""}


def build(project: Path, audience: str = "public", engine: str = "zensical", site_dir: Path | None = None):  # type: ignore[no-untyped-def]
    config, _ = CONFIGS[audience]
    args = ["build", "--audience", audience, "-f", str(project / config), "--engine", engine]
    if site_dir is not None:
        args += ["--site-dir", str(site_dir)]
    return CliRunner().invoke(main, args, env=ENV)


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example project with sites/<engine>/<site folder> for both engines and audiences."""
    project = init(tmp_path_factory.mktemp("engines") / "project")
    for engine in ("mkdocs", "zensical"):
        for audience, (_, folder) in CONFIGS.items():
            result = build(project, audience, engine, project / "sites" / engine / folder)
            assert result.exit_code == 0, result.output
    return project


def site(project: Path, engine: str, audience: str = "public") -> Path:
    return project / "sites" / engine / CONFIGS[audience][1]


def translations(root: Path) -> set[str]:
    """The folders of the other languages (hreflang alternates) in a MkDocs-built site: Zensical builds the default one."""
    home = (root / "index.html").read_text(encoding="utf-8")
    return {tag for tag in re.findall(r'hreflang="([^"]+)"', home) if (root / tag).is_dir()}


def default_language(files: dict[str, bytes], root: Path) -> dict[str, bytes]:
    others = translations(root)
    return {name: data for name, data in files.items() if name.split("/", 1)[0] not in others}


# --- the same outputs ----------------------------------------------------------------------------


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_every_generated_page_and_data_file_is_there(example: Path, audience: str) -> None:
    mkdocs = default_language(tree(site(example, "mkdocs", audience)), site(example, "mkdocs", audience))
    zensical = tree(site(example, "zensical", audience))
    pages = {name for name in mkdocs if name.endswith("index.html") or name == "404.html"}
    assert pages and pages <= set(zensical)
    # Everything the plugin adds beside the pages (data, feeds, badges, assets) is byte for byte the same.
    data = {name for name in mkdocs if not name.endswith(".html") and not name.startswith(("assets/javascripts/", "assets/stylesheets/", "assets/images/", "search/", "sitemap.xml"))}
    assert {"expectations.json", "expectations.schema.json", "closures.ics", "assets/expectations.css",
            "assets/expectations.js", "badges/x.svg"} <= data
    assert ("robots.txt" in data) == (audience == "staff")
    assert {name: zensical.get(name) for name in data} == {name: mkdocs[name] for name in data}


class _MainText(HTMLParser):
    """The text of the page's <article> (the main content), whitespace collapsed."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth and tag not in self.VOID:
            self.depth += 1
        elif not self.depth and tag == "article":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in self.VOID:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def main_text(path: Path) -> str:
    parser = _MainText()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(" ".join(parser.parts).split())


@pytest.mark.parametrize(
    "page",
    ["index.html", "hours/index.html", "help/index.html", "faq/index.html", "accounts/index.html", "about/index.html"],
)
def test_main_content_is_the_same_with_both_engines(example: Path, page: str) -> None:
    mkdocs = main_text(site(example, "mkdocs") / page)
    assert len(mkdocs) > 300
    assert main_text(site(example, "zensical") / page) == mkdocs


def test_playbook_main_content_is_the_same_with_both_engines(example: Path) -> None:
    pages = sorted(p.relative_to(site(example, "mkdocs", "staff")).as_posix()
                   for p in (site(example, "mkdocs", "staff") / "playbook").rglob("index.html"))
    assert len(pages) >= 6
    for page in pages:
        assert main_text(site(example, "zensical", "staff") / page) == main_text(site(example, "mkdocs", "staff") / page), page


def head(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text[: text.index("</head>")]


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_titles_descriptions_structured_data_and_links_in_the_head(example: Path, audience: str) -> None:
    for page, kinds in (("index.html", ['"@type":"Organization"', 'type="text/calendar"']), ("faq/index.html", ['"@type":"FAQPage"'])):
        ours, theirs = head(site(example, "zensical", audience) / page), head(site(example, "mkdocs", audience) / page)
        assert ours.count('<script type="application/ld+json">') == 1
        for kind in kinds:
            assert kind in ours
        # The injected structured data is the same bytes as MkDocs' plugin adds.
        start = theirs.index('<script type="application/ld+json">')
        assert theirs[start:theirs.index("</script>", start)] in ours
    home = head(site(example, "zensical", audience) / "index.html")
    name = "Harbor View Hotel" + (" staff playbook" if audience == "staff" else "")
    assert f"<title>How to reach us - {name}</title>" in home
    assert '<meta name="description" content="How to reach Harbor View Hotel: which channels are answered' in home
    assert f"<title>404 - Not found - {name}</title>" in head(site(example, "zensical", audience) / "404.html")


def test_staff_pages_are_noindex_and_public_pages_are_not(example: Path) -> None:
    staff = sorted(site(example, "zensical", "staff").rglob("*.html"))
    assert len(staff) > 10
    for path in staff:
        assert head(path).count('<meta name="robots" content="noindex, nofollow">') == 1, path
    assert (site(example, "zensical", "staff") / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nDisallow: /\n"
    for path in site(example, "zensical").rglob("*.html"):
        assert "noindex" not in head(path), path


NAV_LINK = re.compile(r'<a href="([^"]*)" class="md-nav__link')


def nav_order(path: Path, base: str) -> list[str]:
    """The pages the primary navigation links to, in order, as paths from the site root."""
    text = path.read_text(encoding="utf-8")
    primary = text[text.index("md-nav--primary"):]
    links = [posixpath.normpath(posixpath.join(base, href)) for href in NAV_LINK.findall(primary)]
    return [link for i, link in enumerate(links) if link not in links[:i]]


def test_the_default_navigation_lists_the_pages_in_the_plugins_order(example: Path) -> None:
    """Generated public pages, the site's own pages, then the playbook: as the plugin orders them for MkDocs."""
    page = "about/index.html"
    ours = nav_order(site(example, "zensical", "staff") / page, "about")
    assert ours == nav_order(site(example, "mkdocs", "staff") / page, "about")
    assert ours[:3] == [".", "help", "hours"]
    assert ours.index("about") < ours.index("playbook") < ours.index("playbook/channels")


# --- another business, and escaping --------------------------------------------------------------


def test_another_business_with_markup_in_its_name(tmp_path: Path) -> None:
    project = tmp_path / "shop"
    result = CliRunner().invoke(main, ["init", str(project), "--name", "Bäckerei <Kruse> & Söhne",
                                       "--timezone", "Europe/Berlin", "--locale", "de-DE"])
    assert result.exit_code == 0, result.output
    result = build(project)
    assert result.exit_code == 0, result.output
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>" in home and "Bäckerei &lt;Kruse&gt; &amp; Söhne</title>" in home
    assert "<Kruse>" not in home
    # Attributes: escaped once, not twice.
    assert 'title="Bäckerei &lt;Kruse&gt; &amp; Söhne"' in home
    assert "&amp;amp;" not in home and "&amp;lt;" not in home


def test_two_locations(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "two-locations"
    project = init(tmp_path / "chain")
    for old in (project / "policies").iterdir():
        old.unlink()
    for policy in sorted((fixtures / "policies").glob("*.yaml")):
        (project / "policies" / policy.name).write_bytes(policy.read_bytes())
    result = build(project)
    assert result.exit_code == 0, result.output
    names = set(tree(project / "site"))
    sections = sorted(p.stem for p in (fixtures / "policies").glob("*.yaml"))
    for section in sections:
        assert {f"{section}/index.html", f"{section}/hours/index.html", f"{section}/faq/index.html"} <= names
    assert "expectations.json" in names and "index.html" in names


# --- no staff data in the public site -------------------------------------------------------------


def test_canary_no_staff_token_in_the_public_site(tmp_path: Path) -> None:
    project = init(tmp_path / "canary")
    text, tokens = canary_policy()
    (project / "policies" / "harbor-view.yaml").write_text(text, encoding="utf-8")
    for audience in ("public", "staff"):
        result = build(project, audience)
        assert result.exit_code == 0, result.output
    public, staff = project / "site", project / "site-staff"
    assert {"search.json", "expectations.json", "sitemap.xml"} <= {name for name, _ in every_text(public)}
    assert found(public, tokens) == set()
    assert found(staff, tokens) == set(tokens)  # positive control
    assert not (public / "playbook").exists() and not (public / "robots.txt").exists()


# --- reproducible --------------------------------------------------------------------------------


def test_two_builds_are_byte_identical_across_folders_cwd_time_zone_and_locale(example: Path, tmp_path: Path) -> None:
    time.sleep(1.1)  # file times and "now" would differ
    project = init(tmp_path / "elsewhere" / "project")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = {**os.environ, **ENV, "TZ": "Pacific/Kiritimati", "LANG": "C", "LC_ALL": "C"}
    for audience, (config, _) in CONFIGS.items():
        subprocess.run([sys.executable, "-m", "generator", "build", "--audience", audience, "-f", str(project / config)],
                       cwd=cwd, env={**env, "EXPECTATIONS_ENGINE": "zensical"}, check=True, capture_output=True)
    for audience, (_, folder) in CONFIGS.items():
        one, two = tree(site(example, "zensical", audience)), tree(project / folder)
        assert sorted(one) == sorted(two)
        assert [name for name in one if one[name] != two[name]] == []
        assert len(one) > 20
        for name, data in two.items():
            assert str(project).encode() not in data, name
            assert b"-build-" not in data, name
    assert '<meta name="generator" content="zensical-' in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert [p.name for p in project.iterdir() if "-build-" in p.name or "-old-" in p.name] == []


# --- offline -------------------------------------------------------------------------------------


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_build_without_network_succeeds_with_the_same_bytes(example: Path, tmp_path: Path, audience: str) -> None:
    unshare = _unshare()
    project = init(tmp_path / "project")
    config, folder = CONFIGS[audience]
    result = subprocess.run(
        [unshare, "-n", sys.executable, "-m", "generator", "build", "--audience", audience, "-f", config, *ENGINE],
        cwd=project, env={**os.environ, **ENV}, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    offline, online = tree(project / folder), tree(site(example, "zensical", audience))
    assert sorted(offline) == sorted(online)
    assert [name for name in offline if offline[name] != online[name]] == []


# Zensical's bundle names these hosts, and fetches from them only for features this site never has.
ZENSICAL_CONDITIONAL = {
    "https://unpkg.com": "mermaid diagrams, glightbox images, Pyodide code blocks, or a ResizeObserver polyfill",
    "https://cdn.jsdelivr.net": "Pyodide's packages, for executable Python code blocks",
    "http://www.w3.org": "SVG and XML namespace names, never fetched",
    "https://api.github.com": "repository facts, only with repo_url set",
}


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_no_page_fetches_anything_from_another_host(example: Path, audience: str) -> None:
    root = site(example, "zensical", audience)
    fetched: list[tuple[str, str, str]] = []
    js_hosts: dict[str, set[str]] = {}
    scanned = 0
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            parser = _Fetches()
            parser.feed(text)
            parser.close()
            fetched += [(name, where, url) for where, url in parser.urls]
            assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, name
            for trigger in ('class="mermaid', "glightbox", 'data-md-component="source"', "pyodide"):
                assert trigger not in text, (name, trigger)
            scanned += 1
        elif path.suffix == ".css":
            fetched += [(name, "css", url) for url in _offsite_css(path.read_text(encoding="utf-8"))]
            scanned += 1
        elif path.suffix == ".js":
            hosts = _js_hosts(path.read_text(encoding="utf-8", errors="replace"))
            if hosts:
                js_hosts[name] = hosts
            scanned += 1
    assert scanned > 15
    assert fetched, "the scan found no fetched URL at all: it is not looking"
    assert [(name, where, url) for name, where, url in fetched if ABSOLUTE.match(url)] == []
    assert {n: h for n, h in js_hosts.items() if not n.startswith("assets/javascripts/")} == {}
    theme = set().union(*js_hosts.values()) if js_hosts else set()
    assert theme <= set(ZENSICAL_CONDITIONAL), theme - set(ZENSICAL_CONDITIONAL)


# --- atomic --------------------------------------------------------------------------------------


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "-build-" in p.name or "-old-" in p.name)


def test_a_failing_build_leaves_the_old_site_untouched(tmp_path: Path) -> None:
    project = init(tmp_path / "project")
    result = build(project)
    assert result.exit_code == 0, result.output
    before = tree(project / "site")
    # A broken link is a warning; the build is strict, so Zensical stops.
    (project / "site_src" / "broken.md").write_text("# Broken\n\n[a link](missing.md)\n", encoding="utf-8")
    result = build(project)
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == "error: zensical: Aborted because --strict flag is set"
    assert tree(project / "site") == before
    assert leftovers(project) == []
    # A bad policy stops before Zensical starts, with the usual located message.
    (project / "site_src" / "broken.md").unlink()
    policy = project / "policies" / "harbor-view.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("timezone: America/Halifax", "timezone: Mars/Olympus", 1),
                      encoding="utf-8")
    result = build(project)
    assert result.exit_code == 1
    assert result.output.startswith("policies/harbor-view.yaml:") or "harbor-view.yaml:" in result.output.splitlines()[0]
    assert tree(project / "site") == before
    assert leftovers(project) == []


def test_a_build_replaces_the_site_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    project = init(tmp_path / "project")
    assert build(project, engine="mkdocs").exit_code == 0
    assert '<meta name="generator" content="mkdocs-' in (project / "site" / "index.html").read_text(encoding="utf-8")
    (project / ".site-build-abcdefgh").mkdir()  # what a killed build leaves
    result = build(project)
    assert result.exit_code == 0, result.output
    assert '<meta name="generator" content="zensical-' in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert leftovers(project) == []


# --- choosing the engine -------------------------------------------------------------------------


def test_the_environment_variable_chooses_the_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = init(tmp_path / "project")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["build"], env={**ENV, "EXPECTATIONS_ENGINE": "zensical"})
    assert result.exit_code == 0, result.output
    assert result.output.endswith("Built the site in site\n")
    assert '<meta name="generator" content="zensical-' in (project / "site" / "index.html").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["build"], env={**ENV, "EXPECTATIONS_ENGINE": "hugo"})
    assert result.exit_code == 2
    assert "Invalid value for '--engine': 'hugo' is not one of 'mkdocs', 'zensical'." in result.output


def test_without_zensical_installed_one_line_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = init(tmp_path / "project")
    monkeypatch.setitem(sys.modules, "zensical", None)  # import zensical now raises ImportError
    result = build(project)
    assert result.exit_code == 1
    assert result.output == (
        "error: the zensical engine is not installed; install it with: pip install 'service-expectations[zensical]'\n"
    )
    assert not (project / "site").exists() and leftovers(project) == []


# --- preview -------------------------------------------------------------------------------------


def test_serve_previews_with_zensical_and_reloads_on_a_policy_change(tmp_path: Path) -> None:
    import signal
    import socket
    import urllib.request

    project = init(tmp_path / "project")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"

    def home() -> str:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode("utf-8")
        except OSError:
            return ""

    def wait_for(text: str) -> str:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            page = home()
            if text in page:
                return page
            time.sleep(0.3)
        pytest.fail(f"the preview never showed {text!r}")

    with subprocess.Popen([sys.executable, "-m", "generator", "serve", "--engine", "zensical", "-a", f"127.0.0.1:{port}"],
                          cwd=project, env={**os.environ, **ENV}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as proc:
        try:
            page = wait_for("<title>How to reach us - Harbor View Hotel</title>")
            assert '<meta name="generator" content="zensical-' in page
            policy = project / "policies" / "harbor-view.yaml"
            policy.write_text(policy.read_text(encoding="utf-8").replace("first_response: 1h", "first_response: 7h"),
                              encoding="utf-8")
            wait_for("within 7 hours")
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=20)
