"""The conversation logs a site is built with (the plugin's ``logs`` option), read and matched to their policies.

The adapter part of Promises kept on the sites: it finds the files, reads and
checks them exactly as ``expectations report`` does, and asks git for each
policy's committed versions; scoring at the build time is the pipeline's
(``generator.derive.track_record``).

Which policy a log belongs to: on a site with one policy, every log. On a
site with several, the log's file name starts with the policy's file name:
``halifax.csv`` or ``halifax.2026-11.csv`` for ``policies/halifax.yaml``.
"""

from __future__ import annotations

import glob
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from generator.frozen import frozen
from generator.model.values import ValueProblem, parse_timezone
from generator.problems import PolicyError, Problem, quote

if TYPE_CHECKING:  # the log reader and the scoring are imported only when a log is configured
    from generator.derive.track_record import PolicyLog
    from generator.load.log_columns import Columns

GLOB_CHARACTERS = frozenset("*?[")


class LogSettingsError(ValueError):
    """A ``logs`` option of the plugin that cannot be used (the message names the option)."""


@frozen
class LogSettings:
    """The plugin's log options: files or globs relative to ``base`` (the folder of mkdocs.yml) and how to read them."""

    patterns: tuple[str, ...]
    base: Path
    log_timezone: str | None = None
    preset: str | None = None
    columns: str | None = None
    channel_map: str | None = None

    def mapping(self) -> Columns:
        """The columns to read, as ``--preset``, ``--columns`` and ``--channel-map`` give them."""
        from generator.load.log_columns import PRESETS, Columns, MappingError, parse_channel_map, parse_columns

        mapping = PRESETS[self.preset] if self.preset else Columns()
        try:
            if self.columns is not None:
                mapping = parse_columns(self.columns, mapping if self.preset else None)
            if self.channel_map is not None:
                mapping = parse_channel_map(self.channel_map, mapping)
        except MappingError as exc:
            option, _, message = str(exc).partition(": ")
            raise LogSettingsError(f"the expectations plugin's {option.lstrip('-').replace('-', '_')}: {message}") from None
        return mapping

    def zone(self) -> ZoneInfo | None:
        if self.log_timezone is None:
            return None
        try:
            return ZoneInfo(parse_timezone(self.log_timezone))
        except ValueProblem as exc:
            raise LogSettingsError(f"the expectations plugin's log_timezone: {exc}") from None


def settings_from(base: Path, options: object) -> LogSettings:
    """The log settings of the plugin's options (``logs``, ``log_timezone``, ``preset``, ``columns``, ``channel_map``)."""
    return LogSettings(
        tuple(options.logs), base, options.log_timezone, options.preset, options.columns, options.channel_map,  # type: ignore[attr-defined]
    )


def log_files(settings: LogSettings) -> tuple[list[Path], list[Problem]]:
    """The files the patterns name, sorted and each once; a plain path (no ``*``, ``?`` or ``[``) must exist.

    A glob that matches nothing names no file: a project may configure
    ``policies/logs/*.csv`` before it has any log.
    """
    found: dict[Path, None] = {}
    problems = []
    for pattern in settings.patterns:
        path = settings.base / pattern
        if GLOB_CHARACTERS & set(pattern):
            for match in sorted(glob.glob(str(path), recursive=True)):
                if Path(match).is_file():
                    found.setdefault(Path(match), None)
        elif path.is_file():
            found.setdefault(path, None)
        else:
            from generator.adapters.report_command import display_path

            problems.append(Problem(display_path(path), 1, 1, f"no such log file (named by the expectations plugin's logs: {quote(pattern)})"))
    return list(found), problems


def _owner(log: Path, stems: list[str]) -> str | None:
    name = log.name
    for stem in sorted(stems, key=len, reverse=True):
        if name.startswith(stem + "."):
            return stem
    return None


def _stamp(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    out = []
    for path in paths:
        try:
            stat = path.stat()
            out.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            out.append((str(path), -1, -1))
    return tuple(out)


_read: dict[object, dict[str, PolicyLog]] = {}
"""The logs last read, by their settings and the files' times and sizes: a build checks them, then the plugin uses them."""


def site_logs(settings: LogSettings, policies: list) -> dict[str, PolicyLog]:  # type: ignore[type-arg]
    """Each policy's log rows and versions, by policy file; raises PolicyError with every problem of every log.

    Read once while the logs and policies do not change (the build's check and the plugin share it).
    """
    files, _ = log_files(settings)
    key = (settings, tuple(lp.file for lp in policies), _stamp(files + [Path(lp.file) for lp in policies]))
    if key not in _read:
        _read.clear()
        _read[key] = _site_logs(settings, policies)
    return _read[key]


def check_logs(options: object, base: Path, policies: list) -> None:  # type: ignore[type-arg]
    """Before a build starts: read the configured logs (the plugin's ``options``, paths relative to ``base``) and
    score them as the build will, so a bad log is reported as ``file:line:col: error:`` lines (PolicyError) and
    nothing is built; LogSettingsError for unusable options."""
    from generator.adapters.clock import build_time
    from generator.pipeline import promises_by_file

    if options is None or not getattr(options, "logs", None):
        return
    settings = settings_from(base, options)
    promises_by_file(policies, site_logs(settings, policies), build_time())


def _site_logs(settings: LogSettings, policies: list) -> dict[str, PolicyLog]:  # type: ignore[type-arg]
    files, problems = log_files(settings)
    if not files:  # no log yet: the options are checked all the same, without loading the log reader
        if settings.preset or settings.columns is not None or settings.channel_map is not None:
            settings.mapping()
        settings.zone()
        if problems:
            raise PolicyError(problems)
        return {}
    from generator.adapters.report_command import display_path, policy_versions
    from generator.derive.track_record import PolicyLog
    from generator.load.conversation_log import LogRow, read_log_file

    mapping, zone = settings.mapping(), settings.zone()
    stems = {Path(lp.file).stem: lp for lp in policies}
    rows: dict[str, list[LogRow]] = {lp.file: [] for lp in policies}
    names: dict[str, list[str]] = {lp.file: [] for lp in policies}
    for path in files:
        shown = display_path(path)
        if len(policies) == 1:
            owner = policies[0]
        else:
            stem = _owner(path, list(stems))
            if stem is None:
                examples = ", ".join(f"{s}.csv" for s in list(stems)[:3])
                problems.append(Problem(shown, 1, 1, (
                    "this site has several policies: name each log after its policy's file "
                    f"({examples}, or {next(iter(stems))}.2026-11.csv) so its rows are scored against the right one"
                )))
                continue
            owner = stems[stem]
        read = read_log_file(path, shown, mapping, zone)
        problems.extend(read.problems)
        rows[owner.file].extend(read.rows)
        names[owner.file].append(shown)
    logs = {}
    for lp in policies:
        if not names[lp.file]:
            continue
        path = Path(lp.file)
        versions, notes, reason = policy_versions(path, lp.file, path.read_bytes(), lp.policy)
        logs[lp.file] = PolicyLog(versions, rows[lp.file], tuple(names[lp.file]), tuple(notes), reason or "not in a git repository")
    if problems:
        # As expectations report does: the rows that could be read are scored too, for their problems.
        from generator.adapters.clock import build_time
        from generator.derive.report import score_log

        for lp in policies:
            if lp.file in logs:
                try:
                    score_log(logs[lp.file].versions, logs[lp.file].rows, build_time(), policy_file=lp.file)
                except PolicyError as exc:
                    problems.extend(exc.problems)
        raise PolicyError(problems)
    return logs


__all__ = ["LogSettings", "LogSettingsError", "check_logs", "log_files", "settings_from", "site_logs"]
