"""The generator's part of a build made ahead by a child process: the same site, and none of its weight in the build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.ahead import PLUGIN_DEFAULTS, directory_url, plugin_options, read_written
from generator.adapters.cli import main
from tests.conftest import BUILT_AT

BUILD = (
    "import sys\n"
    "from generator.adapters.cli import main\n"
    "try:\n"
    "    main(['build', *sys.argv[1:]], prog_name='expectations')\n"
    "except SystemExit as exc:\n"
    "    if exc.code:\n"
    "        raise\n"
)
BUILD_AND_REPORT = (
    BUILD +
    "data = sys.modules.get('babel.localedata')\n"
    "print('pipeline' if 'generator.pipeline' in sys.modules else '-', 'holidays' if 'holidays' in sys.modules else '-',\n"
    "      'cldr' if data is not None and data._cache else '-')\n"
)


def run_build(project: Path, *args: str, workers: str = "2", script: str = BUILD_AND_REPORT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": BUILT_AT, "EXPECTATIONS_CACHE": "off", "EXPECTATIONS_WORKERS": workers,
           "GITHUB_ACTIONS": "", "NO_MKDOCS_2_WARNING": "1", "GIT_CEILING_DIRECTORIES": str(project.parent)}
    return subprocess.run([sys.executable, "-c", script, *args], cwd=project, env=env, capture_output=True,
                          text=True, check=False)


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def init(folder: Path, *args: str) -> Path:
    result = CliRunner().invoke(main, ["init", str(folder), *args])
    assert result.exit_code == 0, result.output
    return folder


@pytest.mark.parametrize("kind", ["starter", "example"])
def test_a_site_made_ahead_is_the_site_made_in_the_build_process(tmp_path: Path, kind: str) -> None:
    args = ["--example"] if kind == "example" else ["--name", "Corner Shoe Co.", "--timezone", "America/Los_Angeles",
                                                   "--locale", "en-US"]
    project = init(tmp_path / kind, *args)
    ahead = run_build(project, "--site-dir", "ahead")
    assert ahead.returncode == 0, ahead.stderr
    # The build process itself loaded no part of the pipeline, no CLDR data and no holidays.
    assert ahead.stdout.split() == ["-", "-", "-"]
    alone = run_build(project, "--site-dir", "alone", workers="1")  # one process: no child
    assert alone.returncode == 0, alone.stderr
    assert alone.stdout.split()[0] == "pipeline"
    assert tree(project / "ahead") == tree(project / "alone")
    if kind == "example":
        assert (project / "ahead" / "fr-CA" / "index.html").is_file() and alone.stdout.split()[1] == "holidays"



def run_counting(project: Path, guess: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    """A build whose configuration loads are counted (printed), with the default language guessed as ``guess``."""
    script = (
        "import generator.adapters.site_build as site_build\n"
        "from generator.adapters import ahead\n"
        "from generator.adapters.languages import SiteLanguage\n"
        "loads = []\n"
        "load = site_build.load_site_config\n"
        "site_build.load_site_config = lambda *a, **k: loads.append(k.get('theme', {}).get('language')) or load(*a, **k)\n"
        f"guess = {guess!r}\n"
        "if guess is not None:\n"
        "    ahead.guessed_language = lambda config_file: SiteLanguage(guess, '')\n"
        + BUILD +
        "print(*loads)\n"
    )
    return run_build(project, *args, script=script)


def test_the_configuration_is_loaded_while_the_child_works_and_again_only_for_a_wrong_guess(tmp_path: Path) -> None:
    project = init(tmp_path / "guess", "--name", "Padaria Sol", "--timezone", "America/Sao_Paulo", "--locale", "pt-BR")
    right = run_counting(project, None, "--site-dir", "right")
    assert right.returncode == 0, right.stderr
    assert right.stdout.split() == ["pt-BR"]  # once, with the default language's settings, guessed from the policy
    wrong = run_counting(project, "fr-CA", "--site-dir", "wrong")  # as if the first policy file had said fr-CA
    assert wrong.returncode == 0, wrong.stderr
    assert wrong.stdout.split() == ["fr", "pt-BR"]  # loaded again with the language the child found
    assert tree(project / "wrong") == tree(project / "right")
    assert '<html lang="pt-BR"' in (project / "right" / "index.html").read_text(encoding="utf-8")

def test_a_bad_policy_is_reported_as_without_a_child(tmp_path: Path) -> None:
    project = init(tmp_path / "bad", "--name", "Bad Co.", "--timezone", "Europe/Lisbon", "--locale", "pt-PT")
    policy = next((project / "policies").glob("*.yaml"))
    text = policy.read_text(encoding="utf-8")
    assert 'timezone: "Europe/Lisbon"' in text
    policy.write_text(text.replace('timezone: "Europe/Lisbon"', 'timezone: "Europe/Lisbn"'), encoding="utf-8")
    ahead, alone = run_build(project), run_build(project, workers="1")
    assert ahead.returncode == alone.returncode == 1
    assert (ahead.stdout, ahead.stderr) == (alone.stdout, alone.stderr)
    assert ahead.stdout.endswith(
        ":11:13: error: business.timezone: unknown time zone 'Europe/Lisbn'; did you mean 'Europe/Lisbon'?\n")


def test_settings_the_child_cannot_read_leave_the_work_to_the_build(tmp_path: Path) -> None:
    """A tagged value (here the plugin's audience from the environment) is not guessed: the build generates itself."""
    project = init(tmp_path / "env", "--name", "Env Co.", "--timezone", "Asia/Tokyo", "--locale", "ja-JP")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("      policies: policies\n",
                                                                   "      policies: policies\n      audience: !ENV [SITE_AUDIENCE, public]\n"),
                      encoding="utf-8")
    assert "!ENV" in config.read_text(encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "pipeline"
    assert "ja" in (project / "site" / "index.html").read_text(encoding="utf-8")[:200]


def test_the_configuration_is_read_as_written_with_inherit(tmp_path: Path) -> None:
    (tmp_path / "base.yml").write_text(
        "site_name: Base\nsite_url: https://example.org/help\ntheme:\n  name: material\n  palette: {primary: red}\n"
        "plugins:\n  - search\n  - expectations:\n      logs: [a.csv]\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "INHERIT: base.yml\ntheme:\n  language: fr\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n", encoding="utf-8")
    raw = read_written(tmp_path / "mkdocs.yml")
    assert raw is not None
    assert raw["theme"] == {"name": "material", "palette": {"primary": "red"}, "language": "fr"}
    assert raw["site_url"] == "https://example.org/help" and raw["site_name"] == "Base"
    assert type(raw["markdown_extensions"][0]["pymdownx.emoji"]["emoji_index"]).__name__ == "_Unsure"
    assert plugin_options(raw) == {**PLUGIN_DEFAULTS, "logs": ["a.csv"]}
    (tmp_path / "broken.yml").write_text("site_name: [unclosed\n", encoding="utf-8")
    assert read_written(tmp_path / "broken.yml") is None
    (tmp_path / "loop.yml").write_text("INHERIT: loop.yml\n", encoding="utf-8")
    assert read_written(tmp_path / "loop.yml") is None
    assert read_written(tmp_path / "missing.yml") is None
    (tmp_path / "deep.yml").write_text("site_name: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    assert read_written(tmp_path / "deep.yml") is None  # refused, not a crash


@pytest.mark.parametrize(
    ("plugins", "expected"),
    [
        (["search", "expectations"], PLUGIN_DEFAULTS),
        ({"search": {}, "expectations": {"audience": "staff"}}, {**PLUGIN_DEFAULTS, "audience": "staff"}),
        ([{"expectations": None}], PLUGIN_DEFAULTS),
        (["search"], None),
        ([{"expectations": {"nope": 1}}], None),
        ([{"expectations": {"logs": "a.csv"}}], None),
        ([{"expectations": {"policies": 3}}], None),
        ([{"expectations": {}, "search": {}}], None),
    ],
)
def test_plugin_options_as_mkdocs_gives_them_or_none(plugins: object, expected: dict[str, object] | None) -> None:
    assert plugin_options({"plugins": plugins}) == expected


def test_directory_url_adds_the_slash_mkdocs_adds() -> None:
    assert directory_url("https://example.org/help") == "https://example.org/help/"
    assert directory_url("https://example.org/help/fr-CA/") == "https://example.org/help/fr-CA/"
    assert directory_url("https://example.org") == "https://example.org/"
    assert directory_url("https://example.org/a?b=c") == "https://example.org/a/?b=c"


def test_the_holiday_regions_and_language_are_read_quickly_and_hostile_files_are_left_to_validation(tmp_path: Path) -> None:
    from generator.adapters.ahead import policy_hints
    from generator.load.source import MAX_BYTES

    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "a.yaml").write_text("business: {locale: fr-CA}\nclosures:\n  public_holidays: ' CA-NS '\n", encoding="utf-8")
    (folder / "b.yml").write_text("business: {locale: de-DE}\nclosures:\n  public_holidays: DE\n", encoding="utf-8")
    (folder / "c.yaml").write_text("closures: [not, a, mapping]\n", encoding="utf-8")
    (folder / "d.yaml").write_text("a: &a [*a]\n: bad", encoding="utf-8")
    (folder / "e.yaml").write_text("closures:\n  public_holidays: 'FR'\n" + "#" * MAX_BYTES, encoding="utf-8")
    (folder / "f.yaml").write_bytes(b"\xff\xfe not text")
    (folder / "g.yaml").write_text("closures: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    (folder / "notes.txt").write_text("closures:\n  public_holidays: JP\n", encoding="utf-8")
    assert policy_hints(folder) == ({"CA-NS", "DE"}, "fr-CA")
    assert policy_hints(tmp_path / "missing") == (set(), None)
    (folder / "a.yaml").write_text("business: [fr-CA]\n", encoding="utf-8")
    assert policy_hints(folder) == ({"DE"}, None)  # the first file's, or none
