"""The GitHub Actions workflow that `expectations init` writes: valid, free of security findings, and its steps work."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.adapters.cli import main
from tests.conftest import ROOT

WORKFLOW = ".github/workflows/expectations.yml"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is not installed in the test environment (make test installs it)")
    return str(path)


def test_repository_and_scaffold_have_the_same_workflow() -> None:
    assert (ROOT / WORKFLOW).read_bytes() == (ROOT / "generator" / "scaffold" / WORKFLOW).read_bytes()


def test_workflow_matches_github_schema() -> None:
    result = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(ROOT / WORKFLOW)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_zizmor_finds_nothing_even_pedantic() -> None:
    result = subprocess.run(
        [tool("zizmor"), "--offline", "--persona", "pedantic", str(ROOT / WORKFLOW)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report." in result.stdout


def test_actions_are_pinned_to_commits() -> None:
    uses = re.findall(r"uses: (\S+)", (ROOT / WORKFLOW).read_text())
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u) for u in uses), uses


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Owner", "GIT_AUTHOR_EMAIL": "o@example.com",
           "GIT_COMMITTER_NAME": "Owner", "GIT_COMMITTER_EMAIL": "o@example.com"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout.strip()


def condition_holds(condition: str | None, event: str) -> bool:
    if condition is None:
        return True
    match = re.fullmatch(r"github\.event_name (==|!=) '(\w+)'", condition.strip())
    assert match, f"the test cannot evaluate: {condition}"
    return (event == match.group(2)) == (match.group(1) == "==")


@pytest.mark.parametrize("event", ["pull_request", "push"])
def test_workflow_steps_pass_locally(tmp_path: Path, event: str) -> None:
    """Runs every `run:` step of the build job in a fresh `expectations init` repository.

    The install step is skipped (the tool is already installed here, and the
    project's requirements.txt names a release); `uses:` steps are GitHub's own.
    """
    project = tmp_path / "repo"
    assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-qm", "Publish our policy")
    base = git(project, "rev-parse", "HEAD")
    policy = project / "policies" / "harbor-view.yaml"
    policy.write_text(policy.read_text().replace("first_response: 1d", "first_response: 2d"))
    git(project, "commit", "-qam", "Email replies within two days")

    workflow = yaml.safe_load((project / WORKFLOW).read_text())
    summary = tmp_path / "summary.md"
    ran = []
    for step in workflow["jobs"]["build"]["steps"]:
        if "run" not in step or step["name"] == "Install" or not condition_holds(step.get("if"), event):
            continue
        env = {**os.environ, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary),
               "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
        for key, value in (step.get("env") or {}).items():
            env[key] = value.replace("${{ github.event.pull_request.base.sha }}", base)
        result = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=project, env=env, capture_output=True, text=True)
        assert result.returncode == 0, f"{step['name']}: {result.stdout}{result.stderr}"
        ran.append(step["name"])
    if event == "pull_request":
        assert ran == ["Check the policies", "Summarise changes for customers", "Build the public and staff sites"]
        assert summary.read_text() == (
            "# What changes for customers\n\n"
            "## Changes for customers: policies/harbor-view.yaml\n\n"
            "- **Slower replies:** Email: within 2 staffed days (was by the end of the next staffed day).\n\n"
        )
    else:
        assert ran == ["Check the policies", "Build the public and staff sites"]
        assert not summary.exists()
    assert (project / "site" / "index.html").is_file() and (project / "site-staff" / "playbook").is_dir()
    # Built with SOURCE_DATE_EPOCH from the last commit: the data says so.
    stamp = int(git(project, "log", "-1", "--format=%ct"))
    from datetime import datetime, timezone

    expected = datetime.fromtimestamp(stamp, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert f'"generated_at":"{expected}"' in (project / "site" / "expectations.json").read_text()
    shutil.rmtree(project / "site")


def test_check_step_annotates_pull_requests(tmp_path: Path) -> None:
    project = tmp_path / "repo"
    assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    policy = project / "policies" / "harbor-view.yaml"
    policy.write_text(policy.read_text().replace("first_response: 1d", "first_response: tomorrow"))
    result = subprocess.run(["bash", "-c", "expectations check --format github"], cwd=project, capture_output=True,
                            text=True, env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"})
    assert result.returncode == 1
    assert result.stdout == (
        "::error file=policies/harbor-view.yaml,line=85,col=21::channels[3].first_response: 'tomorrow' is not a "
        "duration; write a number and a unit: 15m, 1h or 2d\n"
    )
