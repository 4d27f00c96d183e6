"""Compiled templates kept on disk in the build cache's folder, so a new process does not compile them again.

The tool's page templates get a folder per tool version; MkDocs' theme
templates a folder per tool version and compile-time settings. Jinja checks
each template's source against its compiled copy, and a file that cannot be
read or written only costs a compilation.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import shutil
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, FileSystemBytecodeCache
from jinja2.bccache import Bucket

from generator.adapters.cache import _make_folder, _write_atomic, cache_dir
from generator.adapters.cache_keys import tool_fingerprint


def use_template_cache(folder: Path | None) -> None:
    """Keep the page templates' compiled code in ``folder`` (per tool version), so a new process does not compile them again."""
    if folder is None:
        return
    from generator.render import environment

    templates = folder / f"templates-{tool_fingerprint()[:16]}"
    try:
        _make_folder(folder)
        templates.mkdir(exist_ok=True)
        for old in folder.glob("templates-*"):
            if old != templates:
                shutil.rmtree(old, ignore_errors=True)
    except OSError:
        return
    environment.use_bytecode_cache(templates, TemplateFolder(str(templates)))


class TemplateFolder(FileSystemBytecodeCache):
    """Jinja's bytecode cache in a folder, where a file that cannot be read or written only costs a compilation."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:  # the folder went (deleted, or pruned by another build): the build goes on
            pass


class _Layered(BytecodeCache):
    """A bytecode cache in front of another: the first one's entries, else the second's (copied to the first)."""

    def __init__(self, first: BytecodeCache, second: BytecodeCache) -> None:
        self.first, self.second = first, second

    def load_bytecode(self, bucket: Bucket) -> None:
        self.first.load_bytecode(bucket)
        if bucket.code is None:
            self.second.load_bytecode(bucket)
            if bucket.code is not None:
                self.first.dump_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.first.dump_bytecode(bucket)
        self.second.dump_bytecode(bucket)


class TemplatePack(BytecodeCache):
    """Compiled templates kept in one file: read at the first template asked for, written once by ``save``.

    One file per template (Jinja's ``FileSystemBytecodeCache``) cost a first
    build about 20 ms to write Material's thirty compiled templates; one file
    is written in one go, and read in one go by the next build. Entries that
    cannot be read count as missing (the template is compiled again).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, tuple[str, bytes]] | None = None
        self._changed = False

    def _read(self) -> dict[str, tuple[str, bytes]]:
        if self._entries is None:
            try:
                data = marshal.loads(self.path.read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                data = None
            self._entries = data if isinstance(data, dict) else {}
        return self._entries

    def load_bytecode(self, bucket: Bucket) -> None:
        found = self._read().get(bucket.key)
        if not (isinstance(found, tuple) and len(found) == 2 and found[0] == bucket.checksum):
            return
        try:
            bucket.code = marshal.loads(found[1])
        except (ValueError, EOFError, TypeError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._read()[bucket.key] = (bucket.checksum or "", marshal.dumps(bucket.code))
        self._changed = True

    def save(self) -> None:
        """Write the file if templates were added (atomically; a folder that cannot be written only costs the cache)."""
        if not self._changed:
            return
        try:
            _write_atomic(self.path, marshal.dumps(self._read()))
            self._changed = False
        except OSError:
            pass


_PACKS: dict[Path, TemplatePack] = {}
"""The theme packs of this process by file: every environment of one theme and settings shares one."""


def save_theme_packs() -> None:
    """Write the theme packs that gained templates (after a build: MkDocs compiles while it renders)."""
    for pack in _PACKS.values():
        pack.save()


def use_theme_cache(env: Any, project: Path) -> Any:
    """Keep the compiled code of the theme's templates (MkDocs' Jinja environment ``env``) in the project's cache; returns ``env``.

    A bytecode cache ``env`` has already (the compiled templates shared within
    this process) stays in front of the one on disk.

    MkDocs compiles every theme template on every build, which costs more
    than what the generator adds on a cache hit. The file (a ``TemplatePack``,
    written by ``save_theme_packs``) is named after the tool fingerprint
    (which covers the installed theme and MkDocs) and the environment's
    compile-time settings; Jinja itself checks each template's source against
    the compiled copy.
    """
    folder = cache_dir(project)
    if folder is None:
        return env
    settings = [sorted(env.extensions), env.block_start_string, env.block_end_string, env.variable_start_string,
                env.variable_end_string, env.comment_start_string, env.comment_end_string, env.line_statement_prefix,
                env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks, env.newline_sequence,
                env.keep_trailing_newline, env.optimized, repr(env.autoescape) if not callable(env.autoescape) else "auto"]
    digest = hashlib.sha256(json.dumps([tool_fingerprint(), settings], default=str).encode()).hexdigest()[:16]
    path = folder / f"theme-{digest}.pack"
    if getattr(env, "_theme_cache", None) == path:  # already (MkDocs' environment made by a patched get_env)
        return env
    pack = _PACKS.get(path)
    if pack is None:
        try:
            _make_folder(folder)
            if path.exists():
                os.utime(path)  # recently used
            others = sorted(folder.glob("theme-*"), key=lambda p: p.stat().st_mtime, reverse=True)
            for old in [p for p in others if p != path][3:]:  # other settings or tool versions: the most recent stay
                shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
        except OSError:
            return env
        pack = _PACKS.setdefault(path, TemplatePack(path))
    env.bytecode_cache = pack if env.bytecode_cache is None else _Layered(env.bytecode_cache, pack)
    env._theme_cache = path
    return env
