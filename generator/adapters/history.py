"""The git history of the policy files, for the policy updates page."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from generator.adapters.git import Commit, GitError, cat_files, commits_touching, file_commits, repo_root

if TYPE_CHECKING:  # the policy changes are derived only inside a git repository
    from generator.derive.changes import Revision

SCAN_COMMITS = 100


def _commits(policies_dir: Path) -> tuple[Path, list[Commit]] | None:
    """The work tree holding the folder and the newest commits that touched it; None outside a repository."""
    root = repo_root(policies_dir)
    if root is None:
        return None
    try:
        return root, commits_touching(root, policies_dir, SCAN_COMMITS)
    except GitError:
        return None


_ahead: dict[Path, tuple[threading.Thread, list[tuple[Path, list[Commit]] | None]]] = {}


def look_ahead(policies_dir: Path) -> None:
    """Start asking git for the folder's commits in a thread, for ``policy_history`` later in this process.

    git runs while the build does other work (loading its configuration,
    validating the policies); the thread only waits for git. A history that
    is not asked for costs one git run on the other core.
    """
    key = policies_dir.resolve()
    if key in _ahead:
        return
    result: list[tuple[Path, list[Commit]] | None] = []
    thread = threading.Thread(target=lambda: result.append(_commits(policies_dir)), name="git history", daemon=True)
    _ahead[key] = (thread, result)
    thread.start()


def forget_look_ahead() -> None:
    """Drop what ``look_ahead`` read and nothing asked for (after a build: the next one reads git again)."""
    for thread, _ in _ahead.values():
        thread.join()
    _ahead.clear()


def _commits_now(policies_dir: Path) -> tuple[Path, list[Commit]] | None:
    """``_commits``, from the thread ``look_ahead`` started when there is one (every language's build of one build)."""
    ahead = _ahead.get(policies_dir.resolve())
    if ahead is not None:
        ahead[0].join()
        if ahead[1]:
            return ahead[1][0]
    return _commits(policies_dir)


def policy_history(files: list[Path], policies_dir: Path) -> dict[str, list[Revision]] | None:
    """Revisions of each policy file (by file name), newest first; None outside a git repository.

    Each file's version at each commit and before it come from one git process.
    """
    found = _commits_now(policies_dir)
    if found is None:
        return None
    root, commits = found
    if not commits:  # the policies were never committed
        return {path.name: [] for path in files}
    from generator.derive.changes import Revision

    relatives = [path.resolve().relative_to(root.resolve()).as_posix() for path in files]
    names = [f"{commit.sha}{parent}:{relative}" for relative in relatives for commit in commits for parent in ("", "^")]
    try:
        contents = iter(cat_files(root, names))
    except GitError:
        return None
    history: dict[str, list[Revision]] = {}
    for path in files:
        revisions = []
        for commit in commits:
            after, before = next(contents), next(contents)
            if after is not None and before != after:
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
    try:
        contents = cat_files(root, [f"{commit.sha}:{relative}" for commit in commits])
    except GitError:
        return None
    return [(commit, content) for commit, content in zip(commits, contents) if content is not None]
