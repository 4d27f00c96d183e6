"""Reading policy history from git: file contents at a revision, and the commits that touched a folder."""

from __future__ import annotations

import os
import subprocess
from generator.frozen import frozen
from pathlib import Path


class GitError(RuntimeError):
    """git is missing, the folder is not in a repository, or a revision is unknown."""


def run_git(cwd: Path, *args: str, input: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False, input=input)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    if result.returncode != 0:
        raise GitError(result.stderr.decode("utf-8", "replace").strip().splitlines()[-1] if result.stderr else "git failed")
    return result.stdout


def _environment_names_a_repository() -> bool:
    return bool(os.environ.get("GIT_DIR") or os.environ.get("GIT_WORK_TREE"))


def work_tree_top(folder: Path) -> Path | None:
    """The nearest folder from ``folder`` up that holds ``.git`` (a folder or a worktree's file), or None.

    As git does, the search does not go up into a folder that ``GIT_CEILING_DIRECTORIES`` lists.
    """
    start = folder.resolve()
    ceilings = {Path(os.path.realpath(entry)) for entry in os.environ.get("GIT_CEILING_DIRECTORIES", "").split(os.pathsep)
                if os.path.isabs(entry)}
    for parent in (start, *start.parents):
        if parent != start and parent in ceilings:
            return None
        if (parent / ".git").exists():
            return parent
    return None


def _maybe_in_repository(folder: Path) -> bool:
    """False when no folder from ``folder`` up holds ``.git`` and the environment names no repository: git would find none."""
    return _environment_names_a_repository() or work_tree_top(folder) is not None


def head_state(folder: Path) -> list[str] | None:
    """The work tree holding ``folder`` and the commit its HEAD names, read from ``.git`` without starting git.

    ``["none"]`` outside a repository; None when only git can tell (a
    worktree or submodule, a ref git keeps elsewhere, a repository named
    by the environment).
    """
    if _environment_names_a_repository():
        return None
    top = work_tree_top(folder)
    if top is None:
        return ["none"]
    git = top / ".git"
    try:
        head = (git / "HEAD").read_text(encoding="utf-8").strip()
        if not head.startswith("ref: "):
            return [str(top), head]  # a detached HEAD: the commit itself
        ref = head[5:]
        loose = git / ref
        if loose.is_file():
            return [str(top), ref, loose.read_text(encoding="utf-8").strip()]
        packed = git / "packed-refs"
        for line in packed.read_text(encoding="utf-8").splitlines() if packed.is_file() else []:
            if line.endswith(" " + ref):
                return [str(top), ref, line.split(" ", 1)[0]]
        return [str(top), ref, "no commit yet"]
    except (OSError, UnicodeDecodeError):  # .git is a file (a worktree, a submodule) or unreadable
        return None


def repo_root(path: Path) -> Path | None:
    """The top of the git work tree holding ``path``, or None outside one."""
    folder = path if path.is_dir() else path.parent
    if not _maybe_in_repository(folder):
        return None  # without starting git
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


def cat_files(root: Path, objects: list[str]) -> list[bytes | None]:
    """The bytes of each object (``<revision>:<path>``), None for one that does not exist, from one git process."""
    if not objects:
        return []
    if any("\n" in name for name in objects):
        raise GitError("an object name holds a line break")
    out = run_git(root, "cat-file", "--batch", input="".join(name + "\n" for name in objects).encode())
    found: list[bytes | None] = []
    at = 0
    for _ in objects:
        end = out.index(b"\n", at)
        parts = out[at:end].split(b" ")
        at = end + 1
        if len(parts) == 3 and parts[2].isdigit() and all(c in b"0123456789abcdef" for c in parts[0]):
            size = int(parts[2])  # "<id> <type> <size>", then the content and a line break
            found.append(out[at : at + size] if parts[1] == b"blob" else None)
            at += size + 1
        else:  # "<name> missing" (or ambiguous)
            found.append(None)
    return found


@frozen
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
