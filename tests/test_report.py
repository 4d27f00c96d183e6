"""expectations report: verdicts and their boundaries, the policy in force from git, the command line, golden outputs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.derive.hours import reply_by
from generator.derive.report import PolicyVersion, channel_summaries, score_log
from generator.load.conversation_log import read_log
from generator.render.report import report_csv, report_json, report_text
from tests.conftest import EXAMPLE, policy_from

UTC = timezone.utc
ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "report"
EXAMPLE_LOG = ROOT / "policies" / "logs" / "harbor-view-responses.csv"
AS_OF = "2026-12-01T12:00:00Z"

SHOP = """\
policy: 1
business:
  name: Loja do Largo
  timezone: Europe/Lisbon
  locale: pt-PT
schedules:
  balcao:
    mon-fri: 09:00-18:00
channels:
  - id: chat
    type: chat
    schedule: balcao
    first_response: {promise}
  - id: email
    type: email
    schedule: balcao
    first_response: 1d
  - id: instagram
    type: instagram
    role: announcements
"""


def log_rows(text: str):  # type: ignore[no-untyped-def]
    read = read_log(text.encode(), "log.csv")
    assert read.problems == []
    return read.rows


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


# --- verdicts at their boundaries --------------------------------------------------------------


def test_reply_exactly_at_reply_by_is_kept_one_second_later_is_missed() -> None:
    policy = policy_from(SHOP.format(promise="1h"))
    # Monday 2026-11-02 10:00 Lisbon (UTC+0 in winter): due 11:00.
    text = (
        "id,channel,received_at,first_reply_at\n"
        "on-time,chat,2026-11-02T10:00:00Z,2026-11-02T11:00:00Z\n"
        "late,chat,2026-11-02T10:00:00Z,2026-11-02T11:00:01Z\n"
        "open-at-due,chat,2026-11-02T10:00:00Z,\n"
    )
    report = score_log([PolicyVersion(policy, None)], log_rows(text), at("2026-11-02T11:00:00Z"))
    assert [(m.row.id, m.verdict, m.reply_by.isoformat(), m.staffed_minutes) for m in report.messages] == [
        ("on-time", "kept", "2026-11-02T11:00:00+00:00", 60.0),
        ("late", "missed", "2026-11-02T11:00:00+00:00", 60.0),
        ("open-at-due", "pending", "2026-11-02T11:00:00+00:00", 60.0),
    ]
    later = score_log([PolicyVersion(policy, None)], log_rows(text), at("2026-11-02T11:00:01Z"))
    assert [m.verdict for m in later.messages] == ["kept", "missed", "missed"]


def test_staffed_minutes_count_only_staffed_time_and_zero_before_the_message() -> None:
    policy = policy_from(SHOP.format(promise="1h"))
    text = (
        "id,channel,received_at,first_reply_at\n"
        "night,chat,2026-11-02T20:00:00Z,2026-11-03T09:30:00Z\n"  # closed until 09:00: 30 staffed minutes
        "future,chat,2026-11-05T10:00:00Z,\n"  # after as_of: pending, nothing spent yet
    )
    report = score_log([PolicyVersion(policy, None)], log_rows(text), at("2026-11-04T12:00:00Z"))
    assert [(m.verdict, m.reply_by.isoformat(), m.staffed_minutes) for m in report.messages] == [
        ("kept", "2026-11-03T10:00:00+00:00", 30.0),
        ("pending", "2026-11-05T11:00:00+00:00", 0.0),
    ]


def test_summary_counts_share_median_and_p90() -> None:
    policy = policy_from(SHOP.format(promise="1h"))
    lines = ["id,channel,received_at,first_reply_at,exclude"]
    for i in range(10):  # replies after 6, 12, ... 60 staffed minutes: all kept
        lines.append(f"k{i},chat,2026-11-02T10:00:00Z,{(at('2026-11-02T10:00:00Z') + timedelta(minutes=6 * (i + 1))).isoformat()},")
    lines.append("m,chat,2026-11-02T10:00:00Z,2026-11-02T13:00:00Z,")  # 180 minutes: missed
    lines.append("p,chat,2026-11-03T10:00:00Z,,")  # pending
    lines.append("x,chat,2026-11-02T10:00:00Z,,spam")
    lines.append("y,instagram,2026-11-02T10:00:00Z,,outbound")
    report = score_log([PolicyVersion(policy, None)], log_rows("\n".join(lines) + "\n"), at("2026-11-03T10:30:00Z"))
    chat, email, instagram = report.channels
    assert (chat.id, chat.messages, chat.kept, chat.missed, chat.pending, chat.excluded) == ("chat", 12, 10, 1, 1, 1)
    assert chat.kept_share == 0.9091
    # 11 values 6, 12, ..., 60, 180: median 36; p90 by linear interpolation between closest ranks: 60 + 0 * ... = 60.0
    assert (chat.median, chat.p90) == (36.0, 60.0)
    assert (email.messages, email.kept_share, email.median, email.p90) == (0, None, None, None)
    assert (instagram.id, instagram.messages, instagram.excluded) == ("instagram", 0, 1)
    assert report_json(report).startswith('{"as_of": "2026-11-03T10:30:00Z",\n "channels": [\n  {"id": "chat", "messages": 12, ')


def test_p90_is_null_under_ten_rows_and_interpolated_from_ten() -> None:
    policy = policy_from(SHOP.format(promise="1h"))

    def summary(minutes: list[int]):  # type: ignore[no-untyped-def]
        lines = ["channel,received_at,first_reply_at"] + [
            f"chat,2026-11-02T09:00:00Z,{(at('2026-11-02T09:00:00Z') + timedelta(minutes=m)).isoformat()}" for m in minutes
        ]
        report = score_log([PolicyVersion(policy, None)], log_rows("\n".join(lines) + "\n"), at("2026-11-03T00:00:00Z"))
        return report.channels[0]

    assert (summary([10] * 9).median, summary([10] * 9).p90) == (10.0, None)
    ten = summary([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])
    assert (ten.median, ten.p90) == (5.5, 18.1)  # rank 0.9 * 9 = 8.1: 9 + 0.1 * (100 - 9)


def test_unknown_and_announcements_channels_are_located_problems() -> None:
    from generator.problems import PolicyError

    policy = policy_from(SHOP.format(promise="1h"))
    text = (
        "id,channel,received_at,first_reply_at\n"
        "a,chta,2026-11-02T10:00:00Z,\n"
        "b,instagram,2026-11-02T10:00:00Z,\n"
        "c,fax,2026-11-02T10:00:00Z,\n"
    )
    with pytest.raises(PolicyError) as caught:
        score_log([PolicyVersion(policy, None)], log_rows(text), at("2026-11-03T00:00:00Z"))
    assert [p.format() for p in caught.value.problems] == [
        "log.csv:2:2: error: channel: unknown channel 'chta'; did you mean 'chat'?",
        "log.csv:3:2: error: channel: 'instagram' is announcements-only: messages there are not answered, so they "
        "cannot be scored; mark the row in the exclude column or remove it",
        "log.csv:4:2: error: channel: unknown channel 'fax'; the policy's channels are chat, email, instagram "
        "(or map it with --channel-map)",
    ]


def test_since_and_until_are_local_dates_of_the_business() -> None:
    policy = policy_from(SHOP.format(promise="1h").replace("Europe/Lisbon", "America/Halifax"))
    text = (
        "id,channel,received_at,first_reply_at\n"
        "a,chat,2026-11-02T03:30:00Z,\n"  # 2026-11-01 23:30 in Halifax
        "b,chat,2026-11-02T04:30:00Z,\n"  # 2026-11-02 00:30
        "c,chat,2026-11-03T04:30:00Z,\n"  # 2026-11-03 00:30
    )
    from datetime import date

    report = score_log(
        [PolicyVersion(policy, None)], log_rows(text), at("2026-11-10T00:00:00Z"),
        since=date(2026, 11, 2), until=date(2026, 11, 2),
    )
    assert [m.row.id for m in report.messages] == ["b"]


def test_channel_summaries_can_summarise_any_subset() -> None:
    policy = policy_from(SHOP.format(promise="1h"))
    text = "channel,received_at,first_reply_at\nchat,2026-11-02T10:00:00Z,2026-11-02T10:30:00Z\nemail,2026-11-09T10:00:00Z,\n"
    report = score_log([PolicyVersion(policy, None)], log_rows(text), at("2026-11-20T00:00:00Z"))
    week = [m for m in report.messages if m.row.received_at < at("2026-11-09T00:00:00Z")]
    assert [(c.id, c.messages, c.kept) for c in channel_summaries(week, ["chat"])] == [("chat", 1, 1)]


# --- the policy in force: git history ----------------------------------------------------------


def git(repo: Path, *args: str, when: str | None = None) -> str:
    env = {
        **os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Owner", "GIT_AUTHOR_EMAIL": "owner@example.org",
        "GIT_COMMITTER_NAME": "Owner", "GIT_COMMITTER_EMAIL": "owner@example.org",
    }
    if when:
        env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def shop_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose chat promise went from 1h to 15m on 1 November, then got an invalid edit on 10 November."""
    repo = tmp_path / "shop"
    (repo / "policies").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    policy = repo / "policies" / "shop.yaml"
    policy.write_text(SHOP.format(promise="1h"), encoding="utf-8")
    git(repo, "add", "policies/shop.yaml")
    git(repo, "commit", "-q", "-m", "First policy", when="2026-10-01T09:00:00+01:00")
    policy.write_text(SHOP.format(promise="15m"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Faster chat", when="2026-11-01T09:00:00+00:00")
    policy.write_text(SHOP.format(promise="soon"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Broken", when="2026-11-10T09:00:00+00:00")
    policy.write_text(SHOP.format(promise="15m"), encoding="utf-8")
    (repo / "log.csv").write_text(
        "id,channel,received_at,first_reply_at\n"
        "oct,chat,2026-10-15T10:00:00Z,2026-10-15T10:30:00Z\n"
        "nov,chat,2026-11-16T10:00:00Z,2026-11-16T10:30:00Z\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(repo)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    return repo


def test_rows_are_scored_against_the_policy_of_their_time(shop_repo: Path) -> None:
    first, second, broken = git(shop_repo, "log", "--format=%h", "--reverse").split()
    result = CliRunner().invoke(main, ["report", "log.csv", "--policy", "policies/shop.yaml", "--as-of", AS_OF, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [(m["id"], m["reply_by"], m["verdict"]) for m in data["messages"]] == [
        ("oct", "2026-10-15T12:00:00+01:00", "kept"),  # 1h promise; Lisbon on summer time
        ("nov", "2026-11-16T10:15:00+00:00", "missed"),  # 15m promise from 1 November
    ]
    assert [(v["commit"][:7], v["committed_at"], v["label"], v["messages"]) for v in data["policy_versions"]] == [
        (first, "2026-10-01T08:00:00Z", f"{first} from 2026-10-01", 1),
        (second, "2026-11-01T09:00:00Z", f"{second} from 2026-11-01", 1),
    ]
    assert data["policy"] == {"file": "policies/shop.yaml", "scored_against": "committed versions"}
    assert data["notes"] == [
        f"Skipped the version {broken} from 2026-11-10: it does not validate (1 problem); the version before it stays in force.",
        "policies/shop.yaml has uncommitted changes; they are not used until they are committed.",
    ]
    text = CliRunner().invoke(main, ["report", "log.csv", "--policy", "policies/shop.yaml", "--as-of", AS_OF]).output
    assert f"Scored against the committed versions of policies/shop.yaml: {first} from 2026-10-01, {second} from 2026-11-01.\n" in text


def test_messages_older_than_the_first_commit_use_it_with_a_note(shop_repo: Path) -> None:
    (shop_repo / "log.csv").write_text("channel,received_at,first_reply_at\nchat,2026-09-01T10:00:00Z,\n", encoding="utf-8")
    first = git(shop_repo, "log", "--format=%h", "--reverse").split()[0]
    result = CliRunner().invoke(main, ["report", "log.csv", "--policy", "policies/shop.yaml", "--as-of", AS_OF, "--format", "json"])
    data = json.loads(result.output)
    assert data["messages"][0]["reply_by"] == "2026-09-01T12:00:00+01:00"
    assert data["notes"][2] == (
        f"1 message(s) arrived before the first committed version of policies/shop.yaml ({first} from 2026-10-01) "
        "and were scored against it."
    )


def test_outside_git_the_current_file_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    Path("shop.yaml").write_text(SHOP.format(promise="15m"), encoding="utf-8")
    Path("log.csv").write_text("channel,received_at,first_reply_at\nchat,2026-10-15T10:00:00Z,2026-10-15T10:30:00Z\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "log.csv", "--policy", "shop.yaml", "--as-of", AS_OF])
    assert result.exit_code == 0
    assert "Scored against the current file shop.yaml (not in a git repository).\n" in result.output


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def example_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "policies").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "policies" / "harbor-view.yaml")
    shutil.copy(EXAMPLE_LOG, tmp_path / "responses.csv")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_example_outputs_match_golden_files(example_project: Path, fmt: str) -> None:
    """Set UPDATE_GOLDEN=1 to rewrite the files after an intended change, then review the diff."""
    result = CliRunner().invoke(main, ["report", "responses.csv", "--as-of", AS_OF, "--format", fmt])
    assert result.exit_code == 0, result.output
    golden = GOLDEN / f"harbor-view.{fmt}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(result.output.encode("utf-8"))
    assert result.output == golden.read_bytes().decode("utf-8"), f"differs from {golden}"


def test_example_log_covers_every_verdict_and_is_reproducible(example_project: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "logs"))
    try:
        from synthetic import example_log
    finally:
        sys.path.pop(0)
    assert example_log() == EXAMPLE_LOG.read_text(encoding="utf-8"), "run python tests/fixtures/logs/synthetic.py"
    data = json.loads(CliRunner().invoke(main, ["report", "responses.csv", "--as-of", AS_OF, "--format", "json"]).output)
    assert {m["verdict"] for m in data["messages"]} == {"kept", "missed", "pending", "excluded"}
    assert len(data["messages"]) >= 300
    assert min(m["received_at"] for m in data["messages"]) >= "2026-10-02"


def test_json_matches_the_plain_data(example_project: Path) -> None:
    from generator.model.validate import load_policy
    from generator.render.report import report_data

    policy = load_policy(Path("policies/harbor-view.yaml"))
    read = read_log(Path("responses.csv").read_bytes(), "responses.csv")
    report = score_log([PolicyVersion(policy, None)], read.rows, at(AS_OF), policy_file="policies/harbor-view.yaml")
    assert json.loads(report_json(report)) == json.loads(json.dumps(report_data(report)))
    assert list(json.loads(report_json(report))["messages"][0]) == [
        "row", "id", "channel", "received_at", "reply_by", "first_reply_at", "verdict", "staffed_minutes", "file",
    ]


def test_bad_logs_print_every_problem_and_nothing_else(example_project: Path) -> None:
    Path("a.csv").write_text(
        "id,channel,received_at,first_reply_at\n1,emial,2026-11-02T10:00:00Z,\n2,x,2026-11-02 10:00,\n", encoding="utf-8"
    )
    Path("b.csv").write_text("id,channel,received_at,first_reply_at\n3,instagram,2026-11-02T10:00:00Z,\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "a.csv", "b.csv", "--as-of", AS_OF, "--format", "json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "a.csv:2:2: error: channel: unknown channel 'emial'; did you mean 'email'?",
        "a.csv:3:3: error: received_at: '2026-11-02 10:00' has no time zone; add Z or an offset such as -04:00, or pass "
        "--log-timezone ZONE to say which zone the log's times are in",
        "b.csv:2:2: error: channel: 'instagram' is announcements-only: messages there are not answered, so they cannot be "
        "scored; mark the row in the exclude column or remove it",
        "3 problems in 2 files; nothing was reported",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.csv"], "Error: missing.csv: no such file"),
        (["responses.csv", "--as-of", "2026-12-01 12:00"], "Error: Invalid value for --as-of: '2026-12-01 12:00' has no time zone; add Z or an offset such as +01:00"),
        (["responses.csv", "--since", "12/01/2026"], "Error: Invalid value for --since: '12/01/2026' is not a date (YYYY-MM-DD)"),
        (["responses.csv", "--since", "2026-11-02", "--until", "2026-11-01"], "Error: --until 2026-11-01 is before --since 2026-11-02"),
        (["responses.csv", "--log-timezone", "America/Halifx"], "Error: Invalid value for --log-timezone: unknown time zone 'America/Halifx'; did you mean 'America/Halifax'?"),
        (["responses.csv", "--columns", "chanel=Via"], "Error: --columns: unknown field 'chanel'; did you mean 'channel'? (fields: channel, received_at, first_reply_at, first_reply_minutes, first_reply_seconds, id, exclude)"),
    ],
)
def test_usage_errors_exit_2(example_project: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["report", *args])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == message


def test_csv_output_neutralises_formula_ids_and_never_copies_other_columns(example_project: Path) -> None:
    Path("hostile.csv").write_text(
        "id,channel,received_at,first_reply_at,note\n"
        '"=cmd|\' /C calc\'!A0",x,2026-11-02T16:55:00Z,,"=HYPERLINK(""http://evil.example"")"\n'
        "+1,x,2026-11-02T16:55:00Z,,secret note\n"
        "-2,x,2026-11-02T16:55:00Z,,\n"
        "@3,x,2026-11-02T16:55:00Z,,\n",
        encoding="utf-8",
    )
    out = CliRunner().invoke(main, ["report", "hostile.csv", "--as-of", AS_OF, "--format", "csv"]).output
    cells = [line.split(",")[1] for line in out.splitlines()[1:]]
    assert cells == ["'=cmd|' /C calc'!A0", "'+1", "'-2", "'@3"]
    for fmt in ("csv", "json", "text"):
        out = CliRunner().invoke(main, ["report", "hostile.csv", "--as-of", AS_OF, "--format", fmt]).output
        assert "HYPERLINK" not in out and "secret note" not in out


def test_text_output_escapes_control_characters_in_ids(example_project: Path) -> None:
    Path("ctl.csv").write_text("id,channel,received_at,first_reply_at\n\"a\x1b[31mred\u202e\",x,2026-11-02T16:55:00Z,\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["report", "ctl.csv", "--as-of", AS_OF]).output
    assert "a\\u001b[31mred\\u202e" in out and "\x1b" not in out


@pytest.mark.parametrize(
    ("preset", "fixture", "expected"),
    [
        ("zendesk", "zendesk.csv", [("4411", "kept"), ("4412", "missed"), ("4413", "kept"), ("4414", "missed"), ("4415", "missed")]),
        ("freshdesk", "freshdesk.csv", [("812", "kept"), ("813", "missed"), ("814", "excluded"), ("815", "missed")]),
        ("front", "front.csv", [("msg_1a", "kept"), ("msg_1b", "excluded"), ("msg_2a", "missed"), ("msg_3a", "missed")]),
    ],
)
def test_presets_end_to_end(example_project: Path, preset: str, fixture: str, expected: list[tuple[str, str]]) -> None:
    shutil.copy(Path(__file__).parent / "fixtures" / "logs" / fixture, fixture)
    args = ["report", fixture, "--preset", preset, "--log-timezone", "America/Halifax", "--as-of", AS_OF, "--format", "json"]
    if preset == "front":
        args += ["--channel-map", "Email=email,Twitter=x"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert [(m["id"], m["verdict"]) for m in json.loads(result.output)["messages"]] == expected


def test_reply_by_in_the_report_is_what_reply_by_prints(example_project: Path) -> None:
    data = json.loads(CliRunner().invoke(main, ["report", "responses.csv", "--as-of", AS_OF, "--format", "json"]).output)
    for message in data["messages"][:: 37]:
        if message["reply_by"] is None:
            continue
        printed = CliRunner().invoke(main, ["reply-by", "--channel", message["channel"], "--at", message["received_at"]]).output
        assert printed.split()[-1] == message["reply_by"]


def test_report_text_and_csv_of_an_empty_log() -> None:
    policy = policy_from(SHOP.format(promise="1h"))
    report = score_log([PolicyVersion(policy, None)], [], at(AS_OF), policy_file="shop.yaml")
    assert report_csv(report) == "row,id,channel,received_at,reply_by,first_reply_at,verdict,staffed_minutes,file\r\n"
    assert report_text(report).endswith("No missed messages.\n")
    assert json.loads(report_json(report))["messages"] == []


def test_reply_by_of_every_row_equals_the_single_computation() -> None:
    policy = policy_from(EXAMPLE.read_text(encoding="utf-8"))
    read = read_log(EXAMPLE_LOG.read_bytes(), "log.csv")
    report = score_log([PolicyVersion(policy, None)], read.rows, at(AS_OF))
    for m in report.messages:
        if m.verdict != "excluded":
            assert m.reply_by.isoformat() == reply_by(policy, m.row.channel, m.row.received_at).isoformat()
