"""``expectations init``: write a new site project, with a starter policy for the user's business.

The project is the packaged folder ``generator/scaffold`` (pages, MkDocs
configurations, workflow, README) plus three generated files: the policy (a
starter policy for the business, or with ``example`` the hotel example), the
policy schema for editors, and ``requirements.txt`` naming where this copy of
the tool came from, so CI installs the same tool.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined

from generator.frozen import frozen
from generator.derive.slugs import slugify
from generator.load import load_text
from generator.model.schema import schema_text
from generator.model.validate import validate
from generator.model.values import ValueProblem, parse_locale, parse_timezone
from generator.problems import PolicyError

SCHEMA_LINE = "# yaml-language-server: $schema=../generator/schema/policy.schema.json"
PROJECT_SCHEMA_LINE = "# yaml-language-server: $schema=../policy.schema.json"
EXAMPLE_POLICY = "policies/harbor-view.yaml"
EXAMPLE_TRANSLATIONS = ("policies/harbor-view.fr-CA.po",)
"""The example's translations: with them, the example site is built in English and in French."""
DISTRIBUTION = "service-expectations"

FALLBACK_NAME = "My Business"
FALLBACK_TIMEZONE = "UTC"
FALLBACK_LOCALE = "en"


def _walk(node: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    out: list[tuple[str, Traversable]] = []
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        if child.name == "__pycache__":
            continue
        rel = f"{prefix}{child.name}"
        if child.is_dir():
            out.extend(_walk(child, rel + "/"))
        else:
            out.append((rel, child))
    return out


# --- the starter policy ----------------------------------------------------------------------


def yaml_string(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that reads back as exactly ``text``.

    JSON strings are YAML double-quoted scalars; characters that are not
    printable (line and paragraph separators among them, which YAML would fold)
    are written as escapes.
    """
    body = json.dumps(text, ensure_ascii=False)[1:-1]
    return '"' + "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in body) + '"'


def _templates() -> Environment:
    env = Environment(
        loader=PackageLoader("generator", "render/templates/scaffold"),
        undefined=StrictUndefined,
        autoescape=False,  # YAML and requirements text, not HTML: user values go through |yaml
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["yaml"] = yaml_string
    return env


def business_slug(name: str) -> str:
    """The starter policy's file name (without .yaml) for a business: ``Corner Shoe Co.`` -> ``corner-shoe-co``."""
    from generator.pipeline import RESERVED_SECTIONS

    slug = slugify(name, fallback="business")
    return f"{slug}-policy" if slug in RESERVED_SECTIONS else slug


@frozen
class Business:
    """What ``init`` asks for: the business's name, time zone and language tag."""

    name: str
    timezone: str
    locale: str

    @property
    def slug(self) -> str:
        return business_slug(self.name)

    @property
    def policy_path(self) -> str:
        return f"policies/{self.slug}.yaml"


def starter_policy(business: Business) -> str:
    """The text of a small, valid, commented policy for ``business``."""
    return _templates().get_template("policy.yaml.j2").render(
        name=business.name,
        name_comment=" ".join(business.name.split()),
        timezone=business.timezone,
        locale=business.locale,
        slug=business.slug,
        handle=business.slug.replace("-", ""),
    )


FIELDS = ("name", "timezone", "locale")


def business_problems(business: Business) -> dict[str, str]:
    """What is wrong with each value (by field), worded exactly as ``expectations check`` words it.

    The values are checked the way ``check`` checks them: in the starter
    policy written with them.
    """
    try:
        validate(load_text(starter_policy(business).encode("utf-8"), business.policy_path))
    except PolicyError as exc:
        found: dict[str, str] = {}
        for problem in exc.problems:
            field, _, message = problem.message.partition(": ")
            if not field.startswith("business.") or field.removeprefix("business.") not in FIELDS:
                raise  # the starter template itself is wrong, whatever the values
            found.setdefault(field.removeprefix("business."), message)
        return found
    return {}


_VALID = Business(FALLBACK_NAME, FALLBACK_TIMEZONE, FALLBACK_LOCALE)


def value_problem(field: str, value: str) -> str | None:
    """What is wrong with one answer (``name``, ``timezone`` or ``locale``), as ``check`` says it; None when fine."""
    values = {f: getattr(_VALID, f) for f in FIELDS}
    values[field] = value
    return business_problems(Business(**values)).get(field)


# --- defaults from the machine ---------------------------------------------------------------


def _zone_from_path(path: str) -> str | None:
    """``Europe/Lisbon`` from ``/usr/share/zoneinfo/Europe/Lisbon`` (or ``.../zoneinfo/posix/Europe/Lisbon``)."""
    marker = "zoneinfo/"
    if marker not in path:
        return None
    name = path.rsplit(marker, 1)[1]
    for prefix in ("posix/", "right/"):
        name = name.removeprefix(prefix)
    return name


def _valid_zone(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return parse_timezone(name)
    except ValueProblem:
        return None


def default_timezone(
    environ: Mapping[str, str] | None = None,
    localtime: Path = Path("/etc/localtime"),
    timezone_file: Path = Path("/etc/timezone"),
) -> str:
    """This machine's IANA time zone: from ``TZ``, the ``/etc/localtime`` link, or ``/etc/timezone``; else UTC."""
    environ = os.environ if environ is None else environ
    tz = environ.get("TZ", "").strip().removeprefix(":")
    if tz:
        zone = _valid_zone(_zone_from_path(tz) if tz.startswith("/") else tz)
        if zone:
            return zone
    try:
        zone = _valid_zone(_zone_from_path(os.path.realpath(localtime))) if localtime.is_symlink() else None
    except OSError:
        zone = None
    if zone:
        return zone
    try:
        zone = _valid_zone(timezone_file.read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError):
        zone = None
    return zone or FALLBACK_TIMEZONE


def default_locale(environ: Mapping[str, str] | None = None) -> str:
    """The language tag of the environment (``LC_ALL``, ``LC_MESSAGES``, ``LANG``: ``fr_CA.UTF-8`` -> ``fr-CA``); else en."""
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "").strip()
        if not value:
            continue
        tag = value.split(".")[0].split("@")[0].replace("_", "-")
        if tag in ("C", "POSIX", ""):
            return FALLBACK_LOCALE
        try:
            return parse_locale(tag)
        except ValueProblem:
            return FALLBACK_LOCALE
    return FALLBACK_LOCALE


def default_name(directory: Path) -> str:
    """A business name from the project folder's name: ``corner-shoe-co`` -> ``Corner Shoe Co``."""
    words = directory.resolve().name.replace("-", " ").replace("_", " ").split()
    name = " ".join(w[:1].upper() + w[1:] for w in words)
    return name if name and value_problem("name", name) is None else FALLBACK_NAME


def stdin_is_terminal() -> bool:
    """Whether someone can answer questions: ``init`` never waits for input otherwise."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


# --- requirements.txt ------------------------------------------------------------------------

_CLIENT_ADVICE = (
    "# CI cannot install the tool from a folder on this computer. Either push the tool's\n"
    "# repository and name a commit or tag of it, for example\n"
    f"#   {DISTRIBUTION} @ git+https://github.com/OWNER/service-expectations@v{{version}}\n"
    "# or publish the tool to a package index and keep the version pin below.\n"
)


def requirement_text(direct_url: str | None, version: str) -> str:
    """``requirements.txt`` for a project, from the tool's PEP 610 ``direct_url.json`` (None: from an index).

    Installed from an index: the version, pinned. From a version-control URL:
    that URL at the installed commit. From an archive at a web address: that
    address. From a folder or a file on this computer (editable or not): the
    version pin, after a comment saying how to make it installable in CI.
    """
    head = "# The tool that builds this site; CI installs it from here (see the README).\n"
    pin = f"{DISTRIBUTION}=={version}\n"
    if direct_url is None:
        return head + pin
    try:
        info = json.loads(direct_url)
        url = str(info["url"])
    except (ValueError, KeyError, TypeError):
        return head + pin
    subdirectory = info.get("subdirectory")
    fragment = f"#subdirectory={subdirectory}" if subdirectory else ""
    vcs = info.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") and vcs.get("commit_id"):
        return head + f"{DISTRIBUTION} @ {vcs['vcs']}+{url}@{vcs['commit_id']}{fragment}\n"
    scheme = urlsplit(url).scheme
    if "archive_info" in info and scheme in ("http", "https"):
        return head + f"{DISTRIBUTION} @ {url}{fragment}\n"
    where = unquote(urlsplit(url).path) if scheme == "file" else url
    kind = "an editable install of the folder" if (info.get("dir_info") or {}).get("editable") else (
        "the folder" if "dir_info" in info else "the file"
    )
    return head + f"# This copy of the tool was installed from {kind} {where}.\n" + _CLIENT_ADVICE.format(version=version) + pin


def installed_requirement_text() -> str:
    """``requirements.txt`` naming where the running tool was installed from."""
    from generator import __version__

    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        # Run from a source tree that was never installed.
        source = Path(__file__).resolve().parents[2]
        return requirement_text(json.dumps({"url": source.as_uri(), "dir_info": {}}), __version__)
    return requirement_text(dist.read_text("direct_url.json"), dist.version)


# --- the project -----------------------------------------------------------------------------


def scaffold_files(business: Business | None = None, requirements: str | None = None) -> dict[str, bytes]:
    """The files of a new project, by relative path, as ``init`` writes them.

    With ``business``, a starter policy for it replaces the example hotel's.
    """
    files = {rel: item.read_bytes() for rel, item in _walk(resources.files("generator") / "scaffold")}
    for rel, data in files.items():
        if rel.startswith("policies/"):
            files[rel] = data.replace(SCHEMA_LINE.encode(), PROJECT_SCHEMA_LINE.encode())
    if business is not None:
        for rel in (EXAMPLE_POLICY, *EXAMPLE_TRANSLATIONS):
            del files[rel]
        files[business.policy_path] = starter_policy(business).encode("utf-8")
    files["policy.schema.json"] = schema_text().encode("utf-8")
    files["requirements.txt"] = (requirements if requirements is not None else installed_requirement_text()).encode("utf-8")
    return dict(sorted(files.items()))


def create_project(directory: Path, business: Business | None = None) -> list[Path]:
    """Write a new project; refuse to overwrite any existing file."""
    files = scaffold_files(business)
    clashes = [rel for rel in files if (directory / rel).exists()]
    if clashes:
        raise FileExistsError(f"{directory} already has {', '.join(sorted(clashes))}; nothing was written")
    written = []
    for rel, data in files.items():
        target = directory / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    return written
