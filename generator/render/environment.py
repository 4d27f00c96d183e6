"""The Jinja2 environment for page templates.

Every ``{{ value }}`` that is not already ``Markup`` is escaped as plain text
(``finalize``), so a template cannot print policy text raw by forgetting a
filter; ``|inline`` and ``|block`` allow the safe Markdown subset. Templates come from the package and undefined names fail.

There is one environment per audience and language. The public one can load
only ``public/`` templates, so no include or import in a public page can pull
in a staff template; the staff one loads ``staff/`` and ``public/`` (for shared
macros).

Wording goes through Jinja2's i18n extension with newstyle gettext:
``{% trans name=value %}...{{ name }}...{% endtrans %}``. The translated text
is trusted (it comes from the package's catalogues and may hold Markdown
links), while each placeholder value is made safe like any printed value
unless it is already ``Markup``. The environment of a language has that
language's catalogue installed, so imported macros translate too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, Environment, FileSystemBytecodeCache, PackageLoader, PrefixLoader, StrictUndefined
from markupsafe import Markup

from generator.render import fragments, safe_text
from generator.render.i18n import translations
from generator.render.icons import icon
from generator.render.precompiled import Precompiled
from generator.render.words import Words


_finalize = safe_text.printed


AUDIENCE_FOLDERS = {"public": ("public",), "staff": ("public", "staff")}


def _gettext_callables(language: str) -> dict[str, Any]:
    """Newstyle gettext functions for templates: translated text as Markup, placeholder values made safe."""
    t = translations(language)
    fixed: dict[str, Markup] = {}  # messages printed without values, translated once

    def gettext(message: str, **variables: Any) -> Markup:
        if variables:
            return Words.fill_markup(t.gettext(message), variables)
        text = fixed.get(message)
        if text is None:
            text = fixed[message] = Words.fill_markup(t.gettext(message), variables)
        return text

    def ngettext(singular: str, plural: str, num: int, **variables: Any) -> Markup:
        return Words.fill_markup(t.ngettext(singular, plural, num), {"num": num, **variables})

    def pgettext(context: str, message: str, **variables: Any) -> Markup:
        return Words.fill_markup(t.pgettext(context, message), variables)

    def npgettext(context: str, singular: str, plural: str, num: int, **variables: Any) -> Markup:
        return Words.fill_markup(t.npgettext(context, singular, plural, num), {"num": num, **variables})

    return {"gettext": gettext, "_": gettext, "ngettext": ngettext, "pgettext": pgettext, "npgettext": npgettext}


_bytecode_cache: BytecodeCache | None = None
_bytecode_folder: str | None = None


def use_bytecode_cache(folder: Path, cache: BytecodeCache | None = None) -> None:
    """Keep the templates' compiled code in ``folder`` (Jinja checks each against its template's source).

    ``cache`` is the bytecode cache that keeps them there (default: Jinja's ``FileSystemBytecodeCache``).
    """
    global _bytecode_cache, _bytecode_folder
    if str(folder) != _bytecode_folder:
        _bytecode_cache, _bytecode_folder = cache or FileSystemBytecodeCache(str(folder)), str(folder)
        environment.cache_clear()


@lru_cache(maxsize=32)
def environment(audience: str = "public", language: str = "en") -> Environment:
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
        extensions=["jinja2.ext.do", "jinja2.ext.i18n"],
        auto_reload=False,  # templates are package data: no need to stat them on every use
        bytecode_cache=Precompiled(_bytecode_cache),
    )
    env.filters["inline"] = safe_text.inline
    env.filters["block"] = safe_text.block
    env.filters["url"] = safe_text.url
    env.filters["num"] = fragments.number
    env.globals["icon"] = icon
    env.globals.update(fragments.GLOBALS)
    env.policies["ext.i18n.trimmed"] = True  # a message's line breaks and indentation are not part of it
    env.newstyle_gettext = True  # type: ignore[attr-defined]
    env.globals.update(_gettext_callables(language))
    return env


def render(template: str, audience: str = "public", language: str = "en", **context: Any) -> str:
    return environment(audience, language).get_template(template).render(**context)


def macro(template: str, name: str, audience: str = "public", language: str = "en") -> Any:
    """A macro of a template, to call from Python (for values every page of a render shares)."""
    return getattr(environment(audience, language).get_template(template).module, name)
