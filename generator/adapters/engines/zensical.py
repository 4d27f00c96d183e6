"""The Zensical engine: the same site built by Zensical from the exported pages.

Zensical reads ``mkdocs.yml`` but runs no MkDocs plugins, so what the
``expectations`` plugin does inside MkDocs is done here around the build, once
per language of the site (the default one at the root, each translation in its
folder, all into one staging folder):

* before: the pages, data files and assets of that language are written as a
  plain docs tree (generator/adapters/export.py) with the title and
  description as front matter, the site's own pages in that language's version
  (``about.fr-CA.md``), and a Zensical configuration is written beside it: the
  site's own ``mkdocs.yml`` (with ``INHERIT`` resolved) with the language's
  settings (generator/adapters/languages.py), the policy's site name, the
  default navigation (the same as the plugin's), the required Markdown
  extensions and the assets, the language switcher (``extra.alternate``), and
  without the ``expectations`` plugin; the conversation logs the plugin names
  are read as the plugin reads them (Promises kept);
* after: each generated page gets its head HTML (JSON-LD, alternate links),
  every page the ``hreflang`` links to its other language versions, a language
  switcher leading to the same page, ``<html lang>`` with the language's tag
  (and ``dir="rtl"``), the staff site a ``noindex`` meta on every page, a
  location's pages that location's navigation only, and the accessibility
  fixes that MkDocs gets from generator/assets/overrides are made in the HTML
  (those templates are Material 9 copies, not Zensical's).

Zensical's output is already byte-reproducible (it writes no dates, and its
asset names are content hashes); the build runs in a fresh folder, so its
cache never carries anything over.
"""

from __future__ import annotations

import html
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils.yaml import yaml_load

from generator.frozen import frozen
from generator.adapters.cache import cached
from generator.adapters.engines import INSTALL_ZENSICAL, EngineFailed, EngineMissing
from generator.adapters.engines.zensical_navigation import location_navigation
from generator.adapters.export import language_pages, log_settings, write_docs
from generator.adapters.languages import (
    SiteLanguage,
    Version,
    config_overrides,
    configured_languages,
    head_links,
    page_versions,
    relative_href,
    sitemap_probe_script,
)
from generator.adapters.mkdocs.plugin import ASSETS, REQUIRED_EXTENSIONS, is_staff_page
from generator.adapters.site_build import site_policies_dir
from generator.derive.site_name import is_auto
from generator.pipeline import SiteAddress, SiteContent
from generator.render.pages import RenderedPage
from generator.render.urls import page_url

VERSION_NEEDED = "0.0.73"
NOINDEX = '<meta name="robots" content="noindex, nofollow">'
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def load_zensical() -> Any:
    """The zensical module; EngineMissing with the install command when it is not installed."""
    try:
        import zensical
    except ImportError:
        raise EngineMissing(f"the zensical engine is not installed; install it with: {INSTALL_ZENSICAL}") from None
    return zensical


# --- navigation (the plugin's default, for an engine without plugins) -------------------------


def _entries(pages: list[RenderedPage], staff: bool) -> list[object]:
    # Themes print navigation titles without escaping; location names come from policies.
    return [{html.escape(p.plan.title): p.path} for p in pages if is_staff_page(p) == staff]


def staff_nav(content: SiteContent) -> list[object]:
    groups: list[object] = []
    for name, pages in content.nav:
        staff = _entries(pages, staff=True)
        if staff:
            groups.append({f"Staff playbook: {html.escape(name)}" if name else "Staff playbook": staff})
    return groups


def default_nav(content: SiteContent, own_pages: list[str]) -> list[object]:
    """Generated public pages in their natural order (by location), the site's own pages, then the playbook."""
    generated = {page.path for page in content.pages}
    nav: list[object] = []
    for name, pages in content.nav:
        public = _entries(pages, staff=False)
        nav.extend(public if name is None else [{html.escape(name): public}])
    return nav + sorted(p for p in own_pages if p not in generated) + staff_nav(content)


# --- configuration -----------------------------------------------------------------------------


def _extension_name(entry: object) -> str:
    return entry if isinstance(entry, str) else next(iter(entry))  # type: ignore[call-overload]


def zensical_config(raw: dict[str, Any], config: MkDocsConfig, content: SiteContent, audience: str, own_pages: list[str]) -> dict[str, Any]:
    """The configuration Zensical builds from: the site's own, completed as the plugin completes it for MkDocs."""
    out = {k: v for k, v in raw.items() if k not in ("INHERIT", "hooks")}
    if content.identity is not None:
        # Escaped once, as for MkDocs: the theme prints them raw (see _unescape_site_name for attributes).
        if is_auto(raw.get("site_name")):
            out["site_name"] = html.escape(content.identity.name)
        if is_auto(raw.get("site_description")):
            out["site_description"] = html.escape(content.identity.description)
    out["docs_dir"], out["site_dir"] = "docs", "site"
    theme = raw.get("theme") or {}
    theme = {"name": theme} if isinstance(theme, str) else dict(theme)
    # Material's look (Zensical's default is its "modern" one), so both engines build the same site.
    theme.setdefault("variant", "classic")
    if theme.get("custom_dir"):
        theme["custom_dir"] = str(config.theme.custom_dir)
    out["theme"] = theme
    plugins = raw.get("plugins") or []
    if isinstance(plugins, dict):
        out["plugins"] = {k: v for k, v in plugins.items() if k != "expectations"}
    else:
        out["plugins"] = [p for p in plugins if _extension_name(p) != "expectations"]
    extensions = raw.get("markdown_extensions")
    extensions = list(extensions) if isinstance(extensions, list) else (
        [{k: v} for k, v in extensions.items()] if isinstance(extensions, dict) else []
    )
    named = {_extension_name(e) for e in extensions}
    out["markdown_extensions"] = extensions + [name for name in REQUIRED_EXTENSIONS if name not in named]
    for key, suffix in (("extra_css", ".css"), ("extra_javascript", ".js")):
        listed = list(raw.get(key) or [])
        out[key] = listed + [a for a in ASSETS if a.endswith(suffix) and a not in listed]
    nav = raw.get("nav")
    if nav is None:
        out["nav"] = default_nav(content, own_pages)
    elif audience == "staff":
        out["nav"] = [*nav, *staff_nav(content)]
    return out


# --- running Zensical --------------------------------------------------------------------------


@contextmanager
def _captured_output() -> Iterator[dict[int, str]]:
    """Collect what native code writes to file descriptors 1 and 2; the text is in the yielded dict afterwards."""
    found: dict[int, str] = {}
    sys.stdout.flush()
    sys.stderr.flush()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        saved = {1: os.dup(1), 2: os.dup(2)}
        try:
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            yield found
        finally:
            for fd, copy in saved.items():
                os.dup2(copy, fd)
                os.close(copy)
            for fd, sink in ((1, out), (2, err)):
                sink.seek(0)
                found[fd] = sink.read().decode("utf-8", "replace")


def run_zensical(config_file: Path, verbose: bool = False) -> None:
    """Build strictly with Zensical, in this process; its problems go to stderr without colours, its progress only with ``verbose``."""
    zensical = load_zensical()
    failure: RuntimeError | None = None
    with _captured_output() as output:
        try:
            zensical.build(str(config_file), {"strict": True, "clean": True})
        except RuntimeError as exc:
            failure = exc
    # Strict: a build that succeeds had nothing to report ("No issues found").
    text = (output[1] + output[2]) if verbose else (output[2] if failure is not None else "")
    if text.strip():
        print(_ANSI.sub("", text).rstrip(), file=sys.stderr)
    if failure is not None:
        raise EngineFailed(f"zensical: {failure}")


# --- after the build ---------------------------------------------------------------------------


def output_file(path: str, directory_urls: bool) -> str:
    """The HTML file a page's Markdown becomes (``faq.md`` -> ``faq/index.html``)."""
    url = page_url(path, directory_urls)
    return url + "index.html" if url == "" or url.endswith("/") else url


def _minijinja_escape(text: str) -> str:
    """What the theme's ``| e`` makes of a text (MiniJinja also escapes ``/``)."""
    return html.escape(text).replace("/", "&#x2f;")


_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def accessibility_fixes(name: str, text: str) -> str:
    """What generator/assets/overrides fixes in Material, fixed in Zensical's (classic) output.

    Checked with axe-core and the title test in tests/browser/test_zensical_browser.py.
    Zensical's search dialog already has an accessible name, so only the 404 page's
    title needs fixing: it gets its own, "404 - Not found - <site name>", instead
    of the bare site name, so the title says what the page is (WCAG 2.4.2).
    """
    if name == "404.html":
        text = _TITLE.sub(lambda m: f"<title>404 - Not found - {m.group(1)}</title>", text, count=1)
    return text


@frozen
class LanguageBuild:
    """One language version of the site, and the others it links to (as the plugin computes them for MkDocs)."""

    languages: tuple[SiteLanguage, ...]
    language: SiteLanguage
    root_url: str | None = None
    """The address of the site root (``site_url``, ending in ``/``), or None: links are relative then."""

    @property
    def several(self) -> bool:
        return len(self.languages) > 1

    def versions(self, url: str, absolute: bool = False) -> list[Version]:
        """Each language version of the page at ``url``, linked from this language's version."""
        return page_versions(list(self.languages), self.language, url, self.root_url or ("/" if absolute else None))

    def home_versions(self, url: str, absolute: bool = False) -> list[Version]:
        """Links from the page at ``url`` to each language's home page."""
        if absolute:
            return self.versions("", absolute=True)
        return [replace(v, href=relative_href(v.language.folder, self.language.folder + url)) for v in self.versions(url)]


def built_url(name: str, directory_urls: bool) -> str:
    """The URL (from the language's site root) of a built HTML file: ``faq/index.html`` -> ``faq/``."""
    if directory_urls and (name == "index.html" or name.endswith("/index.html")):
        return name[: -len("index.html")]
    return name


_HTML_LANG = re.compile(r'<html lang="[^"]*"|<html(?=[\s>])')
_THEME_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')
_SWITCHER = re.compile(r'(<ul class="md-select__list">)(.*?)(\s*</ul>)', re.S)


def switcher_items(versions: list[Version]) -> str:
    """The language switcher's entries, as generator/assets/overrides/partials/alternate.html writes them for MkDocs."""
    items = []
    for v in versions:
        current = ' aria-current="page"' if v.current else ""
        items.append(
            '\n            <li class="md-select__item">\n'
            f'              <a href="{html.escape(v.href)}" hreflang="{html.escape(v.tag)}" lang="{html.escape(v.tag)}" '
            f'class="md-select__link"{current}>\n'
            f"                {html.escape(v.name)}\n"
            "              </a>\n"
            "            </li>"
        )
    return "".join(items)


def language_attributes(text: str, language: SiteLanguage) -> str:
    """``<html lang>`` with the language's own tag (``fr-CA``; the theme writes its label language, ``fr``) and ``dir="rtl"`` where it applies."""
    direction = ' dir="rtl"' if language.direction == "rtl" else ""
    return _HTML_LANG.sub(f'<html lang="{html.escape(language.tag)}"{direction}', text, count=1)


def language_links(text: str, name: str, build: LanguageBuild, directory_urls: bool) -> tuple[str, str]:
    """The page with the switcher's entries leading to the same page in each language; and the head links to add.

    Zensical prints ``extra.alternate`` as the switcher and as head links, one
    list for every page; they become each page's own versions (the 404 page,
    a static template, links each language's home page), with ``x-default``.
    """
    static = name == "404.html"
    url = built_url(name, directory_urls)
    links = ""
    if build.several:
        versions = build.versions("", absolute=True) if static else build.versions(url)
        text = _THEME_ALTERNATE.sub("", text)
        text = _SWITCHER.sub(lambda m: m.group(1) + switcher_items(versions) + m.group(3)
                             if "hreflang=" in m.group(2) else m.group(0), text, count=1)
        if not static:
            links = head_links(versions)
    # Zensical's script, like Material's, fetches sitemap.xml beside each hreflang link (see sitemap_probe_script).
    homes = build.home_versions("", absolute=True) if static else build.home_versions(url)
    probes = sitemap_probe_script([v.href + "sitemap.xml" for v in homes])
    return text, "\n".join(filter(None, (links, probes)))


_ARTICLE = re.compile(r'(<article class="md-content__inner md-typeset">\s*(?:<a id="__skip" tabindex="-1"></a>)?)(.*?)(\s*</article>)', re.S)


def in_default_language(text: str, build: LanguageBuild) -> str:
    """A hand-written page not translated yet: its text marked as the default language's, as the plugin marks it."""
    default = build.languages[0]
    direction = f' dir="{default.direction}"' if default.direction != build.language.direction else ""
    return _ARTICLE.sub(lambda m: f'{m.group(1)}\n<div lang="{html.escape(default.tag)}"{direction}>\n{m.group(2)}\n</div>{m.group(3)}', text, count=1)


# --- after the build ---------------------------------------------------------------------------


@frozen
class Project:
    """What one language's Zensical project was written from, for the work after its build."""

    content: SiteContent
    build: LanguageBuild
    site_name: str | None = None
    """The site name as written in the configuration, escaped (for the theme's title attributes), when generated."""
    untranslated: tuple[str, ...] = field(default=())
    """Built HTML files of the site's own pages shown in the default language."""


def post_process(site: Path, project: Project, audience: str, directory_urls: bool) -> None:
    """Add what MkDocs' plugin hooks add: page heads, language links and attributes, location navigation,
    the staff noindex, accessibility fixes."""
    content, build = project.content, project.build
    heads = {output_file(page.path, directory_urls): page.head for page in content.pages if page.head}
    sections = frozenset(page.plan.section for page in content.pages if page.plan.section)
    root_path = urlsplit(build.root_url).path + build.language.folder if build.root_url else "/"
    for path in sorted(site.rglob("*.html")):
        name = path.relative_to(site).as_posix()
        text = original = path.read_text(encoding="utf-8")
        text, links = language_links(text, name, build, directory_urls)
        head = "\n".join(filter(None, (heads.get(name), links)))
        if head:
            text = text.replace("</head>", f"{head}\n</head>", 1)
        text = language_attributes(text, build.language)
        if name in project.untranslated:
            text = in_default_language(text, build)
        if sections:
            text = location_navigation(text, name, sections, root_path)
        if audience == "staff":
            text = text.replace("<head>", f"<head>\n{NOINDEX}", 1)
        if project.site_name is not None:
            # The theme escapes the name again in title attributes; it is escaped already.
            text = text.replace(f'title="{_minijinja_escape(project.site_name)}"', f'title="{project.site_name}"')
        text = accessibility_fixes(name, text)
        if text != original:
            path.write_text(text, encoding="utf-8")
    sitemap = site / "sitemap.xml"
    if build.several and sitemap.is_file():
        sitemap.write_text(sitemap_alternates(sitemap.read_text(encoding="utf-8"), build), encoding="utf-8")


_LOC = re.compile(r"([ \t]*)(<loc>([^<]*)</loc>)")


def sitemap_alternates(text: str, build: LanguageBuild) -> str:
    """Each page of the sitemap with its versions in every language (``xhtml:link``), as the MkDocs sitemap has them."""
    if build.root_url is None:
        return text
    base = build.root_url + build.language.folder

    def alternates(match: re.Match[str]) -> str:
        indent, loc = match.group(1), html.unescape(match.group(3))
        if not loc.startswith(base):
            return match.group(0)
        versions = build.versions(loc[len(base):], absolute=True)
        default = next(v for v in versions if v.language.is_default)
        links = [(v.tag, v.href) for v in versions] + [("x-default", default.href)]
        return match.group(0) + "".join(
            f'\n{indent}<xhtml:link rel="alternate" hreflang="{html.escape(tag)}" href="{html.escape(href)}"/>'
            for tag, href in links
        )

    text = text.replace('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
                        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">', 1)
    return _LOC.sub(alternates, text)


def language_content(config: MkDocsConfig, audience: str, language: SiteLanguage, site_url: str | None) -> SiteContent:
    """The generated pages and files of one language, with the plugin's conversation logs, through the build cache."""
    policies = site_policies_dir(config)
    site = SiteAddress(site_url or None, config.use_directory_urls)
    logs = log_settings(config)

    def generate() -> SiteContent:
        from generator.adapters.content import site_content

        return site_content(policies, audience, site, language.tag, logs=logs)

    options = {
        "content": "site", "audience": audience, "language": language.tag, "site_url": site.url,
        "directory_urls": site.directory_urls,
        "logs": None if logs is None else [list(logs.patterns), logs.log_timezone, logs.preset, logs.columns, logs.channel_map],
    }
    project = Path(config.config_file_path or ".").parent
    return cached(policies, options, generate, project, logs.patterns if logs is not None else ())


def write_project(config: MkDocsConfig, audience: str, work: Path, language: SiteLanguage | None = None) -> Project:
    """Write one language's docs tree (``work/docs``) and Zensical configuration (``work/mkdocs.yml``).

    ``language`` is one of the site's languages (default: its default
    language); the result holds what the work after the build needs.
    """
    with open(config.config_file_path, encoding="utf-8") as source:  # type: ignore[arg-type]
        raw = yaml_load(source) or {}
    languages = tuple(configured_languages(config))
    language = language or languages[0]
    overrides = config_overrides(raw, language)
    site_url = overrides.get("site_url")
    root = raw.get("site_url") if isinstance(raw.get("site_url"), str) and raw.get("site_url") else None
    build = LanguageBuild(languages, language, root if root is None or root.endswith("/") else root + "/")
    content = language_content(config, audience, language, site_url)
    docs_dir = Path(config.docs_dir)
    own = language_pages(docs_dir, list(languages), language)
    own_pages = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md") if p.is_file())
    own_pages = [p for p in own_pages if p not in own.drop]
    write_docs(content, docs_dir, work / "docs", audience, for_theme=True, languages=list(languages), language=language)
    settings = zensical_config({**raw, **overrides}, config, content, audience, own_pages)
    if build.several:
        extra = dict(settings.get("extra") or {})
        # The theme shows its language switcher for this list; its entries become each page's own versions afterwards.
        extra["alternate"] = [{"name": v.name, "link": v.href, "lang": v.tag} for v in build.versions("", absolute=True)]
        settings["extra"] = extra
    (work / "mkdocs.yml").write_text(yaml.dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    escaped = settings["site_name"] if content.identity is not None and is_auto(raw.get("site_name")) else None
    untranslated = tuple(output_file(page, config.use_directory_urls) for page in own.untranslated)
    return Project(content, build, escaped, untranslated)


def build_site(config: MkDocsConfig, audience: str, staging: Path, work: Path, verbose: bool = False) -> None:
    """Build the site of ``config`` with Zensical into the empty folder ``staging``, using ``work`` as its project folder.

    One Zensical build per language, each in its own project folder: the
    default language's site fills ``staging``, each other language's goes
    into its folder there (``fr-CA/``). The caller swaps ``staging`` in only
    when every language is built.
    """
    load_zensical()
    for index, language in enumerate(configured_languages(config)):
        folder = work / f"language-{index}"
        folder.mkdir()
        project = write_project(config, audience, folder, language)
        run_zensical(folder / "mkdocs.yml", verbose)
        built = folder / "site"
        post_process(built, project, audience, config.use_directory_urls)
        target = staging / language.folder
        if language.folder:
            if target.exists():
                raise EngineFailed(f"the {language.tag} site goes into {language.folder}, which the {project.build.languages[0].tag} site has already")
            target.mkdir(parents=True)
        for child in sorted(built.iterdir()):
            child.rename(target / child.name)
