"""``{placeholders}`` in canned replies: the names a reply may use, and how a text is split into them."""

from __future__ import annotations

from string import Formatter

from generator.model.values import ValueProblem, did_you_mean
from generator.problems import quote

PLACEHOLDERS: dict[str, str] = {
    "business": "the business's name",
    "channel": "the channel's name",
    "hours": "the channel's staffed hours",
    "promise": "the channel's public reply time",
    "reply_by": "when the reply is due (filled with a worked example; work it out for each case)",
    "website": "the business's website",
    "zone": "the time zone the hours are in",
    "urgent": "where to go for urgent problems",
    "customer": "the customer's name (filled in by staff)",
    "agent": "your own name (filled in by staff)",
}
"""Every placeholder a canned reply may use, with what it stands for."""

STAFF_FILLED = ("customer", "agent")
"""Placeholders that only the person sending the reply can fill."""


def split_placeholders(text: str) -> list[tuple[str, str | None]]:
    """``(literal, placeholder or None)`` pairs; ``{{`` and ``}}`` are literal braces.

    Raises ValueProblem for a malformed or unknown placeholder.
    """
    try:
        parts = list(Formatter().parse(text))
    except ValueError:
        raise ValueProblem(
            f"{quote(text)} has an unmatched brace; write placeholders as {{name}} and literal braces as {{{{ }}}}"
        ) from None
    out: list[tuple[str, str | None]] = []
    for literal, name, spec, conversion in parts:
        if name is not None and (spec or conversion or not name):
            raise ValueProblem(f"write placeholders as {{name}}, e.g. {{customer}}; {quote(text)} has another form")
        if name is not None and name not in PLACEHOLDERS:
            braced = [f"{{{known}}}" for known in PLACEHOLDERS]
            hint = did_you_mean(f"{{{name}}}", braced) or f"; known: {', '.join(braced)}"
            raise ValueProblem(f"unknown placeholder {quote('{' + name + '}')}{hint}")
        out.append((literal, name))
    return out
