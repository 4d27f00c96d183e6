"""How commands print located problems: one line each in file order, then a total; and how they exit after that."""

from __future__ import annotations

import os

import click

from generator.problems import Problem, problem_totals


class Failed(click.ClickException):
    """Problems already printed; exits 1 without more text."""

    def __init__(self) -> None:
        super().__init__("")

    def show(self, file=None) -> None:  # type: ignore[no-untyped-def]
        pass


def default_format() -> str:
    """``github`` (workflow annotations) inside GitHub Actions, else ``text``."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def echo_problems(problems: list[Problem], fmt: str = "text", *, err: bool = False) -> None:
    """One ``file:line:col: error: message`` line per problem (or annotation), in file order."""
    for problem in sorted(problems, key=lambda p: (p.file, p.line, p.col, p.message)):
        click.echo(problem.format_github() if fmt == "github" else problem.format(), err=err)


def echo_totals(problems: list[Problem], after: str = "") -> None:
    """``3 problems in 2 files`` on stderr, with ``after`` appended."""
    click.echo(problem_totals(problems) + after, err=True)
