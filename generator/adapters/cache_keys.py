"""The keys of the build cache: what a build's content and its checks are made from, as digests.

The content's key covers the policy folder's files, where it is, the tool
itself and the installed libraries, git's HEAD, the build's options, further
input files (conversation logs) and the build time (see
``generator.adapters.cache`` for what is kept under them).
"""

from __future__ import annotations

import functools
import glob
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import generator
from generator.adapters.clock import build_time

FORMAT = 1
"""The format of the cache's entries: part of every key and of every entry."""


@functools.lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """The tool's code and data, the Python version and the installed distributions, as one digest."""
    digest = hashlib.sha256()
    digest.update(f"{FORMAT}\0{generator.__version__}\0{sys.version}\0".encode())
    package = Path(generator.__file__).parent
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            path = os.path.join(folder, name)
            stat = os.stat(path)
            digest.update(f"{os.path.relpath(path, package)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    for entry in sys.path:
        if entry.endswith(("site-packages", "dist-packages")) and os.path.isdir(entry):
            digest.update("\0".join(sorted(n for n in os.listdir(entry) if n.endswith(".dist-info"))).encode())
    return digest.hexdigest()


def _folder_digest(folder: Path) -> list[list[str]]:
    """Every file under ``folder`` (hidden ones aside) by relative path, with the digest of its bytes."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                path = Path(root, name)
                found.append([path.relative_to(folder).as_posix(), hashlib.sha256(path.read_bytes()).hexdigest()])
    return found


def _git_state(folder: Path) -> list[str]:
    """The repository holding ``folder`` and its HEAD (the policy history follows from them): read from ``.git``, else from git."""
    if not folder.is_dir():
        return ["no folder"]
    from generator.adapters.git import head_state

    state = head_state(folder)
    if state is not None:
        return state
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--show-toplevel", "HEAD"], cwd=folder, capture_output=True, check=False
        )
    except OSError:
        return ["no git"]
    return [str(result.returncode), result.stdout.decode("utf-8", "replace")]


def _files_key(policies_dir: Path) -> list[Any]:
    """The policy folder: where it is and its files' bytes."""
    return [str(policies_dir.resolve()), os.path.relpath(policies_dir), _folder_digest(policies_dir)]


def policies_key(policies_dir: Path) -> str:
    """What validating the policy folder depends on (not the time): the tool and the folder's files."""
    return hashlib.sha256(json.dumps([tool_fingerprint(), *_files_key(policies_dir)]).encode()).hexdigest()


def _inputs_digest(patterns: Iterable[str], base: Path) -> list[list[str]]:
    """Every file the patterns (globs relative to ``base``, as the plugin's ``logs``) name now, with the digest of its bytes."""
    found = []
    for pattern in patterns:
        for match in sorted(glob.glob(str(base / pattern), recursive=True)) or [str(base / pattern)]:
            path = Path(match)
            found.append([pattern, match, hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"])
    return found


def content_key(policies_dir: Path, options: dict[str, Any], inputs: Iterable[str] = (), base: Path = Path(".")) -> str | None:
    """The key of a build's content, or None when the build time is not fixed (no SOURCE_DATE_EPOCH).

    ``inputs`` are further files the content is made from (globs relative to
    ``base``). Raises ClockError when SOURCE_DATE_EPOCH is not a whole number.
    """
    when = build_time()
    if not os.environ.get("SOURCE_DATE_EPOCH", "").strip():
        return None
    parts = [policies_key(policies_dir), _git_state(policies_dir), when.isoformat(), sorted(options.items()),
             _inputs_digest(inputs, base)]
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()
