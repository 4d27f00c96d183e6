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

from jinja2 import BytecodeCache, Environment
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
