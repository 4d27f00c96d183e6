"""The whole pipeline as plain functions: policy files in, pages as data out.

Adapters (the CLI, the MkDocs plugin) call these; nothing here touches the
site folder, the clock or MkDocs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from generator.derive.public import public_view
from generator.derive.staff import staff_view
from generator.derive.times import site_times
from generator.model.policy import Policy
from generator.model.validate import load_policy
from generator.problems import PolicyError, Problem
from generator.render.data import expectations_json
from generator.render.incident_log import INCIDENT_LOG, incident_log_csv
from generator.render.pages import RenderedPage, render_public, render_staff

POLICY_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class LoadedPolicy:
    file: str
    policy: Policy


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
        return str(path) if relative.startswith("..") else relative
    except ValueError:  # another drive on Windows
        return str(path)


def policy_files(paths: list[Path]) -> list[Path]:
    """The policy files named by ``paths``: files as given, folders searched for *.yaml and *.yml."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in POLICY_SUFFIXES and p.is_file()))
        else:
            found.append(path)
    return found


def load_policies(paths: list[Path]) -> list[LoadedPolicy]:
    """Load and validate every policy; raise one PolicyError with the problems of all files."""
    problems: list[Problem] = []
    loaded: list[LoadedPolicy] = []
    for path in policy_files(paths):
        name = display_path(path)
        try:
            loaded.append(LoadedPolicy(name, load_policy(path, name)))
        except PolicyError as exc:
            problems.extend(exc.problems)
    if problems:
        raise PolicyError(problems)
    return loaded


def site_policy(policies_dir: Path) -> LoadedPolicy:
    """The one policy a site is built from."""
    files = policy_files([policies_dir]) if policies_dir.is_dir() else []
    name = display_path(policies_dir)
    if not files:
        raise PolicyError([Problem(name, 1, 1, "no policy found: add a .yaml file (see 'expectations init')")])
    if len(files) > 1:
        names = ", ".join(p.name for p in files)
        raise PolicyError(
            [Problem(name, 1, 1, f"found {len(files)} policies ({names}); a site is built from exactly one policy")]
        )
    return load_policies(files)[0]


@dataclass(frozen=True)
class SiteContent:
    """What a build adds to a site: generated pages, and data files by path from the site root."""

    pages: list[RenderedPage]
    files: dict[str, str]


AUDIENCES = ("public", "staff")


def build_content(loaded: LoadedPolicy, now: datetime, audience: str = "public") -> SiteContent:
    """The generated pages and data files of a site, as of ``now``.

    The public pages are the same for both audiences; the staff site adds the
    playbook and the incident log template.
    """
    public = public_view(loaded.policy)
    times = site_times(loaded.policy, now)
    pages = render_public(public, times)
    files = {"expectations.json": expectations_json(public, times)}
    if audience == "staff":
        pages += render_staff(staff_view(loaded.policy, public, times), times)
        files[INCIDENT_LOG] = incident_log_csv()
    return SiteContent(pages, files)
