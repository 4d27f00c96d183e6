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


def atomic_build(config_file: Path, site_dir: Path | None = None) -> Path:
    """Build strictly into a temporary folder beside the target, then swap it in; return the target."""
    config = load_site_config(config_file, strict=True)
    target = Path(site_dir).resolve() if site_dir else Path(config.site_dir)
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
