"""Building a site with MkDocs into a fresh folder, then swapping it in.

MkDocs empties its site folder before building; building elsewhere first means
a failed build leaves the last good site exactly as it was. How it works:

1. Builds into the same target hold an exclusive lock (``flock``) on the
   target's parent folder while they run, so they take turns. A build that
   finds the lock taken says so and waits.
2. Holding the lock, the build removes what interrupted builds of the same
   target left beside it: ``.<name>-build-*`` (a staging folder, or the
   previous site after an exchange) and ``.<name>-old-*`` (the previous site
   during a two-rename swap). No other build can be using them, since it
   would hold the lock; their owner was killed. If the target itself is
   missing because a two-rename swap was interrupted, the previous site is
   renamed back first.
3. The site is built strictly into a new ``.<name>-build-*`` folder beside the
   target (same file system), with the target's permissions.
4. ``swap_in`` exchanges the two folders in one step with Linux's
   ``renameat2(RENAME_EXCHANGE)``, so at every instant the target path is
   either the complete old site or the complete new one. Where that call is
   missing or refused (other systems, some file systems) it falls back to two
   renames, with a moment in which the target does not exist; step 2 repairs
   an interruption there. The old site is removed last.

Killing a build at any point therefore leaves the previous site (or, after
the exchange, the new one) in place; the leftovers go at the next build.
Where ``flock`` is not available, leftovers older than a day are removed
instead, since their age is the only sign that nobody uses them.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from generator.adapters.languages import SiteLanguage, config_overrides, configured_languages, read_raw_config

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STALE_AFTER = 24 * 3600
"""Without a lock, leftovers older than this (seconds) are taken to be abandoned."""


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


def prepare_build(
    config_file: Path, site_dir: Path | None = None, audience: str = "public", read_history_ahead: bool = False,
    config: MkDocsConfig | None = None,
) -> tuple[MkDocsConfig, Path]:
    """Load the configuration strictly, check the audience and validate the policies; return it and the target folder.

    Engine-independent: every engine starts here. With ``read_history_ahead``
    git starts reading the policy history at once, for the build that
    follows in this process (``generator.adapters.history.look_ahead``; the
    caller calls ``forget_look_ahead`` after it). ``config`` is the
    configuration when it is already loaded (with a language's settings:
    ``config_overrides``). Raises PolicyError when the
    policy is bad, and AudienceError when the configuration builds the other
    audience or the staff site would land inside the public one.
    """
    if config is None:
        config = load_site_config(config_file, strict=True)
    from generator.adapters.mkdocs.templates import theme_cache_for

    theme_cache_for(Path(config_file).parent)  # for the theme environments plugins make before the expectations plugin's on_config
    if configured_audience(config) != audience:
        raise AudienceError(
            f"{config_file} builds the {configured_audience(config)} site, not the {audience} site; "
            f"set 'audience: {audience}' for the expectations plugin or choose another config file"
        )
    target = Path(site_dir).resolve() if site_dir else Path(config.site_dir)
    if audience == "staff":
        public_file = Path(config_file).parent / "mkdocs.yml"
        public_dir = Path(load_site_config(public_file).site_dir) if public_file.is_file() else None
        if public_dir is not None and target.is_relative_to(public_dir):
            raise AudienceError(
                f"the staff site would be built into {target}, inside the public site {public_dir}; "
                "choose a folder outside it"
            )
    if read_history_ahead:
        from generator.adapters.history import look_ahead

        look_ahead(site_policies_dir(config))  # git reads the policy history while the policies are validated
    configured_languages(config)  # validates the policies and translations (remembered while they do not change)
    from generator.adapters.cache import checked_logs

    plugin = config.plugins.get("expectations")
    options = getattr(plugin, "config", None)
    checked_logs(options, site_policies_dir(config), Path(config_file).parent)  # the conversation logs of Promises kept
    return config, target


@contextmanager
def staged_site(target: Path) -> Iterator[Path]:
    """Hold the build lock of ``target``'s folder and yield a new empty folder beside it; swap it in when the body returns.

    If the body raises (or the process is killed), ``target`` stays as it was
    and the staging folder goes (at once, or at the next build).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(target.parent) as locked:
        remove_leftovers(target, locked)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-build-", dir=target.parent))
        try:
            os.chmod(staging, _folder_mode(target))
            yield staging
            swap_in(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


@contextmanager
def scratch_folder(target: Path) -> Iterator[Path]:
    """A private working folder beside ``target`` for engines that need one (named like a leftover, so an interrupted build's goes at the next build)."""
    folder = Path(tempfile.mkdtemp(prefix=f".{target.name}-build-", dir=target.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


ENGINES = ("mkdocs", "zensical")


def atomic_build(
    config_file: Path, site_dir: Path | None = None, audience: str = "public", engine: str = "mkdocs", verbose: bool = False
) -> Path:
    """Validate, build strictly into a temporary folder beside the target, then swap it in.

    Raises PolicyError before the engine starts when the policy is bad, and
    AudienceError when the staff site would land inside the public one.
    ``engine`` is ``mkdocs`` (the default) or ``zensical`` (see
    generator/adapters/engines/zensical.py, which raises EngineMissing when
    Zensical is not installed, EngineFailed when it stops on a warning);
    ``verbose`` shows Zensical's progress (MkDocs' goes through logging).
    """
    if engine == "zensical":
        from generator.adapters.engines.zensical import load_zensical

        load_zensical()  # before anything else: say how to install it
    from generator.adapters import ahead

    try:
        if engine != "mkdocs":
            return _build(config_file, site_dir, audience, engine, verbose)
        with ahead.made_ahead(Path(config_file), audience):  # the generator's work in a child, while this process is small
            return _build(config_file, site_dir, audience, engine, verbose)
    finally:
        if "generator.adapters.history" in sys.modules:  # a history read ahead and not used is not kept
            sys.modules["generator.adapters.history"].forget_look_ahead()


def _build(config_file: Path, site_dir: Path | None, audience: str, engine: str, verbose: bool) -> Path:
    from generator.adapters import ahead

    raw: dict[str, object] | None = None
    config: MkDocsConfig | None = None
    loaded_for: SiteLanguage | None = None  # the language whose settings ``config`` was loaded with
    if engine == "mkdocs":
        # While a child makes the generator's part ahead, the configuration is loaded with the settings of the
        # default language the first policy names; it is that language's build's if the child finds the same.
        loaded_for = ahead.guessed_language(Path(config_file)) or ahead.first_language(Path(config_file))
        if loaded_for is not None:
            try:
                raw = read_raw_config(config_file)
            except Exception:  # noqa: BLE001 - MkDocs reads it again below and says what is wrong
                loaded_for = None
        if loaded_for is not None and raw is not None:
            config = load_site_config(config_file, strict=True, **config_overrides(raw, loaded_for))
    # Without content made ahead, git starts reading the policy history while the policies are validated.
    made_ahead = engine == "mkdocs" and ahead.first_language(Path(config_file)) is not None
    config, target = prepare_build(config_file, site_dir, audience, read_history_ahead=not made_ahead, config=config)
    languages = configured_languages(config)  # every translation is read and checked before anything is built
    if engine == "zensical":
        from generator.adapters.engines.zensical import build_site as zensical_build

        # Every language, as with MkDocs: one Zensical build per language into the one staging folder.
        with staged_site(target) as staging, scratch_folder(target) as work:
            zensical_build(config, audience, staging, work, verbose)
        return target
    with staged_site(target) as staging:
        # One build per language into one staging folder: the default language first (MkDocs empties
        # its site folder), each other language into its own folder; swapped in together.
        raw = raw if raw is not None else read_raw_config(config_file)
        for index, language in enumerate(languages):
            if index == 0 and loaded_for is not None and (language.tag, language.folder) == (loaded_for.tag, loaded_for.folder):
                language_config = config
            else:
                language_config = language_build_config(config_file, raw, language)
            language_config.site_dir = str(staging / language.folder)
            mkdocs_build(language_config)
    return target


def language_build_config(config_file: Path, raw: dict[str, object], language: SiteLanguage) -> MkDocsConfig:
    """The configuration of one language's build: the site's own, with the language's settings (generator/adapters/languages.py)."""
    return load_site_config(config_file, strict=True, **config_overrides(raw, language))


def swap_in(staging: Path, target: Path) -> None:
    """Replace ``target`` by ``staging``, in one atomic exchange where the system allows; the old site is removed last."""
    if target.exists() and _exchange(staging, target):
        _remove(staging)  # now the old site
        return
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
        old.rmdir()
        target.rename(old)
    staging.rename(target)
    if old is not None:
        _remove(old)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@lru_cache(maxsize=1)
def _renameat2() -> object | None:
    """glibc's renameat2, or None where it does not exist."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the C library the interpreter already uses
        function = libc.renameat2
    except (OSError, AttributeError):  # no glibc, or one older than 2.28
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def _exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths atomically (Linux ``renameat2`` with ``RENAME_EXCHANGE``); False when not possible."""
    function = _renameat2()
    if function is None:
        return False
    result = function(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)  # type: ignore[operator]
    return result == 0


def _folder_mode(target: Path) -> int:
    """The permissions the new site folder gets: the old site's, or what a plain mkdir would give."""
    try:
        return stat.S_IMODE(target.stat().st_mode) | stat.S_IRWXU
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o777 & ~mask


@contextmanager
def _build_lock(folder: Path) -> Iterator[bool]:
    """Hold an exclusive lock on ``folder`` (yields True), or yield False where locking is not possible."""
    if fcntl is None:
        yield False
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"Waiting for another build in {folder} to finish", file=sys.stderr)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # a file system without flock
            yield False
            return
        yield True
    finally:
        os.close(fd)  # releases the lock


def leftovers(target: Path) -> list[Path]:
    """Staging and old-site folders of ``target`` that builds put beside it."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}-(build|old)-[A-Za-z0-9_]{{8}}$")
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return []
    return sorted(p for p in entries if pattern.match(p.name))


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def remove_leftovers(target: Path, locked: bool) -> None:
    """Remove what interrupted builds of ``target`` left; restore the old site if a swap stopped half-way.

    With ``locked`` (this process holds the build lock of the parent folder) every
    leftover is abandoned; without it, only those older than ``STALE_AFTER``.
    """
    found = [p for p in leftovers(target) if locked or _age(p) > STALE_AFTER]
    if not target.exists():
        olds = [p for p in found if p.name.startswith(f".{target.name}-old-") and p.is_dir() and not p.is_symlink()]
        if olds:
            newest = max(olds, key=lambda p: p.stat().st_ctime)
            newest.rename(target)
            found.remove(newest)
    for path in found:
        _remove(path)
