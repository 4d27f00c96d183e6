"""A cache of what a build generates, keyed by everything it is generated from.

A build's generated content (pages, data files, navigation, the site's
languages) is a function of:

- the bytes of every file in the policy folder (policies, their ``.po``
  translations), and where that folder is;
- the tool itself (every file of the ``generator`` package, by size and
  modification time, and its version), the Python version and the installed
  distributions (their ``.dist-info`` names carry their versions: the
  holidays, Babel, time-zone and template libraries);
- the git history of the policies (the repository's top and its ``HEAD``);
- the build's options: audience, language, ``site_url`` and URL style;
- the build time, **to the second**: ``expectations.json`` says when it was
  generated and how long it stays valid, the staffed spans start then, and the
  calendar stamps its events with it.

Because of the last point a key can only repeat when the build time is fixed:
the content is cached only when ``SOURCE_DATE_EPOCH`` is set (CI, reproducible
builds, repeated builds of one commit). Without it every build is at a new
second, so the content is neither looked up nor stored; what does not depend
on the time is still reused: that the policies and translations validated, and
the compiled code of the page templates and of the theme's templates (MkDocs
compiles those on every build otherwise). Rebuilds of ``serve`` run in one
process, whose imports are already done.

On a hit nothing of the pipeline is imported (no pydantic models, Babel data,
holidays or templates): the stored value is read back as ``Record`` objects
with the same attributes (fields and properties) as the originals
(``generator.adapters.cache_encoding``).

The cache lives in ``.cache/expectations/`` beside ``mkdocs.yml`` (a folder
that ignores itself in git), or where ``EXPECTATIONS_CACHE`` says;
``EXPECTATIONS_CACHE=off`` turns it off. It keeps the newest entries up to
``MAX_ENTRIES`` and ``MAX_BYTES``; an entry that cannot be read back (cut
short, edited, from another format) counts as a miss and is replaced. Deleting
the folder is always safe.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar


from generator.adapters.cache_encoding import Unencodable, decode, encode
from generator.adapters.cache_keys import FORMAT, _files_key, content_key, policies_key, tool_fingerprint

T = TypeVar("T")

CACHE_ENV = "EXPECTATIONS_CACHE"
OFF = ("off", "0", "no", "false")
FOLDER = Path(".cache") / "expectations"
MAX_ENTRIES = 16
MAX_BYTES = 64 * 1024 * 1024
"""Bounds of the content entries kept; the newest entry is always kept."""


def cache_dir(project: Path) -> Path | None:
    """Where the cache of a project (the folder of ``mkdocs.yml``) lives, or None when it is off."""
    setting = os.environ.get(CACHE_ENV, "").strip()
    if setting.lower() in OFF:
        return None
    return Path(setting) if setting else project / FOLDER


# --- storage -------------------------------------------------------------------------------------------


def _read(path: Path, key: str) -> Any:
    """The value stored under ``key``; raises (OSError, ValueError, ...) when missing or unreadable."""
    stored = json.loads(path.read_bytes())
    if stored.get("format") != FORMAT or stored.get("key") != key:
        raise ValueError("another entry")
    value = decode(stored["value"])
    try:
        os.utime(path)  # recently used: kept longest
    except OSError:
        pass
    return value


def _make_folder(folder: Path) -> None:
    """The cache folder, ignoring itself in git."""
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# The expectations build cache; safe to delete.\n*\n", encoding="utf-8")


def _write_atomic(path: Path, data: bytes) -> None:
    _make_folder(path.parent)
    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def prune(folder: Path, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
    """Remove the least recently used content entries beyond the bounds (the newest stays whatever its size)."""
    entries = []
    for path in folder.glob("content-*.json"):
        try:
            stat = path.stat()
        except OSError:
            continue
        entries.append((stat.st_mtime_ns, stat.st_size, path))
    entries.sort(reverse=True)
    total = 0
    for index, (_, size, path) in enumerate(entries):
        total += size
        if index and (index >= max_entries or total > max_bytes):
            path.unlink(missing_ok=True)


_AHEAD: dict[str, Any] = {}
"""What a child process generated ahead of this build (``generator.adapters.ahead``), by ``ahead_key``."""


def ahead_key(kind: str, policies_dir: Path, options: Any = None) -> str:
    """The key of one result made ahead: its kind (``content``, ``languages``, ``logs``), the policy folder and the options."""
    listed = sorted(options.items()) if options is not None and not isinstance(options, list) else options
    return json.dumps([kind, str(policies_dir.resolve()), listed], default=str)


waiting: list[Callable[[], None]] = []
"""What takes the work of a child still making it ahead into ``_AHEAD`` (``generator.adapters.ahead``)."""


def take_ahead() -> None:
    """Wait for what a child is making ahead, and take it."""
    while waiting:
        waiting.pop()()


def ahead(kind: str, policies_dir: Path, options: Any = None) -> Any:
    """What was made ahead for this kind, folder and options, or None."""
    take_ahead()
    return _AHEAD.get(ahead_key(kind, policies_dir, options)) if _AHEAD else None


def cached(
    policies_dir: Path, options: dict[str, Any], generate: Callable[[], T], project: Path, inputs: Iterable[str] = ()
) -> T:
    """``generate()``, or what it returned before for the same inputs (see the module's description).

    ``options`` are the build's own settings that the content depends on
    (audience, language, site address, the plugin's options); ``project`` is
    the folder of the site's configuration, where the cache lives, and
    ``inputs`` globs relative to it of further files the content is read
    from (conversation logs). Exceptions of ``generate`` (a bad policy) pass
    through and nothing is stored.
    """
    made = ahead("content", policies_dir, options)
    if made is not None:
        return made  # type: ignore[no-any-return]
    folder = cache_dir(project)
    try:
        key = content_key(policies_dir, options, inputs, project) if folder is not None else None
    except OSError:  # a file that cannot be read: the build reports it
        key = None
    if folder is None or key is None:
        return _generated(folder, generate)
    path = folder / f"content-{key}.json"
    try:
        return _read(path, key)  # type: ignore[no-any-return]
    except Exception:  # missing, cut short or not ours: a miss
        pass
    value = _generated(folder, generate)
    try:
        data = json.dumps({"format": FORMAT, "key": key, "value": encode(value)}, ensure_ascii=False).encode()
        _write_atomic(path, data)
        prune(folder)
    except (Unencodable, OSError):
        pass  # the build goes on; a read-only or full disk only loses the cache
    return value


def _generated(folder: Path | None, generate: Callable[[], T]) -> T:
    """``generate()`` with what the cache folder keeps for generating: the compiled templates and the CLDR answers."""
    from generator.adapters import template_cache  # it builds on this module's folder and fingerprint

    template_cache.use_template_cache(folder)
    use_answers(folder)
    value = generate()
    save_answers()
    return value


def use_answers(folder: Path | None) -> None:
    """Keep the answers of the CLDR and holidays data in ``folder`` (``generator.remembered``), one table per tool fingerprint."""
    from generator import remembered

    if folder is None:
        remembered.use_table(None)
        return
    path = folder / f"answers-{tool_fingerprint()[:16]}.json"
    if remembered.use_table(path):
        for old in folder.glob("answers-*.json"):
            if old != path:
                old.unlink(missing_ok=True)  # another version of the tool or its libraries


def save_answers() -> None:
    """Write back the answers the build added (``generator.remembered``; after the pages too: the plugin's hooks ask)."""
    if "generator.remembered" in sys.modules:
        sys.modules["generator.remembered"].save()


def cached_site_content(  # type: ignore[no-untyped-def]
    policies_dir: Path, audience: str, site=None, language: str | None = None, project: Path | None = None
):
    """``generator.adapters.content.site_content`` through the cache (for engines that build from the content alone)."""

    def generate():  # type: ignore[no-untyped-def]
        from generator.adapters.content import site_content
        from generator.pipeline import SiteAddress

        return site_content(policies_dir, audience, site or SiteAddress(), language)

    options = {
        "content": "site", "audience": audience, "language": language,
        "site_url": getattr(site, "url", None), "directory_urls": getattr(site, "directory_urls", True),
    }
    return cached(policies_dir, options, generate, project if project is not None else policies_dir.parent)


_LOADED: dict[str, Any] = {}


def loaded_policies(policies_dir: Path) -> Any:
    """``generator.pipeline.site_policies``, read once per process while the files stay the same.

    A build reads the policies to check the languages, to check the logs, and
    for each language's content; a preview rebuild reads them again only when
    a file changed. Raises PolicyError as ``site_policies`` (nothing is kept then).
    """
    from generator.pipeline import site_policies

    try:
        key = json.dumps(_files_key(policies_dir))  # the tool does not change within a process
    except OSError:
        return site_policies(policies_dir)
    if key not in _LOADED:
        loaded = site_policies(policies_dir)
        _LOADED.clear()
        _LOADED[key] = loaded
    return list(_LOADED[key])


def checked_languages(policies_dir: Path, project: Path) -> list[Any]:
    """The site's languages (``generator.adapters.languages.site_languages``) after validating its policies and translations.

    Raises PolicyError when they are bad. The outcome does not depend on the
    time, so it is remembered for these very files and this tool even without
    SOURCE_DATE_EPOCH: a build that finds it imports no part of the pipeline.
    """
    made = ahead("languages", policies_dir)
    if made is not None:
        return made  # type: ignore[no-any-return]
    folder = cache_dir(project)
    try:
        path = folder / f"languages-{policies_key(policies_dir)}.json" if folder is not None else None
    except OSError:  # a file that cannot be read: validating reports it
        path = None
    if path is not None:
        try:
            return _read(path, path.name)  # type: ignore[no-any-return]
        except Exception:  # missing, cut short or not ours: a miss
            pass
    from generator.adapters.languages import site_languages

    use_answers(folder)  # validating asks for holidays, the languages' names and directions for the CLDR
    languages = site_languages(loaded_policies(policies_dir))
    if path is not None:
        try:
            data = json.dumps({"format": FORMAT, "key": path.name, "value": encode(languages)}, ensure_ascii=False)
            for old in path.parent.glob("languages-*.json"):
                old.unlink(missing_ok=True)
            _write_atomic(path, data.encode())
        except (Unencodable, OSError):
            pass
    return languages


def checked_logs(options: Any, policies_dir: Path, project: Path) -> None:
    """``generator.adapters.promises.check_logs`` before a build, unless it passed for the same inputs and build time.

    ``options`` are the expectations plugin's (None without the plugin). The
    check scores the plugin's conversation logs at the build time, so it is
    remembered only when SOURCE_DATE_EPOCH fixes that time, like the content.
    """
    if options is None or not getattr(options, "logs", None):
        return
    if ahead("logs", policies_dir, options):
        return
    folder = cache_dir(project)
    try:
        key = content_key(policies_dir, {"check": "logs", "plugin": sorted(options.items())}, options.logs, project) if folder else None
    except OSError:  # a file that cannot be read: the check reports it
        key = None
    marker = folder / f"logs-{key}" if folder is not None and key is not None else None
    if marker is not None and marker.exists():
        return
    from generator.adapters.promises import check_logs

    check_logs(options, project, loaded_policies(policies_dir))
    if marker is not None:
        try:
            for old in marker.parent.glob("logs-*"):
                old.unlink(missing_ok=True)
            _write_atomic(marker, b"")
        except OSError:
            pass
