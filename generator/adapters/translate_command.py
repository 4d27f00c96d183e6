"""``expectations translate`` (create and update a policy's PO files), and ``check``'s translation findings printed.

The check itself is generator/adapters/translation_check.py, which builds use without this command.
"""

from __future__ import annotations

from pathlib import Path

import click

from generator.adapters.reporting import default_format, echo_problems, echo_totals
from generator.adapters.translation_check import LocatedWarning, check_translations, declared_language_problems
from generator.derive.translate import merge, po_bytes, template_catalog
from generator.load.source import load_file
from generator.load.translations import read_translation, tag_key, translation_path, translation_paths
from generator.problems import PolicyError, Problem, quote


def reference_name(policy_path: Path) -> str:
    """The policy as the PO entries' references name it: its folder and file (``policies/harbor-view.yaml``).

    Relative to the project, not to the working folder, so the file does not
    change with where the command runs.
    """
    resolved = policy_path.resolve()
    return f"{resolved.parent.name}/{resolved.name}" if resolved.parent.name else resolved.name


def report_translations(policies: list[tuple[str, object]], strict: bool, fmt: str = "text") -> bool:
    """Print ``check_translations``' findings (and a totals line for errors); False when any is an error."""
    findings = check_translations(policies, strict)
    echo_problems(findings, fmt)
    errors = [f for f in findings if not isinstance(f, LocatedWarning)]
    if errors:
        echo_totals(errors)
    return not errors


# --- translate -------------------------------------------------------------------------------------


def _echo_problems(problems: list[Problem]) -> None:
    echo_problems(problems, default_format())
    echo_totals(problems)


@click.command("translate")
@click.option("--language", "language", default=None, metavar="TAG",
              help="Only this language (one of business.translations), e.g. fr-CA.")
@click.argument("path", required=False, type=click.Path(path_type=Path))
def translate(language: str | None, path: Path | None) -> None:
    """Create or update the PO files of the policies' translations (default: every policy in policies/).

    Each language of business.translations gets policies/<policy>.<tag>.po:
    new strings are added, changed ones marked fuzzy, gone ones made obsolete.
    Translate them in any PO editor (Poedit, Weblate, Crowdin).
    """
    from generator.adapters.clock import ClockError, build_time
    from generator.model.validate import validate
    from generator.pipeline import display_path, policy_files

    target = path or Path("policies")
    if not target.exists():
        raise click.UsageError(f"{target}: no such file or folder")
    files = policy_files([target])
    if not files:
        raise click.UsageError(f"no policy files (*.yaml, *.yml) in {target}")
    try:
        when = build_time()
    except ClockError as exc:
        raise click.UsageError(str(exc)) from None
    problems: list[Problem] = []
    policies = []
    for file in files:
        name = display_path(file)
        try:
            source = load_file(file, name)
            policy = validate(source)
        except PolicyError as exc:
            problems.extend(exc.problems)
            continue
        problems.extend(declared_language_problems(source, policy))
        policies.append((file, name, source, policy))
    if problems:
        _echo_problems(problems)
        raise click.exceptions.Exit(1)
    if language is not None and not any(
        tag_key(language) in {tag_key(t) for t in policy.business.translations} for *_, policy in policies
    ):
        raise click.UsageError(f"no policy lists {quote(language)} in business.translations; add it there first")
    if not any(policy.business.translations for *_, policy in policies):
        click.echo("No policy lists further languages in business.translations; nothing to do.", err=True)
        return
    plans = []
    for file, name, source, policy in policies:
        existing = translation_paths(file)
        by_key = {tag_key(t): p for t, p in existing.items()}
        for tag in policy.business.translations:
            if language is not None and tag_key(tag) != tag_key(language):
                continue
            po_path = by_key.get(tag_key(tag), translation_path(file, tag))
            display = display_path(po_path)
            translation = None
            if po_path.exists():
                try:
                    translation = read_translation(po_path, display, tag)
                except PolicyError as exc:
                    problems.extend(exc.problems)
                    continue
            plans.append((po_path, display, tag, source, policy, translation))
    if problems:
        _echo_problems(problems)
        raise click.exceptions.Exit(1)
    for po_path, display, tag, source, policy, translation in plans:
        template = template_catalog(policy, source.mark, reference_name(Path(source.file)), tag, when)
        merged = merge(translation.catalog if translation else None, template, when)
        if merged.modified:
            po_path.write_bytes(po_bytes(merged.catalog))
        click.echo(f"{display}: {merged.summary()}")


__all__ = ["LocatedWarning", "check_translations", "report_translations", "translate"]
