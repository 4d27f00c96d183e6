"""The CLDR and holidays answers a build uses, remembered between builds: the libraries' own answers, and none of their data loaded on a hit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date, format_skeleton, format_time, get_day_names, get_timezone_location, get_timezone_name
from babel.lists import format_list
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import remembered
from generator.render import cldr
from tests.conftest import ROOT

LOCALES = ["en_US", "en_CA", "fr_CA", "de_AT", "ar", "he", "ja", "zh_Hant_TW", "hi", "pt_PT", "fi", "sv_SE"]


TABLE = "answers.json"


@pytest.fixture(autouse=True)
def fresh_table():  # type: ignore[no-untyped-def]
    remembered.use_table(None)
    remembered._table.clear()
    yield
    remembered.use_table(None)
    remembered._table.clear()


@pytest.mark.parametrize("locale", LOCALES)
def test_every_answer_is_babels_own(locale: str) -> None:
    assert cldr.day_names(locale, "wide") == [get_day_names("wide", locale=locale)[i] for i in range(7)]
    assert cldr.short_time(locale, 13 * 60 + 5) == format_time(time(13, 5), format="short", locale=locale)
    assert cldr.full_date(locale, date(2026, 12, 25)) == format_date(date(2026, 12, 25), format="full", locale=locale)
    assert cldr.skeleton(locale, "MMMd", date(2026, 9, 28)) == format_skeleton("MMMd", date(2026, 9, 28), locale=locale)
    zone = ZoneInfo("America/Halifax")
    assert cldr.zone_name(locale, "America/Halifax") == get_timezone_name(zone, width="long", locale=locale)
    assert cldr.zone_city(locale, "America/Halifax") == get_timezone_location(zone, locale=locale, return_city=True)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(LOCALES), st.sampled_from(["standard", "or"]), st.lists(st.text(max_size=6), max_size=6))
def test_lists_are_joined_as_babel_joins_them(locale: str, style: str, items: list[str]) -> None:
    expected = format_list(items, style=style, locale=locale) if items else ""  # type: ignore[arg-type]
    assert cldr.list_text(locale, items, style) == expected


def test_the_table_is_kept_in_a_file_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / TABLE
    remembered.use_table(path)
    first = cldr.day_names("fr_CA", "wide")
    remembered.save()
    stored = json.loads(path.read_text(encoding="utf-8"))["answers"]
    assert stored == {'["cldr days",["fr_CA","wide"]]': first}
    remembered.use_table(None)
    remembered._table.clear()
    path.write_text(json.dumps({"answers": {'["cldr days",["fr_CA","wide"]]': ["from", "the", "table"]}}), encoding="utf-8")
    remembered.use_table(path)
    assert cldr.day_names("fr_CA", "wide") == ["from", "the", "table"]  # answered by the table, not by Babel


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"answers": 3}', b"\xff\xfe"])
def test_a_table_that_cannot_be_read_is_replaced(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / TABLE
    path.write_bytes(content)
    remembered.use_table(path)
    assert cldr.day_names("en_US", "abbreviated")[0] == "Mon"
    remembered.save()
    assert json.loads(path.read_text(encoding="utf-8"))["answers"] == {'["cldr days",["en_US","abbreviated"]]': ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}


def test_answers_asked_before_the_table_is_chosen_are_kept(tmp_path: Path) -> None:
    cldr.character_order("ar")
    remembered.use_table(tmp_path / TABLE)
    remembered.save()
    assert json.loads((tmp_path / TABLE).read_text(encoding="utf-8"))["answers"] == {'["cldr order",["ar"]]': "right-to-left"}


def test_the_table_keeps_the_newest_answers_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(remembered, "MAX_ANSWERS", 3)
    remembered.use_table(tmp_path / TABLE)
    for minutes in range(5):
        cldr.short_time("en_US", minutes)
    remembered.save()
    kept = json.loads((tmp_path / TABLE).read_text(encoding="utf-8"))["answers"]
    assert list(kept) == ['["cldr time",["en_US",2]]', '["cldr time",["en_US",3]]', '["cldr time",["en_US",4]]']


def test_a_folder_that_cannot_be_written_only_costs_the_table(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    remembered.use_table(blocked / TABLE)
    assert cldr.short_time("en_US", 0) == "12:00\u202fAM"
    remembered.save()  # no error


BUILD_AND_REPORT = (
    "import sys\n"
    "from generator.adapters.cli import main\n"
    "try:\n"
    "    main(['build'], prog_name='expectations')\n"
    "except SystemExit as exc:\n"
    "    assert not exc.code, exc.code\n"
    "import babel.localedata\n"
    "print(sorted(babel.localedata._cache), 'holidays' in sys.modules)\n"
)


def _build(project: Path, **extra: str) -> str:
    """A build in a fresh process, generating in that process (one worker: no child makes it ahead, tests/test_ahead.py)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795348800", "GITHUB_ACTIONS": "", "NO_MKDOCS_2_WARNING": "1",
           "GIT_CEILING_DIRECTORIES": str(project.parent), "EXPECTATIONS_WORKERS": "1", **extra}
    if "EXPECTATIONS_CACHE" not in extra:
        env.pop("EXPECTATIONS_CACHE", None)
    out = subprocess.run([sys.executable, "-c", BUILD_AND_REPORT], cwd=project, env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_rebuild_after_an_edit_loads_no_babel_data_and_writes_the_same_bytes(tmp_path: Path) -> None:
    project = tmp_path / "shop"
    subprocess.run([sys.executable, "-m", "generator", "init", str(project), "--name", "Tienda Sol", "--timezone",
                    "Europe/Madrid", "--locale", "es-ES"], check=True, capture_output=True)
    assert _build(project, EXPECTATIONS_CACHE="off") != "[] False"  # no table: Babel answers
    alone = _tree(project / "site")
    assert _build(project) != "[] False"  # the first build with the cache fills the table
    policy = next((project / "policies").glob("*.yaml"))
    policy.write_text(policy.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert _build(project) == "[] False"  # the content is generated again, every CLDR answer from the table
    assert _tree(project / "site") == alone
    assert len(list((project / ".cache" / "expectations").glob("answers-*.json"))) == 1


def test_the_example_with_its_translation_and_log_also_builds_without_babel_data(tmp_path: Path) -> None:
    import shutil

    project = tmp_path / "example"
    project.mkdir()
    for name in ("mkdocs.yml", "mkdocs-staff.yml"):
        shutil.copy2(ROOT / name, project / name)
    for name in ("site_src", "policies", "logs"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, project / name)
    assert _build(project) == "['en', 'en_CA', 'fr', 'fr_CA', 'root'] True"  # the public holidays of Nova Scotia
    policy = project / "policies" / "harbor-view.yaml"
    policy.write_text(policy.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert _build(project) == "[] False"  # neither Babel's data nor the holidays library


@pytest.mark.parametrize(("country", "subdiv"), [("CA", "NS"), ("US", "CA"), ("DE", "BY"), ("JP", None), ("SA", None)])
def test_holiday_answers_are_the_librarys_own_in_its_order(tmp_path: Path, country: str, subdiv: str | None) -> None:
    from generator.model.holiday_registry import country_holidays, subdivisions_of, year_of_holidays

    remembered.use_table(tmp_path / TABLE)
    expected = list(country_holidays(country, subdiv, 2027, "en_US").items())
    assert list(year_of_holidays(country, subdiv, 2027).items()) == expected
    remembered.save()
    remembered.use_table(None)
    remembered._table.clear()
    remembered.use_table(tmp_path / TABLE)
    assert list(year_of_holidays(country, subdiv, 2027).items()) == expected  # read back from the table
    assert subdiv is None or subdiv in subdivisions_of(country)
