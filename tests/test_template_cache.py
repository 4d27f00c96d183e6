"""The theme's templates are compiled once per process: each language's build reuses them, an edited one is compiled again."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.adapters.mkdocs import templates
from generator.adapters.mkdocs.templates import share_compiled_templates


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the templates Jinja compiles from source (a fresh, empty process cache)."""
    monkeypatch.setattr(templates, "_COMPILED", {})
    names: list[str] = []
    original = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        if name is not None:
            names.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return names


def _env(folder: Path, **options: object) -> jinja2.Environment:
    return share_compiled_templates(jinja2.Environment(loader=jinja2.FileSystemLoader(folder), auto_reload=False, **options))


def test_a_second_environment_reuses_the_compiled_template(tmp_path: Path, compiled: list[str]) -> None:
    (tmp_path / "page.html").write_text("<p>{{ word }}</p>", encoding="utf-8")
    assert _env(tmp_path).get_template("page.html").render(word="one") == "<p>one</p>"
    assert _env(tmp_path).get_template("page.html").render(word="deux") == "<p>deux</p>"
    assert compiled == ["page.html"]


def test_an_edited_template_is_compiled_again(tmp_path: Path, compiled: list[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>{{ word }}</p>", encoding="utf-8")
    _env(tmp_path).get_template("page.html")
    page.write_text("<h1>{{ word }}</h1>", encoding="utf-8")
    assert _env(tmp_path).get_template("page.html").render(word="x") == "<h1>x</h1>"
    assert compiled == ["page.html", "page.html"]


def test_environments_with_other_settings_do_not_share(tmp_path: Path, compiled: list[str]) -> None:
    (tmp_path / "page.html").write_text("<p>{{ word }}</p>", encoding="utf-8")
    _env(tmp_path).get_template("page.html")
    assert _env(tmp_path, autoescape=True).get_template("page.html").render(word="<b>") == "<p>&lt;b&gt;</p>"
    assert compiled == ["page.html", "page.html"]


def test_an_environment_with_its_own_cache_keeps_it(tmp_path: Path) -> None:
    own = jinja2.FileSystemBytecodeCache(str(tmp_path))
    env = jinja2.Environment(bytecode_cache=own)
    assert share_compiled_templates(env).bytecode_cache is own
