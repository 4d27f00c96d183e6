"""A build imports only what it needs: no conversation-log, report, translate or worker-pool modules without their use."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.sax import saxutils

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from generator.adapters.cli import main
from generator.render import xml_text

from tests.conftest import BUILT_AT

BUILD_AND_LIST = (
    "import json, sys\n"
    "from generator.adapters.cli import main\n"
    "try:\n"
    "    main(['build', *sys.argv[1:]], prog_name='expectations')\n"
    "except SystemExit as exc:\n"
    "    assert not exc.code, exc.code\n"
    "print(json.dumps(sorted(sys.modules)))\n"
)

NOT_NEEDED = (
    # the commands a build does not run
    "generator.adapters.diff_command",
    "generator.adapters.report_command",
    "generator.adapters.translate_command",
    # conversation logs, scoring and Promises kept: only with a log
    "generator.load.conversation_log",
    "generator.load.log_columns",
    "generator.derive.report",
    "generator.derive.track_record",
    "statistics",
    # the policy updates page: only with git history
    "generator.derive.changes",
    # the staff playbook: only for the staff site
    "generator.derive.staff",
    # xml.sax.saxutils imports urllib.request, which imports http.client, ssl and email.parser
    "xml.sax.saxutils",
    "urllib.request",
    "http.client",
    "ssl",
    # public holidays: only for a policy with closures.public_holidays
    "holidays",
)
NEEDED = ("generator.pipeline", "generator.render.pages", "generator.render.badges", "generator.render.feed", "mkdocs")


def starter(folder: Path) -> Path:
    """A project written by ``expectations init`` for another business than the example's."""
    result = CliRunner().invoke(
        main, ["init", str(folder), "--name", "Corner Shoe Co.", "--timezone", "America/Los_Angeles", "--locale", "en-US"]
    )
    assert result.exit_code == 0, result.output
    return folder


def imported_by_build(project: Path, *args: str) -> set[str]:
    """Every module a whole build (no build cache) has imported when it ends, in a fresh process.

    One process (``EXPECTATIONS_WORKERS=1``): the generator's work is not handed to a forked child, so its imports are seen here.
    """
    env = {
        **os.environ, "SOURCE_DATE_EPOCH": BUILT_AT, "EXPECTATIONS_CACHE": "off", "EXPECTATIONS_WORKERS": "1",
        "GITHUB_ACTIONS": "", "NO_MKDOCS_2_WARNING": "1", "GIT_CEILING_DIRECTORIES": str(project.parent),
    }
    result = subprocess.run(
        [sys.executable, "-c", BUILD_AND_LIST, *args], cwd=project, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_a_public_build_without_a_log_imports_only_what_it_needs(tmp_path: Path) -> None:
    project = starter(tmp_path / "corner-shoe-co")
    assert not re.search(r"^\s*public_holidays:", (project / "policies" / "corner-shoe-co.yaml").read_text(encoding="utf-8"), re.M)
    modules = imported_by_build(project)
    assert (project / "site" / "index.html").is_file()
    assert [m for m in NEEDED if m not in modules] == []
    assert sorted(m for m in modules for name in NOT_NEEDED if m == name or m.startswith(name + ".")) == []


def test_the_staff_site_imports_the_playbook_and_public_holidays_their_country(tmp_path: Path) -> None:
    project = starter(tmp_path / "corner-shoe-co")
    policy = project / "policies" / "corner-shoe-co.yaml"
    text = policy.read_text(encoding="utf-8")
    assert "# closures:" in text and "#   public_holidays: US" in text
    policy.write_text(text.replace("# closures:", "closures:", 1).replace("#   public_holidays: US", "  public_holidays: US", 1), encoding="utf-8")
    modules = imported_by_build(project, "--audience", "staff")
    assert (project / "site-staff" / "index.html").is_file()
    assert {"generator.derive.staff", "holidays"} <= modules
    assert sorted(m for m in modules if m.startswith("holidays.countries")) == ["holidays.countries.united_states"]
    assert "generator.derive.report" not in modules


@given(st.text(alphabet=st.sampled_from("ab &<>\"'\n\r\t\u00e9\u200f"), max_size=12))
def test_xml_text_escapes_as_the_standard_library_does(text: str) -> None:
    assert xml_text.escape(text) == saxutils.escape(text)
    assert xml_text.quoteattr(text) == saxutils.quoteattr(text)


@pytest.mark.parametrize("text", ["", "a&b", "<x>", "it's", 'say "hi"', "both ' and \"", "tab\tline\ncr\r"])
def test_xml_text_examples(text: str) -> None:
    assert (xml_text.escape(text), xml_text.quoteattr(text)) == (saxutils.escape(text), saxutils.quoteattr(text))
