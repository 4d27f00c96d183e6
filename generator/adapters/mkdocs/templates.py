"""The theme's templates: compiled once per process and reused by every build in it, and listed without its icons.

``expectations build`` runs one MkDocs build per language, and ``serve``
rebuilds after each save; MkDocs gives each build a new Jinja environment for
the theme, which would compile Material's templates again each time. Jinja's
bytecode cache keeps a template's compiled code under its name and file, and
checks the source's checksum before using it, so an edited template (a
site's ``custom_dir`` during a preview) is compiled afresh. Environments with
different settings (filters aside, which are looked up when the template
runs) keep separate entries.
"""

from __future__ import annotations

import os
from pathlib import Path

from jinja2 import BytecodeCache, Environment, FileSystemLoader
from jinja2.bccache import Bucket

_COMPILED: dict[tuple[object, str], tuple[str, object]] = {}
"""(environment settings, template key) -> (source checksum, compiled code), for this process."""


def _settings(env: Environment) -> object:
    """What the compiled code depends on besides the template's source."""
    return (
        tuple(sorted(env.extensions)), repr(env.autoescape), env.optimized, env.block_start_string,
        env.block_end_string, env.variable_start_string, env.variable_end_string, env.comment_start_string,
        env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks,
        env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
    )


class ProcessTemplateCache(BytecodeCache):
    """A Jinja bytecode cache in memory, shared by the environments of this process with the same settings."""

    def __init__(self, env: Environment) -> None:
        self._settings = _settings(env)

    def load_bytecode(self, bucket: Bucket) -> None:
        found = _COMPILED.get((self._settings, bucket.key))
        if found is not None and found[0] == bucket.checksum:
            bucket.code = found[1]  # type: ignore[assignment]

    def dump_bytecode(self, bucket: Bucket) -> None:
        _COMPILED[(self._settings, bucket.key)] = (bucket.checksum, bucket.code)


def share_compiled_templates(env: Environment) -> Environment:
    """Let ``env`` use (and add to) the templates this process has compiled already."""
    if env.bytecode_cache is None:
        env.bytecode_cache = ProcessTemplateCache(env)
    return env



class ThemeFolders(FileSystemLoader):
    """The theme's template folders, listed without their hidden folders.

    MkDocs lists every file of the theme (``list_templates``) to copy its
    static files, then drops each path with a part that starts with a dot.
    Material keeps some 11,000 icons in such a folder (``.icons``), so walking
    and matching them was a tenth of a second of every build, for nothing it
    keeps. This loader does not enter hidden folders: the files MkDocs keeps,
    and so the site, are the same. Templates are still found anywhere, hidden
    folders included (Material includes its icons from ``.icons``).
    """

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for searchpath in self.searchpath:
            for dirpath, dirnames, filenames in os.walk(searchpath, followlinks=self.followlinks):
                dirnames[:] = [name for name in dirnames if not name.startswith(".")]
                folder = os.path.relpath(dirpath, searchpath).replace(os.path.sep, "/")
                prefix = "" if folder == "." else folder + "/"
                found.update(prefix + name for name in filenames)
        return sorted(found)


_project: list[Path] = []
"""The folder of the site being built (its build cache keeps the compiled theme templates), once known."""


def theme_cache_for(project: Path) -> None:
    """Keep the compiled theme templates of the environments made from now on in ``project``'s build cache."""
    _project[:] = [project]


def lean_theme_environments() -> None:
    """Make every theme environment MkDocs makes in this process list its folders lean and share compiled templates.

    MkDocs makes a new environment for each build, and plugins make their own
    (Material's search plugin makes three to read its translations, each
    compiling the language templates again). Each one now lists the theme
    with ``ThemeFolders``, reuses what this process compiled
    (``share_compiled_templates``) and, once the site is known, the build
    cache's compiled templates. Called when MkDocs imports the plugin, before
    any plugin's ``on_config``.
    """
    from mkdocs.theme import Theme

    if getattr(Theme.get_env, "lean", False):
        return
    make_env = Theme.get_env

    def get_env(self: Theme) -> Environment:
        env = make_env(self)
        loader = env.loader
        if type(loader) is FileSystemLoader:  # MkDocs' own: replaced before any template is loaded
            env.loader = ThemeFolders(loader.searchpath, loader.encoding, loader.followlinks)
        share_compiled_templates(env)
        if _project:
            from generator.adapters.template_cache import use_theme_cache

            use_theme_cache(env, _project[0])
        return env

    get_env.lean = True  # type: ignore[attr-defined]
    Theme.get_env = get_env  # type: ignore[method-assign]
