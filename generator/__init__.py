"""Service expectations: turn one YAML service policy into a public site, a staff playbook and data.

The package is a pipeline of pure stages; the folders follow it:

- ``load``: bytes on disk to a plain tree of text with the position of every node;
- ``model``: the typed policy (pydantic), its parsing of schedules and durations, and cross-checks;
- ``derive``: facts computed from a policy (the public view, wording inputs, FAQ, page plan);
- ``render``: page plan to Markdown strings through Jinja2 templates;
- ``adapters``: the only code that touches files, clocks and processes (CLI, MkDocs plugin).
"""

__version__ = "0.1.0"
