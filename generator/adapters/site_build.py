"""Building a site with MkDocs into a fresh folder, then swapping it in.

MkDocs empties its site folder before building; building elsewhere first means
a failed build leaves the last good site exactly as it was.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from generator.pipeline import site_policies


class _WarningPrinter(logging.Handler):
    """Prints MkDocs warnings and errors to stderr, one line each."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"{record.levelname}: {record.getMessage()}", file=sys.stderr)


def setup_logging(verbose: bool = False) -> None:
    logger = logging.getLogger("mkdocs")
    if not any(isinstance(h, _WarningPrinter) for h in logger.handlers):
        handler = _WarningPrinter()
        handler.setLevel(logging.INFO if verbose else logging.WARNING)
        logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False


def load_site_config(config_file: Path, **overrides: object) -> MkDocsConfig:
    return load_config(str(config_file), **overrides)  # type: ignore[arg-type]


def site_policies_dir(config: MkDocsConfig) -> Path:
    """The policy folder the site's ``expectations`` plugin reads (``policies/`` beside mkdocs.yml by default)."""
    from generator.adapters.mkdocs.plugin import ExpectationsPlugin, policies_dir

    plugin = config.plugins.get("expectations")
    if not isinstance(plugin, ExpectationsPlugin):
        return Path(config.config_file_path or ".").parent / "policies"
    return policies_dir(config, plugin.config)


class AudienceError(ValueError):
    """The configuration does not build the audience that was asked for, or would mix the two sites."""


def configured_audience(config: MkDocsConfig) -> str:
    from generator.adapters.mkdocs.plugin import ExpectationsPlugin

    plugin = config.plugins.get("expectations")
    return plugin.config.audience if isinstance(plugin, ExpectationsPlugin) else "public"


def atomic_build(config_file: Path, site_dir: Path | None = None, audience: str = "public") -> Path:
    """Validate, build strictly into a temporary folder beside the target, then swap it in.

    Raises PolicyError before MkDocs starts when the policy is bad, and
    AudienceError when the staff site would land inside the public one.
    """
    config = load_site_config(config_file, strict=True)
    if configured_audience(config) != audience:
        raise AudienceError(
            f"{config_file} builds the {configured_audience(config)} site, not the {audience} site; "
            f"set 'audience: {audience}' for the expectations plugin or choose another config file"
        )
    site_policies(site_policies_dir(config))
    target = Path(site_dir).resolve() if site_dir else Path(config.site_dir)
    if audience == "staff":
        public_file = Path(config_file).parent / "mkdocs.yml"
        public_dir = Path(load_site_config(public_file).site_dir) if public_file.is_file() else None
        if public_dir is not None and target.is_relative_to(public_dir):
            raise AudienceError(
                f"the staff site would be built into {target}, inside the public site {public_dir}; "
                "choose a folder outside it"
            )
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-build-", dir=target.parent))
    try:
        config.site_dir = str(staging)
        mkdocs_build(config)
        swap_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def swap_in(staging: Path, target: Path) -> None:
    """Replace ``target`` by ``staging`` with two renames; the old site is removed last."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
        old.rmdir()
        target.rename(old)
    staging.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
