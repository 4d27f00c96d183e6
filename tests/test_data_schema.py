"""expectations.json has a published JSON Schema (Draft 2020-12) and every built data file follows it.

The schema is written by hand (generator/schema/expectations.schema.json); it
forbids unknown keys, so a field added to the data without the schema fails
here. Checked: the example, the two-location fixture, a Lisbon shop, and the
files of a real build (the schema published beside the data, the $schema link).
"""

from __future__ import annotations

import copy
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.pipeline import LoadedPolicy, build_site, site_policies
from tests.conftest import EXAMPLE, ROOT, policy_from
from tests.test_calendar import LISBON

SCHEMA = ROOT / "generator" / "schema" / "expectations.schema.json"
NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def data_files() -> dict[str, dict]:
    out = {}
    out["example"] = build_site([LoadedPolicy("policies/harbor-view.yaml", policy_from(EXAMPLE.read_text(encoding="utf-8")))], NOW).files
    out["two-locations"] = build_site(site_policies(ROOT / "tests" / "fixtures" / "two-locations" / "policies"), NOW).files
    out["lisbon"] = build_site([LoadedPolicy("policies/rio-mar.yaml", policy_from(LISBON))], NOW).files
    data = {name: json.loads(files["expectations.json"]) for name, files in out.items()}
    for slug in ("halifax", "lunenburg"):  # each location's own file
        data[f"two-locations/{slug}"] = json.loads(out["two-locations"][f"{slug}/expectations.json"])
    return data


DATA = data_files()


@pytest.mark.parametrize("name", sorted(DATA))
def test_every_data_file_follows_the_schema(validator, name: str) -> None:
    data = DATA[name]
    errors = sorted(str(e.message) for e in validator.iter_errors(data))
    assert errors == []
    # The link is relative to the data file: a location's file is one folder down.
    assert data["$schema"] == ("../" if "/" in name else "") + "expectations.schema.json"
    assert ("locations" in data) == (name == "two-locations")


def test_the_schema_catches_drift(validator) -> None:
    data = copy.deepcopy(DATA["example"])
    data["channels"][0]["colour"] = "blue"
    del data["valid_until"]
    data["channels"][1]["staffed"][0][0] = "2026-11-23 12:00"
    def messages(error: jsonschema.ValidationError) -> list[str]:
        return [error.message] + [m for sub in error.context or () for m in messages(sub)]

    found = [m for e in validator.iter_errors(data) for m in messages(e)]
    assert "'valid_until' is a required property" in found
    assert "Additional properties are not allowed ('colour' was unexpected)" in found
    assert any(m.startswith("'2026-11-23 12:00' does not match") for m in found)
    several = copy.deepcopy(DATA["two-locations"])
    several["locations"][0]["data"] = None
    assert not validator.is_valid(several)
    location = copy.deepcopy(DATA["two-locations/halifax"])
    location["channels"][0]["first_response_minutes"] = "60"
    assert not validator.is_valid(location)


def test_the_built_site_publishes_the_schema_beside_the_data(tmp_path: Path, validator) -> None:
    project = tmp_path / "two"
    shutil.copytree(ROOT / "tests" / "fixtures" / "two-locations", project)
    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml")],
                                env={"SOURCE_DATE_EPOCH": "1795435200", "GITHUB_ACTIONS": ""})
    assert result.exit_code == 0, result.output
    site = project / "site"
    assert (site / "expectations.schema.json").read_bytes() == SCHEMA.read_bytes()
    data = json.loads((site / "expectations.json").read_text(encoding="utf-8"))
    validator.validate(data)
    # The $schema link resolves, relative to the data file, to the published schema.
    assert (site / data["$schema"]).is_file()
    for entry in data["locations"]:
        own = json.loads((site / entry["data"]).read_text(encoding="utf-8"))
        validator.validate(own)
        assert (site / entry["path"] / own["$schema"]).resolve() == (site / "expectations.schema.json").resolve()
