"""The languages a site is published in: one complete site per language, each with its own folder and settings.

The default language (the policies' ``business.locale``) is built at the site
root; each language of ``business.translations`` into ``<tag>/`` beside it
(``fr-CA/``). Every language is one build of the same ``mkdocs.yml`` with a few
settings changed (``config_overrides``): the theme's language (Material's code
for the tag, for its labels and its search language), the search plugin's
stemmer language when the site does not choose one, ``site_url`` with the
folder added, and the ``expectations`` plugin's ``language``. The builds run
one after another into one staging folder, which is swapped in once
(generator/adapters/site_build.py).

Links between the language versions of a page (the language switcher, the
``hreflang`` alternates and the sitemap) are computed here, so the MkDocs
plugin only places them.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel import Locale, UnknownLocaleError

from generator.frozen import frozen
from generator.load.translations import SUFFIX, tag_key, translation_paths
from generator.problems import PolicyError, Problem, quote

if TYPE_CHECKING:
    from generator.pipeline import LoadedPolicy

MATERIAL_LANGUAGES = frozenset(
    "af ar az be bg bn ca cs cy da de el en eo es et eu fa fi fr gl he hi hr hu hy id is it ja ka kn ko ku-IQ lb "
    "lt lv mk mn ms my nb nl nn pl pt pt-BR ro ru sa sh si sk sl sq sr sv ta te th tl tr uk ur uz vi zh zh-Hant "
    "zh-TW".split()
)
"""Languages Material for MkDocs (9.x) has labels for: ``templates/partials/languages/<code>.html``."""

SEARCH_LANGUAGES = {
    "ar": "ar", "da": "da", "de": "de", "el": "el", "es": "es", "fi": "fi", "fr": "fr", "he": "he", "hi": "hi",
    "hu": "hu", "hy": "hy", "it": "it", "ja": "ja", "kn": "kn", "ko": "ko", "nb": "no", "nl": "du", "nn": "no",
    "no": "no", "pt": "pt", "ro": "ro", "ru": "ru", "sa": "sa", "sv": "sv", "ta": "ta", "te": "te", "th": "th",
    "tr": "tr", "vi": "vi", "zh": "zh",
}
"""Language (first part of the tag) -> the lunr stemmer Material's search ships (``lunr.<code>.min.js``); others use English."""


@frozen
class SiteLanguage:
    """One language version of a site."""

    tag: str
    """The language tag as the policy writes it: ``fr-CA``."""
    folder: str
    """Where its site is, from the site root: ``""`` for the default language, ``"fr-CA/"`` for the others."""

    @property
    def is_default(self) -> bool:
        return self.folder == ""

    @property
    def locale(self) -> Locale:
        return Locale.parse(self.tag.replace("-", "_"))

    @property
    def theme_language(self) -> str:
        return material_language(self.tag)

    @property
    def search_language(self) -> str:
        return SEARCH_LANGUAGES.get(self.locale.language, "en")

    @property
    def direction(self) -> str:
        """``rtl`` for languages written right to left (Arabic, Hebrew, ...), ``ltr`` otherwise (from CLDR)."""
        from generator.render import cldr

        return "rtl" if cldr.character_order(str(self.locale)) == "right-to-left" else "ltr"

    @property
    def name(self) -> str:
        """The language's name in itself, as the language switcher shows it: ``Français (Canada)``."""
        from generator.render import cldr

        locale = str(self.locale)
        name = cldr.display_name(locale, locale) or self.tag
        return name[:1].upper() + name[1:]


def material_language(tag: str) -> str:
    """Material's language code for a tag: the tag itself (``pt-BR``), its language and script (``zh-Hant``), its language (``fr`` for fr-CA), or ``en``."""
    locale = Locale.parse(tag.replace("-", "_"))
    candidates = [tag]
    if locale.territory:
        candidates.append(f"{locale.language}-{locale.territory}")
    if locale.script:
        candidates.append(f"{locale.language}-{locale.script}")
    candidates.append(locale.language)
    return next((code for code in candidates if code in MATERIAL_LANGUAGES), "en")


# --- the languages of a site -------------------------------------------------------------------


def valid_tag(tag: str) -> bool:
    try:
        Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return False
    return True


def site_languages(policies: list[LoadedPolicy]) -> list[SiteLanguage]:
    """The site's languages, the default first: the first policy's ``business.locale``, then its ``translations``.

    Raises PolicyError (located like ``check``'s) when a translation the site
    publishes has an error (a malformed file, a changed link or placeholder),
    or when the policies differ in languages. Strings without a
    translation are not errors: they are shown in the policy's language.
    """
    business = policies[0].policy.business
    if len(policies) == 1 and not business.translations and not any(Path(policies[0].file).parent.glob(f"*{SUFFIX}")):
        # One policy in one language, no translation file beside it: nothing to check (nor to read again).
        return [SiteLanguage(business.locale, "")] if valid_tag(business.locale) else []
    from generator.adapters.translation_check import check_translations

    findings = check_translations([(lp.file, lp.policy) for lp in policies])
    # Files the site does not publish (a translation of no policy, or of an undeclared language) are check's concern.
    published = {lp.file for lp in policies}
    for lp in policies:
        declared = {tag_key(tag) for tag in lp.policy.business.translations}
        folder = Path(lp.file).parent
        published |= {str(folder / po.name) for tag, po in translation_paths(Path(lp.file)).items() if tag_key(tag) in declared}
    errors = [p for p in findings if type(p) is Problem and p.file in published]
    if errors:
        raise PolicyError(errors)
    business = policies[0].policy.business
    tags = [business.locale, *business.translations]
    return [SiteLanguage(tag, "" if i == 0 else f"{tag}/") for i, tag in enumerate(tags) if valid_tag(tag)]


def choose(languages: list[SiteLanguage], tag: str | None, where: str = "language") -> SiteLanguage:
    """The site language ``tag`` names (any case, ``_`` or ``-``), the default one for None; ValueError naming the choices otherwise."""
    if tag is None:
        return languages[0]
    for language in languages:
        if tag_key(language.tag) == tag_key(tag):
            return language
    choices = ", ".join(language.tag for language in languages)
    raise ValueError(f"{where}: {quote(tag)} is not a language of this site; choose one of {choices}")


# --- building one language ---------------------------------------------------------------------


def _plugins(raw: Any) -> list[Any]:
    """A configuration's ``plugins`` as a list of names and one-key dicts (MkDocs accepts both forms)."""
    if isinstance(raw, dict):
        return [{name: options} for name, options in raw.items()]
    return list(raw or [])


def _plugin_name(entry: Any) -> str:
    return entry if isinstance(entry, str) else next(iter(entry))


def config_overrides(raw: dict[str, Any], language: SiteLanguage) -> dict[str, Any]:
    """The top-level settings of a language's build, from the site's own (raw) ``mkdocs.yml``.

    ``raw`` is the configuration as written (``INHERIT`` resolved, e.g. with
    ``mkdocs.utils.yaml.yaml_load``); the result is passed to MkDocs'
    ``load_config`` (or ``serve``) as overrides.
    """
    theme = raw.get("theme") or {}
    theme = {"name": theme} if isinstance(theme, str) else dict(theme)
    theme["language"] = language.theme_language
    # Plugins as a mapping: MkDocs empties the entries of a list while loading, so a list could not be
    # loaded twice (``serve`` loads the configuration again for each rebuild).
    plugins: dict[str, Any] = {}
    for entry in _plugins(raw.get("plugins")):
        name = _plugin_name(entry)
        options = dict(entry[name] or {}) if isinstance(entry, dict) else {}
        if name == "expectations":
            options["language"] = language.tag
        elif name in ("search", "material/search") and "lang" not in options:
            options["lang"] = [language.search_language]
        plugins[name] = options
    overrides: dict[str, Any] = {"theme": theme, "plugins": plugins}
    site_url = raw.get("site_url")
    if isinstance(site_url, str) and site_url:
        overrides["site_url"] = language_site_url(site_url, language)
    return overrides


def read_raw_config(config_file: Path) -> dict[str, Any]:
    """The configuration as written, with ``INHERIT`` resolved (as MkDocs reads it, before validation)."""
    from mkdocs.utils.yaml import yaml_load

    with open(config_file, encoding="utf-8") as source:
        return yaml_load(source) or {}


def language_site_url(site_url: str, language: SiteLanguage) -> str:
    """The address of a language's site: the site's own, with the language's folder added."""
    return (site_url if site_url.endswith("/") else site_url + "/") + language.folder


def root_site_url(site_url: str | None, language: SiteLanguage) -> str | None:
    """The site root's address, from the address of a language's site (``site_url`` of its build)."""
    if not site_url:
        return None
    base = site_url if site_url.endswith("/") else site_url + "/"
    return base[: -len(language.folder)] if language.folder and base.endswith(language.folder) else base


# --- links between the language versions --------------------------------------------------------


def relative_href(target: str, current: str) -> str:
    """A link from the page at ``current`` to ``target`` (both paths from the site root, as MkDocs writes page URLs)."""
    base = current if current == "" or current.endswith("/") else posixpath.dirname(current) + "/"
    href = posixpath.relpath("/" + target, "/" + base)
    if target == "" or target.endswith("/"):
        href = "./" if href == "." else href + "/"
    return href


@frozen
class Version:
    """One language version of a page: its language and its address, as a link from the page it is shown on."""

    language: SiteLanguage
    href: str
    current: bool

    @property
    def tag(self) -> str:
        return self.language.tag

    @property
    def name(self) -> str:
        return self.language.name


def page_versions(
    languages: list[SiteLanguage], current: SiteLanguage, page_url: str, site_url: str | None = None
) -> list[Version]:
    """Every language version of the page at ``page_url`` (its URL inside one language's site), seen from ``current``'s.

    Absolute addresses when the site's address (``site_url`` of the root) is
    known, links relative to the page otherwise.
    """
    here = current.folder + page_url
    versions = []
    for language in languages:
        there = language.folder + page_url
        href = site_url + there if site_url else relative_href(there, here)
        versions.append(Version(language, href, language == current))
    return versions


def head_links(versions: list[Version]) -> str:
    """``<link rel="alternate" hreflang>`` to each language version, and ``x-default`` to the default language's."""
    import html

    links = [f'<link rel="alternate" hreflang="{html.escape(v.tag)}" href="{html.escape(v.href)}">' for v in versions]
    default = next(v for v in versions if v.language.is_default)
    links.append(f'<link rel="alternate" hreflang="x-default" href="{html.escape(default.href)}">')
    return "\n".join(links)


class LanguageMenu:
    """What ``extra.alternate`` holds on a site with several languages: it tells the theme to show its language switcher.

    Material prints the switcher (``partials/alternate.html``) when
    ``extra.alternate`` is set, and ``<link rel="alternate">`` tags from it
    when it is a list, through a filter that cannot link outside the language's
    own site. This object is set but is not a list: the switcher is overridden
    (generator/assets/overrides/partials/alternate.html) to show each page's
    own language versions, and the plugin writes the head links itself, with
    ``x-default``.
    """

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return "LanguageMenu()"


# --- hand-written pages ------------------------------------------------------------------------


@frozen
class PageVariant:
    """A hand-written page's version in one language: ``about.fr-CA.md`` beside ``about.md``."""

    path: str
    """The variant's path in the docs folder: ``about.fr-CA.md``."""
    base: str
    """The page it translates: ``about.md``."""
    language: SiteLanguage


def page_variants(paths: list[str], languages: list[SiteLanguage]) -> list[PageVariant]:
    """The pages among ``paths`` (docs-folder paths) that are another page's version in one of the site's languages."""
    by_key = {tag_key(language.tag): language for language in languages}
    found = []
    for path in paths:
        stem, dot, rest = path.rpartition(".")
        if not dot or rest != "md":
            continue
        base, dot, tag = stem.rpartition(".")
        language = by_key.get(tag_key(tag)) if dot and base and "/" not in tag else None
        if language is not None:
            found.append(PageVariant(path, f"{base}.md", language))
    return found


# --- the builds of a site ----------------------------------------------------------------------


def configured_languages(config: Any) -> list[SiteLanguage]:
    """The languages of the site a loaded MkDocs configuration builds (its policies'); PolicyError as ``site_languages``."""
    from generator.adapters.cache import checked_languages
    from generator.adapters.site_build import site_policies_dir

    return checked_languages(site_policies_dir(config), Path(config.config_file_path or ".").parent)


def language_overrides(config_file: Path, tag: str | None) -> dict[str, Any]:
    """The overrides that make ``config_file`` build the site's language ``tag`` (default: the default language).

    Raises PolicyError for bad policies or translations, ValueError when the
    site has no such language.
    """
    from generator.adapters.site_build import load_site_config

    languages = configured_languages(load_site_config(config_file))
    return config_overrides(read_raw_config(config_file), choose(languages, tag, "--language"))


# --- Material's sitemap probes -----------------------------------------------------------------


def sitemap_probe_script(sitemaps: list[str]) -> str:
    """An inline script that answers Material's probes for sitemaps the site does not have.

    Material's language selector fetches ``sitemap.xml`` beside every
    ``<link rel="alternate">`` of a page (squidfunk/mkdocs-material#6582), to
    keep a visitor on the same page when the language changes. Beside a page's
    ``hreflang`` alternates (``fr-CA/faq/sitemap.xml``) or a location's
    calendar there is no sitemap, so each page load asked the server for files
    that do not exist (a 404 in the console for each). The switcher here
    already leads to the same page, so those probes fail in the page without
    a request; the sitemaps of the language roots (``sitemaps``, links from
    the page) are fetched as before.
    """
    import json

    roots = json.dumps(sitemaps).replace("<", "\\u003c")
    # Material asks with XMLHttpRequest: such a request fails at once, as if the server were unreachable.
    return (
        "<script>(function(){var own=" + roots + ".map(function(h){return new URL(h,location.href).href}),"
        "x=XMLHttpRequest.prototype,open=x.open,send=x.send;"
        "x.open=function(m,u){var a=new URL(String(u),location.href);"
        "this.__notOurs=/\\/sitemap\\.xml$/.test(a.pathname)&&own.indexOf(a.origin+a.pathname)<0;"
        "return open.apply(this,arguments)};"
        "x.send=function(){if(!this.__notOurs)return send.apply(this,arguments);var r=this;"
        "setTimeout(function(){r.dispatchEvent(new ProgressEvent(\"error\"))})}})()</script>"
    )
