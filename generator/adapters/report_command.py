"""``expectations report``: promises kept, from logs of conversations (product spec section 10).

The adapter part: it reads the files, asks git for the policy's committed
versions and reads the clock; loading the logs, scoring and output are the
pure functions of ``generator.load.conversation_log``,
``generator.derive.report`` and ``generator.render.report``.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from pathlib import Path

import click

from generator.adapters.reporting import Failed, echo_problems, echo_totals
from generator.collector import without_cycle_collection
from generator.problems import PolicyError, Problem, counted


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


def _as_of(value: str | None) -> datetime:
    if value is None:
        return datetime.now(timezone.utc).replace(microsecond=0)
    try:
        instant = datetime.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO-8601 date and time", param_hint="--as-of") from None
    if instant.tzinfo is None:
        raise click.BadParameter(f"{value!r} has no time zone; add Z or an offset such as +01:00", param_hint="--as-of")
    return instant.astimezone(timezone.utc)


def policy_versions(path: Path, name: str, current_raw: bytes, current):  # type: ignore[no-untyped-def]
    """The policy's versions to score against, notes about them, and why the current file is used (if it is).

    In a git repository: every committed version of the file that validates,
    oldest first (a version that does not is skipped with a note). Otherwise,
    or when the file was never committed: the current file.
    """
    from zoneinfo import ZoneInfo

    from generator.adapters.history import file_versions
    from generator.derive.report import PolicyVersion
    from generator.load import load_text
    from generator.model.validate import validate

    committed = file_versions(path)
    if committed is None:
        return [PolicyVersion(current, None)], [], "not in a git repository"
    if not committed:
        return [PolicyVersion(current, None)], [], "it has no committed version"
    zone = ZoneInfo(current.business.timezone)
    versions, notes = [], []
    for commit, content in committed:
        when = datetime.fromtimestamp(commit.timestamp, timezone.utc)
        try:
            policy = validate(load_text(content, f"{name}@{commit.sha[:7]}"))
        except PolicyError as exc:
            notes.append(
                f"Skipped the version {commit.sha[:7]} from {when.astimezone(zone).date().isoformat()}: "
                f"it does not validate ({counted(len(exc.problems), 'problem', 'problems')}); the version before it stays in force."
            )
            continue
        versions.append(PolicyVersion(policy, when, commit.sha))
    if not versions:
        notes.append(f"No committed version of {name} validates.")
        return [PolicyVersion(current, None)], notes, "no committed version validates"
    if committed[-1][1] != current_raw:
        notes.append(f"{name} has uncommitted changes; they are not used until they are committed.")
    return versions, notes, ""


@click.command("report")
@click.argument("logs", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="LOG.csv...")
@click.option("--policy", "policy_path", type=click.Path(path_type=Path), default=None,
              help="Policy file (default: the one file in policies/).")
@click.option("--since", default=None, help="First local date (YYYY-MM-DD, in the business's zone) of messages to report.")
@click.option("--until", default=None, help="Last local date (YYYY-MM-DD) of messages to report.")
@click.option("--as-of", "as_of", default=None, help="The instant to judge open messages at, ISO-8601 with Z or an offset (default: now).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
@click.option("--log-timezone", default=None, help="IANA zone of log times written without an offset, e.g. America/Halifax.")
@click.option("--columns", default=None, help="Which column holds each field: 'channel=Via,received_at=Created at,...'.")
@click.option("--preset", type=click.Choice(["zendesk", "freshdesk", "front"]), default=None,
              help="Read a helpdesk's export (columns and channel names) as documented in the README.")
@click.option("--channel-map", default=None, help="The log's channel names to channel ids: 'Email=email,Twitter=x'.")
@without_cycle_collection  # a large log's millions of small objects all live until the output is written (a third of the time)
def report(
    logs: tuple[Path, ...], policy_path: Path | None, since: str | None, until: str | None, as_of: str | None,
    fmt: str, log_timezone: str | None, columns: str | None, preset: str | None, channel_map: str | None,
) -> None:
    """Promises kept: score each message of the logs against the reply time in force when it arrived."""
    from zoneinfo import ZoneInfo

    from generator.derive.report import score_log
    from generator.load.conversation_log import read_log_file
    from generator.load.log_columns import PRESETS, Columns, MappingError, parse_channel_map, parse_columns
    from generator.model.values import ValueProblem, parse_timezone
    from generator.model.validate import load_policy
    from generator.render.report import report_csv, report_json, report_text

    first, last = _date(since, "--since"), _date(until, "--until")
    if first and last and last < first:
        raise click.UsageError(f"--until {last} is before --since {first}")
    instant = _as_of(as_of)
    zone = None
    if log_timezone is not None:
        try:
            zone = ZoneInfo(parse_timezone(log_timezone))
        except ValueProblem as exc:
            raise click.BadParameter(str(exc), param_hint="--log-timezone") from None
    mapping = PRESETS[preset] if preset else Columns()
    try:
        if columns is not None:
            mapping = parse_columns(columns, mapping if preset else None)
        if channel_map is not None:
            mapping = parse_channel_map(channel_map, mapping)
    except MappingError as exc:
        raise click.UsageError(str(exc)) from None
    for log in logs:
        if not log.is_file():
            raise click.UsageError(f"{log}: no such file")
    if policy_path is not None and not policy_path.is_file():
        raise click.UsageError(f"{policy_path}: no such file")

    try:
        if policy_path is None:
            # The whole site pipeline is imported only to find the default policy.
            from generator.pipeline import site_policy

            loaded = site_policy(Path("policies"))
            path, name, policy = Path(loaded.file), loaded.file, loaded.policy
        else:
            path, name = policy_path, display_path(policy_path)
            policy = load_policy(path, name)
    except PolicyError as exc:
        _echo_problems(exc.problems)
        raise Failed() from None
    versions, notes, reason = policy_versions(path, name, path.read_bytes(), policy)

    problems: list[Problem] = []
    rows = []
    for log in logs:
        read = read_log_file(log, display_path(log), mapping, zone)
        problems.extend(read.problems)
        rows.extend(read.rows)
    try:
        result = score_log(
            versions, rows, instant, policy_file=name, since=first, until=last, notes=notes,
            reason=reason or "not in a git repository",
        )
    except PolicyError as exc:
        problems.extend(exc.problems)
        result = None
    if problems or result is None:
        _echo_problems(problems)
        raise Failed()
    render = {"text": report_text, "json": report_json, "csv": report_csv}[fmt]
    click.echo(render(result), nl=False)


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def _echo_problems(problems: list[Problem]) -> None:
    echo_problems(problems, err=True)  # stdout carries the report itself
    echo_totals(problems, "; nothing was reported")


__all__ = ["policy_versions", "report"]
