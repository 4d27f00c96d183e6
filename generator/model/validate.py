"""Validate stage: a loaded source to a typed policy, or every located problem."""

from __future__ import annotations

from pathlib import Path

from generator.collector import without_cycle_collection
from generator.load.source import Source, load_file
from generator.model import records
from generator.model.crosscheck import Finding, cross_check
from generator.model.records import Policy
from generator.problems import PolicyError, Problem


def validate(source: Source) -> Policy:
    """The typed policy for ``source``; raises PolicyError listing every problem.

    A valid policy is read into plain records (``generator.model.records``).
    Otherwise the pydantic models report every field's problem, and the checks
    across fields still run on every part that could be read, so one run
    reports every problem in file order.
    """
    policy = records.read(source.data)
    if policy is None:
        policy = _validate_models(source)
    findings = cross_check(policy)
    if findings:
        raise PolicyError(_located(source, findings))
    return policy


def _validate_models(source: Source) -> Policy:
    from pydantic import ValidationError

    from generator.model.locate import problems_from
    from generator.model.policy import Policy as Model
    from generator.model.salvage import salvage

    try:
        return Model.model_validate(source.data)  # type: ignore[return-value]
    except ValidationError as exc:
        problems = problems_from(exc, source, Model)
        findings = cross_check(salvage(Model, source.data))
        raise PolicyError(problems + _located(source, findings)) from None


def _located(source: Source, findings: list[Finding]) -> list[Problem]:
    from generator.model.locate import field_path

    return [source.problem(loc, f"{field_path(loc)}: {message}") for loc, message in findings]


@without_cycle_collection
def load_policy(path: Path, display: str | None = None) -> Policy:
    """Load and validate one policy file (with the cycle collector paused: ``generator.collector``)."""
    return validate(load_file(path, display))
