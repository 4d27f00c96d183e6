"""One country's public holidays class from the holidays library, without importing every country.

``holidays.country_holidays("CA")`` imports the package ``holidays.countries``,
whose ``__init__`` imports all of its 200-odd country modules (about a tenth
of a second); a policy needs one or two. This loads the one module file the
library's own registry names, under its usual module name, so the class, its
data and its translations are exactly the library's. A country module that
needs another country (``holidays.countries.american_samoa`` builds on the
United States) imports it the ordinary way, which loads the whole package as
before.

What a build asks (the codes, a country's subdivisions, one year's holidays)
goes through ``generator.remembered``, so a rebuild that finds the answers in
the build cache imports none of the library.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.remembered import ask


def country_codes() -> set[str]:
    """Every country code the library knows (two- and three-letter codes and aliases), from its registry alone."""

    def answer() -> list[str]:
        from holidays.registry import EntityLoader

        return sorted(EntityLoader.get_country_codes())

    return set(ask("holidays countries", [], answer))


def subdivisions_of(code: str) -> list[str]:
    """The subdivision codes of the country ``code`` (as in ``country_codes``), in the library's order."""
    return ask("holidays subdivisions", [code], lambda: list(country_class(code).subdivisions))


def year_of_holidays(code: str, subdiv: str | None, year: int) -> dict[date, str]:
    """The public holidays of one year (the library's default list, names in en_US): date -> name."""

    def answer() -> dict[str, str]:
        days = country_holidays(code, subdiv, year, "en_US")
        return {day.isoformat(): name for day, name in days.items()}

    return {date.fromisoformat(day): name for day, name in ask("holidays", [code, subdiv, year], answer).items()}


def answers_around(regions: set[str], year: int) -> dict[str, Any]:
    """What validating and building policies that name ``regions`` (``CA-NS``, ``DE``) ask the library, around
    ``year``: the codes, each country's subdivisions, and the holidays of the years before, of and after it."""
    from generator import remembered

    codes = country_codes()
    for region in sorted(regions):
        country, _, subdivision = region.partition("-")
        if country in codes:
            known = subdivisions_of(country)
            for each in (year - 1, year, year + 1):
                year_of_holidays(country, subdivision if subdivision in known else None, each)
    return remembered.answers()


_REGION = re.compile(rb"""^[ \t]*public_holidays[ \t]*:[ \t]*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,6})?)["']?[ \t]*(?:#.*)?$""",
                     re.MULTILINE)


MAX_REGIONS_AHEAD = 64
"""At most this many regions are asked ahead (a chain's locations name a few; the rest are asked when needed)."""


@contextmanager
def asked_ahead(files: list[Path], year: int) -> Iterator[None]:
    """While the block reads ``files``: a child process asks the library what they will ask of it
    (``answers_around`` this year), so that this process need not import it (about 0.1 s) while it has other work.

    The regions come from a quick look at each file's lines (``public_holidays: CA-NS``); one it misses, or a
    question it did not foresee, is asked here as usual. Nothing happens without a region, when the codes are
    already known (the build cache's answers), or where no child can be forked (``generator.forking``).
    """
    from generator import remembered
    from generator.forking import fork_wanted, in_child

    if not fork_wanted() or remembered.knows("holidays countries", []):  # before reading: a child reads nothing
        yield
        return
    regions: set[str] = set()
    for path in files:
        try:
            with open(path, "rb") as source:
                regions.update(match.decode("ascii") for match in _REGION.findall(source.read(1024 * 1024)))
        except OSError:
            continue
    if not regions:
        yield
        return
    asked = set(sorted(regions)[:MAX_REGIONS_AHEAD])  # a file that names thousands cannot keep the child busy for long
    with in_child(lambda: answers_around(asked, year), here=lambda: None) as pending:
        remembered.expect("holidays", pending.result)
        try:
            yield
        finally:
            remembered.expect("holidays", None)


@lru_cache(maxsize=None)
def country_class(code: str) -> Any:
    """The library's holidays class of the country ``code`` (as in ``country_codes``); KeyError for an unknown code."""
    import holidays
    from holidays.registry import COUNTRIES

    for module, names in COUNTRIES.items():
        if code in names[1:]:
            break
    else:
        raise KeyError(code)
    name = f"holidays.countries.{module}"
    loaded = sys.modules.get(name)
    if loaded is None:
        path = Path(holidays.__file__).parent / "countries" / f"{module}.py"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:  # not a plain file (a zipped install): the library's own way
            return getattr(holidays, code)
        loaded = importlib.util.module_from_spec(spec)
        sys.modules[name] = loaded
        try:
            spec.loader.exec_module(loaded)
        except BaseException:
            del sys.modules[name]
            raise
    return getattr(loaded, code, None) or getattr(loaded, names[0])


def country_holidays(code: str, subdiv: str | None, years: int, language: str) -> Any:
    """``holidays.country_holidays(code, subdiv=..., years=..., language=...)``, importing only that country."""
    return country_class(code)(years=years, subdiv=subdiv, language=language)
