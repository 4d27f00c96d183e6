"""Validate stage: a loaded source to a typed ``Policy``, or every located problem."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from generator.load.source import Source, load_file
from generator.model.crosscheck import Finding, cross_check
from generator.model.locate import field_path, problems_from
from generator.model.policy import Policy
from generator.model.salvage import salvage
from generator.problems import PolicyError, Problem


def validate(source: Source) -> Policy:
    """The typed policy for ``source``; raises PolicyError listing every problem.

    When some fields are invalid, the checks across fields still run on every
    part that could be read, so one run reports every problem in file order.
    """
    try:
        policy = Policy.model_validate(source.data)
    except ValidationError as exc:
        problems = problems_from(exc, source, Policy)
        findings = cross_check(salvage(Policy, source.data))
        raise PolicyError(problems + _located(source, findings)) from None
    findings = cross_check(policy)
    if findings:
        raise PolicyError(_located(source, findings))
    return policy


def _located(source: Source, findings: list[Finding]) -> list[Problem]:
    return [source.problem(loc, f"{field_path(loc)}: {message}") for loc, message in findings]


def load_policy(path: Path, display: str | None = None) -> Policy:
    """Load and validate one policy file."""
    return validate(load_file(path, display))
