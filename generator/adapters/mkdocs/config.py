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
