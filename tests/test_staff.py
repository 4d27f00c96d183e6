"""The staff playbook: its pages, its replies, and proof that staff-only data never reaches the public site.

The canary test fills every staff-only field of the example with random tokens,
builds both sites and scans every byte of the public one (file names included,
compressed files decompressed) for them. The positive control requires every
token in the staff site, so the scan cannot pass by finding nothing; the
mutation test makes the public view leak on purpose and requires the scan to
catch it.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import secrets
import string
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.derive import public as public_module
from generator.derive.public import public_view
from generator.derive.staff import PLATFORM_LIMITS, staff_view
from generator.derive.times import site_times
from generator.model.placeholders import PLACEHOLDERS
from generator.render.staff_words import auto_reply
from generator.render.words import Words
from tests.conftest import EXAMPLE, policy_from
from tests.test_render import NOW

BUILT_AT = "1795435200"  # 2026-11-23T12:00:00Z


def token() -> str:
    return "zq" + "".join(secrets.choice(string.ascii_lowercase + string.digits) for _ in range(14))


def canary_policy() -> tuple[str, list[str]]:
    """The example with every staff-only text replaced by a fresh random token."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    tokens: list[str] = []

    def new() -> str:
        tokens.append(token())
        return tokens[-1]

    for channel in data["channels"]:
        channel["internal"] = {"owner": new(), "notes": new(), "steps": [new(), new()], "target": "7m"}
        if channel.get("first_response", "").endswith("d") or channel.get("role") == "announcements":
            del channel["internal"]["target"]
    data["playbook"]["escalation"] = [
        {"level": "1", "when": new(), "who": new(), "within": "53m"},
        {"level": "2", "when": new(), "who": new()},
    ]
    data["playbook"]["replies"] = {new(): f"{new()} {{customer}} {new()}", new(): new()}
    data["playbook"]["follow_up"] = "3d"
    text = "# yaml-language-server: $schema=../generator/schema/policy.schema.json\n" + yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True
    )
    return text, tokens


def every_text(folder: Path) -> list[tuple[str, str]]:
    """(file name, lower-cased content) for every file, with .gz files decompressed."""
    out = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        out.append((str(path.relative_to(folder)).lower(), raw.decode("utf-8", errors="replace").lower()))
    return out


def found(folder: Path, tokens: list[str]) -> set[str]:
    texts = every_text(folder)
    return {t for t in tokens if any(t in name or t in content for name, content in texts)}


def build(project: Path, audience: str) -> Path:
    args = ["build", "-f", str(project / ("mkdocs.yml" if audience == "public" else "mkdocs-staff.yml"))]
    if audience == "staff":
        args[1:1] = ["--audience", "staff"]
    result = CliRunner().invoke(main, args, env={"SOURCE_DATE_EPOCH": BUILT_AT})
    assert result.exit_code == 0, result.output
    return project / ("site" if audience == "public" else "site-staff")


@pytest.fixture
def canary_project(tmp_path: Path) -> tuple[Path, list[str]]:
    project = tmp_path / "canary"
    assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    text, tokens = canary_policy()
    (project / "policies" / "harbor-view.yaml").write_text(text, encoding="utf-8")
    return project, tokens


def test_canary_no_staff_token_in_the_public_site(canary_project) -> None:
    project, tokens = canary_project
    public = build(project, "public")
    staff = build(project, "staff")
    assert len(tokens) == 6 * 4 + 4 + 5
    assert found(public, tokens) == set()
    # Positive control: the staff site shows every one of them.
    assert found(staff, tokens) == set(tokens)
    # Staff-only durations are not published either (7m target, 53m escalation).
    public_text = " ".join(content for _, content in every_text(public))
    assert "7 minutes" not in public_text and "53 minutes" not in public_text
    assert not (public / "playbook").exists() and not (public / "robots.txt").exists()


def test_canary_scan_covers_the_files_beyond_the_site(canary_project) -> None:
    """The calendar, the feed, the badges, the embed and the schema are scanned too (in git, so the feed exists)."""
    import subprocess

    project, tokens = canary_project
    env = {"GIT_AUTHOR_NAME": "Owner", "GIT_AUTHOR_EMAIL": "o@example.com", "GIT_COMMITTER_NAME": "Owner",
           "GIT_COMMITTER_EMAIL": "o@example.com", "GIT_AUTHOR_DATE": "2026-09-01T10:00:00Z",
           "GIT_COMMITTER_DATE": "2026-09-01T10:00:00Z", "PATH": os.environ.get("PATH", "")}
    policy = project / "policies" / "harbor-view.yaml"
    for step in ("init", "change"):
        if step == "init":
            subprocess.run(["git", "init", "-q"], cwd=project, check=True, env=env)
        else:
            policy.write_text(policy.read_text(encoding="utf-8").replace("first_response: 1h", "first_response: 2h", 1),
                              encoding="utf-8")
        subprocess.run(["git", "add", "."], cwd=project, check=True, env=env)
        subprocess.run(["git", "commit", "-qm", step], cwd=project, check=True, env=env)
    public = build(project, "public")
    names = {name for name, _ in every_text(public)}
    assert {"closures.ics", "updates.xml", "assets/embed.js", "expectations.schema.json", "badges/email.svg"} <= names
    assert found(public, tokens) == set()


def test_mutation_a_leaking_public_view_is_caught(canary_project, monkeypatch) -> None:
    project, tokens = canary_project

    def leaking_view(policy):
        view = public_view(policy)
        channels = tuple(
            type(c)(**{**c.__dict__, "privacy": source.internal.owner if source.internal else c.privacy})
            for c, source in zip(view.channels, policy.channels)
        )
        return type(view)(**{**view.__dict__, "channels": channels})

    monkeypatch.setattr("generator.pipeline.public_view", leaking_view)
    public = build(project, "public")
    leaked = found(public, tokens)
    assert leaked, "the canary scan missed a deliberate leak"
    assert len(leaked) == 6  # every channel's owner, through its card or expectations.json


def test_public_templates_cannot_include_staff_templates() -> None:
    from jinja2 import TemplateNotFound

    from generator.render.environment import environment

    with pytest.raises(TemplateNotFound):
        environment("public").get_template("staff/replies.md.j2")
    environment("staff").get_template("staff/replies.md.j2")
    public_templates = Path(public_module.__file__).parent.parent / "render" / "templates" / "public"
    for template in public_templates.iterdir():
        assert "staff/" not in template.read_text(encoding="utf-8"), template.name


def tree_hash(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_public_site_does_not_change_with_staff_data(tmp_path: Path) -> None:
    with_staff = tmp_path / "with"
    without = tmp_path / "without"
    for project in (with_staff, without):
        assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    for channel in data["channels"]:
        channel.pop("internal", None)
    data.pop("playbook")
    (without / "policies" / "harbor-view.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert tree_hash(build(with_staff, "public")) == tree_hash(build(without, "public"))


def test_staff_site_pages_noindex_and_robots(tmp_path: Path) -> None:
    project = tmp_path / "p"
    assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    staff = build(project, "staff")
    pages = sorted(staff.rglob("*.html"))
    assert len(pages) == 28  # in English and in French (fr-CA/): 7 public pages (with about and 404) and 7 playbook pages
    for page in pages:
        assert '<meta name="robots" content="noindex, nofollow">' in page.read_text(encoding="utf-8"), page
    assert (staff / "robots.txt").read_text() == "User-agent: *\nDisallow: /\n"
    for name in ["index", "channels", "on-duty", "escalation", "replies", "reviews", "incident-log"]:
        assert (staff / "playbook" / ("" if name == "index" else name) / "index.html").is_file(), name
    assert (staff / "playbook" / "incident-log.csv").read_bytes() == (
        b"date,customer,channel,incident,solution,follow_up_date,follow_up_done,satisfied\r\n"
    )
    public = build(project, "public")
    assert '<meta name="robots"' not in (public / "index.html").read_text(encoding="utf-8")


def test_staff_site_refuses_the_public_folder(tmp_path: Path) -> None:
    project = tmp_path / "p"
    assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    result = CliRunner().invoke(
        main, ["build", "--audience", "staff", "-f", str(project / "mkdocs-staff.yml"), "--site-dir", str(project / "site" / "staff")]
    )
    assert result.exit_code == 1
    assert "inside the public site" in result.stderr
    wrong = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs-staff.yml")])
    assert wrong.exit_code == 1
    assert "builds the staff site, not the public site" in wrong.stderr


def test_canned_reply_placeholders_are_filled(example_policy) -> None:
    from generator.render.staff_words import filled

    public = public_view(example_policy)
    staff = staff_view(example_policy, public, site_times(example_policy, NOW))
    words = Words("en-CA", "America/Halifax")
    reply = next(r for r in staff.replies if r.name == "acknowledge")
    x = next(c for c in staff.channels if c.channel.id == "x")
    text = "".join(piece for piece, _, _ in filled(words, staff, reply, x))
    assert text == "Thanks for reaching out, [customer]. We're looking into it and will update you by Monday at 8:30\u00a0a.m."
    assert set(PLACEHOLDERS) >= {"business", "channel", "customer", "reply_by"}


def test_auto_replies_fit_platform_limits() -> None:
    long_name = "The Extremely Long Named Harbourfront Grand Hotel, Conference Centre and Spa of Nova Scotia"
    text = EXAMPLE.read_text(encoding="utf-8").replace("name: Harbor View Hotel\n", f"name: {long_name}\n", 1)
    text = text.replace("type: facebook", "type: sms", 1)
    policy = policy_from(text)
    public = public_view(policy)
    staff = staff_view(policy, public, site_times(policy, NOW))
    words = Words("en-CA", "America/Halifax")
    checked = 0
    for item in staff.channels:
        if item.channel.type in PLATFORM_LIMITS:
            assert item.limit == PLATFORM_LIMITS[item.channel.type]
            for gap in (None, *item.gaps):
                reply = auto_reply(words, staff, item, gap)
                assert len(reply) <= item.limit, (item.channel.id, reply)
                assert "back" in reply or "away" in reply
                checked += 1
    assert checked == 14  # X and the SMS channel: one any-time reply and six closed stretches each


def test_auto_reply_for_a_closed_stretch(example_policy) -> None:
    public = public_view(example_policy)
    staff = staff_view(example_policy, public, site_times(example_policy, NOW))
    words = Words("en-CA", "America/Halifax")
    email = next(c for c in staff.channels if c.channel.id == "email")
    friday_evening = next(g for g in email.gaps if g.close == 4 * 1440 + 18 * 60)
    assert auto_reply(words, staff, email, friday_evening) == (
        "Thanks for your message to Harbor View Hotel. Our team is back Saturday at 9:00\u00a0a.m. (Atlantic Time). "
        "We reply by the end of that day. For anything urgent: Front desk phone +1 902 555 0142."
    )
    phone = next(c for c in staff.channels if c.channel.id == "phone")
    assert phone.gaps == ()
