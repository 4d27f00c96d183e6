"""Promises kept on the sites: the staff page, the opt-in public track record, and proof that no log row goes public.

Golden files for the staff page and the public card (``UPDATE_GOLDEN=1``
rewrites them); unit tests of the weekly grouping at daylight-saving changes
and of the opt-in thresholds; real builds for the canary, hostile ids, bad
logs and a site with two locations.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.derive.public import PublicTrackRecord, public_view
from generator.derive.report import PolicyVersion, score_log
from generator.derive.staff import staff_view
from generator.derive.times import site_times
from generator.derive.track_record import PolicyLog, promises_kept, track_record, weekly, with_track_records
from generator.load.conversation_log import LogRow, read_log
from generator.model.records import TrackRecord
from generator.model.values import Duration
from generator.render.pages import render_public, render_staff
from generator.render.track_record import percent, sentence
from generator.render.words import Words
from tests.conftest import EXAMPLE, MINIMAL, ROOT, policy_from
from tests.test_render import NOW
from tests.test_staff import every_text, found, token

GOLDEN = Path(__file__).parent / "golden" / "promises"
EXAMPLE_LOG = ROOT / "policies" / "logs" / "harbor-view-responses.csv"
LOG_NAME = "policies/logs/harbor-view-responses.csv"
BUILT_AT = "1795435200"  # 2026-11-23T12:00:00Z, the golden pages' time


def example_promises(policy, now=NOW):  # type: ignore[no-untyped-def]
    rows = read_log(EXAMPLE_LOG.read_bytes(), LOG_NAME).rows
    log = PolicyLog([PolicyVersion(policy, None)], rows, (LOG_NAME,))
    return promises_kept(log, policy, "policies/harbor-view.yaml", now)


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"differs from {path}"


# --- golden pages -------------------------------------------------------------------------------


def test_staff_promises_page_matches_golden(example_policy) -> None:
    promises = example_promises(example_policy)
    public = with_track_records(public_view(example_policy), promises)
    times = site_times(example_policy, NOW)
    pages = render_staff(staff_view(example_policy, public, times), times, promises=promises.view)
    assert [p.path for p in pages][-1] == "playbook/promises.md"
    assert pages[-1].plan.title == "Promises kept"
    golden("promises.md", pages[-1].markdown)


def test_staff_site_has_no_promises_page_without_a_log(example_policy) -> None:
    public = public_view(example_policy)
    times = site_times(example_policy, NOW)
    pages = render_staff(staff_view(example_policy, public, times), times)
    assert "playbook/promises.md" not in [p.path for p in pages]


def test_public_card_line_matches_golden(example_policy) -> None:
    promises = example_promises(example_policy)
    assert set(promises.records) == {"phone"}  # the only channel that opts in
    assert promises.records["phone"] == PublicTrackRecord(share=37 / 43, messages=43, window_days=30)
    public = with_track_records(public_view(example_policy), promises)
    index = render_public(public, site_times(example_policy, NOW))[0]
    golden("index.md", index.markdown)
    lines = [line for line in index.markdown.splitlines() if "track-record" in line]
    assert lines == [
        '<dd class="channel-track-record">86% of first replies on time over the last 30 days &#40;43 messages&#41;</dd>'
    ]


def test_public_card_line_in_french_and_german(example_policy) -> None:
    record = PublicTrackRecord(share=0.9433, messages=1212, window_days=30)
    assert sentence(Words("fr-CA", "America/Halifax"), record) == (
        "94\u00a0% des premières réponses dans les délais sur les 30 derniers jours (1\u00a0212 messages)"
    )
    assert sentence(Words("de-DE", "Europe/Berlin"), record) == (
        "94\u00a0% der ersten Antworten pünktlich in den letzten 30 Tagen (1.212 Nachrichten)"
    )
    assert sentence(Words("en", "UTC"), PublicTrackRecord(1.0, 1, 1)) == (
        "100% of first replies on time over the last day (1 message)"
    )


@pytest.mark.parametrize(
    ("share", "shown"),
    [(1.0, "100%"), (0.9999, "99%"), (0.945, "94%"), (0.86046, "86%"), (0.0, "0%")],
    ids=["all", "one-missed-in-ten-thousand", "half", "example", "none"],
)
def test_shares_round_down(share: float, shown: str) -> None:
    assert percent(Words("en", "UTC"), share) == shown


# --- weekly grouping ----------------------------------------------------------------------------


def _row(line: int, received: datetime, reply: datetime | None, channel: str = "email") -> LogRow:
    return LogRow("log.csv", line, f"id-{line}", channel, channel, 2, received, reply, False)


HALIFAX_DESK = MINIMAL.replace("Europe/Lisbon", "America/Halifax").replace("mon-fri: 09:00-17:00", "daily: 00:00-24:00")


@pytest.mark.parametrize(
    ("received", "week"),
    [
        # Sunday 1 November 2026, 01:30 ADT (first occurrence) and 01:30 AST (after the clocks go back)
        ("2026-11-01T04:30:00Z", (2026, 44)),
        ("2026-11-01T05:30:00Z", (2026, 44)),
        # Sunday 23:30 AST is still week 44; Monday 00:30 AST is week 45
        ("2026-11-02T03:30:00Z", (2026, 44)),
        ("2026-11-02T04:30:00Z", (2026, 45)),
        # Spring forward: Sunday 8 March 2026, 23:30 ADT, and Monday 9 March 00:30 ADT
        ("2026-03-09T02:30:00Z", (2026, 10)),
        ("2026-03-09T03:30:00Z", (2026, 11)),
        # The same instant is still Sunday in UTC-4 but already Monday in UTC: the business's zone decides
        ("2026-10-26T02:30:00Z", (2026, 43)),
        # ISO years: Thursday 31 December 2026 is in week 53 of 2026; Monday 4 January 2027 in week 1 of 2027
        ("2026-12-31T16:00:00Z", (2026, 53)),
        ("2027-01-04T16:00:00Z", (2027, 1)),
    ],
    ids=["fall-back-first-0130", "fall-back-second-0130", "sunday-night-after-change", "monday-after-change",
         "spring-sunday-night", "spring-monday", "utc-is-monday", "iso-week-53", "iso-week-1"],
)
def test_weeks_are_iso_weeks_of_the_local_date(received: str, week: tuple[int, int]) -> None:
    policy = policy_from(HALIFAX_DESK)
    at = datetime.fromisoformat(received)
    report = score_log([PolicyVersion(policy, None)], [_row(2, at, at + timedelta(minutes=5))], at + timedelta(days=1))
    weeks = weekly(report.messages, "email", ZoneInfo("America/Halifax"))
    assert [(w.year, w.week) for w in weeks] == [week]
    assert weeks[0].monday.isocalendar()[:2] == week and weeks[0].monday.weekday() == 0


def test_weekly_figures_split_at_the_local_monday() -> None:
    policy = policy_from(HALIFAX_DESK)
    sunday_night = datetime(2026, 11, 2, 3, 30, tzinfo=timezone.utc)  # Sunday 23:30 AST
    rows = [
        _row(2, sunday_night, sunday_night + timedelta(minutes=10)),  # kept (1 day = by the close of the day)
        _row(3, sunday_night + timedelta(hours=1), sunday_night + timedelta(days=3)),  # Monday 00:30: missed
        _row(4, sunday_night + timedelta(hours=2), sunday_night + timedelta(hours=3)),  # Monday: kept
    ]
    report = score_log([PolicyVersion(policy, None)], rows, sunday_night + timedelta(days=5))
    weeks = weekly(report.messages, "email", ZoneInfo("America/Halifax"))
    assert [(w.week, w.summary.kept, w.summary.missed, w.summary.kept_share) for w in weeks] == [
        (44, 1, 0, 1.0), (45, 1, 1, 0.5),
    ]


# --- opt-in thresholds --------------------------------------------------------------------------


AS_OF = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)


def _scored(kept: int, missed: int = 0, *, at: datetime | None = None):  # type: ignore[no-untyped-def]
    """A report with ``kept`` replies in time and ``missed`` late ones, all received at ``at`` (default: a day ago)."""
    policy = policy_from(HALIFAX_DESK)
    received = at or AS_OF - timedelta(days=1)
    rows = [_row(i + 2, received, received + timedelta(minutes=1)) for i in range(kept)]
    rows += [_row(kept + i + 2, received, received + timedelta(days=5)) for i in range(missed)]
    return score_log([PolicyVersion(policy, None)], rows, AS_OF).messages


@pytest.mark.parametrize(("kept", "missed", "shown"), [(28, 1, False), (29, 1, True), (30, 0, True), (29, 0, False)],
                         ids=["29-scored", "30-scored", "30-all-kept", "29-all-kept"])
def test_minimum_of_scored_messages(kept: int, missed: int, shown: bool) -> None:
    scored, record = track_record(_scored(kept, missed), "email", TrackRecord(), AS_OF)
    assert scored == kept + missed
    assert (record is not None) == shown
    if shown:
        assert record == PublicTrackRecord(share=kept / (kept + missed), messages=kept + missed, window_days=30)


def test_pending_and_excluded_messages_do_not_count() -> None:
    policy = policy_from(HALIFAX_DESK)
    received = AS_OF - timedelta(minutes=10)
    rows = [_row(i + 2, AS_OF - timedelta(days=1), AS_OF - timedelta(days=1) + timedelta(minutes=1)) for i in range(29)]
    rows.append(_row(40, received, None))  # pending: due by the end of the day
    rows.append(LogRow("log.csv", 41, "spam", "email", "email", 2, received, None, True))
    messages = score_log([PolicyVersion(policy, None)], rows, AS_OF).messages
    assert {m.verdict for m in messages} == {"kept", "pending", "excluded"}
    assert track_record(messages, "email", TrackRecord(), AS_OF) == (29, None)


@pytest.mark.parametrize(
    ("age", "counted"),
    [(timedelta(days=30), True), (timedelta(days=30, seconds=1), False), (timedelta(0), True),
     (timedelta(seconds=-1), False)],
    ids=["exactly-30-days-ago", "a-second-earlier", "at-the-build-time", "after-the-build-time"],
)
def test_window_edges(age: timedelta, counted: bool) -> None:
    messages = _scored(30, at=AS_OF - age)
    scored, record = track_record(messages, "email", TrackRecord(), AS_OF)
    assert scored == (30 if counted else 0)
    assert (record is not None) == counted


def test_a_shorter_window_and_a_higher_minimum() -> None:
    messages = _scored(40, at=AS_OF - timedelta(days=8))
    settings = policy_from(HALIFAX_DESK + "    track_record: {window: 7d, minimum: 10}\n").channels[0].track_record
    assert settings == TrackRecord(window=Duration(days=7), minimum=10)
    assert track_record(messages, "email", settings, AS_OF) == (0, None)
    settings = TrackRecord(window=Duration(days=8), minimum=41)
    assert track_record(messages, "email", settings, AS_OF) == (40, None)
    settings = TrackRecord(window=Duration(days=8), minimum=40)
    assert track_record(messages, "email", settings, AS_OF) == (40, PublicTrackRecord(1.0, 40, 8))


def test_channels_that_do_not_opt_in_show_nothing(example_policy) -> None:
    promises = example_promises(example_policy, AS_OF)
    assert list(promises.records) == ["phone"]
    view = {c.id: c for c in promises.view.channels}
    assert view["email"].settings is None and view["email"].record is None
    assert view["email"].overall.kept > 30  # enough messages, but email did not opt in
    public = with_track_records(public_view(example_policy), promises)
    assert [c.id for c in public.channels if c.track_record] == ["phone"]


def test_track_record_on_an_announcements_channel_is_an_error() -> None:
    from tests.conftest import problems_of

    text = MINIMAL + "  - id: news\n    type: instagram\n    role: announcements\n    track_record: true\n"
    assert problems_of(text) == [
        "p.yaml:16:19: error: channels[1].track_record: an announcements channel is not answered, "
        "so it has no track_record; remove it, or set role: answered"
    ]


# --- real builds --------------------------------------------------------------------------------


def _project(tmp_path: Path, log: str | None = None, policy: str | None = None) -> Path:
    project = tmp_path / "site"
    assert CliRunner().invoke(main, ["init", "--example", str(project)]).exit_code == 0
    (project / "policies" / "harbor-view.yaml").write_text(policy or EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    for po in (project / "policies").glob("*.po"):
        po.unlink()  # one language is enough here
    text = (project / "policies" / "harbor-view.yaml").read_text(encoding="utf-8")
    (project / "policies" / "harbor-view.yaml").write_text(text.replace("  translations: [fr-CA]\n", ""), encoding="utf-8")
    if log is not None:
        (project / "policies" / "logs").mkdir()
        (project / "policies" / "logs" / "responses.csv").write_text(log, encoding="utf-8")
    return project


def _build(project: Path, audience: str = "public"):  # type: ignore[no-untyped-def]
    args = ["build", "-f", str(project / ("mkdocs.yml" if audience == "public" else "mkdocs-staff.yml"))]
    if audience == "staff":
        args[1:1] = ["--audience", "staff"]
    return CliRunner().invoke(main, args, env={"SOURCE_DATE_EPOCH": BUILT_AT})


def canary_log() -> tuple[str, list[str], list[str]]:
    """The example log with a random token in every id and in extra columns (location, notes, subject)."""
    lines = EXAMPLE_LOG.read_text(encoding="utf-8").splitlines()
    out = ["id,channel,received_at,first_reply_at,exclude,subject,location,notes"]
    ids, others = [], []
    for line in lines[1:]:
        ident, channel, received, reply, exclude, _subject = line.split(",")
        ids.append(token())
        extra = [token(), token(), token()]
        others.extend(extra)
        out.append(",".join([ids[-1], channel, received, reply, exclude, *extra]))
    return "\n".join(out) + "\n", ids, others


def test_canary_no_log_value_reaches_the_public_site(tmp_path: Path) -> None:
    log, ids, others = canary_log()
    project = _project(tmp_path, log)
    assert _build(project).exit_code == 0
    public = project / "site"
    assert found(public, ids + others) == set()
    # The public site does show the aggregate, on the card and as a badge.
    index = (public / "index.html").read_text(encoding="utf-8")
    assert "86% of first replies on time over the last 30 days &#40;43 messages&#41;" in index
    assert (public / "badges" / "phone-on-time.svg").is_file()
    assert not (public / "playbook").exists()
    # No timestamp of the log either: none of its instants, in any form a page could write them.
    texts = every_text(public)
    for line in log.splitlines()[1:40]:
        received = line.split(",")[2]
        assert not any(received.lower() in content for _, content in texts), received
    # Positive control: the staff site lists the ids of the missed messages, and nothing of the ignored columns.
    assert _build(project, "staff").exit_code == 0
    staff = project / "site-staff"
    page = (staff / "playbook" / "promises" / "index.html").read_text(encoding="utf-8")
    missed = [i for i, line in zip(ids, log.splitlines()[1:]) if f"{i}," in line]
    shown = found(staff, ids)
    assert shown and all(i in page for i in shown)
    assert found(staff, others) == set()
    assert len(shown) == page.count("<td>zq")  # each shown id in its own cell
    assert set(missed) >= shown


def test_mutation_a_public_view_with_rows_would_be_caught(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The scan is not blind: a card that printed a row's id would be found."""
    from dataclasses import replace

    from generator.derive import track_record as module

    log, ids, _ = canary_log()
    project = _project(tmp_path, log)

    def naming(public, promises):  # type: ignore[no-untyped-def]
        view = module.with_track_records(public, promises)
        first = promises.report.messages[0].row.id
        return replace(view, channels=tuple(replace(c, name=first) if c.id == "x" else c for c in view.channels))

    monkeypatch.setattr("generator.pipeline.with_track_records", naming)
    assert _build(project).exit_code == 0
    assert len(found(project / "site", ids)) == 1


HOSTILE_IDS = [
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "[x](javascript:alert(1))",
    "**bold** _em_ {: onclick=alert(1) }",
]


def test_hostile_ids_are_shown_as_text_on_the_staff_page(tmp_path: Path) -> None:
    rows = ["id,channel,received_at,first_reply_at"]
    for n, ident in enumerate(HOSTILE_IDS):
        quoted = '"' + ident.replace('"', '""') + '"'
        rows.append(f"{quoted},email,2026-11-1{n}T12:00:00Z,2026-11-1{n + 4}T12:00:00Z")
    project = _project(tmp_path, "\n".join(rows) + "\n")
    assert _build(project, "staff").exit_code == 0
    page = (project / "site-staff" / "playbook" / "promises" / "index.html").read_text(encoding="utf-8")
    cells = [
        "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>",
        "<td>=cmd|' /C calc'!A0</td>",
        "<td>[x](javascript:alert(1))</td>",
        "<td>**bold** _em_ {: onclick=alert(1) }</td>",
    ]
    import html as html_module
    import re

    found_cells = [html_module.unescape(c) for c in re.findall(r"<td>[^<]*(?:&lt;[^<]*)*</td>", page)]
    for cell in cells:
        assert html_module.unescape(cell) in found_cells, cell
    assert "<script>alert" not in page and 'href="javascript' not in page and "onclick=" not in page.replace(
        "onclick=alert(1) }", ""
    )
    assert "<strong>bold</strong>" not in page and "<em>em</em>" not in page


def test_bad_log_fails_the_build_with_located_errors_and_keeps_the_previous_site(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = _project(tmp_path, EXAMPLE_LOG.read_text(encoding="utf-8"))
    monkeypatch.chdir(project)
    assert _build(project).exit_code == 0
    before = (project / "site" / "index.html").read_bytes()
    bad = "id,channel,received_at,first_reply_at\na-1,email,2026-11-02T16:55:00Z,\na-2,email,2026-13-01 10:00,\n"
    (project / "policies" / "logs" / "responses.csv").write_text(bad, encoding="utf-8")
    result = _build(project)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "policies/logs/responses.csv:3:3: error: received_at: '2026-13-01 10:00' is not a date and time",
    ]
    assert (project / "site" / "index.html").read_bytes() == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site")) == []


def test_bad_log_lines_match_expectations_report(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bad = "id,channel,received_at,first_reply_at\na-1,emial,2026-11-02T16:55:00Z,\na-2,email,2026-11-01 10:00,\n"
    project = _project(tmp_path, bad)
    monkeypatch.chdir(project)
    build = CliRunner().invoke(main, ["build"], env={"SOURCE_DATE_EPOCH": BUILT_AT})
    report = CliRunner().invoke(main, ["report", "policies/logs/responses.csv", "--as-of", "2026-11-23T12:00:00Z"])
    assert build.exit_code == report.exit_code == 1
    expected = [
        "policies/logs/responses.csv:2:2: error: channel: unknown channel 'emial'; did you mean 'email'?",
        "policies/logs/responses.csv:3:3: error: received_at: '2026-11-01 10:00' has no time zone; add Z or an offset "
        "such as -04:00, or pass --log-timezone ZONE to say which zone the log's times are in",
    ]
    assert [line for line in build.output.splitlines() if ": error: " in line] == expected
    assert [line for line in report.output.splitlines() if ": error: " in line] == expected
    assert not (project / "site").exists()
    # With the zone set, the next problem (a channel the policy does not have) is found, in both.
    (project / "mkdocs.yml").write_text(
        (project / "mkdocs.yml").read_text(encoding="utf-8").replace(
            "      logs: [policies/logs/*.csv]", "      logs: [policies/logs/*.csv]\n      log_timezone: America/Halifax"),
        encoding="utf-8",
    )
    build = CliRunner().invoke(main, ["build"], env={"SOURCE_DATE_EPOCH": BUILT_AT})
    report = CliRunner().invoke(main, ["report", "policies/logs/responses.csv", "--as-of", "2026-11-23T12:00:00Z",
                                       "--log-timezone", "America/Halifax"])
    errors = [line for line in report.output.splitlines() if ": error: " in line]
    assert errors and errors[0].startswith("policies/logs/responses.csv:2:2: error: channel: unknown channel 'emial'")
    assert [line for line in build.output.splitlines() if ": error: " in line] == errors


def test_bad_plugin_options_are_one_line(tmp_path: Path) -> None:
    project = _project(tmp_path, EXAMPLE_LOG.read_text(encoding="utf-8"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      logs: [policies/logs/*.csv]", "      logs: [policies/logs/missing.csv]"), encoding="utf-8")
    result = _build(project)
    assert result.exit_code == 1
    assert "policies/logs/missing.csv:1:1: error: no such log file (named by the expectations plugin's logs: 'policies/logs/missing.csv')" in result.output
    config.write_text(text.replace("      logs: [policies/logs/*.csv]", "      logs: [policies/logs/*.csv]\n      log_timezone: Europe/Lisbn"), encoding="utf-8")
    result = _build(project)
    assert result.exit_code == 1
    assert "the expectations plugin's log_timezone: unknown time zone 'Europe/Lisbn'; did you mean 'Europe/Lisbon'?" in result.output


def test_a_glob_that_matches_nothing_builds_without_the_page(tmp_path: Path) -> None:
    project = _project(tmp_path)
    assert _build(project, "staff").exit_code == 0
    assert not (project / "site-staff" / "playbook" / "promises").exists()
    assert not (project / "site-staff" / "badges" / "phone-on-time.svg").exists()


def test_two_locations_each_log_named_after_its_policy(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = tmp_path / "two"
    shutil.copytree(ROOT / "tests" / "fixtures" / "two-locations", project)
    monkeypatch.chdir(project)
    halifax = project / "policies" / "halifax.yaml"
    text = halifax.read_text(encoding="utf-8")
    policy = policy_from(text)
    channel = next(c for c in policy.channels if c.role == "answered")
    (project / "policies" / "logs").mkdir()
    start = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)
    rows = ["id,channel,received_at,first_reply_at"] + [
        f"h-{i},{channel.id},{(start - timedelta(hours=i)).isoformat()},{(start - timedelta(hours=i) + timedelta(minutes=1)).isoformat()}"
        for i in range(3)
    ]
    (project / "policies" / "logs" / "halifax.2026-11.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    staff_config = project / "mkdocs-staff.yml"
    config_text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "expectations" in config_text
    staff_config.write_text(
        "INHERIT: mkdocs.yml\nsite_dir: site-staff\nplugins:\n  search: {}\n  expectations:\n"
        "    logs: [policies/logs/*.csv]\n    audience: staff\n",
        encoding="utf-8",
    )
    result = _build(project, "staff")
    assert result.exit_code == 0, result.output
    assert (project / "site-staff" / "halifax" / "playbook" / "promises" / "index.html").is_file()
    assert not (project / "site-staff" / "lunenburg" / "playbook" / "promises").exists()
    # A log that names no policy is refused, with the names to use.
    (project / "policies" / "logs" / "responses.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = _build(project, "staff")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "policies/logs/responses.csv:1:1: error: this site has several policies: name each log after its policy's "
        "file (halifax.csv, lunenburg.csv, or halifax.2026-11.csv) so its rows are scored against the right one"
    )


def test_repository_example_shows_the_track_record_now() -> None:
    """make site builds the example with the log: at 2026-12-01 the phone shows its figure."""
    policy = policy_from(EXAMPLE.read_text(encoding="utf-8"))
    promises = example_promises(policy, datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc))
    record = promises.records["phone"]
    assert record.messages >= 30 and record.window_days == 30
    assert "logs: [policies/logs/*.csv]" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "logs: [policies/logs/*.csv]" in (ROOT / "mkdocs-staff.yml").read_text(encoding="utf-8")
