"""Customer-facing change summaries: `expectations diff` and the policy updates page, with golden output."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from tests.conftest import EXAMPLE

GOLDEN = Path(__file__).parent / "golden" / "changes"
ORIGINAL = EXAMPLE.read_text(encoding="utf-8")

EDITS = {
    "slower-email": [("first_response: 1d", "first_response: 2d")],
    "faster-and-more-hours": [
        ("    first_response: 1h\n    good_for: [Booking questions, Amenities", "    first_response: 30m\n    good_for: [Booking questions, Amenities"),
        ("    sat: 09:00-17:00\n    sun: closed\n", "    sat: 09:00-17:00\n    sun: 10:00-14:00\n"),
    ],
    "channel-changes": [
        ("  - id: instagram\n    type: instagram\n    handle: \"@harborviewhalifax\"\n    url: https://www.instagram.com/harborviewhalifax\n    role: announcements\n    good_for: [Photos, Events and offers]\n",
         "  - id: whatsapp\n    type: whatsapp\n    handle: +1 902 555 0150\n    url: https://wa.me/19025550150\n    schedule: social-desk\n    first_response: 1h\n"),
        ("    schedule: chat-shifts\n    first_response: 15m\n", "    role: announcements\n"),
        ("      owner: Reservations\n      target: 5m\n", "      owner: Reservations\n"),
        ("    channels: [email, chat, phone]\n", "    channels: [email, phone]\n"),
        ("    channels: [chat, x, facebook]\n", "    channels: [x, facebook]\n"),
        ("    - question: Do you have parking?\n", "    - question: Is there parking?\n"),
    ],
    "closures": [
        ("    - date: 2026-12-31\n", "    - date: 2026-12-26\n      name: Boxing Day\n    - date: 2026-12-31\n"),
        ("      hours: 08:00-14:00\n", "      hours: 08:00-12:00\n"),
    ],
    "nothing-for-customers": [("      owner: Social team\n", "      owner: Social media team\n")],
}


def edited(name: str) -> str:
    text = ORIGINAL
    for old, new in EDITS[name]:
        assert old in text, (name, old)
        text = text.replace(old, new, 1)
    return text


@pytest.mark.parametrize("name", list(EDITS), ids=list(EDITS))
def test_diff_golden(tmp_path: Path, name: str) -> None:
    """Set UPDATE_GOLDEN=1 to rewrite the files after an intended change, then review the diff."""
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(ORIGINAL, encoding="utf-8")
    new.write_text(edited(name), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(old), str(new)])
    assert result.exit_code == 0, result.output
    output = result.stdout.replace(str(new), "new.yaml")
    golden = GOLDEN / f"{name}.md"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "code"),
    [("slower-email", 1), ("faster-and-more-hours", 0), ("channel-changes", 1), ("closures", 1), ("nothing-for-customers", 0)],
    ids=["slower-promise", "faster", "channel-no-longer-answered", "closure-added", "staff-only-edit"],
)
def test_fail_on_slower(tmp_path: Path, name: str, code: int) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(ORIGINAL, encoding="utf-8")
    new.write_text(edited(name), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", "--fail-on", "slower", str(old), str(new)])
    assert result.exit_code == code, result.output


def test_diff_never_mentions_staff_data(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(ORIGINAL, encoding="utf-8")
    new.write_text(edited("nothing-for-customers"), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(old), str(new)])
    assert "Social" not in result.stdout
    assert result.stdout.endswith("No customer-facing changes.\n")


def test_diff_usage_and_policy_errors(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["diff", str(EXAMPLE)]).exit_code == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text(ORIGINAL.replace("first_response: 1d", "first_response: soon"), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(EXAMPLE), str(bad)])
    assert result.exit_code == 1
    assert result.stdout == (
        f"{bad}:85:21: error: channels[3].first_response: 'soon' is not a duration; write a number and a unit: 15m, 1h or 2d\n"
    )


def git(cwd: Path, *args: str, when: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Owner", "GIT_AUTHOR_EMAIL": "owner@example.com",
           "GIT_COMMITTER_NAME": "Owner", "GIT_COMMITTER_EMAIL": "owner@example.com"}
    if when:
        env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A site project in git: published, then three commits that change the policy, one that changes only staff data."""
    project = tmp_path / "site"
    assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    policy = project / "policies" / "harbor-view.yaml"
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-qm", "Publish", when="2026-09-01T10:00:00-03:00")
    for index, name in enumerate(["closures", "nothing-for-customers", "slower-email"]):
        text = policy.read_text(encoding="utf-8")
        for old, new in EDITS[name]:
            text = text.replace(old, new, 1)
        policy.write_text(text, encoding="utf-8")
        git(project, "commit", "-qam", name, when=f"2026-10-0{index + 1}T23:30:00-03:00")
    return project


def test_updates_page_golden(repo: Path) -> None:
    result = CliRunner().invoke(main, ["export", str(repo / "out"), "-f", str(repo / "mkdocs.yml")],
                                env={"SOURCE_DATE_EPOCH": "1795435200"})
    assert result.exit_code == 0, result.output
    page = (repo / "out" / "updates.md").read_text(encoding="utf-8")
    golden = GOLDEN / "updates.md"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(page, encoding="utf-8")
    assert page == golden.read_text(encoding="utf-8")
    # Dates are the commits' own, in the business's zone: 23:30 in UTC-3 is 22:30 in Halifax (UTC-3 in October).
    assert "Saturday, October 3, 2026" in page and "Thursday, October 1, 2026" in page
    assert "October 2, 2026" not in page  # that commit changed staff data only


def test_updates_page_in_the_built_site(repo: Path) -> None:
    result = CliRunner().invoke(main, ["build", "-f", str(repo / "mkdocs.yml")], env={"SOURCE_DATE_EPOCH": "1795435200"})
    assert result.exit_code == 0, result.output
    html = (repo / "site" / "updates" / "index.html").read_text(encoding="utf-8")
    assert "Slower replies" in html and "We published this policy." in html


def test_no_updates_page_outside_git(tmp_path: Path) -> None:
    project = tmp_path / "plain"
    assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert not (project / "site" / "updates").exists()
    assert "updates/" not in (project / "site" / "index.html").read_text(encoding="utf-8")


def test_diff_against_git_revision(repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(main, ["diff", "--git", "HEAD~1", "--fail-on", "slower"])
    assert result.exit_code == 1
    assert result.stdout == (
        "## Changes for customers: policies/harbor-view.yaml\n\n"
        "- **Slower replies:** Email: within 2 staffed days (was by the end of the next staffed day).\n\n"
    )
    unknown = CliRunner().invoke(main, ["diff", "--git", "no-such-rev"])
    assert unknown.exit_code == 2
    assert "unknown revision 'no-such-rev'" in unknown.stderr
