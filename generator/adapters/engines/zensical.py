"""The Zensical engine: the same site built by Zensical from the exported pages.

Zensical reads ``mkdocs.yml`` but runs no MkDocs plugins, so what the
``expectations`` plugin does inside MkDocs is done here around the build:

* before: the pages, data files and assets are written as a plain docs tree
  (generator/adapters/export.py) with the title and description as front
  matter, and a Zensical configuration is written beside it: the site's own
  ``mkdocs.yml`` (with ``INHERIT`` resolved) with the policy's site name, the
  default navigation (the same as the plugin's), the required Markdown
  extensions and the assets, and without the ``expectations`` plugin;
* after: each generated page gets its head HTML (JSON-LD, alternate links),
  the staff site a ``noindex`` meta on every page, and the accessibility
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
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils.yaml import yaml_load

from generator.adapters.cache import cached_site_content
from generator.adapters.engines import INSTALL_ZENSICAL, EngineFailed, EngineMissing
from generator.adapters.export import write_docs
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


def post_process(site: Path, content: SiteContent, audience: str, directory_urls: bool, site_name: str | None) -> None:
    """Add what MkDocs' plugin hooks add: page heads, the staff noindex, accessibility fixes."""
    heads = {output_file(page.path, directory_urls): page.head for page in content.pages if page.head}
    for path in sorted(site.rglob("*.html")):
        name = path.relative_to(site).as_posix()
        text = original = path.read_text(encoding="utf-8")
        head = heads.get(name)
        if head:
            text = text.replace("</head>", f"{head}\n</head>", 1)
        if audience == "staff":
            text = text.replace("<head>", f"<head>\n{NOINDEX}", 1)
        if site_name is not None:
            # The theme escapes the name again in title attributes; it is escaped already.
            text = text.replace(f'title="{_minijinja_escape(site_name)}"', f'title="{site_name}"')
        text = accessibility_fixes(name, text)
        if text != original:
            path.write_text(text, encoding="utf-8")


def write_project(config: MkDocsConfig, audience: str, work: Path) -> tuple[SiteContent, dict[str, Any]]:
    """Write the docs tree (``work/docs``) and the Zensical configuration (``work/mkdocs.yml``); the content and settings."""
    site = SiteAddress(config.site_url or None, config.use_directory_urls)
    content = cached_site_content(site_policies_dir(config), audience, site, project=Path(config.config_file_path or ".").parent)
    docs_dir = Path(config.docs_dir)
    own_pages = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md") if p.is_file())
    write_docs(content, docs_dir, work / "docs", audience, for_theme=True)
    with open(config.config_file_path, encoding="utf-8") as source:  # type: ignore[arg-type]
        raw = yaml_load(source) or {}
    settings = zensical_config(raw, config, content, audience, own_pages)
    (work / "mkdocs.yml").write_text(yaml.dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    escaped = settings["site_name"] if content.identity is not None and is_auto(raw.get("site_name")) else None
    return content, {"site_name": escaped}


def build_site(config: MkDocsConfig, audience: str, staging: Path, work: Path, verbose: bool = False) -> None:
    """Build the site of ``config`` with Zensical into the empty folder ``staging``, using ``work`` as its project folder."""
    load_zensical()
    content, facts = write_project(config, audience, work)
    run_zensical(work / "mkdocs.yml", verbose)
    built = work / "site"
    post_process(built, content, audience, config.use_directory_urls, facts["site_name"])
    for child in sorted(built.iterdir()):
        child.rename(staging / child.name)


# --- preview -------------------------------------------------------------------------------------


def _snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    for folder in folders:
        if folder.is_dir():
            for path in folder.rglob("*"):
                if path.is_file():
                    stat = path.stat()
                    found[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return found


def _sync(source: Path, target: Path) -> None:
    """Make ``target`` hold the same files as ``source``, writing only those that changed (so the server rebuilds once)."""
    wanted = {p.relative_to(source) for p in source.rglob("*") if p.is_file()}
    for path in sorted(p for p in target.rglob("*") if p.is_file()):
        if path.relative_to(target) not in wanted:
            path.unlink()
    for relative in sorted(wanted):
        data = (source / relative).read_bytes()
        destination = target / relative
        if not destination.is_file() or destination.read_bytes() != data:
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(data)


PREVIEW_PREFIX = "expectations-zensical-"


def _remove_abandoned_previews() -> None:
    """Zensical's server ends the process on Ctrl-C without returning, so a preview's folder goes at the next preview."""
    import shutil

    for folder in Path(tempfile.gettempdir()).glob(f"{PREVIEW_PREFIX}*-*"):
        pid = folder.name[len(PREVIEW_PREFIX):].split("-", 1)[0]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def serve(config: MkDocsConfig, audience: str, dev_addr: str, report: Any) -> None:
    """Preview with Zensical's own server: the docs tree is written again whenever a policy or page changes.

    Zensical watches the docs tree it serves and reloads the browser; a thread
    here watches the policies and ``docs_dir`` and rewrites the tree. The
    preview skips what ``build`` adds after the engine (page heads, the staff
    noindex, the 404 title). ``report`` prints a PolicyError; the last good
    pages stay until the policy is fixed.
    """
    import shutil
    import threading

    from generator.problems import PolicyError

    zensical = load_zensical()
    _remove_abandoned_previews()
    work = Path(tempfile.mkdtemp(prefix=f"{PREVIEW_PREFIX}{os.getpid()}-"))
    watched = [site_policies_dir(config), Path(config.docs_dir)]
    try:
        write_project(config, audience, work)
        seen = _snapshot(watched)
        stop = threading.Event()

        def watch() -> None:
            nonlocal seen
            while not stop.wait(0.5):
                now = _snapshot(watched)
                if now == seen:
                    continue
                seen = now
                fresh = Path(tempfile.mkdtemp(prefix=f"{PREVIEW_PREFIX}{os.getpid()}-"))
                try:
                    write_project(config, audience, fresh)
                    _sync(fresh / "docs", work / "docs")
                    _sync_file(fresh / "mkdocs.yml", work / "mkdocs.yml")
                except PolicyError as exc:
                    report(exc)
                finally:
                    shutil.rmtree(fresh, ignore_errors=True)

        thread = threading.Thread(target=watch, name="expectations-policy-watch", daemon=True)
        thread.start()
        try:
            zensical.serve(str(work / "mkdocs.yml"), {"dev_addr": dev_addr, "open": False, "strict": False})
        finally:
            stop.set()
            thread.join(timeout=5)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _sync_file(source: Path, target: Path) -> None:
    data = source.read_bytes()
    if target.read_bytes() != data:
        target.write_bytes(data)
