"""Byte-reproducible builds: same inputs and SOURCE_DATE_EPOCH give the same bytes.

The public and the staff site are built twice, in two temporary projects, more
than a second apart: once in this process from the project folder, once by
`python -m generator build` in a subprocess started from another folder with
TZ=Pacific/Kiritimati (UTC+14) and LANG=C. Every file must match, compressed
ones included; a different SOURCE_DATE_EPOCH must change the data, so the
comparison is not vacuous.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main

from tests.conftest import BUILT_AT, CONFIGS, init, tree


def build_here(project: Path, monkeypatch: pytest.MonkeyPatch, epoch: str = BUILT_AT, audiences=("public", "staff")) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(project)
    for audience in audiences:
        config, _ = CONFIGS[audience]
        result = CliRunner().invoke(main, ["build", "--audience", audience, "-f", config],
                                    env={"SOURCE_DATE_EPOCH": epoch, "GITHUB_ACTIONS": ""})
        assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = init(tmp_path_factory.mktemp("first") / "project")
    with pytest.MonkeyPatch.context() as monkeypatch:
        build_here(project, monkeypatch)
    return project


@pytest.fixture(scope="module")
def second(first: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    time.sleep(1.1)  # file times and "now" would differ
    root = tmp_path_factory.mktemp("second")
    project = init(root / "elsewhere" / "project")
    elsewhere = root / "cwd"
    elsewhere.mkdir()
    env = {**os.environ, "SOURCE_DATE_EPOCH": BUILT_AT, "TZ": "Pacific/Kiritimati", "LANG": "C", "LC_ALL": "C",
           "GITHUB_ACTIONS": ""}
    for audience, (config, _) in CONFIGS.items():
        subprocess.run([sys.executable, "-m", "generator", "build", "--audience", audience, "-f", str(project / config)],
                       cwd=elsewhere, env=env, check=True, capture_output=True)
    return project


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_two_builds_are_byte_identical_across_folders_cwd_time_zone_and_locale(
    first: Path, second: Path, audience: str
) -> None:
    folder = CONFIGS[audience][1]
    one, two = tree(first / folder), tree(second / folder)
    assert sorted(one) == sorted(two)
    assert any(name.endswith(".gz") for name in one)
    different = [name for name in one if one[name] != two[name]]
    assert different == []
    assert len(one) > 20


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_compressed_files_are_deterministic_inside_too(first: Path, audience: str) -> None:
    """The gzip header holds a time and a name: the time comes from the build time (MkDocs keeps its date), the name is not a temporary one."""
    path = first / CONFIGS[audience][1] / "sitemap.xml.gz"
    raw = path.read_bytes()
    assert int.from_bytes(raw[4:8], "little") == int(BUILT_AT) // 86400 * 86400  # 2026-11-23T00:00:00Z
    assert b".site-build-" not in raw and b"site-staff-build" not in raw
    assert gzip.decompress(raw) == (path.parent / "sitemap.xml").read_bytes()


def test_no_file_mentions_the_project_folder(first: Path) -> None:
    for folder in ("site", "site-staff"):
        for name, data in tree(first / folder).items():
            assert str(first).encode() not in data, name
            assert b".site-build-" not in data, name


def test_a_different_build_time_changes_the_data(first: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = init(tmp_path / "project")
    build_here(project, monkeypatch, epoch=str(int(BUILT_AT) + 86400), audiences=("public",))
    before = json.loads((first / "site" / "expectations.json").read_text(encoding="utf-8"))
    after = json.loads((project / "site" / "expectations.json").read_text(encoding="utf-8"))
    assert before["generated_at"] == "2026-11-23T12:00:00Z"
    assert after["generated_at"] == "2026-11-24T12:00:00Z"
    assert tree(project / "site") != tree(first / "site")


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_every_language_version_is_compared(first: Path, second: Path, audience: str) -> None:
    """The example is published in English and French: the French site (fr-CA/) is part of the byte comparison."""
    one, two = tree(first / CONFIGS[audience][1]), tree(second / CONFIGS[audience][1])
    french = sorted(name for name in one if name.startswith("fr-CA/"))
    assert {"fr-CA/index.html", "fr-CA/sitemap.xml.gz", "fr-CA/search/search_index.json", "fr-CA/expectations.json"} <= set(french)
    assert [name for name in french if one[name] != two.get(name)] == []
    raw = one["fr-CA/sitemap.xml.gz"]
    assert int.from_bytes(raw[4:8], "little") == int(BUILT_AT) // 86400 * 86400
    assert b"-build-" not in raw
