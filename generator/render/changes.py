"""Change summaries in Markdown: for `expectations diff` and the policy updates page."""

from __future__ import annotations

from markupsafe import escape

from generator.derive.changes import Change
from generator.derive.public import PublicPolicy
from generator.render.environment import render
from generator.render.words import Words


# Character references that page Markdown needs but a summary read in a terminal or a pull request does
# not: these characters start no Markdown or HTML there. The others (< > & [ ] * _ ` | ...) stay escaped.
_READABLE = {f"&#{ord(ch)};": ch for ch in "():'\"+!"}


def readable(markdown: str) -> str:
    for reference, ch in _READABLE.items():
        markdown = markdown.replace(reference, ch)
    return markdown


def diff_markdown(title: str, changes: list[Change], policy: PublicPolicy, language: str | None = None) -> str:
    """The changes as a Markdown section, for a terminal or a pull request's job summary."""
    language = language or policy.business.locale
    words = Words(policy.business.locale, policy.business.timezone, language)
    # The title names files given on the command line: HTML-escaped only, so paths read as typed.
    return readable(render("public/diff.md.j2", language=language, title=escape(title), changes=changes, words=words))
