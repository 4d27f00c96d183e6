"""The page templates shipped compiled: current, used, and never used for a source they were not compiled from."""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.render import precompiled
from generator.render.environment import environment
from generator.render.precompiled import FOLDER, Precompiled, compiled_modules, module_code, module_name


def test_the_shipped_modules_are_current() -> None:
    """If this fails, run `make templates` and commit generator/render/compiled/."""
    shipped = {p.name: p.read_text(encoding="utf-8") for p in FOLDER.glob("t_*.py")}
    assert shipped == compiled_modules()


def test_every_template_of_every_audience_has_its_module() -> None:
    env = environment("staff")
    names = []
    for loader in env.loader.mapping.values():  # type: ignore[union-attr]
        for name in loader.list_templates():
            source, _, _ = loader.get_source(env, name)
            assert module_code(name, source) is not None, name
            names.append(name)
    assert len(names) == len(list(FOLDER.glob("t_*.py"))) >= 20


def test_a_module_serves_only_the_exact_source_and_jinja_version(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    env = environment("public")
    loader = env.loader.mapping["public"]  # type: ignore[union-attr]
    name = "updates.md.j2"
    source, _, _ = loader.get_source(env, name)
    assert module_code(name, source) is not None
    assert module_code(name, source + " ") is None
    assert module_code("other.md.j2", source) is None
    shipped = module_name(name, source)
    monkeypatch.setattr(jinja2, "__version__", "0.0.0")
    assert module_name(name, source) != shipped
    assert module_code(name, source) is None


class _Recorder(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self.stored: list[str] = []

    def load_bytecode(self, bucket) -> None:  # type: ignore[no-untyped-def]
        pass

    def dump_bytecode(self, bucket) -> None:  # type: ignore[no-untyped-def]
        self.stored.append(bucket.key)


def _env(cache: jinja2.BytecodeCache, folder: Path) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), bytecode_cache=cache)


def test_a_template_without_a_module_goes_to_the_next_cache_and_renders(tmp_path: Path) -> None:
    (tmp_path / "page.j2").write_text("Hello {{ name }}!", encoding="utf-8")
    behind = _Recorder()
    env = _env(Precompiled(behind), tmp_path)
    assert env.get_template("page.j2").render(name="Ana") == "Hello Ana!"
    assert len(behind.stored) == 1  # compiled by Jinja, then kept by the cache behind


def test_pages_are_the_same_with_and_without_the_compiled_modules(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from generator.adapters.content import site_content
    from generator.pipeline import SiteAddress

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795348800")
    policies = Path(__file__).parent.parent / "policies"
    shipped = site_content(policies, "staff", SiteAddress(), "fr-CA")
    monkeypatch.setattr(precompiled, "module_code", lambda name, source: None)
    environment.cache_clear()
    try:
        fresh = site_content(policies, "staff", SiteAddress(), "fr-CA")
    finally:
        environment.cache_clear()
    assert len(shipped.pages) >= 8
    assert shipped.pages == fresh.pages


def test_writing_removes_modules_no_template_needs(tmp_path: Path) -> None:
    (tmp_path / "t_stale.py").write_text("# gone\n", encoding="utf-8")
    count = precompiled.write(tmp_path)
    assert sorted(p.name for p in tmp_path.glob("t_*.py")) == sorted(compiled_modules())
    assert count == len(compiled_modules())
