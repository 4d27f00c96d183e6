"""Which files in a policy folder are policies."""

from __future__ import annotations

from pathlib import Path

POLICY_SUFFIXES = (".yaml", ".yml")


def policy_files(paths: list[Path]) -> list[Path]:
    """The policy files named by ``paths``: files as given, folders searched for *.yaml and *.yml."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in POLICY_SUFFIXES and p.is_file()))
        else:
            found.append(path)
    return found
