"""``expectations serve --engine zensical``: Zensical's own server on the exported pages, rewritten when a policy or page changes."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from generator.adapters.engines.zensical import load_zensical, write_project
from generator.adapters.site_build import site_policies_dir

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
    """Preview the default language with Zensical's own server: the docs tree is written again whenever a policy or page changes.

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
                except ValueError as exc:  # a page's language version without its page, unusable log options
                    print(f"error: {exc}", file=sys.stderr)
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


__all__ = ["serve"]
