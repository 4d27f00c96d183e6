"""Sites with several policies: one section per location, a home page listing them, one data file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from tests.conftest import MINIMAL

FIXTURE = Path(__file__).parent / "fixtures" / "two-locations"
BUILT_AT = "1795435200"


def build(project: Path, *extra: str):
    return CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml"), *extra], env={"SOURCE_DATE_EPOCH": BUILT_AT})


@pytest.fixture(scope="module")
def two(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("two") / "site-project"
    shutil.copytree(FIXTURE, project)
    result = build(project)
    assert result.exit_code == 0, result.output
    return project / "site"


def test_each_location_has_its_own_section(two: Path) -> None:
    for section in ("halifax", "lunenburg"):
        for page in ("index.html", "help/index.html", "hours/index.html", "faq/index.html", "accounts/index.html"):
            assert (two / section / page).is_file(), f"{section}/{page}"
    lunenburg = (two / "lunenburg" / "index.html").read_text(encoding="utf-8")
    assert "Innkeeper&#39;s phone" in lunenburg or "Innkeeper&#x27;s phone" in lunenburg or "Innkeeper's phone" in lunenburg
    assert 'data-channel="phone" data-location="lunenburg"' in lunenburg
    assert "Front desk phone" not in lunenburg


def test_home_page_lists_the_locations(two: Path) -> None:
    home = (two / "index.html").read_text(encoding="utf-8")
    assert '<a href="halifax/">Harbor View Hotel</a>' in home
    assert '<a href="lunenburg/">Harbor View Inn Lunenburg</a>' in home
    assert "channel-card" not in home


def test_a_data_file_per_location_and_an_index_at_the_root(two: Path) -> None:
    index = json.loads((two / "expectations.json").read_text(encoding="utf-8"))
    assert [(loc["id"], loc["path"], loc["data"], loc["name"]) for loc in index["locations"]] == [
        ("halifax", "halifax/", "halifax/expectations.json", "Harbor View Hotel"),
        ("lunenburg", "lunenburg/", "lunenburg/expectations.json", "Harbor View Inn Lunenburg"),
    ]
    assert index["generated_at"] == "2026-11-23T12:00:00Z" and "channels" not in index
    own = {loc["id"]: json.loads((two / loc["data"]).read_text(encoding="utf-8")) for loc in index["locations"]}
    # The same channel id in two policies is fine: each location keeps its own.
    phones = [next(c for c in own[slug]["channels"] if c["id"] == "phone") for slug in ("halifax", "lunenburg")]
    assert [p["first_response"] for p in phones] == ["15m", "30m"]
    assert own["lunenburg"]["business"]["name"] == "Harbor View Inn Lunenburg" and "messages" in own["lunenburg"]


def test_navigation_shows_the_own_location_only(two: Path) -> None:
    html = (two / "halifax" / "faq" / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary"'):]
    nav = nav[: nav.index("</nav>")]
    assert "Harbor View Hotel" in nav and 'href="../hours/"' in nav
    assert "Harbor View Inn Lunenburg" not in nav and "lunenburg/" not in nav
    assert 'href="../../about/"' in nav  # the site's own pages stay in every location's navigation


def test_staff_site_has_a_playbook_per_location(tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(FIXTURE, project)
    (project / "mkdocs-staff.yml").write_text(
        "INHERIT: mkdocs.yml\nsite_dir: site-staff\nplugins:\n  search: {}\n  expectations:\n    audience: staff\n"
    )
    result = CliRunner().invoke(
        main, ["build", "--audience", "staff", "-f", str(project / "mkdocs-staff.yml")], env={"SOURCE_DATE_EPOCH": BUILT_AT}
    )
    assert result.exit_code == 0, result.output
    for section in ("halifax", "lunenburg"):
        assert (project / "site-staff" / section / "playbook" / "replies" / "index.html").is_file()
        assert (project / "site-staff" / section / "playbook" / "incident-log.csv").is_file()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Main_Street.yaml", "the file name 'Main_Street' names this location's section of the site, so it must be an id "
         "(lowercase letters, digits and hyphens); rename the file"),
        ("faq.yaml", "the file name 'faq' is taken by a page of the site; rename the file"),
    ],
    ids=["not-an-id", "reserved"],
)
def test_policy_file_names_must_make_section_names(tmp_path: Path, name: str, message: str) -> None:
    project = tmp_path / "p"
    shutil.copytree(FIXTURE, project)
    (project / "policies" / name).write_text(MINIMAL)
    result = build(project)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [f"{project / 'policies' / name}:1:1: error: {message}"]
