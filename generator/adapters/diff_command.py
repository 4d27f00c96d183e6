"""``expectations diff``: what changed for customers between two versions of a policy, as Markdown."""

from __future__ import annotations

from pathlib import Path

import click

from generator.adapters.reporting import Failed, echo_problems
from generator.problems import PolicyError


@click.command("diff")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--git", "revision", default=None, help="Compare the policies in PATHS (default policies/) at this revision with the working tree.")
@click.option("--fail-on", type=click.Choice(["slower"]), default=None,
              help="Exit 1 when a public promise got slower or staffed hours were removed.")
def diff(paths: tuple[Path, ...], revision: str | None, fail_on: str | None) -> None:
    """Print what changed for customers between two policies (OLD NEW), as Markdown."""
    from generator.adapters.git import GitError, repo_root, show
    from generator.derive.changes import any_slower, policy_changes
    from generator.derive.public import public_view
    from generator.load import load_text
    from generator.model.validate import validate
    from generator.pipeline import display_path, policy_files
    from generator.render.changes import diff_markdown
    from generator.render.words import Words

    pairs: list[tuple[str, bytes | None, str, bytes | None]] = []
    if revision is None:
        if len(paths) != 2:
            raise click.UsageError("give two policy files (OLD NEW), or --git REV")
        for path in paths:
            if not path.is_file():
                raise click.UsageError(f"{path}: no such file")
        pairs.append((str(paths[0]), paths[0].read_bytes(), str(paths[1]), paths[1].read_bytes()))
    else:
        targets = list(paths) or [Path("policies")]
        for path in targets:
            if not path.exists():
                raise click.UsageError(f"{path}: no such file or folder")
        root = repo_root(targets[0].resolve())
        if root is None:
            raise click.UsageError("--git needs the policies to be in a git repository")
        for path in policy_files(targets):
            try:
                before = show(root, revision, path)
            except GitError as exc:
                raise click.UsageError(str(exc)) from None
            name = display_path(path)
            pairs.append((f"{name}@{revision}", before, name, path.read_bytes()))
    sections: list[str] = []
    slower = False
    problems = []
    for old_name, old_raw, new_name, new_raw in pairs:
        try:
            new = public_view(validate(load_text(new_raw or b"", new_name)))
            old = public_view(validate(load_text(old_raw, old_name))) if old_raw is not None else None
        except PolicyError as exc:
            problems.extend(exc.problems)
            continue
        words = Words(new.business.locale, new.business.timezone)
        if old is None:
            first = words.gettext("A new policy: everything in it is new.")
            sections.append(f"## {new_name}\n\n{first}\n")
            continue
        changes = policy_changes(old, new)
        slower = slower or any_slower(changes)
        sections.append(diff_markdown(words.gettext("Changes for customers: %(file)s", file=new_name), changes, new))
    if problems:
        echo_problems(problems)
        raise Failed()
    click.echo("\n".join(sections), nl=False)
    if fail_on == "slower" and slower:
        click.echo("A public promise got slower or staffed hours were removed (--fail-on slower).", err=True)
        raise Failed()


__all__ = ["diff"]
