"""Reading policy history from git: file contents at a revision, and the commits that touched a folder."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


class GitError(RuntimeError):
    """git is missing, the folder is not in a repository, or a revision is unknown."""


def run_git(cwd: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    if result.returncode != 0:
        raise GitError(result.stderr.decode("utf-8", "replace").strip().splitlines()[-1] if result.stderr else "git failed")
    return result.stdout


def repo_root(path: Path) -> Path | None:
    """The top of the git work tree holding ``path``, or None outside one."""
    folder = path if path.is_dir() else path.parent
    try:
        return Path(run_git(folder, "rev-parse", "--show-toplevel").decode().strip())
    except GitError:
        return None


def show(root: Path, revision: str, path: Path) -> bytes | None:
    """The file's bytes at ``revision``, or None when it did not exist then."""
    relative = path.resolve().relative_to(root.resolve()).as_posix()
    try:
        run_git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except GitError:
        raise GitError(f"unknown revision {revision!r}") from None
    try:
        return run_git(root, "show", f"{revision}:{relative}")
    except GitError:
        return None


@dataclass(frozen=True)
class Commit:
    sha: str
    timestamp: int
    """Committer time, seconds since 1970: stable for a given history, so builds stay reproducible."""


def commits_touching(root: Path, folder: Path, limit: int) -> list[Commit]:
    """The newest ``limit`` commits that changed anything in ``folder``, newest first."""
    relative = folder.resolve().relative_to(root.resolve()).as_posix() or "."
    out = run_git(root, "log", f"-n{limit}", "--format=%H %ct", "--", relative).decode()
    return [Commit(sha, int(ts)) for sha, ts in (line.split() for line in out.splitlines() if line.strip())]


def file_commits(root: Path, path: Path, limit: int = 1000) -> list[Commit]:
    """The newest ``limit`` commits that changed the file ``path``, oldest first by committer time."""
    relative = path.resolve().relative_to(root.resolve()).as_posix()
    out = run_git(root, "log", f"-n{limit}", "--format=%H %ct", "--", relative).decode()
    commits = [Commit(sha, int(ts)) for sha, ts in (line.split() for line in out.splitlines() if line.strip())]
    return sorted(commits, key=lambda c: c.timestamp)
