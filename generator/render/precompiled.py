"""The page templates compiled ahead of time, shipped as Python modules in ``generator/render/compiled/``.

Jinja turns each template into Python source before Python compiles that to
bytecode; for the tool's own templates the first step is most of a first
build's rendering time (about 130 ms for the public site, 200 ms with the
staff pages). ``make templates`` (``python -m generator.render.precompiled``)
writes each template's Python source as a module named after a digest of the
Jinja version, the template's name and its source, so a module only ever
serves the exact source it was compiled from; installing the package
byte-compiles the modules like any other. ``Precompiled`` hands Jinja a
module's code; a template without a current module (edited since, or another
Jinja version) goes to the next cache or is compiled by Jinja as usual. A
test checks that the modules are current.
"""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket

PACKAGE = "generator.render.compiled"
FOLDER = Path(__file__).parent / "compiled"


def module_name(name: str, source: str) -> str:
    digest = hashlib.sha256(f"{jinja2.__version__}\0{name}\0{source}".encode()).hexdigest()[:24]
    return f"t_{digest}"


def module_code(name: str, source: str) -> CodeType | None:
    """The compiled code of template ``name`` with this ``source``, if the package has it."""
    module = f"{PACKAGE}.{module_name(name, source)}"
    try:
        spec = importlib.util.find_spec(module)
    except ImportError:
        return None
    if spec is None or spec.loader is None:
        return None
    return spec.loader.get_code(module)  # type: ignore[attr-defined, no-any-return]


class Precompiled(BytecodeCache):
    """Jinja's bytecode cache, first from the package's compiled modules, then from ``fallback`` (if any)."""

    def __init__(self, fallback: BytecodeCache | None = None) -> None:
        self.fallback = fallback

    def get_bucket(self, environment: Any, name: str, filename: str | None, source: str) -> Bucket:
        code = module_code(name, source)
        if code is None:
            if self.fallback is not None:
                return self.fallback.get_bucket(environment, name, filename, source)
            return Bucket(environment, self.get_cache_key(name, filename), self.get_source_checksum(source))
        bucket = Bucket(environment, self.get_cache_key(name, filename), self.get_source_checksum(source))
        bucket.code = code
        return bucket

    def set_bucket(self, bucket: Bucket) -> None:
        if self.fallback is not None:
            self.fallback.set_bucket(bucket)

    def load_bytecode(self, bucket: Bucket) -> None:  # get_bucket does the work
        pass

    def dump_bytecode(self, bucket: Bucket) -> None:  # set_bucket does the work
        pass


def compiled_modules() -> dict[str, str]:
    """File name -> Python source of every template of every audience, as ``make templates`` writes them."""
    from generator.render.environment import environment

    modules: dict[str, str] = {}
    env = environment("staff")  # it loads every folder; the settings that shape the code are the same for all
    for folder, loader in env.loader.mapping.items():  # type: ignore[union-attr]
        # A PrefixLoader hands each folder's loader the name within the folder, and Jinja compiles it under that name.
        for name in loader.list_templates():
            source, _, _ = loader.get_source(env, name)
            code = env.compile(source, name, None, raw=True)
            # The note goes last, so the code's line numbers stay those Jinja's debug information names.
            note = f"# {folder}/{name}, compiled by Jinja {jinja2.__version__}: written by `make templates`, do not edit.\n"
            modules[f"{module_name(name, source)}.py"] = code.rstrip("\n") + "\n" + note
    return modules


def write(folder: Path = FOLDER) -> int:
    """Write the compiled modules to ``folder`` and remove the ones no template needs; returns how many there are."""
    modules = compiled_modules()
    folder.mkdir(exist_ok=True)
    for stale in folder.glob("t_*.py"):
        if stale.name not in modules:
            stale.unlink()
    for file_name, source in modules.items():
        path = folder / file_name
        if not path.is_file() or path.read_text(encoding="utf-8") != source:
            path.write_text(source, encoding="utf-8")
    return len(modules)


if __name__ == "__main__":
    print(f"{write()} compiled templates in {FOLDER}")
