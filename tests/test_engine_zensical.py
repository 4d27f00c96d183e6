"""The Zensical engine: the same site as MkDocs builds, with the same guarantees.

The example project (``expectations init --example``: English at the root,
French under fr-CA/) is built once with each engine, both audiences,
SOURCE_DATE_EPOCH fixed. Then: the same files beside the pages (byte for
byte, in both languages), the same main text on the key pages, the head HTML
and the staff noindex added after the build; the French site (its pages,
``<html lang>``, hreflang links both ways, the switcher, its data and search
index, the untranslated about page marked); another business in German and
Arabic with ``site_url`` (right to left, absolute links, sitemaps); Promises
kept from a conversation log; a 50-location chain whose pages stay the same
size; the staff-data canary; two builds byte-identical across folders,
working folder, time zone and locale; a build in a network namespace; no page
fetching from another host; a failing build leaving the old site; and the
one-line message when Zensical is missing. Browser checks (axe-core, the
switcher, live status) are in tests/browser/test_zensical_browser.py.
"""

from __future__ import annotations

import json
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
from tests.conftest import BUILT_AT, CONFIGS, EXAMPLE, init, tree
from tests.test_chains import chain
from tests.test_offline import ABSOLUTE, _Fetches, _js_hosts, _offsite_css, _unshare
from tests.test_promises_site import EXAMPLE_LOG
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
    """The folders of the other languages (hreflang alternates) of a built site."""
    home = (root / "index.html").read_text(encoding="utf-8")
    return {tag for tag in re.findall(r'hreflang="([^"]+)"', home) if (root / tag).is_dir()}


def in_language(name: str, others: set[str]) -> str:
    """A file's path inside its language's site: ``fr-CA/faq/index.html`` -> ``faq/index.html``."""
    folder, slash, rest = name.partition("/")
    return rest if slash and folder in others else name


# --- the same outputs ----------------------------------------------------------------------------


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_every_generated_page_and_data_file_is_there(example: Path, audience: str) -> None:
    mkdocs, zensical = tree(site(example, "mkdocs", audience)), tree(site(example, "zensical", audience))
    others = translations(site(example, "mkdocs", audience))
    assert others == translations(site(example, "zensical", audience)) == {"fr-CA"}
    pages = {name for name in mkdocs if name.endswith("index.html") or in_language(name, others) == "404.html"}
    assert {"index.html", "fr-CA/index.html", "fr-CA/faq/index.html", "fr-CA/404.html"} <= pages
    assert sorted(pages) == sorted(name for name in zensical if name.endswith("index.html") or in_language(name, others) == "404.html")
    # Everything the plugin adds beside the pages (data, feeds, badges, assets) is byte for byte the same, in each language.
    theme = ("assets/javascripts/", "assets/stylesheets/", "assets/images/", "search/", "sitemap.xml")
    data = {name for name in mkdocs if not name.endswith(".html") and not in_language(name, others).startswith(theme)}
    for folder in ("", "fr-CA/"):
        assert {f"{folder}{name}" for name in ("expectations.json", "expectations.schema.json", "closures.ics",
                                               "assets/expectations.css", "assets/expectations.js", "badges/x.svg")} <= data
        assert (f"{folder}robots.txt" in data) == (audience == "staff")
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
    ["index.html", "hours/index.html", "help/index.html", "faq/index.html", "accounts/index.html", "about/index.html",
     "fr-CA/index.html", "fr-CA/hours/index.html", "fr-CA/faq/index.html", "fr-CA/about/index.html"],
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
    french = nav_order(site(example, "zensical", "staff") / "fr-CA" / page, "fr-CA/about")
    assert french == nav_order(site(example, "mkdocs", "staff") / "fr-CA" / page, "fr-CA/about")
    assert french[:3] == ["fr-CA", "fr-CA/help", "fr-CA/hours"]


# --- the French site -----------------------------------------------------------------------------

SITEMAP_ENTRY = r"<loc>([^<]*)</loc>(?:\s*<lastmod>[^<]*</lastmod>)?((?:\s*<xhtml:link [^>]*/>)*)"
HREFLANG = re.compile(r'<link rel="alternate" hreflang="[^"]*" href="[^"]*">')
SWITCHER = re.compile(r'<a href="([^"]*)" hreflang="([^"]*)" lang="([^"]*)" class="md-select__link"( aria-current="page")?>\s*([^<]*?)\s*</a>')


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_the_french_site_has_french_pages_with_links_to_each_version(example: Path, audience: str) -> None:
    root, theirs = site(example, "zensical", audience), site(example, "mkdocs", audience)
    assert '<html lang="fr-CA" class="no-js">' in (root / "fr-CA" / "faq" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en-CA" class="no-js">' in (root / "faq" / "index.html").read_text(encoding="utf-8")
    assert "<title>Questions fréquentes - Hôtel Harbor View" in head(site(example, "zensical") / "fr-CA" / "faq" / "index.html")
    # hreflang both ways, with x-default: the same links as MkDocs writes.
    assert HREFLANG.findall(head(root / "fr-CA" / "faq" / "index.html")) == [
        '<link rel="alternate" hreflang="en-CA" href="../../faq/">',
        '<link rel="alternate" hreflang="fr-CA" href="./">',
        '<link rel="alternate" hreflang="x-default" href="../../faq/">',
    ]
    assert HREFLANG.findall(head(root / "faq" / "index.html")) == [
        '<link rel="alternate" hreflang="en-CA" href="./">',
        '<link rel="alternate" hreflang="fr-CA" href="../fr-CA/faq/">',
        '<link rel="alternate" hreflang="x-default" href="./">',
    ]
    pages = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))
    assert len(pages) > 12
    for page in pages:
        ours, mkdocs = (root / page).read_text(encoding="utf-8"), (theirs / page).read_text(encoding="utf-8")
        assert HREFLANG.findall(head(root / page)) == HREFLANG.findall(head(theirs / page)), page
        # The switcher: each language's version of this very page, named in its own language.
        assert SWITCHER.findall(ours) == SWITCHER.findall(mkdocs), page
        assert len(SWITCHER.findall(ours)) == 2, page
        assert ours.count('<link rel="alternate" href=') == 0, page  # the theme's own site-wide links are replaced
    assert SWITCHER.findall((root / "fr-CA" / "faq" / "index.html").read_text(encoding="utf-8")) == [
        ("../../faq/", "en-CA", "en-CA", "", "English (Canada)"),
        ("./", "fr-CA", "fr-CA", ' aria-current="page"', "Français (Canada)"),
    ]


def test_the_french_site_has_its_own_data_and_search_index(example: Path) -> None:
    root = site(example, "zensical")
    data = json.loads((root / "fr-CA" / "expectations.json").read_text(encoding="utf-8"))
    assert data["business"]["name"] == "Hôtel Harbor View" and data["business"]["locale"] == "fr-CA"
    assert data["messages"]["status.open"] == "En service actuellement · réponse en {duration} environ"
    assert json.loads((root / "expectations.json").read_text(encoding="utf-8"))["business"]["name"] == "Harbor View Hotel"
    french = json.loads((root / "fr-CA" / "search.json").read_text(encoding="utf-8"))
    english = json.loads((root / "search.json").read_text(encoding="utf-8"))
    titles = {item["title"] for item in french["items"]}
    assert {"Questions fréquentes", "Horaires et fermetures"} <= titles
    assert "Frequently asked questions" not in titles
    assert "Frequently asked questions" in {item["title"] for item in english["items"]}


def test_an_untranslated_page_is_marked_in_the_default_language(example: Path) -> None:
    page = (site(example, "zensical") / "fr-CA" / "about" / "index.html").read_text(encoding="utf-8")
    assert page.count('<div lang="en-CA">') == 1
    marked = page[page.index('<div lang="en-CA">'):page.index("</article>")]
    assert '<h1 id="about-this-site">About this site' in marked
    assert '<div lang="en-CA">' not in (site(example, "zensical") / "about" / "index.html").read_text(encoding="utf-8")
    assert '<div lang="en-CA">' not in (site(example, "zensical") / "fr-CA" / "faq" / "index.html").read_text(encoding="utf-8")


def test_another_business_in_german_and_arabic_with_its_address(tmp_path: Path) -> None:
    """Right to left, a translated hand-written page, absolute links and sitemaps with alternates, as MkDocs builds them."""
    project = tmp_path / "shop"
    result = CliRunner().invoke(main, ["init", str(project), "--name", "Bäckerei Kruse",
                                       "--timezone", "Europe/Berlin", "--locale", "de-DE"])
    assert result.exit_code == 0, result.output
    policy = project / "policies" / next(p.name for p in (project / "policies").glob("*.yaml"))
    text, count = re.subn(r"(?m)^(  locale: .*de-DE.*\n)", r"\1  translations: [ar]\n", policy.read_text(encoding="utf-8"))
    assert count == 1
    policy.write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text("site_url: https://hilfe.example/kruse/\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    (project / "site_src" / "about.ar.md").write_text("# عن المخبز\n\nنخبز منذ 1950.\n", encoding="utf-8")
    for engine in ("zensical", "mkdocs"):
        result = build(project, engine=engine, site_dir=project / engine)
        assert result.exit_code == 0, result.output
    ours, theirs = project / "zensical", project / "mkdocs"
    home = (ours / "ar" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl" class="no-js">' in home and '<body dir="rtl"' in home
    assert '<html lang="de-DE" class="no-js">' in (ours / "index.html").read_text(encoding="utf-8")
    assert HREFLANG.findall(head(ours / "ar" / "faq" / "index.html")) == [
        '<link rel="alternate" hreflang="de-DE" href="https://hilfe.example/kruse/faq/">',
        '<link rel="alternate" hreflang="ar" href="https://hilfe.example/kruse/ar/faq/">',
        '<link rel="alternate" hreflang="x-default" href="https://hilfe.example/kruse/faq/">',
    ]
    for page in ("index.html", "faq/index.html", "ar/index.html", "ar/hours/index.html", "404.html", "ar/404.html"):
        assert HREFLANG.findall(head(ours / page)) == HREFLANG.findall(head(theirs / page)), page
        assert SWITCHER.findall((ours / page).read_text(encoding="utf-8")) == SWITCHER.findall(
            (theirs / page).read_text(encoding="utf-8")), page
    about = (ours / "ar" / "about" / "index.html").read_text(encoding="utf-8")
    assert "عن المخبز" in about and '<div lang="de-DE"' not in about
    assert main_text(ours / "ar" / "about" / "index.html") == main_text(theirs / "ar" / "about" / "index.html")
    assert not (ours / "about.ar").exists() and not (ours / "ar" / "about.ar").exists()
    # Sitemaps: each page with its versions in both languages.
    for folder in ("", "ar/"):
        sitemap = (ours / folder / "sitemap.xml").read_text(encoding="utf-8")
        alternates = re.findall(SITEMAP_ENTRY, sitemap)
        expected = re.findall(SITEMAP_ENTRY, (theirs / folder / "sitemap.xml").read_text(encoding="utf-8"))
        assert len(alternates) > 5
        assert {loc: " ".join(links.split()) for loc, links in alternates} == {loc: " ".join(links.split()) for loc, links in expected}
    assert ('<loc>https://hilfe.example/kruse/ar/faq/</loc>\n        <xhtml:link rel="alternate" hreflang="de-DE" '
            'href="https://hilfe.example/kruse/faq/"/>') in (ours / "ar" / "sitemap.xml").read_text(encoding="utf-8")


def test_a_page_version_without_its_page_fails_the_build_and_keeps_the_site(tmp_path: Path) -> None:
    project = init(tmp_path / "project")
    assert build(project).exit_code == 0
    before = tree(project / "site")
    (project / "site_src" / "contact.fr-CA.md").write_text("# Nous joindre\n", encoding="utf-8")
    result = build(project)
    assert result.exit_code == 1
    assert result.output == (
        f"error: {project / 'site_src'}/contact.fr-CA.md is the fr-CA version of contact.md, which does not exist; "
        "add contact.md in the site's default language (en-CA)\n"
    )
    assert tree(project / "site") == before and leftovers(project) == []


# --- Promises kept -------------------------------------------------------------------------------


def test_promises_kept_on_the_staff_site_and_the_track_record_on_the_public_site(tmp_path: Path) -> None:
    """The plugin's logs option, read from mkdocs.yml: the same pages, line and badge as MkDocs builds."""
    project = init(tmp_path / "project")
    (project / "policies" / "harbor-view.yaml").write_bytes(EXAMPLE.read_bytes())  # its phone channel opts in
    (project / "policies" / "logs").mkdir()
    (project / "policies" / "logs" / "responses.csv").write_bytes(EXAMPLE_LOG.read_bytes())
    for engine in ("zensical", "mkdocs"):
        for audience, (_, folder) in CONFIGS.items():
            result = build(project, audience, engine, project / engine / folder)
            assert result.exit_code == 0, result.output
    ours, theirs = project / "zensical", project / "mkdocs"
    promises = ours / "site-staff" / "playbook" / "promises" / "index.html"
    assert "<title>Promises kept - Harbor View Hotel staff playbook</title>" in head(promises)
    assert main_text(promises) == main_text(theirs / "site-staff" / "playbook" / "promises" / "index.html")
    text = main_text(promises)
    assert text.startswith("Promises kept ¶ Every message of the conversation log, scored against the reply promise")
    assert re.search(r"Log files: \S*policies/logs/responses\.csv\.", text) and "Missed messages" in text
    assert main_text(ours / "site-staff" / "fr-CA" / "playbook" / "promises" / "index.html") == main_text(
        theirs / "site-staff" / "fr-CA" / "playbook" / "promises" / "index.html")
    assert not (ours / "site" / "playbook").exists()
    home = (ours / "site" / "index.html").read_text(encoding="utf-8")
    assert '<dd class="channel-track-record">86% of first replies on time over the last 30 days &#40;43 messages&#41;</dd>' in home
    french = (ours / "site" / "fr-CA" / "index.html").read_text(encoding="utf-8")
    assert "86\u00a0% des premières réponses dans les délais sur les 30 derniers jours" in french
    for badge in ("badges/phone-on-time.svg", "fr-CA/badges/phone-on-time.svg"):
        assert (ours / "site" / badge).read_bytes() == (theirs / "site" / badge).read_bytes()
    assert not (ours / "site" / "badges" / "email-on-time.svg").exists()  # email does not opt in
    assert main_text(ours / "site" / "index.html") == main_text(theirs / "site" / "index.html")


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


def test_unusable_log_options_and_build_time_are_one_line_for_export_and_the_engine(tmp_path: Path) -> None:
    project = init(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert text.count("      logs: [policies/logs/*.csv]") == 1
    config.write_text(text.replace("      logs: [policies/logs/*.csv]",
                                   "      logs: [policies/logs/*.csv]\n      log_timezone: Mars/Olympus"), encoding="utf-8")
    line = ("error: the expectations plugin's log_timezone: unknown time zone 'Mars/Olympus'; "
            "use an IANA name such as America/Halifax\n")
    exported = CliRunner().invoke(main, ["export", str(tmp_path / "out"), "-f", str(config)], env=ENV)
    assert (exported.exit_code, exported.stderr) == (1, line)
    built = build(project)
    assert (built.exit_code, built.output) == (1, line)
    assert not (project / "site").exists() and leftovers(project) == []
    config.write_text(text, encoding="utf-8")
    clock = CliRunner().invoke(main, ["export", str(tmp_path / "out"), "-f", str(config)], env={**ENV, "SOURCE_DATE_EPOCH": "abc"})
    assert (clock.exit_code, clock.stderr) == (1, "error: SOURCE_DATE_EPOCH='abc' is not a whole number of seconds since 1970\n")


# --- chains -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chains(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """Chains of 5 and 50 locations (tests/test_chains.py) built with Zensical."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EXPECTATIONS_ENGINE", "zensical")
        return {n: chain(tmp_path_factory.mktemp(f"chain{n}"), n) for n in (5, 50)}


def test_a_chain_page_carries_its_own_location_navigation_only(chains: dict[int, Path]) -> None:
    fifty = chains[50]
    assert '<meta name="generator" content="zensical-' in (fifty / "index.html").read_text(encoding="utf-8")
    for page in sorted(fifty.rglob("*.html")):
        rel = page.relative_to(fifty).as_posix()
        if rel == "index.html":
            continue
        own = rel.split("/", 1)[0]
        text = re.sub(r'<link rel="(?:prev|next)" href="[^"]*">', "", page.read_text(encoding="utf-8"))
        others = set(re.findall(r'href="(?:\.\./)*(store-\d{3})/', text)) - {own}
        assert not others, f"{rel} links to {sorted(others)[:5]}"
    # A location's own pages and the site's own page stay in its navigation.
    hours = fifty / "store-003" / "hours" / "index.html"
    assert [link for link in nav_order(hours, "store-003/hours") if "#" not in link] == [
        ".", "store-003", "store-003/help", "store-003/hours", "store-003/faq", "store-003/accounts", "about"]
    assert nav_order(fifty / "about" / "index.html", "about") == [".", "about"]


def test_a_chain_search_index_holds_a_few_pages_per_location(chains: dict[int, Path]) -> None:
    """As with MkDocs: each location's home, help and FAQ pages; the others repeat the home page."""
    index = json.loads((chains[50] / "search.json").read_text(encoding="utf-8"))
    pages = {item["location"].split("#", 1)[0] for item in index["items"]}
    assert {p for p in pages if p.startswith("store-003/")} == {"store-003/", "store-003/help/", "store-003/faq/"}
    assert "about/" in pages


def test_a_chain_page_is_the_same_size_in_a_small_and_a_large_chain(chains: dict[int, Path]) -> None:
    five, fifty = chains[5], chains[50]
    for page in ("store-003/index.html", "store-003/hours/index.html", "store-003/faq/index.html", "about/index.html"):
        small, large = (five / page).stat().st_size, (fifty / page).stat().st_size
        assert abs(large - small) <= 0.02 * small, (page, small, large)
    sizes = {p.relative_to(fifty).as_posix(): p.stat().st_size for p in fifty.rglob("*.html")}
    largest = max(sizes, key=sizes.__getitem__)
    assert sizes[largest] < 60_000, (largest, sizes[largest])  # the bound tests/test_chains.py sets for MkDocs


def test_the_navigation_cut_keeps_shared_and_own_entries() -> None:
    from generator.adapters.engines.zensical_navigation import location_navigation

    def item(*hrefs: str) -> str:
        links = "".join(f'<li class="md-nav__item"><a href="{h}" class="md-nav__link">x</a></li>' for h in hrefs)
        return f'    <li class="md-nav__item md-nav__item--nested"><nav><ul class="md-nav__list">{links}</ul></nav></li>\n'

    page = ('<nav class="md-nav md-nav--primary"><ul class="md-nav__list" data-md-scrollfix>\n'
            + item("../../") + item("../../a/", "../../a/faq/") + item("../", "./") + item("../../a/", "../../about/")
            + item("https://elsewhere.example/b/") + "  </ul></nav>")
    cut = location_navigation(page, "b/hours/index.html", frozenset({"a", "b"}))
    assert cut == ('<nav class="md-nav md-nav--primary"><ul class="md-nav__list" data-md-scrollfix>\n'
                   + item("../../") + item("../", "./") + item("../../a/", "../../about/")
                   + item("https://elsewhere.example/b/") + "  </ul></nav>")
    # Outside every location (the locations index, the site's own pages): no location's entries at all.
    home = location_navigation(page.replace("../../", "").replace('"../"', '"b/"').replace('"./"', '"b/hours/"'),
                               "index.html", frozenset({"a", "b"}))
    assert home.count('<li class="md-nav__item md-nav__item--nested">') == 3
    assert 'href="b/"' not in home and 'href="a/faq/"' not in home
    # With site_url, links may be absolute paths: /kruse/a/ is location a's.
    absolute = page.replace("../../a/", "/kruse/a/")
    assert "/kruse/a/faq/" not in location_navigation(absolute, "b/hours/index.html", frozenset({"a", "b"}), "/kruse/")


# --- no staff data in the public site -------------------------------------------------------------


def test_canary_no_staff_token_in_the_public_site(tmp_path: Path) -> None:
    project = init(tmp_path / "canary")
    text, tokens = canary_policy()
    (project / "policies" / "harbor-view.yaml").write_text(text, encoding="utf-8")
    for audience in ("public", "staff"):
        result = build(project, audience)
        assert result.exit_code == 0, result.output
    public, staff = project / "site", project / "site-staff"
    names = {name for name, _ in every_text(public)}
    assert {"search.json", "expectations.json", "sitemap.xml", "fr-ca/search.json", "fr-ca/expectations.json",
            "fr-ca/index.html"} <= names  # every_text lower-cases the names
    assert found(public, tokens) == set()
    assert found(staff, tokens) == set(tokens)  # positive control
    assert found(staff / "fr-CA", tokens) == set(tokens)  # the French playbook too
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
        assert {"fr-CA/index.html", "fr-CA/search.json", "fr-CA/expectations.json"} <= set(one)
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
    others = translations(root)
    assert {n: h for n, h in js_hosts.items() if not in_language(n, others).startswith("assets/javascripts/")} == {}
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
