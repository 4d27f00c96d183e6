"""Where each field of a conversation log is: the canonical layout, the helpdesk presets, ``--columns`` and ``--channel-map``.

A :class:`Columns` mapping names the header of each field, may give the first
reply as a delay after ``received_at`` instead of an instant, maps an export's
channel names to channel ids, and may exclude rows by a column's value.
"""

from __future__ import annotations

from dataclasses import replace

from generator.frozen import frozen
from generator.model.values import did_you_mean
from generator.problems import quote

DELAY_FIELDS = {"first_reply_minutes": 60, "first_reply_seconds": 1}
"""Mapping keys that give the first reply as a delay after received_at, with seconds per unit."""


@frozen
class Columns:
    """Where each field of a log is, and how to read it: the canonical layout, a preset, or ``--columns``."""

    channel: str = "channel"
    received_at: str = "received_at"
    first_reply_at: str | None = "first_reply_at"
    first_reply_delay: str | None = None
    """A column holding the time from received_at to the first reply (instead of first_reply_at)."""
    delay_unit: int = 60
    """Seconds per unit of ``first_reply_delay`` (60: minutes, 1: seconds)."""
    id: str = "id"
    exclude: str = "exclude"
    exclude_when: tuple[tuple[str, frozenset[str]], ...] = ()
    """Further exclusions: a row is excluded when the column has one of the values (compared case-insensitively)."""
    channel_map: tuple[tuple[str, str], ...] = ()
    """Channel names of an export to channel ids, keys in lower case."""
    origin: str = ""
    """Where the mapping came from, for messages: '--preset zendesk', '--columns'."""

    @property
    def reply_key(self) -> str:
        if self.first_reply_delay is None:
            return "first_reply_at"
        return "first_reply_minutes" if self.delay_unit == 60 else "first_reply_seconds"

    def header_of(self, key: str) -> str:
        if key in DELAY_FIELDS:
            return self.first_reply_delay or key
        return getattr(self, key) or key


def _map(pairs: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((k.casefold(), v) for k, v in pairs.items())


PRESETS: dict[str, Columns] = {
    # Zendesk Support: Admin Center > Account > Tools > Reports > Export (CSV), or a view exported as CSV.
    # "First reply time in minutes" counts calendar minutes from "Created at"; timestamps carry no offset.
    "zendesk": Columns(
        channel="Via",
        received_at="Created at",
        first_reply_at=None,
        first_reply_delay="First reply time in minutes",
        delay_unit=60,
        id="Id",
        exclude="exclude",
        channel_map=_map({
            "Mail": "email", "Email": "email", "Web form": "web-form", "Web Widget": "chat", "Chat": "chat",
            "Twitter": "x", "X": "x", "X Corp": "x", "Facebook": "facebook", "Facebook Messenger": "facebook",
            "Instagram Direct": "instagram", "WhatsApp": "whatsapp", "Text": "sms", "SMS": "sms",
            "Voice": "phone", "Phone call (inbound)": "phone", "Messaging": "chat",
        }),
        origin="--preset zendesk",
    ),
    # Freshdesk: Tickets > Export, with the fields below ticked; times are in the account's zone, without offset.
    "freshdesk": Columns(
        channel="Source",
        received_at="Created time",
        first_reply_at="Initial response time",
        id="Ticket ID",
        exclude="exclude",
        exclude_when=(("Source", frozenset({"outbound email"})),),
        channel_map=_map({
            "Email": "email", "Outbound Email": "email", "Portal": "web-form", "Phone": "phone", "Chat": "chat",
            "Twitter": "x", "Facebook": "facebook", "WhatsApp": "whatsapp", "Feedback Widget": "web-form",
        }),
        origin="--preset freshdesk",
    ),
    # Front: Analytics > Export > Messages; one row per message, "Response time" in seconds for inbound messages.
    "front": Columns(
        channel="Inbox",
        received_at="Message date",
        first_reply_at=None,
        first_reply_delay="Response time",
        delay_unit=1,
        id="Message ID",
        exclude="exclude",
        exclude_when=(("Direction", frozenset({"outbound"})),),
        channel_map=_map({
            "Email": "email", "Support": "email", "Twitter": "x", "X": "x", "Facebook": "facebook",
            "Instagram": "instagram", "WhatsApp": "whatsapp", "SMS": "sms", "Chat": "chat", "Phone": "phone",
        }),
        origin="--preset front",
    ),
}

MAPPING_KEYS = ("channel", "received_at", "first_reply_at", "first_reply_minutes", "first_reply_seconds", "id", "exclude")


class MappingError(ValueError):
    """A ``--columns`` or ``--channel-map`` value that cannot be read (a usage error)."""


def _pairs(text: str, option: str) -> list[tuple[str, str]]:
    pairs = []
    for part in text.split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        if not sep or not key.strip():
            raise MappingError(f"{option}: {quote(part.strip())} is not NAME=VALUE; separate pairs with commas")
        pairs.append((key.strip(), value.strip()))
    return pairs


def parse_columns(text: str, base: Columns | None = None) -> Columns:
    """Apply a ``--columns`` mapping such as ``channel=Via,received_at=Created at`` to ``base``.

    Keys: the canonical fields, or ``first_reply_minutes`` / ``first_reply_seconds``
    for a column holding the delay to the first reply. Keys left out keep the
    base's column (the canonical name by default).
    """
    columns = base or Columns(origin="--columns")
    changes: dict[str, object] = {"origin": "--columns" if base is None else f"{base.origin} --columns"}
    for key, header in _pairs(text, "--columns"):
        if key not in MAPPING_KEYS:
            raise MappingError(f"--columns: unknown field {quote(key)}{did_you_mean(key, MAPPING_KEYS)} (fields: {', '.join(MAPPING_KEYS)})")
        if not header:
            raise MappingError(f"--columns: {key} needs a column name after '='")
        if key == "first_reply_at":
            changes.update(first_reply_at=header, first_reply_delay=None)
        elif key in DELAY_FIELDS:
            changes.update(first_reply_at=None, first_reply_delay=header, delay_unit=DELAY_FIELDS[key])
        else:
            changes[key] = header
    return replace(columns, **changes)  # type: ignore[arg-type]


def parse_channel_map(text: str, base: Columns) -> Columns:
    """Add ``--channel-map`` pairs such as ``Email=email,Twitter=x`` to ``base`` (they win over a preset's)."""
    given = [(name.casefold(), channel) for name, channel in _pairs(text, "--channel-map")]
    for name, channel in given:
        if not channel:
            raise MappingError(f"--channel-map: {name} needs a channel id after '='")
    return replace(base, channel_map=tuple(given) + base.channel_map)


__all__ = ["Columns", "DELAY_FIELDS", "MappingError", "PRESETS", "parse_channel_map", "parse_columns"]
