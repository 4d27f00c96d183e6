"""Validate stage: a loaded source to a typed ``Policy``, or every located problem."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from generator.load.source import Source, load_file
from generator.model.crosscheck import cross_check
from generator.model.locate import field_path, problems_from
from generator.model.policy import Policy
from generator.problems import PolicyError


def validate(source: Source) -> Policy:
    """The typed policy for ``source``; raises PolicyError listing every problem."""
    try:
        policy = Policy.model_validate(source.data)
    except ValidationError as exc:
        raise PolicyError(problems_from(exc, source, Policy)) from None
    findings = cross_check(policy)
    if findings:
        raise PolicyError([source.problem(loc, f"{field_path(loc)}: {message}") for loc, message in findings])
    return policy


def load_policy(path: Path, display: str | None = None) -> Policy:
    """Load and validate one policy file."""
    return validate(load_file(path, display))
