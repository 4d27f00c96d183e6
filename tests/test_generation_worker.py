"""The generator's part of a build in a forked child: the same site, the same errors, and a fallback that always works."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters import handover
from generator.adapters.cli import main
from generator.adapters.generation_worker import generated_ahead
from generator.forking import fork_wanted, in_child
from tests.conftest import ROOT

BUILT_AT = "1795348800"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example (two languages, a conversation log), outside any git repository."""
    folder = tmp_path / "project"
    folder.mkdir()
    for name in ("mkdocs.yml", "mkdocs-staff.yml"):
        shutil.copy2(ROOT / name, folder / name)
    for name in ("site_src", "policies", "logs"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, folder / name)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.setenv("EXPECTATIONS_CACHE", "off")
    monkeypatch.chdir(folder)
    return folder


def build(workers: str, *args: str) -> tuple[int, str]:
    env = {"EXPECTATIONS_WORKERS": workers, "SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""}
    result = CliRunner().invoke(main, ["build", *args], env=env)
    return result.exit_code, result.output


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("audience", ["public", "staff"])
def test_a_build_with_the_child_is_byte_for_byte_the_build_in_one_process(project: Path, audience: str) -> None:
    folder = "site" if audience == "public" else "site-staff"
    assert build("1", "--audience", audience) == (0, f"Built the site in {folder}\n")
    alone = tree(project / folder)
    assert build("2", "--audience", audience) == (0, f"Built the site in {folder}\n")
    assert tree(project / folder) == alone
    assert any(name.startswith("fr-CA/") for name in alone)  # every language came through the child


def test_a_bad_policy_is_reported_the_same_from_the_child(project: Path) -> None:
    policy = project / "policies" / "harbor-view.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("policy: 1", "policy: 2", 1), encoding="utf-8")
    alone = build("1")
    assert alone[0] == 1 and "harbor-view.yaml:" in alone[1] and "error: policy: '2' is not one of: 1" in alone[1]
    assert build("2") == alone
    assert not (project / "site").exists()


def test_fork_is_not_used_with_one_worker_beside_other_threads_or_in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    assert fork_wanted()
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "1")
    assert not fork_wanted()
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not fork_wanted()
    finally:
        stop.set()
        thread.join()
    with in_child(fork_wanted) as pending:
        assert pending.result() is False and pending.from_child  # a child does not fork again


def _compute(key: str, value: object) -> object:
    return handover.handed(("test", key), lambda: value)


def test_values_computed_in_the_child_are_handed_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    parent = os.getpid()
    try:
        with generated_ahead(lambda: _compute("a", {"made in": "child" if os.getpid() != parent else "parent"})) as ahead:
            ahead.hand_back()
            assert ahead.ready()
        assert _compute("a", "not computed again") == {"made in": "child"}
    finally:
        handover.forget()
    assert _compute("a", "computed") == "computed"  # forgotten after the build


def test_an_error_is_raised_here_by_the_work_done_again_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    parent = os.getpid()
    places: list[str] = []

    def work() -> None:
        places.append("here" if os.getpid() == parent else "child")  # the child's list is its own
        raise ValueError("the policy folder is empty")

    with pytest.raises(ValueError, match="^the policy folder is empty$"):
        with generated_ahead(work) as ahead:
            ahead.hand_back()
    assert places == ["here"]


def test_if_the_child_dies_the_work_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    parent = os.getpid()

    def work() -> None:
        if os.getpid() != parent:
            os._exit(3)  # killed in the middle
        _compute("b", "here")

    try:
        with generated_ahead(work) as ahead:
            ahead.hand_back()
        assert _compute("b", "again") == "here"
    finally:
        handover.forget()


def test_a_value_that_does_not_encode_is_computed_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    parent = os.getpid()
    calls: list[int] = []

    def work() -> None:
        calls.append(os.getpid())
        _compute("c", {1: "a mapping with a number for a key"})  # the build cache's encoding refuses it

    try:
        with generated_ahead(work) as ahead:
            ahead.hand_back()
        assert calls == [parent]  # the child's call is not seen here; the parent's is
        assert _compute("c", "again") == {1: "a mapping with a number for a key"}
    finally:
        handover.forget()


def test_without_a_child_the_work_is_done_when_handed_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "1")
    calls: list[str] = []
    try:
        with generated_ahead(lambda: calls.append("work")) as ahead:
            assert ahead.ready() and calls == []
            ahead.hand_back()
        assert calls == ["work"]
    finally:
        handover.forget()


def test_a_large_answer_does_not_block_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    big = "x" * 5_000_000  # far more than a pipe holds
    try:
        with generated_ahead(lambda: _compute("d", big)) as ahead:
            ahead.hand_back()
        assert _compute("d", "") == big
    finally:
        handover.forget()


def test_leaving_early_stops_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    with pytest.raises(KeyError):
        with in_child(lambda: threading.Event().wait(60)) as pending:
            pid = pending._pid
            raise KeyError("the theme failed")
    assert pid is not None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # stopped and reaped


def test_the_child_does_not_print_what_this_process_had_buffered(capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPECTATIONS_WORKERS", "2")
    print("printed once", end="", file=sys.stdout)
    with generated_ahead(lambda: print(" and the child's line", file=sys.stdout)) as ahead:
        ahead.hand_back()
    handover.forget()
    assert capfd.readouterr().out == "printed once and the child's line\n"


def _mkdocs_build(project: Path, workers: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXPECTATIONS_WORKERS": workers, "SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": "",
           "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, env=env,
                          capture_output=True, text=True)


def test_mkdocs_build_with_the_plugin_uses_the_child_too_with_the_same_site_and_errors(project: Path) -> None:
    assert _mkdocs_build(project, "1").returncode == 0
    alone = tree(project / "site")
    assert _mkdocs_build(project, "2").returncode == 0
    assert tree(project / "site") == alone
    policy = project / "policies" / "harbor-view.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("policy: 1", "policy: 2", 1), encoding="utf-8")
    one, two = _mkdocs_build(project, "1"), _mkdocs_build(project, "2")
    assert one.returncode == two.returncode == 1
    assert "error: policy: '2' is not one of: 1" in one.stderr
    assert two.stderr == one.stderr
