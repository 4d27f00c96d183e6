"""The generated pages and the site's own pages as a plain docs tree.

``expectations export`` writes it for inspection or another site generator;
the Zensical engine writes it (with HTML-escaped front matter and the page
heads left for post-processing) and builds from it.
"""

from __future__ import annotations

import html
import shutil
from importlib import resources
from pathlib import Path

import yaml

from generator.adapters.content import site_content
from generator.adapters.mkdocs.plugin import ASSETS, PAGE_SCRIPTS
from generator.adapters.site_build import load_site_config, site_policies_dir
from generator.pipeline import SiteContent

STAFF_ROBOTS = "User-agent: *\nDisallow: /\n"
"""robots.txt of the staff site: it must never be indexed, even if exposed by mistake."""


def _front_matter(title: str, description: str) -> str:
    return "---\n" + yaml.safe_dump({"title": title, "description": description}, allow_unicode=True, sort_keys=False) + "---\n\n"


def generated_files(content: SiteContent, audience: str) -> dict[str, str]:
    """The data files a build adds beside the pages (robots.txt on the staff site), by path from the site root."""
    files = dict(content.files)
    if audience == "staff":
        files["robots.txt"] = STAFF_ROBOTS
    return files


def write_docs(
    content: SiteContent, docs_dir: Path, destination: Path, audience: str = "public", *, for_theme: bool = False
) -> int:
    """Copy ``docs_dir`` into ``destination`` and add every generated page, data file and asset; return the file count.

    Plain (``for_theme`` false): front matter as written, each page's head HTML
    (JSON-LD, alternate links) at the end of its body. For a theme
    (``for_theme``): title and description HTML-escaped, since Material-style
    themes print them raw, and no head in the body: the engine adds it to the
    built page's head.
    """
    if destination.exists() and any(destination.iterdir()):
        raise FileExistsError(f"{destination} is not empty; choose a new or empty folder")
    shutil.copytree(docs_dir, destination, dirs_exist_ok=True)
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
        target.write_text(_front_matter(title, description) + page.markdown + head, encoding="utf-8")
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
    """Write every page and asset the site would have; return how many files were written."""
    config = load_site_config(config_file)
    content = site_content(site_policies_dir(config), audience)
    if destination.exists() and any(destination.iterdir()):
        raise FileExistsError(f"{destination} is not empty; choose a new or empty folder")
    return write_docs(content, Path(config.docs_dir), destination, audience)
