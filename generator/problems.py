"""Located problems: the one shape in which every stage reports bad input.

A problem owns its user-facing text. The CLI and the MkDocs plugin print
``file:line:col: error: message`` lines and never a traceback.
"""

from __future__ import annotations

from generator.frozen import frozen


@frozen(order=True)
class Problem:
    """One thing wrong with one input file, at a 1-based line and column."""

    file: str
    line: int
    col: int
    message: str

    def format(self) -> str:
        """The plain ``file:line:col: error: message`` line."""
        return f"{self.file}:{self.line}:{self.col}: error: {self.message}"

    def format_github(self) -> str:
        """A GitHub Actions workflow command that annotates the line in a pull request."""
        message = self.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        file = self.file.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
        return f"::error file={file},line={self.line},col={self.col}::{message}"


class PolicyError(Exception):
    """Raised with every problem found in one or more policy files."""

    exit_code = 1

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(p.format() for p in problems))
        self.problems = sorted(problems)

    def format_message(self) -> str:
        return "\n".join(p.format() for p in self.problems)


def counted(count: int, one: str, many: str) -> str:
    """``1 problem``, ``3 problems``: a count with the right form of its noun."""
    return f"{count} {one if count == 1 else many}"


def problem_totals(problems: list[Problem]) -> str:
    """The closing line of a check: ``1 problem in 1 file``, ``3 problems in 2 files``."""
    files = len({p.file for p in problems})
    return f"{counted(len(problems), 'problem', 'problems')} in {counted(files, 'file', 'files')}"


def quote(value: object) -> str:
    """Quote a user's value for a message, short and on one line."""
    text = str(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return repr(text) if ("'" in text or "\n" in text or "\t" in text) else f"'{text}'"
