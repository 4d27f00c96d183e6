"""Chains: many locations in one site, at the same cost per location.

A 50-location site (and a 5-location one of the same locations) is built once
per module; the tests check that no page lists every location, that a
location's pages are the same size whatever the size of the chain, that the
search indexes a few pages per location, and that each page loads only its own
location's status data.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main

BUILT_AT = "1795435200"  # 2026-11-23T12:00:00Z
ZONES = [  # one language for the whole site (every location of a site has the same languages), many zones
    ("America/Halifax", "Halifax"),
    ("Europe/Lisbon", "Lisboa"),
    ("Asia/Tokyo", "Shibuya"),
    ("America/Los_Angeles", "Santa Monica"),
    ("Europe/Berlin", "Kreuzberg"),
]


def location_policy(n: int) -> str:
    zone, area = ZONES[n % len(ZONES)]
    return f"""\
policy: 1
business:
  name: Corner Shoe Co. {area} {n}
  area: {area}
  timezone: {zone}
  locale: en-US
schedules:
  store:
    mon-sat: 10:00-19:00
  phones:
    weekdays: [09:00-12:00, 13:00-17:00]
closures:
  dates:
    - date: 2026-12-25
      name: Christmas Day
channels:
  - id: phone
    type: phone
    handle: +1 555 010 {n:04d}
    url: tel:+15550{n:06d}
    schedule: phones
    first_response: {15 + n % 4 * 15}m
    good_for: [Orders, Returns]
  - id: email
    type: email
    handle: store{n}@cornershoe.example
    url: mailto:store{n}@cornershoe.example
    schedule: store
    first_response: 1d
  - id: instagram
    type: instagram
    handle: "@cornershoe{n}"
    url: https://www.instagram.com/cornershoe{n}
    role: announcements
help_topics:
  - topic: Returns and refunds
    channels: [email, phone]
faq:
  entries:
    - question: Do you resole shoes at store {n}?
      answer: Yes, in about a week.
"""


def chain(folder: Path, locations: int) -> Path:
    (folder / "policies").mkdir(parents=True)
    (folder / "site_src").mkdir()
    (folder / "site_src" / "about.md").write_text("# About us\n\nShoes since 1950.\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        "site_name: Corner Shoe Co.\ndocs_dir: site_src\nsite_dir: site\n"
        "theme:\n  name: material\n  font: false\nplugins:\n  - search\n  - expectations\n",
        encoding="utf-8",
    )
    for n in range(1, locations + 1):
        (folder / "policies" / f"store-{n:03d}.yaml").write_text(location_policy(n), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", "-f", str(folder / "mkdocs.yml")], env={"SOURCE_DATE_EPOCH": BUILT_AT}
    )
    assert result.exit_code == 0, result.output
    return folder / "site"


@pytest.fixture(scope="module")
def fifty(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return chain(tmp_path_factory.mktemp("fifty"), 50)


@pytest.fixture(scope="module")
def five(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return chain(tmp_path_factory.mktemp("five"), 5)


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_page_lists_other_locations(fifty: Path) -> None:
    for page in html_pages(fifty):
        rel = page.relative_to(fifty).as_posix()
        if rel == "index.html":
            continue
        own = rel.split("/", 1)[0]
        # The head's rel=prev/next point at the neighbouring pages in the site's order: one each, whatever the size.
        text = re.sub(r'<link rel="(?:prev|next)" href="[^"]*">', "", page.read_text(encoding="utf-8"))
        others = set(re.findall(r'href="(?:\.\./)*(store-\d{3})/', text)) - {own}
        assert not others, f"{rel} links to {sorted(others)[:5]}"


def test_a_location_costs_the_same_in_a_small_and_a_large_chain(fifty: Path, five: Path) -> None:
    for page in ("store-003/index.html", "store-003/hours/index.html", "store-003/faq/index.html"):
        small, large = (five / page).stat().st_size, (fifty / page).stat().st_size
        assert abs(large - small) <= 0.02 * small, (page, small, large)


def test_largest_page_is_bounded(fifty: Path) -> None:
    sizes = {p.relative_to(fifty).as_posix(): p.stat().st_size for p in html_pages(fifty)}
    largest = max(sizes, key=sizes.__getitem__)
    assert sizes[largest] < 60_000, (largest, sizes[largest])
    # The locations index grows by one short list item per location.
    assert sizes["index.html"] < 15_000 + 50 * 150


def test_locations_index_is_a_plain_list_with_a_filter(fifty: Path) -> None:
    home = (fifty / "index.html").read_text(encoding="utf-8")
    items = re.findall(r'<li><a href="(store-\d{3})/">([^<]+)</a> <span>([^<]+)</span></li>', home)
    assert len(items) == 50
    assert items[0] == ("store-001", "Corner Shoe Co. Lisboa 1", "Lisboa")
    assert '<p class="locations__filter" hidden>' in home  # shown by the script only
    assert '<label for="locations-filter">Find a location</label>' in home
    assert '<script src="assets/locations.js" defer></script>' in home
    assert (fifty / "assets" / "locations.js").is_file()
    assert "channel-card" not in home
    description = re.search(r'<meta name="description" content="([^"]*)"', home)
    assert description is not None
    assert description.group(1) == (
        "Choose one of our 50 locations to see how to reach it, when it is staffed and how fast it replies."
    )


def test_search_indexes_a_few_pages_per_location(fifty: Path) -> None:
    index = json.loads((fifty / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#", 1)[0] for doc in index["docs"]}
    store = {p for p in pages if p.startswith("store-003/")}
    assert store == {"store-003/", "store-003/help/", "store-003/faq/"}
    assert "store-003/hours/" not in pages and "store-003/accounts/" not in pages
    gz = len(gzip.compress((fifty / "search" / "search_index.json").read_bytes()))
    assert gz < 50 * 2_000, gz


def test_single_policy_site_indexes_every_page(tmp_path: Path) -> None:
    site = chain(tmp_path, 1)
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#", 1)[0] for doc in index["docs"]}
    assert {"", "help/", "hours/", "faq/", "accounts/"} <= pages


def test_each_page_loads_only_its_own_location_data(fifty: Path) -> None:
    index = json.loads((fifty / "expectations.json").read_text(encoding="utf-8"))
    assert len(index["locations"]) == 50 and "channels" not in index
    for entry in index["locations"]:
        page = (fifty / entry["path"] / "index.html").read_text(encoding="utf-8")
        assert set(re.findall(r'data-location="([^"]+)"', page)) == {entry["id"]}
        data = (fifty / entry["data"]).read_bytes()
        assert json.loads(data)["business"]["name"] == entry["name"]
        assert len(gzip.compress(data)) < 10_000
    # The index grows by one short entry per location; a page never loads it.
    assert len((fifty / "expectations.json").read_bytes()) < 50 * 250


def test_updates_diff_staff_and_structured_data_work_per_location(tmp_path: Path, monkeypatch) -> None:
    from tests.test_changes import git

    project = tmp_path / "chain"
    chain(project, 3)
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "policies", "site_src", "mkdocs.yml")
    git(project, "commit", "-qm", "Publish", when="2026-09-01T10:00:00+00:00")
    policy = project / "policies" / "store-002.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("first_response: 1d", "first_response: 2d"), "utf-8")
    git(project, "commit", "-qam", "Slower email in Shibuya", when="2026-10-05T10:00:00+00:00")
    monkeypatch.chdir(project)

    diff = CliRunner().invoke(main, ["diff", "--git", "HEAD~1"])
    assert diff.exit_code == 0, diff.output
    sections = diff.stdout.split("## ")[1:]
    assert [s.splitlines()[0] for s in sections] == [
        "Changes for customers: policies/store-001.yaml",
        "Changes for customers: policies/store-002.yaml",
        "Changes for customers: policies/store-003.yaml",
    ]
    assert "Slower replies" in sections[1] and "Slower replies" not in sections[0] + sections[2]

    result = CliRunner().invoke(main, ["build"], env={"SOURCE_DATE_EPOCH": BUILT_AT})
    assert result.exit_code == 0, result.output
    site = project / "site"
    shibuya = (site / "store-002" / "updates" / "index.html").read_text(encoding="utf-8")
    assert "Slower replies" in shibuya
    assert "Slower replies" not in (site / "store-001" / "updates" / "index.html").read_text(encoding="utf-8")
    assert (site / "store-002" / "updates.xml").is_file()
    for n, area in ((1, "Lisboa"), (2, "Shibuya"), (3, "Santa Monica")):
        home = (site / f"store-00{n}" / "index.html").read_text(encoding="utf-8")
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', home, re.S)
        organization = next(json.loads(b) for b in blocks if '"Organization"' in b or "Organization" in b)
        assert organization["name"] == f"Corner Shoe Co. {area} {n}"

    staff = CliRunner().invoke(main, ["build", "--audience", "staff", "-f", "mkdocs-staff.yml"],
                               env={"SOURCE_DATE_EPOCH": BUILT_AT})
    assert staff.exit_code == 2  # no staff configuration yet: the user is told how to create one
    (project / "mkdocs-staff.yml").write_text(
        "INHERIT: mkdocs.yml\nsite_name: Corner Shoe Co. staff\nsite_dir: site-staff\n"
        "plugins:\n  search: {}\n  expectations:\n    audience: staff\n", encoding="utf-8")
    staff = CliRunner().invoke(main, ["build", "--audience", "staff"], env={"SOURCE_DATE_EPOCH": BUILT_AT})
    assert staff.exit_code == 0, staff.output
    playbook = (project / "site-staff" / "store-003" / "playbook" / "index.html").read_text(encoding="utf-8")
    assert "Corner Shoe Co. Santa Monica 3" in playbook
    playbook = re.sub(r'<link rel="(?:prev|next)" href="[^"]*">', "", playbook)
    assert "store-001/" not in playbook and "store-002/" not in playbook


def test_worker_processes_give_the_same_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime, timezone

    from generator import parallel
    from generator.pipeline import build_site, site_policies

    for n in range(1, parallel.PARALLEL_FROM + 2):
        (tmp_path / f"store-{n:03d}.yaml").write_text(location_policy(n), encoding="utf-8")
    policies = site_policies(tmp_path)
    now = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
    pools = []

    class CountedPool(parallel.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            pools.append(kwargs["max_workers"])
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", CountedPool)
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)  # other tests' servers may run threads
    built = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("EXPECTATIONS_WORKERS", workers)
        built[workers] = build_site(policies, now)
    one, two = built["1"], built["2"]
    assert pools == [2]  # one site in this process, one by two workers
    assert [(p.path, p.markdown, p.head) for p in one.pages] == [(p.path, p.markdown, p.head) for p in two.pages]
    assert one.files == two.files
    assert [(name, [p.path for p in pages]) for name, pages in one.nav] == [
        (name, [p.path for p in pages]) for name, pages in two.nav
    ]


def test_every_location_is_written_in_the_same_language(tmp_path: Path) -> None:
    project = tmp_path / "mixed"
    (project / "policies").mkdir(parents=True)
    for n, locale in ((1, "en-US"), (2, "de-DE"), (3, "en-AU")):  # regions may differ, languages may not
        text = location_policy(n).replace("locale: en-US", f"locale: {locale}")
        (project / "policies" / f"store-{n:03d}.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(project / "policies")], env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 1
    assert result.stdout == (
        f"{project / 'policies' / 'store-002.yaml'}:6:11: error: business.locale: 'de-DE' is in another language than "
        "the other policies' 'en-US'; every location of one site is written in the same language (translate it "
        "with business.translations)\n"
    )
