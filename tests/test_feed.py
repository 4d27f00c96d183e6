"""updates.xml: the customer-facing policy updates as an Atom feed (RFC 4287), beside the updates page.

The history is the one of tests/test_changes.py: published on Sep 1, then a
closure, a staff-only edit and a slower email promise on Oct 1-3, 2026.
feedparser must read it without complaint (no bozo), and a structural check
applies RFC 4287's rules on the elements a feed and an entry must have.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from tests.test_changes import git, repo  # noqa: F401 - the fixture is used by name

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")
URI = re.compile(r"^[a-z][a-z0-9+.\-]*:\S+$", re.I)


def build(project: Path, epoch: str = "1795435200") -> Path:
    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml")],
                                env={"SOURCE_DATE_EPOCH": epoch, "GITHUB_ACTIONS": ""})
    assert result.exit_code == 0, result.output
    return project / "site"


def rfc4287_problems(xml: bytes) -> list[str]:
    """What RFC 4287 section 4.1 requires of a feed and its entries, as a list of problems."""
    root = ET.fromstring(xml)
    problems = []
    if root.tag != f"{A}feed":
        return [f"root is {root.tag}"]

    def one(parent: ET.Element, name: str, where: str) -> ET.Element | None:
        found = parent.findall(f"{A}{name}")
        if len(found) != 1:
            problems.append(f"{where}: {len(found)} atom:{name}")
            return None
        return found[0]

    for name in ("id", "title", "updated"):
        one(root, name, "feed")
    entries = root.findall(f"{A}entry")
    if not root.findall(f"{A}author") and not all(e.findall(f"{A}author") for e in entries):
        problems.append("feed: no atom:author, and not every entry has one")
    for element in root.iter():
        if element.tag in (f"{A}id",) and not URI.match(element.text or ""):
            problems.append(f"id {element.text!r} is not an IRI")
        if element.tag in (f"{A}updated", f"{A}published") and not RFC3339.match(element.text or ""):
            problems.append(f"{element.tag}: {element.text!r} is not an RFC 3339 date")
        if element.tag == f"{A}link" and not element.get("href"):
            problems.append("atom:link without href")
    alternates = [(l.get("type"), l.get("hreflang")) for l in root.findall(f"{A}link") if l.get("rel", "alternate") == "alternate"]
    if len(alternates) != len(set(alternates)):
        problems.append("feed: two alternate links with the same type and hreflang")
    for index, entry in enumerate(entries):
        where = f"entry {index}"
        for name in ("id", "title", "updated"):
            one(entry, name, where)
        content = entry.findall(f"{A}content")
        links = [l for l in entry.findall(f"{A}link") if l.get("rel", "alternate") == "alternate"]
        if not content and not links:
            problems.append(f"{where}: neither atom:content nor an alternate link")
        if len(content) > 1:
            problems.append(f"{where}: {len(content)} atom:content")
    return problems


def test_the_feed_reads_cleanly_and_follows_the_commits(repo: Path) -> None:  # noqa: F811
    site = build(repo)
    raw = (site / "updates.xml").read_bytes()
    assert rfc4287_problems(raw) == []
    feed = feedparser.parse(raw)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Harbor View Hotel: policy updates"
    assert feed.feed.author == "Harbor View Hotel"
    assert feed.feed.language == "en-CA"
    assert [e.title for e in feed.entries] == [
        "What changed on Saturday, October 3, 2026",
        "What changed on Thursday, October 1, 2026",
        "What changed on Tuesday, September 1, 2026",
    ]
    # Entries are dated by their commits (23:30 at UTC-3 is 02:30 UTC the next day).
    assert [e.updated for e in feed.entries] == [
        "2026-10-04T02:30:00Z", "2026-10-02T02:30:00Z", "2026-09-01T13:00:00Z",
    ]
    assert feed.feed.updated == "2026-10-04T02:30:00Z"
    assert all(e.id.startswith("urn:uuid:") for e in feed.entries)
    assert feed.entries[0].content[0].type == "text/html"
    assert feed.entries[0].content[0].value == (
        "<ul>\n<li><strong>Slower replies:</strong> Email: within 2 staffed days "
        "(was by the end of the next staffed day).</li>\n</ul>"
    )
    assert feed.entries[2].content[0].value == "<p>We published this policy.</p>"
    # Without site_url, links are relative to the feed, which readers resolve against its address.
    assert [l.href for l in feed.entries[0].links] == ["updates/#update-2026-10-03-1"]
    page = (site / "updates" / "index.html").read_text(encoding="utf-8")
    assert 'id="update-2026-10-03-1"' in page
    assert ('<link rel="alternate" type="application/atom+xml" title="Policy updates (Atom feed)" '
            'href="../updates.xml">') in page
    assert 'href="../updates.xml">Follow these updates in a feed reader</a>' in page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml" title="Policy updates (Atom feed)" href="updates.xml">' in home


def test_ids_stay_the_same_across_builds_and_new_commits(repo: Path) -> None:  # noqa: F811
    first = feedparser.parse((build(repo) / "updates.xml").read_bytes())
    policy = repo / "policies" / "harbor-view.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("first_response: 15m", "first_response: 10m", 1),
                      encoding="utf-8")
    git(repo, "commit", "-qam", "faster", when="2026-11-02T09:00:00-04:00")
    second = feedparser.parse((build(repo, "1795500000") / "updates.xml").read_bytes())
    assert second.feed.id == first.feed.id
    assert [e.id for e in second.entries[1:]] == [e.id for e in first.entries]
    assert second.entries[0].updated == "2026-11-02T13:00:00Z" == second.feed.updated
    assert len({e.id for e in second.entries}) == 4


def test_with_site_url_the_links_are_absolute(repo: Path) -> None:  # noqa: F811
    config = repo / "mkdocs.yml"
    config.write_text("site_url: https://help.harborview.example/support/\n" + config.read_text(encoding="utf-8"),
                      encoding="utf-8")
    feed = feedparser.parse((build(repo) / "updates.xml").read_bytes())
    assert feed.bozo == 0
    assert [(l.rel, l.href) for l in feed.feed.links] == [
        ("self", "https://help.harborview.example/support/updates.xml"),
        ("alternate", "https://help.harborview.example/support/updates/"),
    ]
    assert feed.entries[0].link == "https://help.harborview.example/support/updates/#update-2026-10-03-1"


def test_hostile_business_names_stay_text(repo: Path) -> None:  # noqa: F811
    policy = repo / "policies" / "harbor-view.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace(
        "name: Harbor View Hotel", "name: \"<b>Harbor</b> & 'View' ]]> \\u202eHotel\"", 1), encoding="utf-8")
    git(repo, "commit", "-qam", "rename", when="2026-11-02T09:00:00-04:00")
    raw = (build(repo) / "updates.xml").read_bytes()
    assert rfc4287_problems(raw) == []
    feed = feedparser.parse(raw)
    assert feed.bozo == 0
    assert feed.feed.author == "<b>Harbor</b> & 'View' ]]> \u202eHotel"


def test_no_feed_outside_git(tmp_path: Path) -> None:
    from tests.conftest import init

    site = build(init(tmp_path / "plain"))
    assert not (site / "updates.xml").exists() and not (site / "updates").exists()
    assert "application/atom+xml" not in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "closures.ics").exists()
