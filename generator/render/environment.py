"""The Jinja2 environment for page templates.

Every ``{{ value }}`` that is not already ``Markup`` is escaped as plain text
(``finalize``), so a template cannot print policy text raw by forgetting a
filter; ``|inline`` and ``|block`` allow the safe Markdown subset. Templates come from the package and undefined names fail.

There is one environment per audience. The public one can load only
``public/`` templates, so no include or import in a public page can pull in a
staff template; the staff one loads ``staff/`` and ``public/`` (for shared macros).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, PrefixLoader, StrictUndefined
from markupsafe import Markup

from generator.render import safe_text
from generator.render.icons import icon


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    if value is None:
        raise ValueError("a template printed None; guard optional fields with {% if %}")
    return safe_text.plain(str(value))


def _number(value: float) -> Markup:
    """A coordinate for SVG: at most one decimal, no trailing zeros."""
    text = f"{float(value):.1f}".rstrip("0").rstrip(".")
    return Markup(text)


AUDIENCE_FOLDERS = {"public": ("public",), "staff": ("public", "staff")}


@lru_cache(maxsize=2)
def environment(audience: str = "public") -> Environment:
    loader = PrefixLoader(
        {folder: PackageLoader("generator", f"render/templates/{folder}") for folder in AUDIENCE_FOLDERS[audience]}
    )
    env = Environment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=True,
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.do"],
        auto_reload=False,  # templates are package data: no need to stat them on every use
    )
    env.filters["inline"] = safe_text.inline
    env.filters["block"] = safe_text.block
    env.filters["url"] = safe_text.url
    env.filters["num"] = _number
    env.globals["icon"] = icon
    return env


def render(template: str, audience: str = "public", **context: Any) -> str:
    return environment(audience).get_template(template).render(**context)


def macro(template: str, name: str, audience: str = "public") -> Any:
    """A macro of a template, to call from Python (for values every page of a render shares)."""
    return getattr(environment(audience).get_template(template).module, name)
