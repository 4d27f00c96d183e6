"""Real MkDocs builds in a temporary folder, asserting on the HTML."""

from __future__ import annotations

import hashlib
import json
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), env={"GITHUB_ACTIONS": ""})


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = run("init", "--example", str(folder))
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="module")
def built(project: Path) -> Path:
    result = run("build", "-f", str(project / "mkdocs.yml"))
    assert result.exit_code == 0, result.output
    return project / "site"


def test_home_page_shows_the_business_and_every_channel(built: Path) -> None:
    html = (built / "index.html").read_text(encoding="utf-8")
    assert "<title>How to reach us - Harbor View Hotel</title>" in html
    text = unescape(html)
    for channel_id, name in [("x", "X (Twitter)"), ("facebook", "Facebook Messenger"), ("instagram", "Instagram"),
                             ("email", "Email"), ("phone", "Front desk phone"), ("chat", "Web chat")]:
        assert f'</svg></span>{name}<a class="headerlink" href="#{channel_id}"' in text
    assert 'href="https://x.com/HarborViewHelp"' in html
    assert html.count("Announcements only") == 1
    assert "We post news here but do not read or answer messages on this channel." in html
    assert "We reply within 1 hour while staffed." in text
    assert "All hours on this site are in Atlantic Time (Halifax)." in text
    assert '<meta name="description" content="How to reach Harbor View Hotel: which channels are answered' in html


def test_every_generated_page_and_the_hand_written_one_exist(built: Path, project: Path) -> None:
    for page in ["help/index.html", "faq/index.html", "accounts/index.html", "about/index.html"]:
        assert (built / page).is_file(), page
    assert sorted(p.name for p in (project / "site_src").iterdir()) == ["about.md"]


def test_links_between_generated_pages_resolve(built: Path) -> None:
    help_html = (built / "help" / "index.html").read_text(encoding="utf-8")
    assert 'href="../#phone"' in help_html
    faq_html = (built / "faq" / "index.html").read_text(encoding="utf-8")
    assert 'href="../accounts/"' in faq_html


def test_faq_questions_are_in_the_search_index(built: Path) -> None:
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {doc["title"] for doc in index["docs"]}
    assert "Do you answer on X (Twitter)?" in titles
    assert "Can I book a room through Facebook Messenger?" in titles
    locations = {doc["location"] for doc in index["docs"]}
    assert "faq/#do-you-have-parking" in locations


def test_no_third_party_font_or_script(built: Path) -> None:
    for page in built.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in html, page
        assert "fonts.gstatic.com" not in html, page


def test_policy_text_is_never_markup(tmp_path: Path, project: Path) -> None:
    folder = tmp_path / "x"
    assert run("init", "--example", str(folder)).exit_code == 0
    policy = folder / "policies" / "harbor-view.yaml"
    text = policy.read_text(encoding="utf-8").replace(
        "handle: \"@HarborViewHelp\"", "handle: \"<script>alert(1)</script>\""
    )
    policy.write_text(text, encoding="utf-8")
    assert run("build", "-f", str(folder / "mkdocs.yml")).exit_code == 0
    html = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert ">&#60;script&#62;alert&#40;1&#41;&#60;/script&#62;</a>" in html


def test_bad_policy_fails_and_leaves_the_site_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    assert run("init", "--example", str(folder)).exit_code == 0
    assert run("build", "-f", str(folder / "mkdocs.yml")).exit_code == 0
    before = fingerprint(folder / "site")
    policy = folder / "policies" / "harbor-view.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("first_response: 1h", "first_response: soon", 1))
    result = run("build", "-f", str(folder / "mkdocs.yml"))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{policy}:47:21: error: channels[0].first_response: 'soon' is not a duration; "
        "write a number and a unit: 15m, 1h or 2d"
    ]
    assert "Traceback" not in result.output
    assert fingerprint(folder / "site") == before
    assert [p.name for p in folder.iterdir() if p.name.startswith(".site")] == []


def test_mkdocs_warning_fails_the_build(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    assert run("init", "--example", str(folder)).exit_code == 0
    (folder / "site_src" / "extra.md").write_text("# Extra\n\nSee [the missing page](missing.md).\n")
    result = run("build", "-f", str(folder / "mkdocs.yml"))
    assert result.exit_code == 1
    assert "missing.md" in result.output
    assert not (folder / "site").exists()


def test_hand_written_page_cannot_be_replaced_silently(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    assert run("init", "--example", str(folder)).exit_code == 0
    (folder / "site_src" / "faq.md").write_text("# My FAQ\n")
    result = run("build", "-f", str(folder / "mkdocs.yml"))
    assert result.exit_code == 1
    assert "faq.md would be replaced by a generated page; rename or remove it" in result.output


def test_build_into_another_folder(tmp_path: Path, project: Path) -> None:
    target = tmp_path / "out" / "public"
    result = run("build", "-f", str(project / "mkdocs.yml"), "--site-dir", str(target))
    assert result.exit_code == 0, result.output
    assert (target / "index.html").is_file()
