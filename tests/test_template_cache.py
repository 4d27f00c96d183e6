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


def _kept_by_mkdocs(paths: list[str]) -> list[str]:
    """The theme files MkDocs copies: its own filter of ``add_files_from_theme`` (hidden parts, templates, ...)."""
    import fnmatch

    patterns = [".*", "*/.*", "*.py", "*.pyc", "*.html", "*readme*", "mkdocs_theme.yml", "locales/*", "*.md",
                "404.html", "sitemap.xml"]
    return [p for p in paths if not any(fnmatch.fnmatch(p.lower(), pattern) for pattern in patterns)]


def test_theme_folders_list_what_mkdocs_keeps_without_entering_hidden_folders(tmp_path: Path) -> None:
    from mkdocs.theme import Theme

    dirs = Theme(name="material").dirs + [str(tmp_path)]
    (tmp_path / ".hidden" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden" / "deep" / "icon.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "extra.css").write_text("p {}", encoding="utf-8")
    (tmp_path / ".dotfile").write_text("", encoding="utf-8")
    full = jinja2.FileSystemLoader(dirs).list_templates()
    lean = templates.ThemeFolders(dirs).list_templates()
    assert len(full) > 10_000 > 1_000 > len(lean)  # Material's icons are not walked
    assert _kept_by_mkdocs(lean) == _kept_by_mkdocs(full)
    assert "assets/extra.css" in lean and ".dotfile" in lean and ".hidden/deep/icon.svg" not in lean
    env = jinja2.Environment(loader=templates.ThemeFolders(dirs))
    assert env.get_template(".hidden/deep/icon.svg").render() == "<svg/>"  # still found by name (Material's icons)


def test_theme_environments_are_lean_and_share_what_they_compile(tmp_path: Path, compiled: list[str]) -> None:
    from mkdocs.theme import Theme

    import generator.adapters.mkdocs.plugin  # noqa: F401  (importing the plugin makes the environments lean)

    theme = Theme(name="material")
    first, second = theme.get_env(), theme.get_env()  # Material's search plugin makes its own, as MkDocs does
    assert type(first.loader) is templates.ThemeFolders
    first.get_template("partials/language.html")
    second.get_template("partials/language.html")
    assert compiled.count("partials/language.html") == 1
