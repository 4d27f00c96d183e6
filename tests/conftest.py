"""Shared fixtures: the example policy, and helpers to load policy text."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load import load_text
from generator.model.policy import Policy
from generator.model.validate import validate
from generator.problems import PolicyError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "policies" / "harbor-view.yaml"

MINIMAL = """\
policy: 1
business:
  name: Test Shop
  timezone: Europe/Lisbon
schedules:
  desk:
    mon-fri: 09:00-17:00
channels:
  - id: email
    type: email
    schedule: desk
    first_response: 1d
"""


def policy_from(text: str) -> Policy:
    return validate(load_text(text.encode("utf-8"), "p.yaml"))


def problems_of(text: str | bytes) -> list[str]:
    """The formatted problem lines for a policy text; fails the test if it is valid."""
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    try:
        validate(load_text(raw, "p.yaml"))
    except PolicyError as exc:
        return [p.format() for p in exc.problems]
    pytest.fail("the policy was accepted")


@pytest.fixture
def example_policy() -> Policy:
    return policy_from(EXAMPLE.read_text(encoding="utf-8"))


BUILT_AT = "1795435200"  # 2026-11-23T12:00:00Z, for SOURCE_DATE_EPOCH
CONFIGS = {"public": ("mkdocs.yml", "site"), "staff": ("mkdocs-staff.yml", "site-staff")}


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def init(folder: Path) -> Path:
    """A new site project made by ``expectations init``."""
    from click.testing import CliRunner

    from generator.adapters.cli import main

    result = CliRunner().invoke(main, ["init", "--example", str(folder)])
    assert result.exit_code == 0, result.output
    return folder
