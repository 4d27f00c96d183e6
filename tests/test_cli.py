"""The command line through click's runner: exit codes, output, and the files it writes."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.model.schema import committed_schema_text
from tests.conftest import EXAMPLE, MINIMAL, ROOT


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env={"GITHUB_ACTIONS": "", **(env or {})})


def test_check_defaults_to_policies_folder(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run("check")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == "1 policy OK\n"


def test_check_reports_every_file(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(MINIMAL.replace("1d", "soon"))
    (tmp_path / "b.yml").write_text(MINIMAL.replace("Europe/Lisbon", "Nowhere"))
    (tmp_path / "c.yaml").write_text(MINIMAL)
    (tmp_path / "notes.txt").write_text("not a policy")
    result = run("check", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{tmp_path}/a.yaml:12:21: error: channels[0].first_response: 'soon' is not a duration; "
        "write a number and a unit: 15m, 1h or 2d",
        f"{tmp_path}/b.yml:4:13: error: business.timezone: unknown time zone 'Nowhere'; "
        "use an IANA name such as America/Halifax",
    ]
    assert result.stderr == "2 problems in 2 files\n"


def test_check_github_annotations(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(MINIMAL.replace("1d", "soon"))
    result = run("check", str(tmp_path / "a.yaml"), env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 1
    assert result.stdout == (
        f"::error file={tmp_path}/a.yaml,line=12,col=21::channels[0].first_response: 'soon' is not a duration; "
        "write a number and a unit: 15m, 1h or 2d\n"
    )


def test_check_usage_errors_exit_2(tmp_path: Path) -> None:
    missing = run("check", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 2
    assert f"{tmp_path}/nope.yaml: no such file or folder" in missing.stderr
    empty = run("check", str(tmp_path))
    assert empty.exit_code == 2
    assert "no policy files (*.yaml, *.yml)" in empty.stderr
    assert run("check", "--format", "xml", str(EXAMPLE)).exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_schema_prints_the_committed_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    assert result.stdout == committed_schema_text()
    assert json.loads(result.stdout)["title"] == "Service expectations policy, version 1"


def test_export_writes_a_plain_docs_tree(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    result = run("export", str(out), "-f", str(ROOT / "mkdocs.yml"))
    assert result.exit_code == 0, result.output
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    # The repository's policy has git history, so the export has the policy updates page too; its logs
    # (the plugin's logs option) give the phone channel, which opts in, its track record badge.
    assert names == ["about.md", "accounts.md", "assets/embed.js", "assets/expectations.css", "assets/expectations.js",
                     "assets/locations.js", "badges/chat.svg", "badges/email.svg", "badges/facebook.svg",
                     "badges/phone-on-time.svg", "badges/phone.svg", "badges/x.svg", "closures.ics", "expectations.json",
                     "expectations.schema.json", "faq.md", "help.md", "hours.md", "index.md", "updates.md",
                     "updates.xml"]
    index = (out / "index.md").read_text(encoding="utf-8")
    head, _, body = index.partition("---\n\n")
    assert yaml.safe_load(head.strip("-\n")) == {
        "title": "How to reach us",
        "description": "How to reach Harbor View Hotel: which channels are answered, when they are staffed "
        "and how fast we reply.",
    }
    assert body.startswith("# How to reach us\n")
    again = run("export", str(out), "-f", str(ROOT / "mkdocs.yml"))
    assert again.exit_code == 1
    assert f"error: {out} is not empty; choose a new or empty folder" in again.stderr


def test_init_creates_a_project_and_refuses_to_overwrite(tmp_path: Path) -> None:
    result = run("init", "--example", str(tmp_path / "demo"))
    assert result.exit_code == 0, result.output
    files = sorted(str(p.relative_to(tmp_path / "demo")) for p in (tmp_path / "demo").rglob("*") if p.is_file())
    assert files == [".github/workflows/expectations.yml", ".gitignore", "README.md", "mkdocs-staff.yml", "mkdocs.yml",
                     "policies/harbor-view.fr-CA.po", "policies/harbor-view.yaml", "policy.schema.json", "requirements.txt",
                     "site_src/about.md"]
    policy = (tmp_path / "demo" / "policies" / "harbor-view.yaml").read_text(encoding="utf-8")
    assert policy.splitlines()[0] == "# yaml-language-server: $schema=../policy.schema.json"
    assert run("check", str(tmp_path / "demo" / "policies")).exit_code == 0
    again = run("init", "--example", str(tmp_path / "demo"))
    assert again.exit_code == 1
    assert "already has .github/workflows/expectations.yml, .gitignore, README.md, mkdocs-staff.yml" in again.stderr


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("expectations, version ")


def test_check_warns_once_when_the_locale_has_no_wording_catalogue(tmp_path) -> None:
    policy = tmp_path / "butik.yaml"
    policy.write_text(
        "policy: 1\nbusiness:\n  name: Butik\n  timezone: Europe/Stockholm\n  locale: sv-SE\n"
        "schedules:\n  d: {mon-fri: 09:00-17:00}\n"
        "channels:\n  - id: email\n    type: email\n    schedule: d\n    first_response: 1d\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", str(policy)], env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 0
    assert result.stdout == (
        f"{policy}:5:11: warning: no wording catalogue for 'sv-SE'; generated sentences will be in English "
        "(dates and times use sv-SE formats)\n"
    )
    assert result.stderr == "1 policy OK\n"
