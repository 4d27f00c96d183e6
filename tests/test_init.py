"""`expectations init` for a user's own business, the site named after it, and requirements.txt."""

from __future__ import annotations

import io
import json
import re
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters import scaffold
from generator.adapters.cli import main
from generator.adapters.scaffold import (
    Business,
    business_slug,
    default_locale,
    default_name,
    default_timezone,
    requirement_text,
    starter_policy,
    yaml_string,
)
from generator.derive.public import PublicBusiness
from generator.derive.site_name import SiteIdentity, is_auto, site_identity
from generator.load import load_text
from generator.model.validate import validate
from tests.conftest import BUILT_AT

NO_LOCALE = {"LC_ALL": None, "LC_MESSAGES": None, "LANG": None}


def run(*args: str, **kwargs):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), **kwargs)


class NoInput(io.RawIOBase):
    """A standard input that fails the test when anything reads it."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if len(buffer) == 0:  # click probes the stream with read(0)
            return 0
        raise AssertionError("init read standard input without a terminal")


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scaffold, "stdin_is_terminal", lambda: True)


# --- the starter policy ----------------------------------------------------------------------


def test_init_with_options_writes_a_starter_policy_that_passes_check(tmp_path: Path) -> None:
    project = tmp_path / "site"
    result = run("init", str(project), "--name", "Corner Shoe Co.", "--timezone", "America/Los_Angeles", "--locale", "en-US",
                 input=NoInput())
    assert result.exit_code == 0, result.output
    files = sorted(p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file())
    assert files == [".github/workflows/expectations.yml", ".gitignore", "README.md", "mkdocs-staff.yml", "mkdocs.yml",
                     "policies/corner-shoe-co.yaml", "policy.schema.json", "requirements.txt", "site_src/about.md"]
    assert result.stderr.splitlines()[-2:] == [
        f"Wrote a starter policy for Corner Shoe Co. (America/Los_Angeles, en-US) to {project}/policies/corner-shoe-co.yaml: "
        "change the lines marked CHANGE.",
        f"Next: cd {project} && expectations check && expectations build",
    ]
    text = (project / "policies" / "corner-shoe-co.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../policy.schema.json"
    assert "Harbor View" not in "".join(p.read_text(encoding="utf-8") for p in project.rglob("*") if p.is_file())
    policy = validate(load_text(text.encode("utf-8"), "corner-shoe-co.yaml"))
    assert (policy.business.name, policy.business.timezone, policy.business.locale) == (
        "Corner Shoe Co.", "America/Los_Angeles", "en-US")
    assert [(c.id, c.type, c.role) for c in policy.channels] == [
        ("email", "email", "answered"), ("phone", "phone", "answered"), ("instagram", "instagram", "announcements")]
    assert text.count("# CHANGE") == 9
    checked = run("check", str(project / "policies"))
    assert checked.exit_code == 0 and checked.stderr == "1 policy OK\n"


@pytest.mark.parametrize(
    "name",
    ['Joe\'s "Best": Shoes #1', "- [x] {a: b} & *ref !tag %d @at `tick`", "Caf\u00e9 Zo\u00eb\u2028Paris", "yes", "0800",
     "\\ back \\\\ slash \t tab", "\u6771\u4eac\u30db\u30c6\u30eb"],
)
def test_any_name_round_trips_through_the_starter_policy(name: str) -> None:
    policy = validate(load_text(starter_policy(Business(name, "Europe/Lisbon", "pt-PT")).encode("utf-8"), "p.yaml"))
    assert policy.business.name == name.strip()


def test_names_are_quoted_for_yaml() -> None:
    assert yaml_string('Joe\'s "Best": Shoes #1') == '"Joe\'s \\"Best\\": Shoes #1"'
    assert yaml_string("a\u2028b\u0085c") == '"a\\u2028b\\u0085c"'
    assert yaml_string("Caf\u00e9") == '"Caf\u00e9"'


@pytest.mark.parametrize(
    ("name", "slug"),
    [("Corner Shoe Co.", "corner-shoe-co"), ('Joe\'s "Best": Shoes #1', "joe-s-best-shoes-1"),
     ("Caf\u00e9 Zo\u00eb", "cafe-zoe"), ("\u6771\u4eac\u30db\u30c6\u30eb", "business"), ("FAQ", "faq-policy")],
)
def test_the_policy_file_is_named_after_the_business(name: str, slug: str) -> None:
    assert business_slug(name) == slug


def test_example_writes_the_hotel(tmp_path: Path) -> None:
    result = run("init", "--example", str(tmp_path / "demo"), input=NoInput())
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "demo" / "policies").iterdir()) == ["harbor-view.fr-CA.po", "harbor-view.yaml"]
    wrong = run("init", "--example", "--name", "Corner Shoe Co.", str(tmp_path / "other"))
    assert wrong.exit_code == 2
    assert wrong.stderr.splitlines()[-1] == (
        "Error: --example writes the example hotel's policy; leave out --name, --timezone and --locale")
    assert not (tmp_path / "other").exists()


# --- prompts and defaults --------------------------------------------------------------------


def test_in_a_terminal_init_asks_with_defaults(tmp_path: Path, terminal: None) -> None:
    project = tmp_path / "corner-shoe-co"
    env = {**NO_LOCALE, "TZ": "America/Los_Angeles", "LANG": "en_US.UTF-8"}
    result = run("init", str(project), input="\n\n\n", env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Business name [Corner Shoe Co]: \n"
        "Time zone (IANA name) [America/Los_Angeles]: \n"
        "Language tag [en-US]: \n"
    )
    assert (project / "policies" / "corner-shoe-co.yaml").is_file()


def test_in_a_terminal_bad_answers_get_checks_message_and_are_asked_again(tmp_path: Path, terminal: None) -> None:
    project = tmp_path / "shop"
    answers = "   \nCorner Shoe Co.\nEurope/Lisbn\nAmerica/Los_Angeles\nxx_bad\nen-US\n"
    result = run("init", str(project), input=answers, env={**NO_LOCALE, "TZ": "UTC"})
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Business name [Shop]:    \n"
        "Error: must not be empty\n"
        "Business name [Shop]: Corner Shoe Co.\n"
        "Time zone (IANA name) [UTC]: Europe/Lisbn\n"
        "Error: unknown time zone 'Europe/Lisbn'; did you mean 'Europe/Lisbon'?\n"
        "Time zone (IANA name) [UTC]: America/Los_Angeles\n"
        "Language tag [en]: xx_bad\n"
        "Error: unknown locale 'xx_bad'; use a language tag such as en-CA or fr\n"
        "Language tag [en]: en-US\n"
    )
    text = (project / "policies" / "corner-shoe-co.yaml").read_text(encoding="utf-8")
    assert '  name: "Corner Shoe Co."\n' in text and '  timezone: "America/Los_Angeles"' in text


def test_check_prints_the_same_message_for_that_zone(tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(starter_policy(Business("Shop", "UTC", "en")).replace('"UTC"', '"Europe/Lisbn"'), encoding="utf-8")
    result = run("check", str(policy))
    assert "business.timezone: unknown time zone 'Europe/Lisbn'; did you mean 'Europe/Lisbon'?" in result.stdout


def test_in_a_terminal_only_missing_values_are_asked(tmp_path: Path, terminal: None) -> None:
    result = run("init", str(tmp_path / "s"), "--name", "Corner Shoe Co.", "--locale", "en-US", input="Asia/Tokyo\n",
                 env={"TZ": "UTC"})
    assert result.exit_code == 0, result.output
    assert result.stdout == "Time zone (IANA name) [UTC]: Asia/Tokyo\n"


def test_without_a_terminal_init_never_reads_input_and_uses_defaults(tmp_path: Path) -> None:
    project = tmp_path / "corner-shoe-co"
    env = {**NO_LOCALE, "TZ": "Asia/Tokyo", "LANG": "fr_CA.UTF-8"}
    result = run("init", str(project), input=NoInput(), env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = (project / "policies" / "corner-shoe-co.yaml").read_text(encoding="utf-8")
    policy = validate(load_text(text.encode("utf-8"), "p.yaml"))
    assert (policy.business.name, policy.business.timezone, policy.business.locale) == (
        "Corner Shoe Co", "Asia/Tokyo", "fr-CA")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--timezone", "Europe/Lisbn", "unknown time zone 'Europe/Lisbn'; did you mean 'Europe/Lisbon'?"),
        ("--timezone", "Mars/Olympus", "unknown time zone 'Mars/Olympus'; use an IANA name such as America/Halifax"),
        ("--locale", "zz-QQ", "unknown locale 'zz-QQ'; use a language tag such as en-CA or fr"),
        ("--name", "  ", "must not be empty"),
        ("--name", "x" * 121, "is longer than 120 characters; shorten it"),
    ],
)
def test_bad_option_values_are_usage_errors_with_checks_message(tmp_path: Path, option: str, value: str, message: str) -> None:
    result = run("init", str(tmp_path / "s"), option, value, input=NoInput())
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: Invalid value for {option}: {message}"
    assert not (tmp_path / "s").exists()


def test_default_timezone_from_tz_localtime_or_timezone_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    assert default_timezone({"TZ": "Europe/Lisbon"}, missing, missing) == "Europe/Lisbon"
    assert default_timezone({"TZ": ":America/Halifax"}, missing, missing) == "America/Halifax"
    assert default_timezone({"TZ": "/usr/share/zoneinfo/Asia/Tokyo"}, missing, missing) == "Asia/Tokyo"
    link = tmp_path / "localtime"
    link.symlink_to("/usr/share/zoneinfo/posix/Pacific/Auckland")
    assert default_timezone({"TZ": "Nowhere/Special"}, link, missing) == "Pacific/Auckland"
    assert default_timezone({}, link, missing) == "Pacific/Auckland"
    copied = tmp_path / "copied"
    copied.write_bytes(b"TZif")  # a copied zone file names no zone: the Debian file does
    timezone_file = tmp_path / "timezone"
    timezone_file.write_text("Europe/Berlin\n", encoding="utf-8")
    assert default_timezone({}, copied, timezone_file) == "Europe/Berlin"
    assert default_timezone({}, copied, missing) == "UTC"
    timezone_file.write_text("not a zone\n", encoding="utf-8")
    assert default_timezone({"TZ": ""}, missing, timezone_file) == "UTC"


@pytest.mark.parametrize(
    ("environ", "tag"),
    [({"LANG": "fr_CA.UTF-8"}, "fr-CA"), ({"LC_ALL": "de_AT.UTF-8@euro", "LANG": "fr_CA.UTF-8"}, "de-AT"),
     ({"LC_MESSAGES": "pt_BR", "LANG": "en_US"}, "pt-BR"), ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "POSIX"}, "en"),
     ({"LANG": "zz_QQ"}, "en"), ({}, "en")],
)
def test_default_locale_from_the_environment(environ: dict[str, str], tag: str) -> None:
    assert default_locale(environ) == tag


def test_default_name_from_the_folder(tmp_path: Path) -> None:
    assert default_name(tmp_path / "corner-shoe-co") == "Corner Shoe Co"
    assert default_name(tmp_path / "my_site") == "My Site"
    assert default_name(Path("/")) == "My Business"


# --- requirements.txt ------------------------------------------------------------------------

HEAD = "# The tool that builds this site; CI installs it from here (see the README).\n"
ADVICE = (
    "# CI cannot install the tool from a folder on this computer. Either push the tool's\n"
    "# repository and name a commit or tag of it, for example\n"
    "#   service-expectations @ git+https://github.com/OWNER/service-expectations@v0.2.0\n"
    "# or publish the tool to a package index and keep the version pin below.\n"
)


def test_requirements_from_an_index_pin_the_version() -> None:
    assert requirement_text(None, "0.2.0") == HEAD + "service-expectations==0.2.0\n"


def test_requirements_from_git_name_the_commit() -> None:
    direct = {"url": "https://github.com/acme/service-expectations.git",
              "vcs_info": {"vcs": "git", "commit_id": "4f0c2d1e9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d", "requested_revision": "main"}}
    assert requirement_text(json.dumps(direct), "0.2.0") == HEAD + (
        "service-expectations @ git+https://github.com/acme/service-expectations.git"
        "@4f0c2d1e9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d\n")
    direct["subdirectory"] = "tool"
    assert requirement_text(json.dumps(direct), "0.2.0").endswith("4f0c2d1e9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d#subdirectory=tool\n")


def test_requirements_from_a_folder_say_what_to_do() -> None:
    editable = {"url": "file:///home/ana/service%20expectations", "dir_info": {"editable": True}}
    assert requirement_text(json.dumps(editable), "0.2.0") == HEAD + (
        "# This copy of the tool was installed from an editable install of the folder /home/ana/service expectations.\n"
    ) + ADVICE + "service-expectations==0.2.0\n"
    folder = {"url": "file:///srv/tool", "dir_info": {}}
    assert requirement_text(json.dumps(folder), "0.2.0") == HEAD + (
        "# This copy of the tool was installed from the folder /srv/tool.\n") + ADVICE + "service-expectations==0.2.0\n"
    wheel = {"url": "file:///tmp/dist/service_expectations-0.2.0-py3-none-any.whl", "archive_info": {}}
    assert requirement_text(json.dumps(wheel), "0.2.0") == HEAD + (
        "# This copy of the tool was installed from the file /tmp/dist/service_expectations-0.2.0-py3-none-any.whl.\n"
    ) + ADVICE + "service-expectations==0.2.0\n"


def test_requirements_from_an_archive_on_the_web_name_it() -> None:
    archive = {"url": "https://example.org/service_expectations-0.2.0.tar.gz", "archive_info": {"hashes": {}}}
    assert requirement_text(json.dumps(archive), "0.2.0") == HEAD + (
        "service-expectations @ https://example.org/service_expectations-0.2.0.tar.gz\n")


def test_unreadable_direct_url_falls_back_to_the_version() -> None:
    assert requirement_text("{not json", "0.2.0") == HEAD + "service-expectations==0.2.0\n"


def test_init_writes_the_requirements_of_the_running_tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scaffold, "installed_requirement_text", lambda: "service-expectations==9.9.9\n")
    assert run("init", "--example", str(tmp_path / "s")).exit_code == 0
    assert (tmp_path / "s" / "requirements.txt").read_text(encoding="utf-8") == "service-expectations==9.9.9\n"


# --- the site's name -------------------------------------------------------------------------


def business(name: str, locale: str = "en-US") -> PublicBusiness:
    return PublicBusiness(name=name, website=None, timezone="UTC", locale=locale, summary=None)


DESCRIPTION = "How to reach {}, when each channel is staffed, and how fast we reply."


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Corner Shoe Co."], "Corner Shoe Co."),
        (["Corner Shoe Co.", "Corner Shoe Co."], "Corner Shoe Co."),
        (["Corner Shoe Co. Downtown", "Corner Shoe Co. Airport"], "Corner Shoe Co."),
        (["Corner Shoes \u2013 Downtown", "Corner Shoes \u2013 Airport", "Corner Shoes \u2013 Mall"], "Corner Shoes"),
        (["Harbor Inn", "Lakeside Lodge"], "Harbor Inn and Lakeside Lodge"),
        (["A Inn", "B Lodge", "C Hotel"], "A Inn, B Lodge and C Hotel"),
        (["A Inn", "B Lodge", "C Hotel", "D Motel"], "Our locations"),
    ],
)
def test_site_identity_from_the_business_names(names: list[str], expected: str) -> None:
    assert site_identity([business(n) for n in names]) == SiteIdentity(expected, DESCRIPTION.format(expected))
    assert site_identity([business(n) for n in names], "staff").name == f"{expected} staff playbook"


def test_auto_means_not_set() -> None:
    assert is_auto("auto") and is_auto(" Auto ") and is_auto(None) and is_auto("")
    assert not is_auto("Corner Shoe Co.")


CORNER = """\
policy: 1
business:
  name: {name}
  website: https://cornershoe.example
  timezone: America/Los_Angeles
  locale: en-US
schedules:
  store:
    mon-sat: 10:00-19:00
channels:
  - id: email
    type: email
    handle: help@cornershoe.example
    url: mailto:help@cornershoe.example
    schedule: store
    first_response: 1d
  - id: phone
    type: phone
    handle: +1 415 555 0199
    url: tel:+14155550199
    schedule: store
    first_response: 15m
  - id: facebook
    type: facebook
    url: https://www.facebook.com/cornershoeco
    schedule: store
    first_response: 2h
help_topics:
  - topic: Returns
    channels: [email]
"""


def swapped_project(folder: Path, policies: dict[str, str]) -> Path:
    """An `init --example` project whose policy is replaced by another business's."""
    assert run("init", "--example", str(folder)).exit_code == 0
    for old in (folder / "policies").glob("*.yaml"):
        old.unlink()
    for name, text in policies.items():
        (folder / "policies" / name).write_text(text, encoding="utf-8")
    return folder


def build(project: Path, audience: str = "public") -> Path:
    config = {"public": "mkdocs.yml", "staff": "mkdocs-staff.yml"}[audience]
    result = run("build", "--audience", audience, "-f", str(project / config),
                 env={"SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""})
    assert result.exit_code == 0, result.output
    return project / ("site" if audience == "public" else "site-staff")


TITLE = re.compile(r"<title>(.*?)</title>", re.S)
HEADER = re.compile(r'<div class="md-header__topic">\s*<span class="md-ellipsis">\s*(.*?)\s*</span>', re.S)


def assert_named(site: Path, name: str) -> int:
    """Every page's <title> ends with the site name and its header shows it; returns how many pages."""
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        (title,) = TITLE.findall(html)
        assert unescape(title) == name or unescape(title).endswith(f" - {name}"), (page, title)
        if page.name != "404.html":
            assert [unescape(h) for h in HEADER.findall(html)] == [name], page
    for path in site.rglob("*"):
        if path.is_file():
            assert b"Harbor View" not in path.read_bytes(), path
    return len(pages)


def test_another_business_names_every_page(tmp_path: Path) -> None:
    project = swapped_project(tmp_path / "project", {"corner-shoe-co.yaml": CORNER.format(name="Corner Shoe Co.")})
    site = build(project)
    assert assert_named(site, "Corner Shoe Co.") >= 6
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "<title>How to reach us - Corner Shoe Co.</title>" in index
    about = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert ('<meta name="description" content="How to reach Corner Shoe Co., when each channel is staffed, '
            'and how fast we reply.">') in about
    staff = build(project, "staff")
    assert assert_named(staff, "Corner Shoe Co. staff playbook") > assert_named(site, "Corner Shoe Co.")


def test_two_locations_without_a_site_name_share_the_business_name(tmp_path: Path) -> None:
    project = swapped_project(tmp_path / "project", {
        "downtown.yaml": CORNER.format(name="Corner Shoe Co. Downtown"),
        "airport.yaml": CORNER.format(name="Corner Shoe Co. Airport").replace("America/Los_Angeles", "America/Denver"),
    })
    site = build(project)
    assert assert_named(site, "Corner Shoe Co.") >= 12
    assert "<title>How to reach us - Corner Shoe Co.</title>" in (site / "downtown" / "index.html").read_text(encoding="utf-8")
    assert_named(build(project, "staff"), "Corner Shoe Co. staff playbook")


def test_a_site_name_the_user_sets_is_kept(tmp_path: Path) -> None:
    project = swapped_project(tmp_path / "project", {"corner-shoe-co.yaml": CORNER.format(name="Corner Shoe Co.")})
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: auto", "site_name: Corner Shoe Help Desk"),
                      encoding="utf-8")
    site = build(project)
    assert assert_named(site, "Corner Shoe Help Desk") >= 6
    about = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="How to reach Corner Shoe Co., when each channel' in about
    # The staff configuration still says auto: it follows the policy.
    assert_named(build(project, "staff"), "Corner Shoe Co. staff playbook")


def test_a_name_with_markup_and_quotes_is_escaped_once(tmp_path: Path) -> None:
    name = 'Joe\'s "Best" <b>Shoes</b> & Co'
    project = swapped_project(tmp_path / "project", {"joes.yaml": CORNER.format(name=yaml_string(name))})
    site = build(project)
    assert_named(site, name)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "<b>" not in index
    assert 'title="Joe&#x27;s &quot;Best&quot; &lt;b&gt;Shoes&lt;/b&gt; &amp; Co"' in index


def test_the_starter_project_builds_named_after_the_business(tmp_path: Path) -> None:
    project = tmp_path / "site"
    result = run("init", str(project), "--name", "Zo\u00eb's Caf\u00e9", "--timezone", "Europe/Paris", "--locale", "fr-FR",
                 input=NoInput())
    assert result.exit_code == 0, result.output
    assert (project / "policies" / "zoe-s-cafe.yaml").is_file()
    assert assert_named(build(project), "Zo\u00eb's Caf\u00e9") >= 6
    # The staff site's name is worded in the policy's language, like its pages.
    staff_name = site_identity([business("Zo\u00eb's Caf\u00e9", "fr-FR")], "staff").name
    assert "Zo\u00eb's Caf\u00e9" in staff_name
    assert_named(build(project, "staff"), staff_name)
