"""What a non-editable install contains, and that the packaged example matches the repository's."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from generator.adapters.scaffold import scaffold_files
from tests.conftest import ROOT


@pytest.mark.parametrize("name", ["mkdocs.yml", "mkdocs-staff.yml", "site_src/about.md", "policies/harbor-view.yaml"])
def test_scaffold_matches_the_repository_example(name: str) -> None:
    packaged = (ROOT / "generator" / "scaffold" / name).read_bytes()
    assert packaged == (ROOT / name).read_bytes(), f"copy {name} to generator/scaffold/{name}"


def test_scaffold_points_at_its_own_schema() -> None:
    files = scaffold_files()
    assert files["policies/harbor-view.yaml"].startswith(b"# yaml-language-server: $schema=../policy.schema.json\n")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("*.whl")
    return path


def test_wheel_ships_templates_schema_assets_and_scaffold(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in [
        "generator/render/templates/public/index.md.j2",
        "generator/schema/policy.schema.json",
        "generator/assets/expectations.css",
        "generator/scaffold/.gitignore",
        "generator/scaffold/.github/workflows/expectations.yml",
        "generator/render/templates/scaffold/policy.yaml.j2",
        "generator/scaffold/policies/harbor-view.yaml",
        "generator/py.typed",
    ]:
        assert name in names, name
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "expectations = generator.adapters.cli:main" in text
    assert "expectations = generator.adapters.mkdocs.plugin:ExpectationsPlugin" in text


def test_installed_wheel_inits_and_builds_a_site(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "lib"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = "import generator, sys; print(generator.__file__)"
    where = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(target))
    cli = [sys.executable, "-m", "generator"]
    subprocess.run(cli + ["init", "--example", "demo"], env=env, cwd=tmp_path, check=True, capture_output=True)
    built = subprocess.run(cli + ["build"], env=env, cwd=tmp_path / "demo", capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert "Harbor View Hotel" in (tmp_path / "demo" / "site" / "index.html").read_text(encoding="utf-8")
