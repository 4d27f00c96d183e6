"""``expectations export``: the generated pages and the site's own pages as a plain docs tree."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import yaml

from generator.adapters.content import site_content
from generator.adapters.mkdocs.plugin import ASSETS
from generator.adapters.site_build import load_site_config, site_policies_dir


def _front_matter(title: str, description: str) -> str:
    return "---\n" + yaml.safe_dump({"title": title, "description": description}, allow_unicode=True, sort_keys=False) + "---\n\n"


def export_docs(config_file: Path, destination: Path, audience: str = "public") -> int:
    """Write every page and asset the site would have; return how many files were written."""
    config = load_site_config(config_file)
    content = site_content(site_policies_dir(config), audience)
    if destination.exists() and any(destination.iterdir()):
        raise FileExistsError(f"{destination} is not empty; choose a new or empty folder")
    docs_dir = Path(config.docs_dir)
    shutil.copytree(docs_dir, destination, dirs_exist_ok=True)
    count = sum(1 for p in destination.rglob("*") if p.is_file())
    for page in content.pages:
        target = destination / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise FileExistsError(f"{docs_dir / page.path} would be replaced by a generated page; rename it")
        head = f"\n{page.head}\n" if page.head else ""
        target.write_text(_front_matter(page.plan.title, page.plan.description) + page.markdown + head, encoding="utf-8")
        count += 1
    for path, text in content.files.items():
        (destination / path).parent.mkdir(parents=True, exist_ok=True)
        (destination / path).write_text(text, encoding="utf-8")
        count += 1
    for asset in ASSETS:
        target = destination / asset
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(resources.files("generator").joinpath(asset).read_bytes())
        count += 1
    return count
