"""Languages: the gettext catalogues of generated wording and the CLDR locale of a language tag.

Every sentence the sites write comes from the ``expectations`` domain in
``generator/locale/<lang>/LC_MESSAGES/expectations.mo``. A tag such as
``pt-BR`` looks in ``pt_BR`` first, then ``pt``, then falls back to the
English wording of the source; formats (days, times, dates, lists) always come
from the tag's own CLDR locale through Babel.

Messages use named ``%(name)s`` placeholders everywhere (templates through
Jinja2's newstyle gettext, Python through ``Words.gettext`` and friends).
"""

from __future__ import annotations

import gettext as _gettext
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

DOMAIN = "expectations"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
SOURCE_LANGUAGE = "en"


def gettext_languages(tag: str) -> list[str]:
    """The catalogue folders to look in for ``tag``, most specific first: ``pt-BR`` gives ``pt_BR``, ``pt``."""
    parts = tag.replace("-", "_").split("_")
    language = parts[0].lower()
    out = [f"{language}_{parts[-1].upper()}"] if len(parts) > 1 and len(parts[-1]) == 2 else []
    return out + [language]


def catalogue_languages() -> list[str]:
    """Every language folder that has a compiled catalogue, sorted."""
    return sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))


@lru_cache(maxsize=64)
def translations(tag: str) -> _gettext.NullTranslations:
    """The wording for ``tag`` (cached), chained ``pt_BR`` -> ``pt`` -> English source text."""
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=gettext_languages(tag), fallback=True)


def has_catalogue(tag: str) -> bool:
    """Whether ``tag``'s language has its own wording (English is the source, so it always has)."""
    languages = gettext_languages(tag)
    return languages[-1] == SOURCE_LANGUAGE or any(
        (LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file() for lang in languages
    )


@lru_cache(maxsize=64)
def babel_locale(tag: str) -> Locale:
    """The CLDR locale for dates, times, day names and lists (``en`` when the tag is unknown to CLDR)."""
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(gettext_languages(tag)[-1])
        except (UnknownLocaleError, ValueError):
            return Locale.parse(SOURCE_LANGUAGE)


def plural_categories(tag: str) -> dict[str, int]:
    """A sample number for each CLDR plural category of ``tag``'s language (``one``: 1, ``other``: 2...).

    Samples from 2 upward come first: a region's CLDR rule can file 0 under
    ``other`` where the language's catalogue treats 0 as singular (pt-PT and
    pt), so 0 would pick the catalogue's singular form for every "other" count.
    """
    from generator.render import cldr

    numbers = [*range(2, 200), 0, 1, 1000000]
    samples: dict[str, int] = {}
    for n, category in zip(numbers, cldr.plural_samples(str(babel_locale(tag)), numbers)):
        samples.setdefault(category, n)
    return samples


STATUS_MESSAGES = (
    "status.open",
    "status.open.days",
    "status.closed",
    "status.closed.your_time",
    "status.reply_by",
    "status.reply_by.your_time",
    "status.today",
    "status.tomorrow",
    "status.weekday",
    "status.date",
    "duration.minutes",
    "duration.minute",
    "duration.hours",
    "duration.hour",
    "duration.mixed",
)


def status_strings(tag: str) -> dict[str, str]:
    """The live status line's wording in ``tag``'s language, for scripts in the page.

    Keys are ``status.*`` and ``duration.*``; placeholders are written
    ``{name}`` (``{duration}``, ``{when}``, ``{local}``, ``{time}``,
    ``{weekday}``, ``{date}``, ``{n}``, ``{hours}``, ``{minutes}``).
    ``duration.hours`` and ``duration.minutes`` also come in one form per CLDR
    plural category (``duration.hours.few``...), to choose with
    ``Intl.PluralRules(lang).select(n)``; ``duration.hour`` and
    ``duration.minute`` are the forms for exactly one. ``locale`` is the
    language tag, for ``Intl.DateTimeFormat``.
    """
    from generator.render.words import Words

    words = Words(tag, "UTC")
    strings = {"locale": tag} | words.status_messages()
    for category, n in plural_categories(tag).items():
        strings[f"duration.hours.{category}"] = words.hours_text(n, "{n}")
        strings[f"duration.minutes.{category}"] = words.minutes_text(n, "{n}")
    return strings


def wording_warning(file: str, locale: str, line: int, col: int) -> str | None:
    """The ``check`` warning for a policy whose locale has no wording catalogue, or None."""
    if has_catalogue(locale):
        return None
    return (
        f"{file}:{line}:{col}: warning: no wording catalogue for '{locale}'; generated sentences will be in "
        f"English (dates and times use {locale} formats)"
    )


def policy_wording_warnings(files: list[str]) -> list[str]:
    """One warning line per policy file whose ``business.locale`` has no wording catalogue."""
    from generator.load.source import load_file

    out = []
    for file in files:
        source = load_file(Path(file), file)
        business = source.data.get("business") if isinstance(source.data, dict) else None
        locale = business.get("locale") if isinstance(business, dict) else None
        if not isinstance(locale, str):
            continue
        line, col = source.mark(("business", "locale"))
        warning = wording_warning(file, locale, line, col)
        if warning:
            out.append(warning)
    return out


def extract_message_table(fileobj, keywords, comment_tags, options):  # type: ignore[no-untyped-def]
    """Babel extractor for ``generator/messages.py``: every string value of its ``MESSAGES`` table."""
    import ast

    tree = ast.parse(fileobj.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and isinstance(value, ast.Constant) and isinstance(value.value, str):
                    yield value.lineno, None, value.value, [f"key: {key.value}"]


@lru_cache(maxsize=64)
def _keyed(tag: str) -> tuple[tuple[str, str], ...]:
    from generator.messages import MESSAGES

    t = translations(tag)
    table = {key: t.gettext(text) for key, text in MESSAGES[SOURCE_LANGUAGE].items()}
    return tuple((table | {k: v for k, v in status_strings(tag).items() if k != "locale"}).items())


def keyed_messages(tag: str) -> dict[str, str]:
    """``generator.messages``' table in ``tag``'s language, with the live status wording (``{name}`` placeholders)."""
    return dict(_keyed(tag))
