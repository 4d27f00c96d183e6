"""The generator's part of a build, done by a short-lived child process while the build process loads MkDocs.

A build without the build cache's help (the first one, or with
``EXPECTATIONS_CACHE=off``) loads what only the generator needs: its own
modules, the policies, the CLDR data of each language (Babel) and the public
holidays (the holidays library). That is about 7 MiB for a new project and
13 MiB for the example, more than MkDocs adds for its own work; and Python
does not give freed memory back to the system, so a build that generated in
its own process kept it to the end, through MkDocs' peak.

``made_ahead`` reads ``mkdocs.yml`` (without MkDocs: ``read_written``),
works out what the expectations plugin of each language's build will ask for
(its options, ``site_url`` and ``use_directory_urls``, as ``expectations
build`` sets them per language), and forks a child while this process is
still small: ``expectations build`` opens the block before it imports MkDocs
(``atomic_build`` opens it too, for other callers; an inner block finds the
child under way). The child makes it all through the usual functions and
the build cache: the site's languages, the check of the
conversation logs, and each language's content. It sends that back as the
build cache stores it (``generator.adapters.cache_encoding``) with the CLDR
answers it asked for, and ends; its memory goes with it. The plugin then
finds everything under the same keys (``generator.adapters.cache.ahead``), as
on a warm cache.

This process does not wait for the child: it imports MkDocs and loads its
configuration meanwhile, with the settings of the default language the first
policy file names (``guessed_language``; the build loads it again if the
child finds another). The child's work is taken when first asked for
(``first_language``, ``generator.adapters.cache.take_ahead``), so on two cores
the two run side by side: a new project's first build takes about the time
of plain MkDocs' (0.9 of it), where the child's 0.1 s in series made it 1.1.
The cost is memory held at once: for that 0.1 s the two processes together
hold more than one would (for a new project, 49 MiB of summed proportional
set size against 44 MiB when the build waited for the child, and 34 MiB for
plain MkDocs); each process on its own stays within plain MkDocs' peak.

A child's peak is this process's size at the fork plus what it loads, so the
holidays library (about 6 MiB with ``importlib.metadata``) is asked by a
child of its own first, when a policy names ``closures.public_holidays``:
the years around the build time, and the codes validation checks. The
second child finds those answers and does not load the library.

Nothing depends on the guess: a key the plugin computes differently (a
setting the child read otherwise) is not found, and the build generates in
its own process as it would without this step. A child that fails (a bad
policy, a log that does not read) sends nothing, and the build reports the
problem from its own process, as usual. Without ``fork`` (or with one worker,
``EXPECTATIONS_WORKERS=1``, or other threads running: ``generator.forking``)
there is no child.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml

PLUGIN_DEFAULTS: dict[str, Any] = {
    "policies": "policies", "audience": "public", "language": None, "logs": [], "log_timezone": None,
    "preset": None, "columns": None, "channel_map": None,
}
"""The expectations plugin's options and their defaults (``generator.adapters.mkdocs.config.ExpectationsConfig``)."""


class PluginOptions(dict):  # type: ignore[type-arg]
    """The plugin's options as MkDocs gives them to it: a mapping whose values are also attributes."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class _Unsure:
    """A value written with a tag (``!ENV``, ``!relative``, ``!!python/name``): what MkDocs makes of it is not guessed."""


class _Written(yaml.SafeLoader):
    """YAML as MkDocs reads ``mkdocs.yml``, with every tagged value left ``_Unsure``.

    The pure-Python loader, as MkDocs': libyaml's composer recurses in C, and
    a deeply nested file would stop the process instead of raising.
    """


_Written.add_multi_constructor("", lambda loader, suffix, node: _Unsure())


def read_written(config_file: Path, depth: int = 0) -> dict[str, Any] | None:
    """A configuration as written, ``INHERIT`` merged as MkDocs merges it; None when it cannot be read."""
    try:
        with open(config_file, encoding="utf-8") as source:
            data = yaml.load(source, Loader=_Written)  # noqa: S506 - a SafeLoader
    except (OSError, yaml.YAMLError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    parent = data.pop("INHERIT", None)
    if parent is None:
        return data
    if not isinstance(parent, str) or depth > 8:
        return None
    base = read_written(config_file.parent / parent, depth + 1)
    return None if base is None else _merged(base, data)


def _merged(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` on ``base``: mappings merged key by key, anything else replaced (as ``mergedeep``)."""
    out = dict(base)
    for key, value in over.items():
        out[key] = _merged(out[key], value) if isinstance(out.get(key), dict) and isinstance(value, dict) else value
    return out


def plugin_options(raw: Mapping[str, Any]) -> PluginOptions | None:
    """The expectations plugin's options in a configuration as written, with defaults; None without the plugin or when unsure."""
    from generator.adapters.languages import _plugin_name, _plugins

    for entry in _plugins(raw.get("plugins")):
        if not isinstance(entry, (str, dict)) or (isinstance(entry, dict) and len(entry) != 1):
            return None
        if _plugin_name(entry) == "expectations":
            given = {} if isinstance(entry, str) else entry["expectations"] or {}
            break
    else:
        return None
    if not isinstance(given, dict) or not set(given) <= set(PLUGIN_DEFAULTS):
        return None  # MkDocs will say what is wrong
    options = PluginOptions({**PLUGIN_DEFAULTS, **given})
    text = ("policies", "audience", "language", "log_timezone", "preset", "columns", "channel_map")
    if any(options[name] is not None and not isinstance(options[name], str) for name in text):
        return None
    if not isinstance(options["logs"], list) or not all(isinstance(p, str) for p in options["logs"]):
        return None
    return options


def directory_url(url: str) -> str:
    """A site address as MkDocs validates ``site_url`` (``URL(is_dir=True)``): its path ends with a slash."""
    parts = urlsplit(url)
    return url if parts.path.endswith("/") else urlunsplit(parts._replace(path=parts.path + "/"))


def policy_hints(policies_dir: Path) -> tuple[set[str], str | None]:
    """The ``closures.public_holidays`` the policy files name, and the first one's ``business.locale`` (the site's
    default language), read with the loader's fast path, unchecked: validation comes later."""
    from generator.load.fast import fast_tree
    from generator.load.files import policy_files
    from generator.load.source import MAX_BYTES, MAX_DEPTH

    regions: set[str] = set()
    locale: str | None = None
    for index, path in enumerate(policy_files([policies_dir]) if policies_dir.is_dir() else []):
        try:
            with open(path, "rb") as source:
                raw = source.read(MAX_BYTES + 1)
            tree = fast_tree(raw.decode("utf-8"), MAX_DEPTH, marking=False) if len(raw) <= MAX_BYTES else None
        except (OSError, ValueError):
            continue
        data = tree[0] if tree is not None else None  # None: too large, too deep, not clean YAML (validation says so)
        if not isinstance(data, dict):
            continue
        closures, business = data.get("closures"), data.get("business")
        region = closures.get("public_holidays") if isinstance(closures, dict) else None
        if isinstance(region, str) and region.strip():
            regions.add(region.strip())
        if index == 0 and isinstance(business, dict) and isinstance(business.get("locale"), str):
            locale = business["locale"]
    return regions, locale


def _made_ahead(
    config_file: Path, options: PluginOptions, site_url: str | None, directory_urls: bool
) -> dict[str, Any]:
    """In a child: everything the builds will ask of the generator, encoded."""
    from generator import remembered
    from generator.adapters.cache import ahead_key, cached, checked_languages, checked_logs
    from generator.adapters.cache_encoding import encode
    from generator.adapters.content import plugin_content
    from generator.adapters.history import look_ahead
    from generator.adapters.languages import language_site_url
    from generator.render.cldr import release

    project = Path(os.path.abspath(config_file)).parent  # as MkDocs gives the plugin its configuration's path
    policies_dir = project / options.policies
    made: dict[str, Any] = {}
    look_ahead(policies_dir)  # git reads the policy history while the policies are validated
    languages = checked_languages(policies_dir, project)
    made[ahead_key("languages", policies_dir)] = languages
    checked_logs(options, policies_dir, project)  # the same for every language's options
    for each in (options, *(PluginOptions({**options, "language": language.tag}) for language in languages)):
        made[ahead_key("logs", policies_dir, each)] = True
    for index, language in enumerate(languages):  # as expectations build sets them for each language (config_overrides)
        if index:
            release()  # one language's CLDR data at a time: the next is read into the memory the last one left
        own = PluginOptions({**options, "language": language.tag})
        url = directory_url(language_site_url(site_url, language)) if site_url else site_url
        build_options = {"plugin": sorted(own.items()), "site_url": url, "directory_urls": directory_urls}

        def generate(own: PluginOptions = own, url: str | None = url) -> Any:
            return plugin_content(policies_dir, project, own, url, directory_urls)

        made[ahead_key("content", policies_dir, build_options)] = cached(policies_dir, build_options, generate, project, own.logs)
    return {"made": encode(made), "answers": remembered.answers()}


@contextmanager
def made_ahead(config_file: Path, audience: str) -> Iterator[None]:
    """Make the generator's part of ``expectations build`` in child processes (see the module's description)
    while the block goes on: what they made is taken when first asked for (``first_language``, the build cache)."""
    key = config_file.resolve()
    if key in _UNDER_WAY:  # started by an enclosing block (``expectations build``, before MkDocs is imported)
        yield
        return
    _UNDER_WAY.add(key)
    try:
        with ExitStack() as children:
            _start(config_file, audience, children)
            yield
    finally:
        _UNDER_WAY.discard(key)
        forget()


def _start(config_file: Path, audience: str, children: ExitStack) -> None:
    from generator.forking import fork_wanted, in_child

    if not fork_wanted():
        return
    raw = read_written(config_file)
    options = plugin_options(raw) if raw is not None else None
    if raw is None or options is None or options.audience != audience:
        return
    site_url, directory_urls = raw.get("site_url"), raw.get("use_directory_urls", True)
    if not isinstance(directory_urls, bool) or (site_url is not None and not isinstance(site_url, str)):
        return
    # What the children and this process all use, imported (and the tool's fingerprint computed) once, before the forks.
    import jinja2  # noqa: F401
    import markupsafe  # noqa: F401
    from babel import support  # noqa: F401

    from generator import remembered
    from generator.adapters import cache_encoding, template_cache  # noqa: F401
    from generator.adapters.cache import cache_dir, waiting
    from generator.adapters.cache_keys import tool_fingerprint
    from generator.adapters.clock import ClockError, build_time
    from generator.model.holiday_registry import answers_around

    if cache_dir(config_file.parent) is not None:
        tool_fingerprint()

    policies_dir = config_file.parent / options.policies
    regions, locale = policy_hints(policies_dir)
    if regions:
        try:
            year = build_time().year
        except ClockError:
            return  # the build says so
        with in_child(lambda: answers_around(regions, year), here=lambda: None) as pending:
            answers = pending.result()
        if answers is not None:
            remembered.learn(answers)
    # This process goes on (loading MkDocs) while the child works; its work is taken when first asked for.
    pending = children.enter_context(
        in_child(lambda: _made_ahead(config_file, options, site_url, directory_urls), here=lambda: None)
    )

    def take() -> None:
        sent = pending.result()
        if sent is None:
            return
        from generator.adapters.cache import _AHEAD, ahead_key
        from generator.adapters.cache_encoding import decode

        _AHEAD.update(decode(sent["made"]))
        remembered.learn(sent["answers"])
        _FIRST[config_file.resolve()] = _AHEAD[ahead_key("languages", policies_dir)][0]

    waiting.append(take)
    _GUESSED[config_file.resolve()] = locale


_UNDER_WAY: set[Path] = set()
"""The configuration files whose ``made_ahead`` block is open."""

_FIRST: dict[Path, Any] = {}
"""The default language of the site of each configuration file made ahead."""

_GUESSED: dict[Path, str | None] = {}
"""The first policy file's ``business.locale``, as written, for each configuration file being made ahead."""


def guessed_language(config_file: Path) -> Any:
    """While a child makes ``config_file``'s site ahead: its default language as the first policy file names it
    (unchecked: ``first_language`` is the answer), else None."""
    from generator.adapters.languages import SiteLanguage, valid_tag

    locale = _GUESSED.get(config_file.resolve())
    return SiteLanguage(locale, "") if locale is not None and valid_tag(locale) else None


def first_language(config_file: Path) -> Any:
    """The default language of the site ``config_file`` builds, when it was made ahead (else None); waits for the child."""
    from generator.adapters.cache import take_ahead

    take_ahead()
    return _FIRST.get(config_file.resolve())


def forget() -> None:
    """Drop what was made ahead (after the build: a later build in this process makes its own)."""
    from generator.adapters.cache import _AHEAD, waiting

    waiting.clear()
    _AHEAD.clear()
    _FIRST.clear()
    _GUESSED.clear()
