"""The JSON Schema: generated from the model, committed, and accepting what editors see."""

from __future__ import annotations

import re

import jsonschema
import yaml

from generator.model.schema import committed_schema_text, policy_schema, schema_text
from tests.conftest import EXAMPLE, MINIMAL


def test_committed_schema_matches_the_model() -> None:
    """Regenerate with: expectations schema > generator/schema/policy.schema.json"""
    assert committed_schema_text() == schema_text()


def test_example_points_editors_at_the_schema() -> None:
    first = EXAMPLE.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../generator/schema/policy.schema.json"


class Yaml12Loader(yaml.SafeLoader):
    """Reads scalars as YAML 1.2's core schema does, like yaml-language-server in editors."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("tag:yaml.org,2002:float", r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", list("-+.0123456789")),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern), first)


def editor_view(text: str) -> object:
    return yaml.load(text, Loader=Yaml12Loader)  # noqa: S506 - safe loader subclass


def test_example_is_valid_as_an_editor_reads_it() -> None:
    # Editors read YAML 1.2 types: policy: 1 is an integer, urgent: true a boolean, dates stay strings.
    data = editor_view(EXAMPLE.read_text(encoding="utf-8"))
    assert data["closures"]["dates"][0]["date"] == "2026-12-25"
    jsonschema.validate(data, policy_schema())


def test_schema_rejects_unknown_keys() -> None:
    data = editor_view(MINIMAL)
    data["channels"][0]["scheduel"] = "desk"
    errors = list(jsonschema.Draft202012Validator(policy_schema()).iter_errors(data))
    assert any("scheduel" in e.message for e in errors)


def test_schema_has_descriptions_from_the_model() -> None:
    channel = policy_schema()["$defs"]["Channel"]["properties"]
    assert channel["first_response"]["description"].startswith("Public promise for the first reply")
