"""One complete site per language: the default language at the root, each translation under /<tag>/.

Real builds of `expectations init --example` (English, with the French
translation policies/harbor-view.fr-CA.po), of another business (a Lisbon shop
in pt-PT with no translation), and of sites with an Arabic version; the
assertions read the built HTML, search indexes and data files.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.adapters.languages import (
    SiteLanguage,
    config_overrides,
    material_language,
    page_variants,
    page_versions,
    relative_href,
)
from tests.conftest import BUILT_AT, CONFIGS, ROOT, init, tree
from tests.test_staff import canary_policy, found

GENERATED = ["", "hours/", "help/", "faq/", "accounts/"]
"""The generated public pages of the example, by URL."""
HTML_TAG = re.compile(r"<html\b[^>]*>")
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')
SWITCHER = re.compile(r'<a href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)" class="md-select__link"')


def build(project: Path, audience: str = "public", *extra: str) -> object:
    config, _ = CONFIGS[audience]
    return CliRunner().invoke(
        main, ["build", "--audience", audience, "-f", str(project / config), *extra],
        env={"SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""},
    )


def built(project: Path, audience: str = "public") -> Path:
    result = build(project, audience)
    assert result.exit_code == 0, result.output
    return project / CONFIGS[audience][1]


def pages(site: Path, folder: str = "") -> list[str]:
    """URLs of the pages of one language's site (the root's, or ``folder``'s), without the other languages' folders."""
    root = site / folder if folder else site
    urls = [p.relative_to(root).as_posix().removesuffix("index.html") for p in sorted(root.rglob("index.html"))]
    return [url for url in urls if folder or not url.startswith(("fr-CA/", "ar/"))]


def html_tag(path: Path) -> str:
    return HTML_TAG.search(path.read_text(encoding="utf-8")).group()


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = init(tmp_path_factory.mktemp("languages") / "demo")
    built(project, "public")
    built(project, "staff")
    return project


# --- the plan ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "code"),
    [("en-CA", "en"), ("fr-CA", "fr"), ("pt-PT", "pt"), ("pt-BR", "pt-BR"), ("de", "de"), ("ja", "ja"),
     ("ar", "ar"), ("nl-BE", "nl"), ("zh-Hant-TW", "zh-TW"), ("sw", "en")],
    ids=str,
)
def test_material_language_codes(tag: str, code: str) -> None:
    assert material_language(tag) == code


@pytest.mark.parametrize(
    ("tag", "search", "direction", "name"),
    [("fr-CA", "fr", "ltr", "Français (Canada)"), ("nl", "du", "ltr", "Nederlands"), ("ja", "ja", "ltr", "日本語"),
     ("ar", "ar", "rtl", "العربية"), ("pt-PT", "pt", "ltr", "Português (Portugal)"), ("sw", "en", "ltr", "Kiswahili")],
    ids=str,
)
def test_language_settings(tag: str, search: str, direction: str, name: str) -> None:
    language = SiteLanguage(tag, f"{tag}/")
    assert (language.search_language, language.direction, language.name) == (search, direction, name)


@pytest.mark.parametrize(
    ("target", "current", "href"),
    [("fr-CA/faq/", "faq/", "../fr-CA/faq/"), ("faq/", "fr-CA/faq/", "../../faq/"), ("", "fr-CA/", "../"),
     ("fr-CA/", "", "fr-CA/"), ("faq/", "faq/", "./"), ("fr-CA/faq.html", "faq.html", "fr-CA/faq.html"),
     ("faq.html", "fr-CA/faq.html", "../faq.html")],
    ids=str,
)
def test_relative_links_between_languages(target: str, current: str, href: str) -> None:
    assert relative_href(target, current) == href


def test_page_versions_absolute_with_a_site_url() -> None:
    en, fr = SiteLanguage("en-CA", ""), SiteLanguage("fr-CA", "fr-CA/")
    versions = page_versions([en, fr], fr, "faq/", "https://help.example/")
    assert [(v.tag, v.href, v.current) for v in versions] == [
        ("en-CA", "https://help.example/faq/", False), ("fr-CA", "https://help.example/fr-CA/faq/", True)]


def test_config_overrides_keep_the_site_settings() -> None:
    raw = {"site_url": "https://help.example", "theme": {"name": "material", "palette": {"primary": "teal"}},
           "plugins": ["search", {"expectations": {"policies": "policies"}}, "tags"]}
    overrides = config_overrides(raw, SiteLanguage("fr-CA", "fr-CA/"))
    assert overrides == {
        "theme": {"name": "material", "palette": {"primary": "teal"}, "language": "fr"},
        "plugins": {"search": {"lang": ["fr"]}, "expectations": {"policies": "policies", "language": "fr-CA"}, "tags": {}},
        "site_url": "https://help.example/fr-CA/",
    }
    staff = {"theme": "material", "plugins": {"search": {"lang": "en"}, "expectations": {"audience": "staff"}}}
    assert config_overrides(staff, SiteLanguage("en-CA", "")) == {
        "theme": {"name": "material", "language": "en"},
        "plugins": {"search": {"lang": "en"}, "expectations": {"audience": "staff", "language": "en-CA"}},
    }


def test_page_variants_are_found_by_site_language() -> None:
    languages = [SiteLanguage("en-CA", ""), SiteLanguage("fr-CA", "fr-CA/")]
    found_variants = page_variants(["about.md", "about.fr-CA.md", "team/index.fr_ca.md", "v1.2.md", "notes.de.md"], languages)
    assert [(v.path, v.base, v.language.tag) for v in found_variants] == [
        ("about.fr-CA.md", "about.md", "fr-CA"), ("team/index.fr_ca.md", "team/index.md", "fr-CA")]


# --- the example: English at the root, French under /fr-CA/ ---------------------------------------


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_every_page_exists_in_both_languages(example: Path, audience: str) -> None:
    site = example / CONFIGS[audience][1]
    english = pages(site)
    french = pages(site, "fr-CA")
    assert english == french
    assert set(GENERATED + ["about/"]) <= set(english)
    if audience == "staff":
        assert any(url.startswith("playbook") for url in french)
    for folder in (site, site / "fr-CA"):
        assert (folder / "404.html").is_file() and (folder / "sitemap.xml").is_file()
    assert not (site / "fr-CA" / "fr-CA").exists()


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_html_lang_on_every_page(example: Path, audience: str) -> None:
    site = example / CONFIGS[audience][1]
    for path in sorted(site.rglob("*.html")):
        expected = "fr-CA" if path.relative_to(site).parts[0] == "fr-CA" else "en-CA"
        assert html_tag(path) == f'<html lang="{expected}" class="no-js">', path


def test_generated_pages_are_in_french(example: Path) -> None:
    french = (example / "site" / "fr-CA")
    assert "<title>Questions fréquentes - Hôtel Harbor View</title>" in (french / "faq" / "index.html").read_text(encoding="utf-8")
    home = (french / "index.html").read_text(encoding="utf-8")
    assert "Nous répondons à chaque message" in home
    assert 'placeholder="Rechercher"' in home  # the theme's labels
    assert "We answer every message" not in home
    english = (example / "site" / "index.html").read_text(encoding="utf-8")
    assert "We answer every message" in english and "Nous répondons" not in english


def _resolve(page: Path, site: Path, href: str) -> Path:
    """The file a link on ``page`` leads to."""
    url = urljoin("http://host/" + page.relative_to(site).as_posix(), href)
    path = url.removeprefix("http://host/")
    return site / (path + "index.html" if path == "" or path.endswith("/") else path)


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_hreflang_alternates_point_both_ways(example: Path, audience: str) -> None:
    site = example / CONFIGS[audience][1]
    for url in pages(site):
        english, french = site / url / "index.html", site / "fr-CA" / url / "index.html"
        for page in (english, french):
            links = ALTERNATE.findall(page.read_text(encoding="utf-8"))
            assert [lang for lang, _ in links] == ["en-CA", "fr-CA", "x-default"], page
            targets = {lang: _resolve(page, site, href) for lang, href in links}
            assert targets == {"en-CA": english, "fr-CA": french, "x-default": english}, page


def test_the_switcher_leads_to_the_same_page_in_the_other_language(example: Path) -> None:
    site = example / "site"
    for url in pages(site):
        english, french = site / url / "index.html", site / "fr-CA" / url / "index.html"
        for page, other in ((french, english), (english, french)):
            entries = SWITCHER.findall(page.read_text(encoding="utf-8"))
            assert [(lang, hreflang) for _, hreflang, lang in entries] == [("en-CA", "en-CA"), ("fr-CA", "fr-CA")]
            assert [_resolve(page, site, href) for href, _, _ in entries] == [english, french]
    home = (site / "fr-CA" / "index.html").read_text(encoding="utf-8")
    assert 'lang="fr-CA" class="md-select__link" aria-current="page">' in home
    assert re.search(r'lang="en-CA" class="md-select__link">\s*English \(Canada\)\s*</a>', home)
    assert re.search(r'lang="fr-CA" class="md-select__link" aria-current="page">\s*Français \(Canada\)\s*</a>', home)


def test_each_language_has_its_own_search_index(example: Path) -> None:
    english = json.loads((example / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    french = json.loads((example / "site" / "fr-CA" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert english["config"]["lang"] == ["en"] and french["config"]["lang"] == ["fr"]
    french_text = " ".join(doc["title"] + " " + doc["text"] for doc in french["docs"])
    english_text = " ".join(doc["title"] + " " + doc["text"] for doc in english["docs"])
    assert "Questions fréquentes" in french_text and "Nous répondons à chaque message" in french_text
    assert "Nous répondons" not in english_text and "We answer every message" in english_text
    # The same pages, each section under its French heading.
    assert {doc["location"].split("#")[0] for doc in french["docs"]} == {doc["location"].split("#")[0] for doc in english["docs"]}
    assert "faq/#probleme-urgent-pendant-votre-sejour-a-qui-madresser" in {doc["location"] for doc in french["docs"]}


def test_each_language_has_its_own_data(example: Path) -> None:
    french = json.loads((example / "site" / "fr-CA" / "expectations.json").read_text(encoding="utf-8"))
    english = json.loads((example / "site" / "expectations.json").read_text(encoding="utf-8"))
    assert french["business"]["locale"] == "fr-CA" and english["business"]["locale"] == "en-CA"
    assert french["business"]["name"] == "Hôtel Harbor View"
    assert french["business"]["summary"].startswith("Nous répondons à chaque message reçu")
    assert french["messages"]["status.open.days"] == "En service actuellement"
    assert english["messages"]["status.open.days"] != french["messages"]["status.open.days"]
    assert "Questions sur les réservations" in french["channels"][1]["good_for"] + french["channels"][0]["good_for"] + \
        [item for c in french["channels"] for item in c["good_for"]]
    ld = re.findall(r'<script type="application/ld\+json">(.*?)</script>',
                    (example / "site" / "fr-CA" / "index.html").read_text(encoding="utf-8"))
    assert ld and json.loads(ld[0])["name"] == "Hôtel Harbor View"
    for folder, tag, question in (("fr-CA/", "fr-CA", "Répondez-vous"), ("", "en-CA", "Do you")):
        faq = (example / "site" / folder / "faq" / "index.html").read_text(encoding="utf-8")
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', faq).group(1))
        assert data["@type"] == "FAQPage" and data["inLanguage"] == tag
        assert any(q["name"].startswith(question) for q in data["mainEntity"])


def test_sitemaps_list_the_alternates(example: Path, tmp_path: Path) -> None:
    project = tmp_path / "demo"
    shutil.copytree(example, project, ignore=shutil.ignore_patterns("site", "site-staff"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: auto\n", "site_name: auto\nsite_url: https://help.example/\n", 1), encoding="utf-8")
    site = built(project)
    french = (site / "fr-CA" / "sitemap.xml").read_text(encoding="utf-8")
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in french
    assert (
        "<loc>https://help.example/fr-CA/faq/</loc>\n"
        "         <lastmod>2026-11-23</lastmod>\n"
        '         <xhtml:link rel="alternate" hreflang="en-CA" href="https://help.example/faq/"/>\n'
        '         <xhtml:link rel="alternate" hreflang="fr-CA" href="https://help.example/fr-CA/faq/"/>\n'
        '         <xhtml:link rel="alternate" hreflang="x-default" href="https://help.example/faq/"/>'
    ) in french
    assert "<loc>https://help.example/faq/</loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")
    faq = (site / "fr-CA" / "faq" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" hreflang="en-CA" href="https://help.example/faq/">' in faq
    assert '<link rel="canonical" href="https://help.example/fr-CA/faq/">' in faq


# --- translations in progress and translated hand-written pages ------------------------------------


def test_an_untranslated_string_is_shown_in_english_marked_as_such(example: Path, tmp_path: Path) -> None:
    project = tmp_path / "demo"
    shutil.copytree(example, project, ignore=shutil.ignore_patterns("site", "site-staff"))
    po = project / "policies" / "harbor-view.fr-CA.po"
    text = po.read_text(encoding="utf-8")
    assert text.count('msgstr "Questions sur les réservations"') == 1
    po.write_text(text.replace('msgstr "Questions sur les réservations"', 'msgstr ""'), encoding="utf-8")
    site = built(project)
    french = (site / "fr-CA" / "index.html").read_text(encoding="utf-8")
    assert '<span lang="en-CA">Booking questions</span>' in french
    assert "Questions sur les réservations" not in french
    data = json.loads((site / "fr-CA" / "expectations.json").read_text(encoding="utf-8"))
    assert "Booking questions" in [item for c in data["channels"] for item in c["good_for"]]
    assert "Booking questions" not in (site / "fr-CA" / "faq" / "index.html").read_text(encoding="utf-8").replace(
        '<span lang="en-CA">Booking questions</span>', "")


def test_hand_written_pages_translated_or_marked(example: Path, tmp_path: Path) -> None:
    project = tmp_path / "demo"
    shutil.copytree(example, project, ignore=shutil.ignore_patterns("site", "site-staff"))
    site = built(project)
    untranslated = (site / "fr-CA" / "about" / "index.html").read_text(encoding="utf-8")
    assert '<div lang="en-CA">\n<h1 id="about-this-site">About this site' in untranslated
    (project / "site_src" / "about.fr-CA.md").write_text("# À propos de ce site\n\nCe site dit ce qui vous attend.\n", encoding="utf-8")
    site = built(project)
    french = (site / "fr-CA" / "about" / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="a-propos-de-ce-site">À propos de ce site' in french and '<div lang="en-CA">' not in french
    english = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert "About this site" in english and "À propos" not in english
    assert not (site / "about.fr-CA").exists() and not (site / "fr-CA" / "about.fr-CA").exists()
    (project / "site_src" / "contact.fr-CA.md").write_text("# Contact\n", encoding="utf-8")
    result = build(project)
    assert result.exit_code == 1
    assert (
        f"ERROR: {project / 'site_src' / 'contact.fr-CA.md'} is the fr-CA version of contact.md, which does not exist; "
        "add contact.md in the site's default language (en-CA)"
    ) in result.output.splitlines()


# --- all or nothing ------------------------------------------------------------------------------------


def test_a_broken_translation_leaves_the_old_site_untouched(example: Path, tmp_path: Path) -> None:
    project = tmp_path / "demo"
    shutil.copytree(example, project)
    before = tree(project / "site")
    po = project / "policies" / "harbor-view.fr-CA.po"
    lines = po.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, 1) if line == 'msgstr "Services et stationnement"\n')
    lines[number - 1] = "msgstr Services et stationnement\n"
    po.write_text("".join(lines), encoding="utf-8")
    result = build(project)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{po}:{number}:8: error: expected one string in double quotes, got 'Services et stationnement'"
    ]
    assert tree(project / "site") == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site")) == []


def test_a_link_added_in_a_translation_refuses_the_build(example: Path, tmp_path: Path) -> None:
    project = tmp_path / "demo"
    shutil.copytree(example, project)
    before = tree(project / "site")
    po = project / "policies" / "harbor-view.fr-CA.po"
    text = po.read_text(encoding="utf-8")
    assert text.count("appelez la réception") == 1
    po.write_text(text.replace("appelez la réception", "appelez [la réception](https://elsewhere.example/)"), encoding="utf-8")
    number = next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith('msgctxt "business.summary"')) + 5
    result = build(project)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{po}:{number}:1: error: business.summary: the translation links to 'https://elsewhere.example/', "
        "which the source text does not; link only to what the source links to"
    ]
    assert tree(project / "site") == before


# --- other businesses ----------------------------------------------------------------------------------


def lisbon_project(tmp_path: Path, translations: str | None = None) -> Path:
    project = init(tmp_path / "loja")
    for old in (project / "policies").iterdir():
        old.unlink()
    text = (ROOT / "tests" / "fixtures" / "translations" / "loja.yaml").read_text(encoding="utf-8")
    text = text.replace("  translations: [en]\n", f"  translations: {translations}\n" if translations else "")
    (project / "policies" / "loja.yaml").write_text(text, encoding="utf-8")
    return project


def test_a_site_without_translations_is_built_at_the_root_in_its_language(tmp_path: Path) -> None:
    site = built(lisbon_project(tmp_path))
    names = sorted(p.name for p in site.iterdir() if p.is_dir())
    assert "en" not in names and "pt-PT" not in names
    for path in sorted(site.rglob("*.html")):
        assert html_tag(path) == '<html lang="pt-PT" class="no-js">', path
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'placeholder="Buscar"' in home and "md-select__link" not in home and "hreflang" not in home
    assert json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["lang"] == ["pt"]


def test_an_arabic_version_is_right_to_left(tmp_path: Path) -> None:
    project = lisbon_project(tmp_path, "[ar]")
    site = built(project)
    assert (site / "ar" / "index.html").is_file()
    for path in sorted((site / "ar").rglob("*.html")):
        assert html_tag(path) == '<html lang="ar" dir="rtl" class="no-js">', path
    home = (site / "ar" / "index.html").read_text(encoding="utf-8")
    assert '<body dir="rtl"' in home
    # Nothing is translated yet: the shop's own text stays Portuguese, marked as such.
    assert '<span lang="pt-PT">Encomendas</span>' in home
    assert json.loads((site / "ar" / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["lang"] == ["ar"]
    root = (site / "index.html").read_text(encoding="utf-8")
    assert html_tag(site / "index.html") == '<html lang="pt-PT" class="no-js">'
    assert '<link rel="alternate" hreflang="ar" href="ar/">' in root


def test_policies_with_different_languages_are_refused(tmp_path: Path) -> None:
    project = init(tmp_path / "two")
    policy = (project / "policies" / "harbor-view.yaml").read_text(encoding="utf-8")
    (project / "policies" / "annex.yaml").write_text(policy.replace("  translations: [fr-CA]\n", ""), encoding="utf-8")
    result = build(project)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{project / 'policies' / 'harbor-view.yaml'}:8:17: error: business.translations: [fr-CA] differs from the "
        "other policies' []; every location of one site is published in the same languages"
    ]
    assert not (project / "site").exists()


# --- staff data, preview ---------------------------------------------------------------------------------


def test_canary_no_staff_token_in_any_public_language(tmp_path: Path) -> None:
    project = init(tmp_path / "canary")
    text, tokens = canary_policy()
    (project / "policies" / "harbor-view.yaml").write_text(text, encoding="utf-8")
    public, staff = built(project, "public"), built(project, "staff")
    assert (public / "fr-CA" / "index.html").is_file() and (staff / "fr-CA" / "index.html").is_file()
    assert found(public / "fr-CA", tokens) == set() and found(public, tokens) == set()
    # Positive control: the French staff site shows every one (untranslated, in English).
    assert found(staff / "fr-CA", tokens) == set(tokens)


def test_serve_refuses_a_language_the_site_does_not_have(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(example)
    result = CliRunner().invoke(main, ["serve", "--language", "de"])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == "Error: --language: 'de' is not a language of this site; choose one of en-CA, fr-CA"


def test_serve_overrides_for_a_language(example: Path) -> None:
    from generator.adapters.languages import language_overrides

    overrides = language_overrides(example / "mkdocs.yml", "fr-ca")
    assert overrides["theme"]["language"] == "fr"
    assert overrides["plugins"]["expectations"]["language"] == "fr-CA"
    assert overrides["plugins"]["search"] == {"lang": ["fr"]}


def test_pages_answer_material_sitemap_probes_for_their_alternates(example: Path) -> None:
    """Only the language roots' sitemaps are asked for: the script lists them, as links from the page."""
    faq = (example / "site" / "fr-CA" / "faq" / "index.html").read_text(encoding="utf-8")
    assert '<script>(function(){var own=["../../sitemap.xml", "../sitemap.xml"].map(' in faq
    missing = (example / "site" / "fr-CA" / "404.html").read_text(encoding="utf-8")
    assert '<script>(function(){var own=["/sitemap.xml", "/fr-CA/sitemap.xml"].map(' in missing
