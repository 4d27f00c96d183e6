"""Files with several problems: every problem is reported in one run, in file order, without cascades.

Each ``tests/fixtures/multi-problem/NAME.yaml`` has a hand-written ``NAME.txt``
with the exact lines ``expectations check NAME.yaml`` must print.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.load import load_text
from generator.problems import PolicyError

CORPUS = Path(__file__).parent / "fixtures" / "multi-problem"
CASES = sorted(CORPUS.glob("*.yaml"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_problem_in_one_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CORPUS)
    expected = path.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    result = CliRunner().invoke(main, ["check", path.name], env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 1
    assert result.stdout.splitlines() == expected
    files = "1 file"
    assert result.stderr == f"{len(expected)} problems in {files}\n"


def test_corpus_has_files_with_many_problems() -> None:
    counts = [len(p.with_suffix(".txt").read_text(encoding="utf-8").splitlines()) for p in CASES]
    assert len(CASES) >= 5 and min(counts) >= 2 and max(counts) >= 5


def test_totals_name_problems_and_files(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("policy: 1\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("policy: 1\nbusiness: {}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path)], env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 5
    assert result.stderr == "5 problems in 2 files\n"


def _problems(text: str) -> list[str]:
    try:
        load_text(text.encode("utf-8"), "shop.yaml")
    except PolicyError as exc:
        return [p.format() for p in exc.problems]
    raise AssertionError("the text loaded")


SYNTAX = [
    (
        "unclosed-bracket-before-next-key",
        "policy: 1\nschedules:\n  store:\n    mon-fri: [10:00-12:00, 13:00-19:00\n    sat: closed\n",
        "shop.yaml:4:14: error: this '[' is never closed (found ':' at line 5, column 8)",
    ),
    (
        "unclosed-bracket-at-end",
        "policy: 1\nchannels: [phone, email\n",
        "shop.yaml:2:11: error: this '[' is never closed (found the end of the file at line 3, column 1)",
    ),
    (
        "unclosed-brace",
        "business: {name: Shop, timezone: UTC\npolicy: 1\n",
        "shop.yaml:1:11: error: this '{' is never closed (found ':' at line 2, column 7)",
    ),
    (
        "unclosed-single-quote",
        "policy: 1\nbusiness:\n  name: 'Joe''s Shoes\n  timezone: UTC\n",
        "shop.yaml:3:9: error: this quote (') is never closed (found the end of the file at line 5, column 1)",
    ),
    (
        "unclosed-double-quote",
        'policy: 1\nbusiness:\n  name: "Corner Shoe Co.\n',
        'shop.yaml:3:9: error: this quote (") is never closed (found the end of the file at line 4, column 1)',
    ),
    (
        "wrong-closer",
        "channels: [phone, {id: x]\n",
        "shop.yaml:1:25: error: ']' does not close the '{' opened at line 1, column 19",
    ),
    (
        "closed-bracket-with-a-problem-inside",
        "channels: [a, b: c: d]\n",
        "shop.yaml:1:19: error: YAML syntax: while parsing a flow sequence, expected ',' or ']', but got ':'",
    ),
    (
        "colon-in-plain-value",
        "policy: 1\nbusiness:\n  name: Shoes: the best\n",
        "shop.yaml:3:14: error: YAML syntax: unexpected ':' here; put a value that contains ': ' in quotes, "
        "or check the indentation of this line",
    ),
    (
        "over-indented-key",
        "policy: 1\nbusiness:\n  name: Shoes\n    timezone: UTC\n",
        "shop.yaml:4:13: error: YAML syntax: unexpected ':' here; put a value that contains ': ' in quotes, "
        "or check the indentation of this line",
    ),
    (
        "tab-indentation",
        "policy: 1\nbusiness:\n\tname: Shoes\n",
        "shop.yaml:3:1: error: a tab character is used for indentation; indent with spaces",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SYNTAX], ids=[c[0] for c in SYNTAX])
def test_syntax_errors_point_at_the_fix(text: str, expected: str) -> None:
    assert _problems(text) == [expected]
