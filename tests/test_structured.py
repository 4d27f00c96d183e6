"""schema.org JSON-LD: present in the built pages, valid JSON, and only properties schema.org defines for each type."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.derive.public import public_view
from generator.derive.structured import opening_hours, organization
from generator.derive.times import site_times
from tests.conftest import MINIMAL, policy_from
from tests.test_render import NOW

# Properties that schema.org defines for (or inherits into) each type we emit, from schema.org's type pages.
ALLOWED = {
    "Organization": {"@context", "@type", "name", "url", "description", "sameAs", "contactPoint", "email", "telephone"},
    "ContactPoint": {"@type", "name", "contactType", "url", "telephone", "email", "availableLanguage", "hoursAvailable",
                     "areaServed"},
    "OpeningHoursSpecification": {"@type", "dayOfWeek", "opens", "closes", "validFrom", "validThrough"},
    "FAQPage": {"@context", "@type", "mainEntity", "name", "inLanguage"},
    "Question": {"@type", "name", "acceptedAnswer"},
    "Answer": {"@type", "text"},
}
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
DAY_URL = re.compile(r"^https://schema\.org/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def check_node(node: object) -> int:
    """Check every typed object below ``node``; return how many were checked."""
    if isinstance(node, list):
        return sum(check_node(item) for item in node)
    if not isinstance(node, dict):
        return 0
    kind = node.get("@type")
    assert kind in ALLOWED, kind
    unknown = set(node) - ALLOWED[kind]
    assert not unknown, f"{kind} has properties schema.org does not define for it: {unknown}"
    if kind == "OpeningHoursSpecification":
        assert TIME.match(node["opens"]) and TIME.match(node["closes"]), node
        assert all(DAY_URL.match(d) for d in node.get("dayOfWeek", [])), node
    return 1 + sum(check_node(value) for value in node.values())


def scripts(html: str) -> list[dict]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(text) for text in found]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("ld") / "p"
    assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml")], env={"SOURCE_DATE_EPOCH": "1795435200"})
    assert result.exit_code == 0, result.output
    return project / "site"


def test_home_page_has_an_organization_with_contact_points(site: Path) -> None:
    (data,) = scripts((site / "index.html").read_text(encoding="utf-8"))
    assert check_node(data) > 10
    assert data["@type"] == "Organization" and data["name"] == "Harbor View Hotel"
    points = {p["name"]: p for p in data["contactPoint"]}
    assert sorted(points) == ["Email", "Facebook Messenger", "Front desk phone", "Web chat", "X (Twitter)"]
    assert points["Front desk phone"]["telephone"] == "+19025550142"
    assert points["Email"]["email"] == "stay@harborview.example"
    assert points["X (Twitter)"]["url"] == "https://x.com/HarborViewHelp"
    assert points["X (Twitter)"]["availableLanguage"] == ["en", "fr"]
    assert "https://www.instagram.com/harborviewhalifax" in data["sameAs"]
    # Christmas Day is closed for the social desk: a dated entry, opens = closes = 00:00.
    christmas = [s for s in points["X (Twitter)"]["hoursAvailable"] if s.get("validFrom") == "2026-12-25"]
    assert christmas == [{"@type": "OpeningHoursSpecification", "validFrom": "2026-12-25", "validThrough": "2026-12-25",
                          "opens": "00:00", "closes": "00:00"}]
    assert points["Front desk phone"]["hoursAvailable"][0]["opens"] == "00:00"
    assert points["Front desk phone"]["hoursAvailable"][0]["closes"] == "23:59"


def test_faq_page_has_every_question(site: Path) -> None:
    html = (site / "faq" / "index.html").read_text(encoding="utf-8")
    (data,) = scripts(html)
    assert check_node(data) > 10
    questions = [q["name"] for q in data["mainEntity"]]
    assert len(questions) == html.count('<h2 id="')
    assert "Can I book a room through Facebook Messenger?" in questions
    parking = next(q for q in data["mainEntity"] if q["name"] == "Do you have parking?")
    assert parking["acceptedAnswer"]["text"] == (
        "Yes. Guest parking is under the hotel, entrance on Lower Water Street. See directions."
    )


def test_other_pages_have_no_json_ld(site: Path) -> None:
    for page in ["help", "hours", "accounts", "about"]:
        assert scripts((site / page / "index.html").read_text(encoding="utf-8")) == []


def test_overnight_range_closes_before_it_opens() -> None:
    text = MINIMAL.replace("    mon-fri: 09:00-17:00\n", "    fri-sat: 22:00-06:00\n    sun: 18:00-24:00\n")
    policy = policy_from(text)
    public = public_view(policy)
    specs = opening_hours(public.channels[0], site_times(policy, NOW))
    assert specs == [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": ["https://schema.org/Friday", "https://schema.org/Saturday"],
         "opens": "22:00", "closes": "06:00"},
        {"@type": "OpeningHoursSpecification", "dayOfWeek": ["https://schema.org/Sunday"], "opens": "18:00",
         "closes": "00:00"},
    ]


def test_structured_data_escapes_policy_text() -> None:
    from generator.render.data import json_ld

    text = MINIMAL.replace("name: Test Shop", 'name: "</script><script>alert(1)</script>"')
    policy = policy_from(text)
    html = json_ld(organization(public_view(policy), site_times(policy, NOW), None))
    assert html.count("</script>") == 1 and "<script>alert" not in html
    assert json.loads(html.removeprefix('<script type="application/ld+json">').removesuffix("</script>"))["name"] == (
        "</script><script>alert(1)</script>"
    )
