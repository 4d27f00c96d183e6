"""The translation part of ``check``, which every build runs too: declared languages, PO files, coverage.

``expectations translate`` (generator/adapters/translate_command.py) writes the
files this checks; a build needs only the check.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from babel import Locale

from generator.frozen import frozen
from generator.derive.translate import translatable, translation_errors, unique_keys
from generator.load.source import Source, load_file
from generator.load.translations import (
    Translation,
    orphan_problems,
    read_translation,
    tag_key,
    translation_path,
    translation_paths,
)
from generator.problems import PolicyError, Problem, quote


@frozen(order=True)
class LocatedWarning(Problem):
    """A located finding that does not fail ``check`` (unless ``--strict``)."""

    def format(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: warning: {self.message}"

    def format_github(self) -> str:
        return super().format_github().replace("::error ", "::warning ", 1)


def language_name(tag: str) -> str:
    """``English`` for en-CA: the language strings are shown in when they have no translation."""
    try:
        return Locale.parse(tag.replace("-", "_")).get_language_name("en") or tag
    except ValueError:
        return tag


# --- declared languages ----------------------------------------------------------------------------


def declared_language_problems(source: Source, policy: object) -> list[Problem]:
    """``business.translations``: no language twice, and not the policy's own language."""
    business = policy.business  # type: ignore[attr-defined]
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for i, tag in enumerate(business.translations):
        key = tag_key(tag)
        where = ("business", "translations", i)
        if key == tag_key(business.locale):
            problems.append(source.problem(
                where, f"business.translations[{i}]: {quote(tag)} is the policy's own language (business.locale); "
                "list only the further languages",
            ))
        elif key in seen:
            problems.append(source.problem(
                where, f"business.translations[{i}]: {quote(tag)} is listed twice (first at translations[{seen[key]}]); keep one",
            ))
        else:
            seen[key] = i
    return problems


def _languages_text(tags: list[str]) -> str:
    return "[" + ", ".join(tags) + "]"


def site_language_problems(policies: list[tuple[Source, object]]) -> list[Problem]:
    """Every policy of one site is published in the same languages; name the ones that differ from the others."""
    if len(policies) < 2:
        return []
    sets = [frozenset(tag_key(t) for t in p.business.translations) for _, p in policies]  # type: ignore[attr-defined]
    counts = Counter(sets)
    usual = max(sets, key=lambda s: (counts[s], -sets.index(s)))
    shown = next(p.business.translations for (_, p), s in zip(policies, sets) if s == usual)  # type: ignore[attr-defined]
    problems = _default_language_problems(policies)
    for (source, policy), languages in zip(policies, sets):
        if languages != usual:
            own = policy.business.translations  # type: ignore[attr-defined]
            problems.append(source.problem(
                ("business", "translations"),
                f"business.translations: {_languages_text(own)} differs from the other policies' {_languages_text(shown)}; "
                "every location of one site is published in the same languages",
            ))
    return problems


def _primary(tag: str) -> str:
    return tag_key(tag).split("-", 1)[0]


def _default_language_problems(policies: list[tuple[Source, object]]) -> list[Problem]:
    """The policies' own language (business.locale) is the site's first language: the same for every location.

    Regions may differ (en-US, en-GB and en-AU locations share one English site,
    each with its own date and time formats); languages may not.
    """
    languages = [_primary(p.business.locale) for _, p in policies]  # type: ignore[attr-defined]
    counts = Counter(languages)
    usual = max(languages, key=lambda language: (counts[language], -languages.index(language)))
    shown = next(p.business.locale for (_, p), language in zip(policies, languages) if language == usual)  # type: ignore[attr-defined]
    return [
        source.problem(
            ("business", "locale"),
            f"business.locale: {quote(policy.business.locale)} is in another language than the other policies' "  # type: ignore[attr-defined]
            f"{quote(shown)}; every location of one site is written in the same language (translate it with "
            "business.translations)",
        )
        for (source, policy), language in zip(policies, languages)
        if language != usual
    ]


# --- check -----------------------------------------------------------------------------------------


def _coverage(translation: Translation, policy: object, source_lang: str) -> tuple[list[Problem], Problem | None]:
    """Located errors for bad translations, and the warning that counts the untranslated strings."""
    fields = unique_keys(translatable(policy))  # type: ignore[arg-type]
    problems: list[Problem] = []
    missing = fuzzy = absent = 0
    for key, field in fields.items():
        message = translation.catalog.get(key[1], context=key[0] or None)
        if message is None:
            missing += 1
            absent += 1
            continue
        if not message.string or not message.string.strip():
            missing += 1
            continue
        if message.fuzzy:
            fuzzy += 1
            continue
        line = translation.line(key[0], key[1])
        for error in translation_errors(field, message.string):
            problems.append(Problem(translation.file, line, 1, f"{field.context}: {error}"))
    untranslated = missing + fuzzy
    if not untranslated:
        return problems, None
    parts = [f"{missing} missing"] if missing else []
    parts += [f"{fuzzy} fuzzy"] if fuzzy else []
    message = (
        f"{untranslated} of {len(fields)} strings are not translated ({', '.join(parts)}); "
        f"they will be shown in {language_name(source_lang)}"
    )
    if absent:
        message += f" (run 'expectations translate': {absent} {'is' if absent == 1 else 'are'} not in the file yet)"
    return problems, LocatedWarning(translation.file, 1, 1, message)


def check_translations(policies: list[tuple[str, object]], strict: bool = False) -> list[Problem]:
    """Errors and warnings about the translations of valid policies, given as (file as shown, policy).

    Errors: a declared language listed twice or equal to the policy's own; a
    translation file that is malformed, of an undeclared language or of no
    policy; a translation that changes links or placeholders or is too long;
    policies of one site that differ in languages. Warnings (errors with
    ``strict``): strings without a translation, and declared languages
    without a file yet.
    """
    problems: list[Problem] = []
    warnings: list[Problem] = []
    loaded: list[tuple[Source, object]] = []
    folders: dict[Path, str] = {}
    for file, policy in policies:
        path = Path(file)
        try:
            source = load_file(path, file)
        except PolicyError as exc:  # changed since it was validated
            problems.extend(exc.problems)
            continue
        loaded.append((source, policy))
        folders.setdefault(path.parent.resolve(), str(path.parent))
        problems.extend(declared_language_problems(source, policy))
        business = policy.business  # type: ignore[attr-defined]
        declared = {tag_key(t): (i, t) for i, t in enumerate(business.translations)}
        present = translation_paths(path)
        for tag, po_path in present.items():
            display = str(Path(file).parent / po_path.name)
            if tag_key(tag) not in declared:
                problems.append(Problem(
                    display, 1, 1,
                    f"{quote(tag)} is not in business.translations of {file}; declare it there, or delete this file",
                ))
                continue
            try:
                translation = read_translation(po_path, display, tag)
            except PolicyError as exc:
                problems.extend(exc.problems)
                continue
            errors, warning = _coverage(translation, policy, business.locale)
            problems.extend(errors)
            if warning is not None:
                warnings.append(warning)
        present_keys = {tag_key(t) for t in present}
        total = len(unique_keys(translatable(policy)))  # type: ignore[arg-type]
        for key, (i, tag) in declared.items():
            if key not in present_keys:
                line, col = source.mark(("business", "translations", i))
                warnings.append(LocatedWarning(
                    file, line, col,
                    f"business.translations[{i}]: {translation_path(path, tag).name} does not exist yet, so all {total} "
                    f"strings will be shown in {language_name(business.locale)}; create it with 'expectations translate'",
                ))
    for folder, display in folders.items():
        problems.extend(orphan_problems(folder, display))
    problems.extend(site_language_problems(loaded))
    if strict:
        problems.extend(Problem(w.file, w.line, w.col, w.message) for w in warnings)
        warnings = []
    return sorted(problems + warnings, key=lambda p: (p.file, p.line, p.col, p.message))


__all__ = ["LocatedWarning", "check_translations", "declared_language_problems", "language_name", "site_language_problems"]
