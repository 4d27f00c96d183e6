"""The ``expectations`` command: one subcommand per step, exit codes 0 ok, 1 bad input, 2 usage."""

from __future__ import annotations

import os
from pathlib import Path

import click

from generator import __version__
from generator.adapters.reporting import Failed as _Failed
from generator.adapters.reporting import default_format, echo_problems, echo_totals
from generator.problems import PolicyError


def _report(exc: PolicyError, fmt: str = "text") -> None:
    echo_problems(exc.problems, fmt)


class _Commands(click.Group):
    """The command group; commands that live in their own modules are imported only when used (or listed by --help)."""

    LAZY = {
        "diff": "generator.adapters.diff_command",
        "report": "generator.adapters.report_command",
        "translate": "generator.adapters.translate_command",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            import importlib

            self.add_command(getattr(importlib.import_module(self.LAZY[cmd_name]), cmd_name))
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="expectations")
def main() -> None:
    """Publish what customers can expect on each support channel, from one YAML policy."""


def run() -> None:
    """The ``expectations`` command as installed (and ``python -m generator``): ``main``, then a quick end
    (``generator.adapters.ending``)."""
    from generator.adapters.ending import exit_status, leave

    try:
        main(prog_name="expectations")
    except SystemExit as exc:  # click ends every command so
        leave(exit_status(exc.code))
    leave(0)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "github"]), default=None,
    help="github prints workflow annotations; the default when GITHUB_ACTIONS=true.",
)
@click.option("--strict", is_flag=True, help="Untranslated strings are errors, not warnings.")
def check(paths: tuple[Path, ...], fmt: str | None, strict: bool) -> None:
    """Validate policy files (default: policies/); print one located line per problem."""
    from generator.pipeline import load_policies, policy_files

    fmt = fmt or default_format()
    targets = list(paths) or [Path("policies")]
    for path in targets:
        if not path.exists():
            raise click.UsageError(f"{path}: no such file or folder")
    files = policy_files(targets)
    if not files:
        raise click.UsageError(f"no policy files (*.yaml, *.yml) in {', '.join(map(str, targets))}")
    try:
        loaded = load_policies(files)
    except PolicyError as exc:
        _report(exc, fmt)
        echo_totals(exc.problems)
        raise _Failed() from None
    from generator.adapters.translate_command import report_translations
    from generator.render.i18n import policy_wording_warnings

    for warning in policy_wording_warnings([lp.file for lp in loaded]):
        click.echo(warning)
    if not report_translations([(lp.file, lp.policy) for lp in loaded], strict, fmt):
        raise _Failed() from None
    click.echo(f"{len(loaded)} polic{'y' if len(loaded) == 1 else 'ies'} OK", err=True)


CONFIG_FILES = {"public": Path("mkdocs.yml"), "staff": Path("mkdocs-staff.yml")}


def _config_option(func):  # type: ignore[no-untyped-def]
    return click.option(
        "-f", "--config-file", type=click.Path(path_type=Path), default=None,
        help="The MkDocs configuration (default: mkdocs.yml, or mkdocs-staff.yml with --audience staff).",
    )(func)


def _audience_option(func):  # type: ignore[no-untyped-def]
    return click.option(
        "--audience", type=click.Choice(["public", "staff"]), default="public", show_default=True,
        help="public: the customer site; staff: the same site plus the staff playbook.",
    )(func)


def _config_file(config_file: Path | None, audience: str) -> Path:
    path = config_file or CONFIG_FILES[audience]
    if not path.is_file():
        hint = "run 'expectations init' to create a site" if audience == "public" else (
            "create it with 'INHERIT: mkdocs.yml' and the plugin's 'audience: staff' (see the README)"
        )
        raise click.UsageError(f"{path}: no such file ({hint})")
    return path


def _mkdocs_errors():  # type: ignore[no-untyped-def]
    from mkdocs.exceptions import MkDocsException

    return MkDocsException


def _engine_option(func):  # type: ignore[no-untyped-def]
    return click.option(
        "--engine", type=click.Choice(["mkdocs", "zensical"]), default="mkdocs", show_default=True,
        envvar="EXPECTATIONS_ENGINE",
        help="mkdocs: MkDocs with the expectations plugin; zensical: Zensical from the exported pages "
        "(pip install 'service-expectations[zensical]'). Also set by EXPECTATIONS_ENGINE.",
    )(func)


@main.command()
@_audience_option
@_config_option
@click.option("--site-dir", type=click.Path(path_type=Path), help="Where to put the site (default: from the config).")
@click.option("-v", "--verbose", is_flag=True, help="Show the engine's progress messages.")
@_engine_option
def build(audience: str, config_file: Path | None, site_dir: Path | None, verbose: bool, engine: str) -> None:
    """Build a site strictly; the previous site stays until the new one is complete."""
    from contextlib import nullcontext

    from generator.adapters import ahead
    from generator.adapters.engines import EngineFailed, EngineMissing

    config_path = _config_file(config_file, audience)
    # The generator's part starts in a child process now, while this one imports MkDocs (generator/adapters/ahead.py).
    with ahead.made_ahead(config_path, audience) if engine == "mkdocs" else nullcontext():
        from generator.adapters.site_build import atomic_build, setup_logging

        setup_logging(verbose)
        try:
            target = atomic_build(config_path, site_dir, audience, engine, verbose)
        except PolicyError as exc:
            _report(exc)
            raise _Failed() from None
        except (ValueError, EngineMissing, EngineFailed) as exc:  # AudienceError, ClockError; the engine's own
            click.echo(f"error: {exc}", err=True)
            raise _Failed() from None
        except _mkdocs_errors() as exc:
            click.echo(str(exc).strip() or type(exc).__name__, err=True)
            raise _Failed() from None
    click.echo(f"Built the site in {os.path.relpath(target)}", err=True)


@main.command()
@_audience_option
@_config_option
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option("--language", default=None, help="The language version to preview, e.g. fr-CA (default: the policies' own language).")
@_engine_option
def serve(audience: str, config_file: Path | None, dev_addr: str, engine: str, language: str | None = None) -> None:
    """Preview a site; it rebuilds and reloads when a policy or page changes."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    from generator.adapters.site_build import setup_logging

    config_path = _config_file(config_file, audience)
    setup_logging(verbose=True)
    if engine == "zensical":
        from generator.adapters.engines import EngineMissing
        from generator.adapters.engines.zensical import load_zensical
        from generator.adapters.engines.zensical_preview import serve as zensical_serve
        from generator.adapters.site_build import AudienceError, prepare_build

        try:
            load_zensical()
            config, _ = prepare_build(config_path, None, audience)
            zensical_serve(config, audience, dev_addr, _report)
        except PolicyError as exc:
            _report(exc)
            raise _Failed() from None
        except (ValueError, EngineMissing, AudienceError) as exc:
            click.echo(f"error: {exc}", err=True)
            raise _Failed() from None
        return
    from generator.adapters.languages import language_overrides

    try:
        overrides = language_overrides(config_path, language)
    except PolicyError as exc:
        _report(exc)
        raise _Failed() from None
    except ValueError as exc:  # a language the site does not have
        raise click.UsageError(str(exc)) from None
    except _mkdocs_errors() as exc:
        click.echo(str(exc).strip(), err=True)
        raise _Failed() from None
    from generator.adapters.mkdocs.reload import use_quick_reload

    use_quick_reload()  # saved files are noticed within 0.1 s instead of 0.5 s
    try:
        mkdocs_serve(config_file=str(config_path), livereload=True, dev_addr=dev_addr, **overrides)
    except _mkdocs_errors() as exc:
        click.echo(str(exc).strip(), err=True)
        raise _Failed() from None


@main.command("reply-by")
@click.option("--channel", "channel_id", required=True, help="Id of an answered channel.")
@click.option("--at", "at", default=None, help="When the message is sent, ISO-8601 with Z or an offset (default: now).")
@click.option(
    "--policy", "policy_path", type=click.Path(path_type=Path), default=None,
    help="Policy file (default: the one file in policies/).",
)
def reply_by_command(channel_id: str, at: str | None, policy_path: Path | None) -> None:
    """Print when the first reply is due for a message sent at --at, in the business's zone."""
    from datetime import datetime, timezone

    from generator.derive.hours import reply_by
    from generator.pipeline import load_policies, site_policy

    if at is None:
        sent = datetime.now(timezone.utc)
    else:
        try:
            sent = datetime.fromisoformat(at.replace("Z", "+00:00") if at.endswith("Z") else at)
        except ValueError:
            raise click.BadParameter(f"{at!r} is not an ISO-8601 date and time", param_hint="--at") from None
        if sent.tzinfo is None:
            raise click.BadParameter(f"{at!r} has no time zone; add Z or an offset such as +01:00", param_hint="--at")
    if policy_path is not None and not policy_path.is_file():
        raise click.UsageError(f"{policy_path}: no such file")
    try:
        loaded = load_policies([policy_path])[0] if policy_path else site_policy(Path("policies"))
    except PolicyError as exc:
        _report(exc)
        raise _Failed() from None
    try:
        deadline = reply_by(loaded.policy, channel_id, sent)
    except ValueError as exc:
        click.echo(f"error: {exc}", err=True)
        raise _Failed() from None
    promise = loaded.policy.channel(channel_id).first_response
    click.echo(f"{channel_id} ({promise}): a message sent {sent.isoformat()} gets its first reply by {deadline.isoformat()}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of the policy format, for editors and other tools."""
    from generator.model.schema import schema_text

    click.echo(schema_text(), nl=False)


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@_audience_option
@_config_option
def export(directory: Path, audience: str, config_file: Path | None) -> None:
    """Write the generated pages and site_src/ to DIRECTORY as a plain docs tree."""
    from generator.adapters.export import export_docs

    config_path = _config_file(config_file or CONFIG_FILES["public"], "public")
    try:
        written = export_docs(config_path, directory, audience)
    except PolicyError as exc:
        _report(exc)
        raise _Failed() from None
    except (FileExistsError, _mkdocs_errors()) as exc:
        click.echo(f"error: {exc}", err=True)
        raise _Failed() from None
    click.echo(f"Wrote {written} files to {directory}", err=True)


@main.command()
@click.argument("directory", type=click.Path(path_type=Path), default=Path("."))
@click.option("--name", default=None, help="The business's name (default: asked in a terminal, else from DIRECTORY's name).")
@click.option(
    "--timezone", "zone", default=None,
    help="IANA time zone of its hours, e.g. America/Los_Angeles (default: asked in a terminal, else this computer's).",
)
@click.option(
    "--locale", default=None,
    help="Language tag for dates and times, e.g. en-US (default: asked in a terminal, else from the environment, else en).",
)
@click.option("--example", is_flag=True, help="Write the example hotel's policy instead of a starter policy.")
def init(directory: Path, name: str | None, zone: str | None, locale: str | None, example: bool) -> None:
    """Create a working site project in DIRECTORY: a starter policy for your business, pages, mkdocs.yml, README.

    In a terminal, asks for the business's name, time zone and language tag
    that the options do not give; otherwise never waits for input and uses
    the defaults.
    """
    from generator.adapters import scaffold

    given = {"name": name, "timezone": zone, "locale": locale}
    business = None
    if example:
        if any(value is not None for value in given.values()):
            raise click.UsageError("--example writes the example hotel's policy; leave out --name, --timezone and --locale")
    else:
        for field, value in given.items():
            problem = None if value is None else scaffold.value_problem(field, value)
            if problem:
                raise click.BadParameter(problem, param_hint=f"--{field}")
        defaults = {
            "name": lambda: scaffold.default_name(directory),
            "timezone": scaffold.default_timezone,
            "locale": scaffold.default_locale,
        }
        questions = {"name": "Business name", "timezone": "Time zone (IANA name)", "locale": "Language tag"}
        terminal = scaffold.stdin_is_terminal()

        def answer(field: str):  # type: ignore[no-untyped-def]
            def check(text: str) -> str:
                problem = scaffold.value_problem(field, text)
                if problem:
                    raise click.UsageError(problem)
                return text.strip()

            return check

        for field, value in given.items():
            if value is None:
                default = defaults[field]()
                given[field] = click.prompt(questions[field], default=default, value_proc=answer(field)) if terminal else default
        business = scaffold.Business(**{f: v.strip() for f, v in given.items() if v is not None})
    try:
        written = scaffold.create_project(directory, business)
    except FileExistsError as exc:
        click.echo(f"error: {exc}", err=True)
        raise _Failed() from None
    for path in written:
        click.echo(f"created {path}", err=True)
    if business is not None:
        click.echo(
            f"Wrote a starter policy for {business.name} ({business.timezone}, {business.locale}) "
            f"to {directory / business.policy_path}: change the lines marked CHANGE.",
            err=True,
        )
    click.echo(f"Next: cd {directory} && expectations check && expectations build", err=True)


__all__ = ["main"]
