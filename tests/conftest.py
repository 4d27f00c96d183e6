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
