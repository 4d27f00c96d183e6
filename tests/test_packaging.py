"""What a non-editable install contains, and that the packaged example matches the repository's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from generator import __version__
from generator.adapters.scaffold import requirement_text, scaffold_files
from tests.conftest import BUILT_AT, ROOT


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
    assert "expectations = generator.adapters.cli:run" in text
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
    # Installed from a wheel file: requirements.txt says so, and how to make CI able to install the tool.
    requirements = (tmp_path / "demo" / "requirements.txt").read_text(encoding="utf-8")
    assert requirements == requirement_text(json.dumps({"url": wheel.as_uri(), "archive_info": {}}), __version__)
    assert f"# This copy of the tool was installed from the file {wheel}.\n" in requirements
    assert requirements.endswith(f"\nservice-expectations=={__version__}\n")


# --- ready to publish: sdist and wheel, metadata, an install into a clean environment -----------

SKIPPED = shutil.ignore_patterns(
    ".git", ".venv", "site", "site-staff", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"
)


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> Path:
    """``python -m build`` (offline, without isolation) of a copy of the source tree: sdist and wheel."""
    source = tmp_path_factory.mktemp("source") / "service-expectations"
    shutil.copytree(ROOT, source, ignore=SKIPPED)
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", str(out), str(source)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_build_gives_an_sdist_and_a_wheel_that_twine_accepts(dists: Path) -> None:
    names = sorted(p.name for p in dists.iterdir())
    assert names == [f"service_expectations-{__version__}-py3-none-any.whl", f"service_expectations-{__version__}.tar.gz"]
    result = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, sorted(dists.iterdir()))],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == 2


def test_the_wheel_carries_full_metadata_and_the_license(dists: Path) -> None:
    wheel = zipfile.ZipFile(next(dists.glob("*.whl")))
    metadata = wheel.read(f"service_expectations-{__version__}.dist-info/METADATA").decode("utf-8")
    headers = [line.split(": ", 1) for line in metadata.split("\n\n", 1)[0].splitlines() if ": " in line]
    keys = {k for k, _ in headers}
    assert {"Summary", "Author-email", "License-Expression", "License-File", "Keywords", "Requires-Python",
            "Description-Content-Type", "Project-URL", "Classifier", "Requires-Dist"} <= keys
    assert ("License-Expression", "MIT") in [tuple(h) for h in headers]
    assert ("Description-Content-Type", "text/markdown") in [tuple(h) for h in headers]
    assert f"service_expectations-{__version__}.dist-info/licenses/LICENSE" in wheel.namelist()
    sdist = tarfile.open(next(dists.glob("*.tar.gz")))
    assert f"service_expectations-{__version__}/LICENSE" in sdist.getnames()


def _dependencies_folder(folder: Path) -> Path:
    """This environment's installed packages except the tool itself, for a clean environment to import.

    Keeps the test offline: the clean environment installs only the built wheel
    (no index), and finds the tool's dependencies through PYTHONPATH; the
    tool's own (editable) installation here is left out, so nothing of the
    source tree can stand in for what the wheel lacks.
    """
    site = Path(sysconfig.get_paths()["purelib"])
    folder.mkdir()
    for entry in site.iterdir():
        name = entry.name.lower()
        if name.startswith(("service_expectations", "__editable__", "generator", "_virtualenv", "distutils-precedence")):
            continue
        (folder / entry.name).symlink_to(entry)
    return folder


def test_wheel_in_a_clean_environment_inits_and_builds_a_business_site(dists: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-index", "--no-deps", "--find-links", str(dists),
         "service-expectations"],
        capture_output=True, text=True,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    env = {**os.environ, "PYTHONPATH": str(_dependencies_folder(tmp_path / "deps")), "SOURCE_DATE_EPOCH": BUILT_AT,
           "GITHUB_ACTIONS": ""}
    env.pop("VIRTUAL_ENV", None)
    where = subprocess.run([str(python), "-c", "import generator; print(generator.__file__)"], env=env, cwd=tmp_path,
                           capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(venv))
    expectations = str(venv / "bin" / "expectations")
    init = subprocess.run(
        [expectations, "init", "shop", "--name", "Corner Shoe Co.", "--timezone", "America/Los_Angeles", "--locale", "en-US"],
        cwd=tmp_path, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
    )
    assert init.returncode == 0, init.stderr
    project = tmp_path / "shop"
    for command in (["check"], ["build"], ["build", "--audience", "staff"]):
        done = subprocess.run([expectations, *command], cwd=project, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    index = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>How to reach us - Corner Shoe Co.</title>" in index
    assert "Harbor View" not in index
    # Installed as from a package index (no direct URL): requirements.txt pins the version.
    assert (project / "requirements.txt").read_text(encoding="utf-8") == (
        "# The tool that builds this site; CI installs it from here (see the README).\n"
        f"service-expectations=={__version__}\n"
    )
