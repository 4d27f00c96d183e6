"""``expectations init``: copy the packaged example project into a folder."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from generator.model.schema import schema_text

SCHEMA_LINE = "# yaml-language-server: $schema=../generator/schema/policy.schema.json"
PROJECT_SCHEMA_LINE = "# yaml-language-server: $schema=../policy.schema.json"


def _walk(node: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    out: list[tuple[str, Traversable]] = []
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        if child.name == "__pycache__":
            continue
        rel = f"{prefix}{child.name}"
        if child.is_dir():
            out.extend(_walk(child, rel + "/"))
        else:
            out.append((rel, child))
    return out


def scaffold_files() -> dict[str, bytes]:
    """The files of a new project, by relative path, as ``init`` writes them."""
    files = {rel: item.read_bytes() for rel, item in _walk(resources.files("generator") / "scaffold")}
    for rel, data in files.items():
        if rel.startswith("policies/"):
            files[rel] = data.replace(SCHEMA_LINE.encode(), PROJECT_SCHEMA_LINE.encode())
    files["policy.schema.json"] = schema_text().encode("utf-8")
    return files


def create_project(directory: Path) -> list[Path]:
    """Write the example project; refuse to overwrite any existing file."""
    files = scaffold_files()
    clashes = [rel for rel in files if (directory / rel).exists()]
    if clashes:
        raise FileExistsError(f"{directory} already has {', '.join(sorted(clashes))}; nothing was written")
    written = []
    for rel, data in files.items():
        target = directory / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    return written
