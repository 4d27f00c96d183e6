"""The JSON Schema of the policy format, generated from the model."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from generator.model.docs import field_docs
from generator.model.policy import Policy
from generator.model.reference import _models

SCHEMA_RESOURCE = "schema/policy.schema.json"


def _describe(schema: dict[str, Any]) -> None:
    """Put each model's attribute docstrings into its properties, as pydantic would with use_attribute_docstrings."""
    models = {m.__name__: m for m in _models(Policy)}
    targets = [(Policy.__name__, schema)] + list(schema.get("$defs", {}).items())
    for name, definition in targets:
        docs = field_docs(models[name]) if name in models else {}
        for field, prop in definition.get("properties", {}).items():
            if field in docs:
                ordered = {k: v for k, v in prop.items() if k < "description"}
                ordered["description"] = docs[field]
                ordered.update({k: v for k, v in prop.items() if k > "description"})
                definition["properties"][field] = ordered


def policy_schema() -> dict[str, Any]:
    schema = Policy.model_json_schema(mode="validation")
    _describe(schema)
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
