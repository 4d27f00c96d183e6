"""MkDocs events translated into calls of the core; no policy logic lives here."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.adapters.mkdocs.config import ExpectationsConfig
from generator.adapters.mkdocs.navigation import LocationNavigation
from generator.adapters.mkdocs.templates import lean_theme_environments, share_compiled_templates, theme_cache_for
from generator.adapters.cache import cached, save_answers
from generator.adapters.template_cache import save_theme_packs, use_theme_cache
from generator.adapters.languages import (
    LanguageMenu,
    SiteLanguage,
    head_links,
    page_versions,
    page_variants,
    relative_href,
    root_site_url,
    sitemap_probe_script,
)
from generator.derive.site_name import is_auto
from generator.problems import PolicyError

if TYPE_CHECKING:  # the pipeline is imported only when the content is generated (not on a cache hit)
    from generator.pipeline import SiteContent
    from generator.render.pages import RenderedPage

log = get_plugin_logger(__name__)
lean_theme_environments()  # MkDocs imports the plugin while it reads mkdocs.yml, before any plugin's on_config

# Generated pages use these Markdown extensions; they are enabled when mkdocs.yml omits them.
REQUIRED_EXTENSIONS = ("attr_list", "md_in_html", "tables", "toc")
ASSETS = ("assets/expectations.css", "assets/expectations.js")
PAGE_SCRIPTS = ("assets/locations.js",)
"""Scripts that only some generated pages load themselves (the locations index)."""


def is_staff_page(page: RenderedPage) -> bool:
    return page.plan.template.startswith("staff/")


def policies_dir(config: MkDocsConfig, plugin_config: ExpectationsConfig) -> Path:
    """The policy folder, relative to mkdocs.yml."""
    return Path(config.config_file_path or ".").parent / plugin_config.policies


class ExpectationsPlugin(BasePlugin[ExpectationsConfig]):
    """Validates the policy before building, then adds the generated pages and assets."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._policies_dir = policies_dir(config, self.config)
        self._project = Path(config.config_file_path or ".").parent
        theme_cache_for(self._project)
        options = {"plugin": sorted(self.config.items()), "site_url": config.site_url, "directory_urls": config.use_directory_urls}
        try:
            languages, language, content = cached(
                self._policies_dir, options, lambda: self._generate(config), self._project, self.config.logs
            )
        except PolicyError as exc:
            raise PluginError(exc.format_message()) from None
        except ValueError as exc:  # ClockError, or a language the site does not have
            raise PluginError(str(exc)) from None
        self._languages: list[SiteLanguage] = languages
        self._language = language
        self._root_url = root_site_url(config.site_url, language)
        self._own_language_pages: set[str] = set()
        if len(languages) > 1:
            config.extra["alternate"] = LanguageMenu()
        self._content: SiteContent = content
        self._location_nav: LocationNavigation | None = None
        if content.identity is not None:
            # Themes print the site name and description without escaping (and escape the
            # name again in attributes): escaped once, marked safe.
            if is_auto(config.site_name):
                config.site_name = Markup(html.escape(content.identity.name))
            if is_auto(config.site_description):
                config.site_description = Markup(html.escape(content.identity.description))
        self._pages: dict[str, RenderedPage] = {page.path: page for page in content.pages}
        self._files: dict[str, str] = dict(content.files)
        if self.config.audience == "staff":
            self._files["robots.txt"] = "User-agent: *\nDisallow: /\n"
        for name in REQUIRED_EXTENSIONS:
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        overrides = resources.files("generator") / "assets" / "overrides"
        if overrides.is_dir() and str(overrides) not in config.theme.dirs:
            # After the site's own custom_dir (which wins), before the theme's templates.
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(overrides))
        for asset in ASSETS:
            listed = config.extra_css if asset.endswith(".css") else config.extra_javascript
            if asset not in listed:
                listed.append(asset)
        return config

    def _generate(self, config: MkDocsConfig):  # type: ignore[no-untyped-def]
        """The site's languages, this build's language and its generated content (what the build cache keeps)."""
        from generator.adapters.content import plugin_content

        return plugin_content(self._policies_dir, self._project, self.config, config.site_url, config.use_directory_urls)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        self._use_page_variants(files, config)
        for path, page in self._pages.items():
            existing = files.get_file_from_path(path)
            if existing is not None and not existing.generated_by:
                raise PluginError(
                    f"{config.docs_dir}/{path} would be replaced by a generated page; rename or remove it"
                )
            files.append(File.generated(config, path, content=page.markdown))
        for asset in ASSETS + PAGE_SCRIPTS:
            content = resources.files("generator").joinpath(asset).read_bytes()
            files.append(File.generated(config, asset, content=content))
        for path, text in self._files.items():
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"{config.docs_dir}/{path} would be replaced by generated data; rename or remove it")
            files.append(File.generated(config, path, content=text))
        if config.nav is None:
            config.nav = self._default_nav(files)
        elif self.config.audience == "staff":
            config.nav = [*config.nav, *self._staff_nav()]
        return files

    def _use_page_variants(self, files: Files, config: MkDocsConfig) -> None:
        """A hand-written page's version in this language (``about.fr-CA.md``) replaces the page (``about.md``); the other versions go."""
        pages = [f.src_uri for f in files.documentation_pages()]
        for variant in page_variants(pages, self._languages):
            variant_file = files.get_file_from_path(variant.path)
            base = files.get_file_from_path(variant.base)
            if base is None:
                raise PluginError(
                    f"{config.docs_dir}/{variant.path} is the {variant.language.tag} version of {variant.base}, "
                    f"which does not exist; add {variant.base} in the site's default language ({self._languages[0].tag})"
                )
            files.remove(variant_file)
            if variant.language == self._language:
                files.remove(base)
                files.append(File.generated(config, variant.base, abs_src_path=variant_file.abs_src_path))
                self._own_language_pages.add(variant.base)

    # Themes print navigation titles without escaping; location names come from policies.
    def _nav_entries(self, pages: list[RenderedPage], staff: bool) -> list[object]:
        return [{html.escape(p.plan.title): p.path} for p in pages if is_staff_page(p) == staff]

    def _staff_nav(self) -> list[object]:
        groups = []
        for name, pages in self._content.nav:
            staff = self._nav_entries(pages, staff=True)
            if staff:
                groups.append({f"Staff playbook: {html.escape(name)}" if name else "Staff playbook": staff})
        return groups

    def _default_nav(self, files: Files) -> list[object]:
        """Generated public pages in their natural order (by location), the site's own pages, then the playbook."""
        nav: list[object] = []
        for name, pages in self._content.nav:
            public = self._nav_entries(pages, staff=False)
            nav.extend(public if name is None else [{html.escape(name): public}])
        own = sorted(f.src_uri for f in files.documentation_pages() if f.src_uri not in self._pages)
        return nav + own + self._staff_nav()

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        generated = self._pages.get(page.file.src_uri)
        if generated is not None:
            # MkDocs themes print meta values without escaping; the description names the business.
            page.meta.setdefault("title", html.escape(generated.plan.title))
            page.meta.setdefault("description", html.escape(generated.plan.description))
            if not generated.plan.searchable:
                page.meta["search"] = {"exclude": True}
        return markdown

    def on_page_content(self, html_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        default = self._languages[0]
        own = page.file.src_uri in self._pages or page.file.src_uri in self._own_language_pages
        if own or self._language == default:
            return html_text
        # A hand-written page not translated yet: shown in the default language, marked as such.
        direction = f' dir="{default.direction}"' if default.direction != self._language.direction else ""
        return f'<div lang="{html.escape(default.tag)}"{direction}>\n{html_text}\n</div>'

    def _noindex(self, output: str) -> str:
        if self.config.audience == "staff":
            # Staff pages must never be indexed, even if the site is exposed by mistake.
            output = output.replace("<head>", '<head>\n<meta name="robots" content="noindex, nofollow">', 1)
        return output

    _HTML_LANG = re.compile(r'<html lang="[^"]*"|<html(?=[\s>])')

    def _language_attributes(self, output: str) -> str:
        """``<html lang>`` with the language's own tag (``fr-CA``; themes write their label language, ``fr``) and ``dir="rtl"`` where it applies."""
        language = self._language
        direction = ' dir="rtl"' if language.direction == "rtl" else ""
        return self._HTML_LANG.sub(f'<html lang="{html.escape(language.tag)}"{direction}', output, count=1)

    def _versions(self, url: str, absolute: bool = False):  # type: ignore[no-untyped-def]
        root = self._root_url or ("/" if absolute else None)
        return page_versions(self._languages, self._language, url, root)

    def _sitemap_probes(self, url: str, absolute: bool = False) -> str:
        roots = [version.href + "sitemap.xml" for version in self._versions_of_root(url, absolute)]
        return sitemap_probe_script(roots)

    def _versions_of_root(self, url: str, absolute: bool):  # type: ignore[no-untyped-def]
        """Links from the page at ``url`` to each language's home page."""
        if absolute:
            return self._versions("", absolute=True)
        return [replace(v, href=relative_href(v.language.folder, self._language.folder + url)) for v in self._versions(url)]

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        generated = self._pages.get(page.file.src_uri)
        head = generated.head if generated is not None else ""
        if len(self._languages) > 1:
            head = "\n".join(filter(None, (head, head_links(self._versions(page.url)))))
        head = "\n".join(filter(None, (head, self._sitemap_probes(page.url))))
        output = output.replace("</head>", f"{head}\n</head>", 1)
        return self._noindex(self._language_attributes(output))

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        if not template_name.endswith(".html"):
            return output_content
        output_content = output_content.replace("</head>", f"{self._sitemap_probes('', absolute=True)}\n</head>", 1)
        return self._noindex(self._language_attributes(output_content))

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        sections = sorted({page.plan.section for page in self._content.pages if page.plan.section})
        self._location_nav = LocationNavigation(nav, sections) if sections else None
        return nav

    def on_page_context(self, context, *, page: Page, config: MkDocsConfig, nav: Navigation):  # type: ignore[no-untyped-def]
        if len(self._languages) > 1:
            context["language_versions"] = self._versions(page.url)
        if self._location_nav is not None:
            context["nav"] = self._location_nav.for_page(page)
        return context

    def on_template_context(self, context, *, template_name: str, config: MkDocsConfig):  # type: ignore[no-untyped-def]
        if len(self._languages) > 1:
            # The sitemap lists each page's versions by address; other static templates (404) link the home pages.
            context["language_versions_of"] = lambda url: self._versions(url, absolute=True)
            context["language_versions"] = self._versions("", absolute=True)
        if self._location_nav is not None:  # the 404 page and other static templates
            context["nav"] = self._location_nav.shared
        return context

    def on_env(self, env, *, config: MkDocsConfig, files: Files):  # type: ignore[no-untyped-def]
        # Each language's build (and each preview rebuild) reuses the theme templates compiled before it,
        # and the next build finds them in the build cache.
        return use_theme_cache(share_compiled_templates(env), self._project)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        save_answers()
        save_theme_packs()  # what MkDocs compiled for this build, for the next one

    def on_serve(self, server, *, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        if self._policies_dir.exists():
            server.watch(str(self._policies_dir))
        from generator.adapters.promises import log_files, settings_from

        for log in log_files(settings_from(self._project, self.config))[0]:  # the conversation logs of Promises kept
            server.watch(str(log))
        return server
