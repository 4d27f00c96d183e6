"""The theme's templates, compiled once per process and reused by every build in it.

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

from collections import deque
from collections.abc import Callable

from jinja2 import BytecodeCache, Environment, TemplateNotFound, meta
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


def compile_ahead(
    env: Environment, until: Callable[[], bool], names: tuple[str, ...] = ("main.html", "404.html", "sitemap.xml")
) -> int:
    """Compile the templates ``names``, then those they extend, include or import by name, into ``env``'s bytecode cache.

    A build does this while its content is generated elsewhere
    (``generator.adapters.generation_worker``), so that rendering the pages
    finds the theme compiled. It stops as soon as ``until()`` is true (the
    content is ready), since a theme names many templates a site may not use;
    the first ones named come first. A template the cache holds already is
    passed over with what it names (they were compiled with it). Returns how
    many templates were compiled.
    """
    cache = env.bytecode_cache
    if cache is None:
        return 0
    seen: set[str] = set()
    todo = deque(names)
    compiled = 0
    while todo and not until():
        name = todo.popleft()
        if name in seen:
            continue
        seen.add(name)
        try:
            source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        except TemplateNotFound:
            continue
        bucket = cache.get_bucket(env, name, filename, source)
        if bucket.code is not None:
            continue
        tree = env.parse(source, name, filename)
        todo.extend(n for n in meta.find_referenced_templates(tree) if n)
        bucket.code = env.compile(tree, name, filename)  # as Jinja's loader would: the same code for the same source
        cache.set_bucket(bucket)
        compiled += 1
    return compiled
