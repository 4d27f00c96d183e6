"""The JSON Schema of the policy format, generated from the model."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from generator.model.policy import Policy

SCHEMA_RESOURCE = "schema/policy.schema.json"


def policy_schema() -> dict[str, Any]:
    schema = Policy.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Service expectations policy, version 1",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def schema_text() -> str:
    """The schema as committed: two-space indented JSON with a final newline."""
    return json.dumps(policy_schema(), indent=2, ensure_ascii=False) + "\n"


def committed_schema_text() -> str:
    return resources.files("generator").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
