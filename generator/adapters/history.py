"""The git history of the policy files, for the policy updates page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from generator.adapters.git import Commit, GitError, commits_touching, file_commits, repo_root, run_git

if TYPE_CHECKING:  # the policy changes are derived only inside a git repository
    from generator.derive.changes import Revision

SCAN_COMMITS = 100


def _at(root: Path, revision: str, relative: str) -> bytes | None:
    try:
        return run_git(root, "show", f"{revision}:{relative}")
    except GitError:
        return None


def policy_history(files: list[Path], policies_dir: Path) -> dict[str, list[Revision]] | None:
    """Revisions of each policy file (by file name), newest first; None outside a git repository."""
    root = repo_root(policies_dir)
    if root is None:
        return None
    try:
        commits = commits_touching(root, policies_dir, SCAN_COMMITS)
    except GitError:
        return None
    from generator.derive.changes import Revision

    history: dict[str, list[Revision]] = {}
    for path in files:
        relative = path.resolve().relative_to(root.resolve()).as_posix()
        revisions = []
        for commit in commits:
            after = _at(root, commit.sha, relative)
            if after is None:
                continue
            before = _at(root, f"{commit.sha}^", relative)
            if before != after:
                revisions.append(Revision(commit.timestamp, before, after))
        history[path.name] = revisions
    return history


def file_versions(path: Path) -> list[tuple[Commit, bytes]] | None:
    """Every committed version of one file, oldest first, with its commit; None outside a git repository.

    A commit that deleted the file is left out. Used to score a conversation
    log against the policy that was in force when each message arrived.
    """
    root = repo_root(path.resolve().parent)
    if root is None:
        return None
    try:
        commits = file_commits(root, path)
    except GitError:
        return None
    relative = path.resolve().relative_to(root.resolve()).as_posix()
    versions = []
    for commit in commits:
        content = _at(root, commit.sha, relative)
        if content is not None:
            versions.append((commit, content))
    return versions
