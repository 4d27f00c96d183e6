"""The policy history from git: one git process for every file version, read ahead while the build validates."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from generator.adapters import history
from generator.adapters.git import GitError, cat_files, repo_root


def git(cwd: Path, *args: str, when: str = "2026-10-01T12:00:00+00:00") -> str:
    env = {"GIT_AUTHOR_NAME": "Owner", "GIT_AUTHOR_EMAIL": "owner@example.com", "GIT_COMMITTER_NAME": "Owner",
           "GIT_COMMITTER_EMAIL": "owner@example.com", "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when,
           "HOME": str(cwd), "PATH": "/usr/bin:/bin"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True).stdout.decode()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """policies/a.yaml in three versions (the second also adds b.yaml), and a file with a space in its name."""
    root = tmp_path / "repo"
    (root / "policies").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    (root / "policies" / "a.yaml").write_bytes(b"one\n")
    (root / "odd name.txt").write_bytes(b"line\nbreaks\n\n")
    git(root, "add", ".")
    git(root, "commit", "-qm", "first", when="2026-10-01T12:00:00+00:00")
    (root / "policies" / "a.yaml").write_bytes(b"two\n")
    (root / "policies" / "b.yaml").write_bytes(b"bee\n")
    git(root, "add", ".")
    git(root, "commit", "-qm", "second", when="2026-10-02T12:00:00+00:00")
    (root / "policies" / "a.yaml").write_bytes(b"three\n")
    git(root, "commit", "-qam", "third", when="2026-10-03T12:00:00+00:00")
    return root


def test_cat_files_reads_blobs_and_says_none_for_the_rest(repo: Path) -> None:
    first = git(repo, "rev-list", "--max-parents=0", "HEAD").strip()
    names = ["HEAD:policies/a.yaml", f"{first}:policies/a.yaml", f"{first}:policies/b.yaml", f"{first}^:policies/a.yaml",
             "HEAD:policies", "HEAD:odd name.txt", "no-such-revision:x"]
    assert cat_files(repo, names) == [b"three\n", b"one\n", None, None, None, b"line\nbreaks\n\n", None]
    assert cat_files(repo, []) == []
    with pytest.raises(GitError):
        cat_files(repo, ["HEAD:a\nHEAD:b"])


def test_policy_history_reads_every_version(repo: Path) -> None:
    files = [repo / "policies" / "a.yaml", repo / "policies" / "b.yaml"]
    found = history.policy_history(files, repo / "policies")
    assert found is not None
    assert [(r.before, r.after) for r in found["a.yaml"]] == [(b"two\n", b"three\n"), (b"one\n", b"two\n"), (None, b"one\n")]
    assert [(r.before, r.after) for r in found["b.yaml"]] == [(None, b"bee\n")]
    assert [r.timestamp for r in found["a.yaml"]] == [1791028800, 1790942400, 1790856000]


def test_history_read_ahead_is_the_same_and_is_not_kept_after_the_build(repo: Path) -> None:
    files = [repo / "policies" / "a.yaml"]
    plain = history.policy_history(files, repo / "policies")
    history.look_ahead(repo / "policies")
    assert history.policy_history(files, repo / "policies") == plain
    history.forget_look_ahead()
    (repo / "policies" / "a.yaml").write_bytes(b"four\n")
    git(repo, "commit", "-qam", "fourth", when="2026-10-04T12:00:00+00:00")
    later = history.policy_history(files, repo / "policies")
    assert later is not None and later["a.yaml"][0].after == b"four\n"  # read again, not the earlier answer


def test_outside_a_repository_git_is_not_started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_git(*args: object, **kwargs: object) -> None:
        raise AssertionError("git was started")

    monkeypatch.setattr(subprocess, "run", no_git)
    assert repo_root(tmp_path) is None
    assert history.policy_history([tmp_path / "a.yaml"], tmp_path) is None


def test_a_ceiling_stops_the_search_as_it_stops_git(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.adapters.git import head_state, work_tree_top

    inner = repo / "sites" / "shop"
    inner.mkdir(parents=True)
    assert work_tree_top(inner) == repo
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", f"/nonexistent:{repo / 'sites'}")
    assert work_tree_top(inner) is None and head_state(inner) == ["none"]
    with pytest.raises(subprocess.CalledProcessError):  # git agrees: no repository there
        subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=inner, check=True, capture_output=True)
    assert work_tree_top(repo / "sites") == repo  # a search may start in a ceiling and go up from it, as git's does
    found = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=repo / "sites", check=True, capture_output=True)
    assert Path(found.stdout.decode().strip()) == repo
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(repo.parent))
    assert work_tree_top(inner) == repo
