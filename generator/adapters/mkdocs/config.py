"""Configuration of the ``expectations`` MkDocs plugin."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ExpectationsConfig(Config):
    policies = c.Type(str, default="policies")
    """Folder of policy files, relative to mkdocs.yml."""
    audience = c.Choice(("public", "staff"), default="public")
    """public: the customer site; staff: the same pages plus the staff playbook (host it privately)."""
    language = c.Optional(c.Type(str))
    """The language this build publishes (one of the policies' locale and translations); default: the policies' locale.

    ``expectations build`` builds every language, setting this for each; see generator/adapters/languages.py.
    """
    logs = c.ListOfItems(c.Type(str), default=[])
    """Conversation logs (CSV) for Promises kept: files or globs relative to mkdocs.yml, e.g. policies/logs/*.csv."""
    log_timezone = c.Optional(c.Type(str))
    """IANA zone of log times written without an offset (as expectations report --log-timezone)."""
    preset = c.Optional(c.Choice(("zendesk", "freshdesk", "front")))
    """Read a helpdesk's export (as expectations report --preset)."""
    columns = c.Optional(c.Type(str))
    """Which column holds each field (as expectations report --columns)."""
    channel_map = c.Optional(c.Type(str))
    """The log's channel names to channel ids (as expectations report --channel-map)."""
