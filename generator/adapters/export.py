"""The generated pages and the site's own pages as a plain docs tree.

``expectations export`` writes it for inspection or another site generator;
the Zensical engine writes it once per language (with HTML-escaped front
matter, the page heads left for post-processing, and the site's own pages in
that language's version) and builds from it. Both read the conversation logs
the ``expectations`` plugin names in ``mkdocs.yml`` (Promises kept), as the
plugin does.
"""

from __future__ import annotations

import html
import shutil
from importlib import resources
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from generator.frozen import frozen
from generator.adapters.clock import ClockError
from generator.adapters.content import site_content
from generator.adapters.languages import SiteLanguage, page_variants
from generator.adapters.mkdocs.plugin import ASSETS, PAGE_SCRIPTS
from generator.adapters.promises import LogSettings, LogSettingsError, settings_from
from generator.adapters.site_build import load_site_config, site_policies_dir
from generator.pipeline import SiteContent

STAFF_ROBOTS = "User-agent: *\nDisallow: /\n"
"""robots.txt of the staff site: it must never be indexed, even if exposed by mistake."""


def _front_matter(title: str, description: str, searchable: bool = True) -> str:
    meta: dict[str, object] = {"title": title, "description": description}
    if not searchable:
        meta["search"] = {"exclude": True}  # as the plugin sets it for MkDocs; Material and Zensical read it
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"


def generated_files(content: SiteContent, audience: str) -> dict[str, str]:
    """The data files a build adds beside the pages (robots.txt on the staff site), by path from the site root."""
    files = dict(content.files)
    if audience == "staff":
        files["robots.txt"] = STAFF_ROBOTS
    return files


def log_settings(config: MkDocsConfig) -> LogSettings | None:
    """The conversation logs the site's ``expectations`` plugin names (``logs``, ``log_timezone``, ...), or None."""
    options = getattr(config.plugins.get("expectations"), "config", None)
    if options is None or not getattr(options, "logs", None):
        return None
    return settings_from(Path(config.config_file_path or ".").parent, options)


class MissingOriginal(ValueError):
    """A hand-written page's version in a language (``contact.fr-CA.md``) without the page it translates."""


@frozen
class LanguagePages:
    """The site's own pages (``docs_dir``) in one language, as the plugin uses them for MkDocs."""

    use: dict[str, str]
    """Pages replaced by their version in this language: ``{"about.md": "about.fr-CA.md"}``."""
    drop: frozenset[str]
    """Every language version file (``about.fr-CA.md``): not a page of its own in any language."""
    untranslated: tuple[str, ...]
    """In another language than the default: the pages without a version in it (shown in the default language)."""


def language_pages(docs_dir: Path, languages: list[SiteLanguage], language: SiteLanguage) -> LanguagePages:
    """Which of the site's own pages ``language`` uses in which version; MissingOriginal, worded as the plugin's error,
    for a version without the page it translates."""
    pages = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md") if p.is_file())
    variants = page_variants(pages, languages)
    for variant in variants:
        if not (docs_dir / variant.base).is_file():
            raise MissingOriginal(
                f"{docs_dir}/{variant.path} is the {variant.language.tag} version of {variant.base}, "
                f"which does not exist; add {variant.base} in the site's default language ({languages[0].tag})"
            )
    use = {v.base: v.path for v in variants if v.language == language}
    drop = frozenset(v.path for v in variants)
    untranslated = () if language.is_default else tuple(p for p in pages if p not in drop and p not in use)
    return LanguagePages(use, drop, untranslated)


def write_docs(
    content: SiteContent, docs_dir: Path, destination: Path, audience: str = "public", *, for_theme: bool = False,
    languages: list[SiteLanguage] | None = None, language: SiteLanguage | None = None,
) -> int:
    """Copy ``docs_dir`` into ``destination`` and add every generated page, data file and asset; return the file count.

    Plain (``for_theme`` false): front matter as written, each page's head HTML
    (JSON-LD, alternate links) at the end of its body. For a theme
    (``for_theme``): title and description HTML-escaped, since Material-style
    themes print them raw, and no head in the body: the engine adds it to the
    built page's head. With ``languages`` and ``language`` (the site's languages
    and the one this tree is for), the site's own pages are that language's
    versions (``language_pages``).
    """
    if destination.exists() and any(destination.iterdir()):
        raise FileExistsError(f"{destination} is not empty; choose a new or empty folder")
    shutil.copytree(docs_dir, destination, dirs_exist_ok=True)
    if languages is not None and language is not None:
        own = language_pages(docs_dir, languages, language)
        for page, version in own.use.items():
            (destination / page).write_bytes((docs_dir / version).read_bytes())
        for version in own.drop:
            (destination / version).unlink()
    count = sum(1 for p in destination.rglob("*") if p.is_file())
    for page in content.pages:
        target = destination / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise FileExistsError(f"{docs_dir / page.path} would be replaced by a generated page; rename it")
        title, description = page.plan.title, page.plan.description
        if for_theme:
            title, description, head = html.escape(title), html.escape(description), ""
        else:
            head = f"\n{page.head}\n" if page.head else ""
        target.write_text(_front_matter(title, description, page.plan.searchable) + page.markdown + head, encoding="utf-8")
        count += 1
    for path, text in generated_files(content, audience).items():
        target = destination / path
        if target.exists():
            raise FileExistsError(f"{docs_dir / path} would be replaced by generated data; rename it")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        count += 1
    for asset in ASSETS + PAGE_SCRIPTS:
        target = destination / asset
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(resources.files("generator").joinpath(asset).read_bytes())
        count += 1
    return count


def export_docs(config_file: Path, destination: Path, audience: str = "public") -> int:
    """Write every page and asset the site would have (in its default language); return how many files were written.

    With conversation logs configured, the staff site's Promises kept page and
    the opted-in channels' track records and badges are there too.
    """
    config = load_site_config(config_file)
    try:
        content = site_content(site_policies_dir(config), audience, logs=log_settings(config))
    except (LogSettingsError, ClockError) as exc:  # a plugin option or SOURCE_DATE_EPOCH that cannot be used: one line
        raise ConfigurationError(str(exc)) from None
    if destination.exists() and any(destination.iterdir()):
        raise FileExistsError(f"{destination} is not empty; choose a new or empty folder")
    return write_docs(content, Path(config.docs_dir), destination, audience)
