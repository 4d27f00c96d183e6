"""The build cache (generator/adapters/cache.py): same bytes cold and warm, keyed by everything the content depends on.

Builds run as ``expectations build`` (in this process, or as a subprocess
where what a process imports matters) in projects made by ``expectations
init``, with SOURCE_DATE_EPOCH fixed as the cache requires.
"""

from __future__ import annotations

import json
import shutil
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from markupsafe import Markup

from generator.adapters import cache
from generator.adapters.cache import prune
from generator.adapters.cache_encoding import Record, decode, encode
from generator.adapters.template_cache import TemplateFolder
from generator.adapters.cli import main
from generator.render.pages import RenderedPage
from generator.derive.pages import PagePlan

from tests.conftest import MINIMAL, init, tree

BUILT_AT = "1795435200"  # 2026-11-23 12:00 UTC


def build(project: Path, monkeypatch: pytest.MonkeyPatch, audience: str = "public", epoch: str | None = BUILT_AT) -> str:
    monkeypatch.chdir(project)
    config = "mkdocs.yml" if audience == "public" else "mkdocs-staff.yml"
    env = {"GITHUB_ACTIONS": "", "SOURCE_DATE_EPOCH": epoch}
    result = CliRunner().invoke(main, ["build", "--audience", audience, "-f", config], env=env)
    assert result.exit_code == 0, result.output
    return result.output


def entries(project: Path, kind: str = "content") -> list[Path]:
    return sorted((project / ".cache" / "expectations").glob(f"{kind}-*.json"))


def theme_pack(project: Path) -> dict[str, tuple[str, bytes]]:
    """The compiled theme templates the build cache keeps (one file: ``TemplatePack``)."""
    import marshal

    (pack,) = (project / ".cache" / "expectations").glob("theme-*.pack")
    entries = marshal.loads(pack.read_bytes())
    assert all(isinstance(code, bytes) for _, code in entries.values())
    return entries  # type: ignore[no-any-return]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    return init(tmp_path / "project")


def test_a_warm_build_gives_the_same_bytes_as_a_cold_one(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for audience, folder in (("public", "site"), ("staff", "site-staff")):
        build(project, monkeypatch, audience)
        cold, kept = tree(project / folder), entries(project)
        build(project, monkeypatch, audience)
        assert tree(project / folder) == cold
        assert entries(project) == kept  # a hit: nothing new stored
    assert len(entries(project)) == 4  # each audience in each language (en-CA, fr-CA)
    assert (project / ".cache" / "expectations" / ".gitignore").read_text(encoding="utf-8") == (
        "# The expectations build cache; safe to delete.\n*\n"
    )


def test_the_key_includes_the_audience_so_no_staff_page_reaches_the_public_site(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(project, monkeypatch, "staff")
    build(project, monkeypatch, "public")
    public = tree(project / "site")
    assert not [path for path in public if path.startswith("playbook")]
    assert all(b"Staff playbook" not in data for data in public.values())
    assert [p for p in tree(project / "site-staff") if p.startswith("playbook/")]


def test_a_changed_policy_misses_and_shows_the_change(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(project, monkeypatch)
    before = len(entries(project))
    policy = next((project / "policies").glob("*.yaml"))
    text = policy.read_text(encoding="utf-8")
    assert "Front desk phone" in text
    policy.write_text(text.replace("Front desk phone", "Front desk line"), encoding="utf-8")
    build(project, monkeypatch)
    assert "Front desk line" in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert len(entries(project)) == 2 * before


def test_another_build_time_misses(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(project, monkeypatch, epoch=BUILT_AT)
    build(project, monkeypatch, epoch=str(int(BUILT_AT) + 1))
    data = json.loads((project / "site" / "expectations.json").read_text(encoding="utf-8"))
    assert data["generated_at"] == "2026-11-23T12:00:01Z"


def test_a_bad_policy_after_a_good_build_is_reported(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(project, monkeypatch)
    policy = next((project / "policies").glob("*.yaml"))
    policy.write_text(policy.read_text(encoding="utf-8").replace("policy: 1", "policy: 7", 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["build"], env={"SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""})
    assert result.exit_code == 1
    assert f"policies/{policy.name}:2:9: error: policy: '7' is not one of: 1" in result.output


@pytest.mark.parametrize("damage", ["truncate", "garbage", "other key", "empty"])
def test_a_corrupt_entry_is_ignored_and_replaced(project: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    build(project, monkeypatch)
    cold = tree(project / "site")
    entry = entries(project)[0]
    data = entry.read_bytes()
    entry.write_bytes({
        "truncate": data[: len(data) // 2],
        "garbage": b"\xff\xfe not json",
        "other key": data.replace(b'"key": "', b'"key": "x', 1),
        "empty": b"",
    }[damage])
    build(project, monkeypatch)
    assert tree(project / "site") == cold
    assert entry.read_bytes() == data


def test_a_corrupt_languages_entry_is_ignored(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(project, monkeypatch)
    cold = tree(project / "site")
    (entry,) = entries(project, "languages")
    entry.write_bytes(b'{"format": 1, "key": "')
    build(project, monkeypatch)
    assert tree(project / "site") == cold


def test_without_source_date_epoch_no_content_is_kept(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.adapters.mkdocs import templates

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setattr(templates, "_COMPILED", {})  # as in a new process: the theme is compiled, and kept on disk
    build(project, monkeypatch, epoch=None)
    assert entries(project) == []
    assert len(entries(project, "languages")) == 1  # validating does not depend on the time
    # The theme's compiled templates are kept (the page templates ship compiled: generator/render/compiled/).
    assert len(theme_pack(project)) > 10
    assert not list((project / ".cache" / "expectations").glob("templates-*/*.cache"))


def test_the_cache_can_be_turned_off(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    build(project, monkeypatch)
    assert not (project / ".cache").exists()


def test_the_cache_folder_can_be_moved(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "elsewhere"))
    build(project, monkeypatch)
    assert not (project / ".cache").exists()
    assert len(list((tmp_path / "elsewhere").glob("content-*.json"))) == 2  # en-CA and fr-CA


def test_another_project_never_gets_this_ones_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two projects sharing one cache folder: the key has the policy files' bytes."""
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "shared"))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    first = init(tmp_path / "first")
    second = tmp_path / "second"
    (second / "policies").mkdir(parents=True)
    (second / "site_src").mkdir()
    (second / "policies" / "test-shop.yaml").write_text(MINIMAL, encoding="utf-8")
    (second / "mkdocs.yml").write_text(
        "site_name: auto\ndocs_dir: site_src\ntheme:\n  name: material\n  font: false\nplugins:\n  - expectations\n",
        encoding="utf-8",
    )
    build(first, monkeypatch)
    build(second, monkeypatch)
    assert "Test Shop" in (second / "site" / "index.html").read_text(encoding="utf-8")
    assert "Harbor View" not in (second / "site" / "index.html").read_text(encoding="utf-8")


def _run(code: str, cwd: Path) -> str:
    """``code`` in a fresh process, generating in that process (one worker: no child makes it ahead, tests/test_ahead.py)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": "", "NO_MKDOCS_2_WARNING": "1",
           "EXPECTATIONS_WORKERS": "1"}
    env.pop(cache.CACHE_ENV, None)
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


HEAVY = ("pydantic", "holidays", "icalendar", "generator.pipeline", "generator.model.policy", "generator.render.environment")
BUILD_AND_LIST = (
    "import sys\n"
    "from generator.adapters.cli import main\n"
    "try:\n"
    "    main(['build'], prog_name='expectations')\n"
    "except SystemExit as exc:\n"
    "    assert not exc.code, exc.code\n"
    f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
)


def test_a_hit_imports_no_part_of_the_pipeline(project: Path) -> None:
    # A first build imports the pipeline, but not pydantic (the policy is valid) or icalendar.
    assert _run(BUILD_AND_LIST, project) == str(["generator.pipeline", "generator.render.environment", "holidays"])
    assert len(theme_pack(project)) > 10  # the theme's templates, compiled once
    assert _run(BUILD_AND_LIST, project) == "[]"  # warm


def test_the_cli_imports_report_and_translate_only_when_used(project: Path) -> None:
    code = "import sys, generator.adapters.cli\nprint([m for m in sys.modules if m.endswith(('report_command', 'translate_command'))])"
    assert _run(code, project) == "[]"


# --- encoding --------------------------------------------------------------------------------------------


def test_records_carry_fields_and_properties() -> None:
    page = RenderedPage(PagePlan("hours.md", "public/hours.md.j2", "Hours", "When we reply", "halifax"), "# Hours\n", "<x>")
    value = decode(json.loads(json.dumps(encode({"pages": [page], "nav": [(None, [page])], "name": Markup("A &amp; B")}))))
    (back,) = value["pages"]
    assert isinstance(back, Record)
    assert (back.path, back.markdown, back.head) == ("hours.md", "# Hours\n", "<x>")
    assert (back.plan.template, back.plan.title, back.plan.section, back.plan.searchable) == (
        "public/hours.md.j2", "Hours", "halifax", True,
    )
    assert value["nav"] == [(None, [back])]
    assert type(value["name"]) is Markup and value["name"] == "A &amp; B"
    assert back == value["nav"][0][1][0] and hash(back) == hash(value["nav"][0][1][0])
    with pytest.raises(AttributeError, match="read from the cache is read-only"):
        back.markdown = "changed"
    with pytest.raises(AttributeError, match="RenderedPage read from the cache has no attribute 'missing'"):
        back.missing  # noqa: B018


def test_values_the_cache_cannot_carry_exactly_are_refused() -> None:
    from datetime import date

    for value in (date(2026, 1, 1), {1: "a"}, {"a"}, b"bytes"):
        with pytest.raises(cache.Unencodable):
            encode(value)
    with pytest.raises(ValueError, match="not a cache entry"):
        decode({"something": 1})


def test_prune_keeps_the_newest_entries_within_the_bounds(tmp_path: Path) -> None:
    for index in range(6):
        path = tmp_path / f"content-{index}.json"
        path.write_bytes(b"x" * 100)
        os.utime(path, ns=(index * 10**9, index * 10**9))
    prune(tmp_path, max_entries=4, max_bytes=10_000)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"content-{i}.json" for i in (2, 3, 4, 5)]
    prune(tmp_path, max_entries=4, max_bytes=250)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content-4.json", "content-5.json"]
    prune(tmp_path, max_entries=4, max_bytes=10)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content-5.json"]  # the newest stays whatever its size


def test_the_zensical_engine_reads_the_same_cache(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("zensical")
    monkeypatch.chdir(project)
    env = {"GITHUB_ACTIONS": "", "SOURCE_DATE_EPOCH": BUILT_AT}
    result = CliRunner().invoke(main, ["build", "--engine", "zensical"], env=env)
    assert result.exit_code == 0, result.output
    cold, kept = tree(project / "site"), entries(project)
    assert kept
    result = CliRunner().invoke(main, ["build", "--engine", "zensical"], env=env)
    assert result.exit_code == 0, result.output
    assert entries(project) == kept
    assert tree(project / "site") == cold


def test_theme_templates_are_kept_compiled_and_an_edited_one_is_compiled_again(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    overrides = project / "overrides"
    overrides.mkdir()
    (overrides / "main.html").write_text('{% extends "base.html" %}\n{% block announce %}First notice{% endblock %}\n',
                                         encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("theme:\n", "theme:\n  custom_dir: overrides\n", 1),
                      encoding="utf-8")
    build(project, monkeypatch)
    assert theme_pack(project)  # templates this process had not compiled before (its own main.html)
    assert "First notice" in (project / "site" / "index.html").read_text(encoding="utf-8")
    (overrides / "main.html").write_text('{% extends "base.html" %}\n{% block announce %}Second notice{% endblock %}\n',
                                         encoding="utf-8")
    build(project, monkeypatch)
    page = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "Second notice" in page and "First notice" not in page


def test_a_file_that_cannot_be_read_leaves_the_build_uncached(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A dangling link in the policy folder: not a policy (as without the cache), and nothing can be keyed on it."""
    (project / "policies" / "notes.txt").symlink_to(project / "nowhere.txt")
    build(project, monkeypatch)
    assert (project / "site" / "index.html").is_file()
    assert entries(project) == []
    assert entries(project, "languages") == []


def test_a_template_pack_that_is_cut_short_or_goes_away_costs_only_a_compilation(tmp_path: Path) -> None:
    from jinja2 import DictLoader, Environment

    from generator.adapters.template_cache import TemplatePack

    path = tmp_path / "cache" / "theme-x.pack"

    def env() -> Environment:
        return Environment(loader=DictLoader({"page.html": "Hello {{ name }}"}), bytecode_cache=TemplatePack(path))

    first = env()
    assert first.get_template("page.html").render(name="A") == "Hello A"
    assert not path.exists()  # written by save(), once per build
    first.bytecode_cache.save()  # type: ignore[union-attr]
    assert env().get_template("page.html").render(name="B") == "Hello B"
    for damage in (path.read_bytes()[:20], b"not marshal data", b"\xe9"):  # a second process reads the pack
        path.write_bytes(damage)
        assert env().get_template("page.html").render(name="C") == "Hello C"
    shutil.rmtree(path.parent)
    again = env()
    assert again.get_template("page.html").render(name="D") == "Hello D"
    again.bytecode_cache.save()  # type: ignore[union-attr]
    assert path.is_file()


def test_a_template_folder_that_goes_away_costs_only_a_compilation(tmp_path: Path) -> None:
    from jinja2 import DictLoader, Environment

    folder = tmp_path / "templates"
    folder.mkdir()
    env = Environment(loader=DictLoader({"page.html": "Hello {{ name }}"}), bytecode_cache=TemplateFolder(str(folder)))
    assert env.get_template("page.html").render(name="A") == "Hello A"
    (stored,) = folder.iterdir()
    stored.write_bytes(b"not compiled code")
    env.cache.clear()  # type: ignore[union-attr]
    assert env.get_template("page.html").render(name="B") == "Hello B"
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    env.cache.clear()  # type: ignore[union-attr]
    assert env.get_template("page.html").render(name="C") == "Hello C"
