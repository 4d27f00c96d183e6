"""Generated wording in several languages: catalogue health, golden pages, no English left, the fallback."""

from __future__ import annotations

import html
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from generator.derive.public import public_view
from generator.render.i18n import (
    LOCALE_DIR,
    catalogue_languages,
    has_catalogue,
    policy_wording_warnings,
    status_strings,
)
from generator.render.pages import render_public
from generator.render.words import Words
from tests.conftest import MINIMAL, ROOT, policy_from
from tests.test_render import NOW, site_times

TEMPLATE = LOCALE_DIR / "expectations.pot"
LANGUAGES = sorted(p.name for p in LOCALE_DIR.iterdir() if (p / "LC_MESSAGES" / "expectations.po").is_file())


def catalogue(language: str):  # type: ignore[no-untyped-def]
    with open(LOCALE_DIR / language / "LC_MESSAGES" / "expectations.po", "rb") as f:
        return read_po(f, locale=language)


def ids(cat) -> set[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in cat if m.id}


def test_the_shipped_languages() -> None:
    assert {"en", "fr", "de"} <= set(LANGUAGES)
    assert catalogue_languages() == LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete_and_checks_clean(language: str) -> None:
    """Every message translated (all plural forms), none fuzzy, placeholders and plural forms valid."""
    cat = catalogue(language)
    with open(TEMPLATE, "rb") as f:
        template = read_po(f)
    if language != "pt_BR":  # pt_BR holds only the wording that differs from pt
        assert ids(cat) == ids(template)
    problems = []
    for message in cat:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        if "fuzzy" in message.flags or not all(strings):
            problems.append(f"untranslated: {message.id!r}")
        if isinstance(message.id, (list, tuple)) and len(strings) != cat.num_plurals:
            problems.append(f"{len(strings)} plural forms for {message.id!r}")
    problems += [f"{message.id!r}: {error}" for message, errors in cat.check() for error in errors]
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_header_comes_from_babel(language: str) -> None:
    from babel.messages.plurals import get_plural

    cat = catalogue(language)
    assert cat.plural_forms == get_plural(language).plural_forms


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_up_to_date(language: str) -> None:
    """The committed .mo is what `pybabel compile` makes of the .po (run `make catalogues` after editing)."""
    out = io.BytesIO()
    write_mo(out, catalogue(language))
    assert (LOCALE_DIR / language / "LC_MESSAGES" / "expectations.mo").read_bytes() == out.getvalue()


def test_template_is_in_sync_with_the_sources(tmp_path: Path) -> None:
    """Re-extracting gives the same messages as the committed template: no string is left unextracted."""
    fresh = tmp_path / "fresh.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "--quiet", "extract", "-F", "generator/locale/babel.cfg",
         "-o", str(fresh), "--no-location", "--sort-output", "."],
        cwd=ROOT, check=True, capture_output=True,
    )
    with open(fresh, "rb") as f:
        extracted = read_po(f)
    with open(TEMPLATE, "rb") as f:
        committed = read_po(f)
    assert sorted(ids(extracted) - ids(committed), key=str) == []
    assert sorted(ids(committed) - ids(extracted), key=str) == []


def test_pt_br_falls_back_to_pt() -> None:
    from generator.render.i18n import gettext_languages

    assert gettext_languages("pt-BR") == ["pt_BR", "pt"]
    assert gettext_languages("fr-CA") == ["fr_CA", "fr"]
    assert gettext_languages("ja") == ["ja"]


# --- golden pages in other languages ---

GOLDEN = Path(__file__).parent / "golden"
LANGUAGE_POLICIES = {"fr": "fr-CA", "de": "de-DE"}


@pytest.mark.parametrize("language", sorted(LANGUAGE_POLICIES))
def test_example_pages_in_another_language_match_golden_files(example_policy, language: str) -> None:
    """The example policy with ``business.locale`` set to another language. UPDATE_GOLDEN=1 rewrites the files."""
    policy = example_policy.model_copy(
        update={"business": example_policy.business.model_copy(update={"locale": LANGUAGE_POLICIES[language]})}
    )
    pages = {p.path: p.markdown for p in render_public(public_view(policy), site_times(policy, NOW))}
    folder = GOLDEN / language
    for name in ("index.md", "hours.md", "faq.md"):
        if os.environ.get("UPDATE_GOLDEN") == "1":
            folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(pages[name], encoding="utf-8")
        assert pages[name] == (folder / name).read_text(encoding="utf-8"), f"{name} differs from {folder / name}"


def test_language_override_renders_the_same_policy_in_another_language(example_policy) -> None:
    public = public_view(example_policy)
    times = site_times(example_policy, NOW)
    english = {p.path: p.markdown for p in render_public(public, times)}
    french = {p.path: p.markdown for p in render_public(public, times, language="fr-CA")}
    assert english["index.md"].startswith("# How to reach us\n")
    assert french["index.md"].startswith("# Nous joindre\n")
    assert "Écrivez-nous samedi à 16 h 30 : nous répondons d’ici lundi à 08 h 30." in html.unescape(french["index.md"])


# --- a policy written in another language has no English left ---

LISBON = MINIMAL.replace("  timezone: Europe/Lisbon\n", "  timezone: Europe/Lisbon\n  locale: pt-PT\n") + """\
  - id: instagram
    type: instagram
    role: announcements
    handle: "@loja"
    url: https://instagram.com/loja
help_topics:
  - topic: Encomendas
    channels: [email]
    urgent: true
"""

# Whole words of English that a translated page must not contain (the English catalogue's own words).
ENGLISH_WORDS = re.compile(r"\b(the|and|we|our|you|your|reply|replies|staffed|hours|closed|channel|channels|every|within|day)\b")


def english_sentences() -> list[str]:
    """The English msgstr texts that are long enough to be recognisable sentences."""
    cat = catalogue("en")
    out = []
    for message in cat:
        if message.id and isinstance(message.string, str):
            for piece in re.split(r"%\(\w+\)s|\{\w+\}", message.string):
                piece = piece.strip(" .,:;()")
                if len(piece) >= 12:
                    out.append(piece)
    return out


def generated_text(markdown: str) -> str:
    """The page text without the policy's own names and handles (the only text a translation leaves alone)."""
    text = re.sub(r"<[^>]+>|\{ #[^}]*\}|\]\([^)]*\)", " ", markdown)
    for own in ("Test Shop", "Encomendas", "@loja", "instagram.com/loja", "Email", "Instagram"):
        text = text.replace(own, " ")
    return text


@pytest.mark.skipif(not has_catalogue("pt-PT"), reason="no Portuguese catalogue")
def test_a_policy_in_portuguese_has_no_english_left() -> None:
    policy = policy_from(LISBON)
    pages = render_public(public_view(policy), site_times(policy, NOW))
    assert [p.plan.title for p in pages][:2] == ["Como nos contactar", "Onde obter ajuda"]
    sentences = english_sentences()
    assert len(sentences) > 150
    for page in pages:
        text = generated_text(page.markdown + "\n" + page.plan.title + "\n" + page.plan.description)
        assert [s for s in sentences if s in text] == [], page.path
        assert ENGLISH_WORDS.findall(text) == [], page.path


# --- a locale without a catalogue ---


def test_a_locale_without_a_catalogue_gets_english_wording_with_its_own_formats() -> None:
    policy = policy_from(MINIMAL.replace("  timezone: Europe/Lisbon\n", "  timezone: Europe/Stockholm\n  locale: sv-SE\n"))
    assert not has_catalogue("sv-SE")
    index = html.unescape(render_public(public_view(policy), site_times(policy, NOW))[0].markdown)
    assert index.startswith("# How to reach us\n")
    assert "<dd>Måndag to fredag: 09:00 to 17:00<br>Lördag and söndag: closed</dd>" in index
    assert "All hours on this site are in centraleuropeisk tid (Stockholm)." in index
    assert "We reply by the end of the next day we are staffed (the same day if you write before we open)." in index


def test_check_warns_once_per_policy_without_a_catalogue(tmp_path: Path) -> None:
    swedish = tmp_path / "x.yaml"
    swedish.write_text(MINIMAL.replace("  timezone: Europe/Lisbon\n", "  timezone: Europe/Stockholm\n  locale: sv-SE\n"))
    french = tmp_path / "y.yaml"
    french.write_text(MINIMAL.replace("  timezone: Europe/Lisbon\n", "  timezone: Europe/Paris\n  locale: fr-FR\n"))
    plain = tmp_path / "z.yaml"
    plain.write_text(MINIMAL)
    assert policy_wording_warnings([str(swedish), str(french), str(plain)]) == [
        f"{swedish}:5:11: warning: no wording catalogue for 'sv-SE'; generated sentences will be in English "
        "(dates and times use sv-SE formats)"
    ]


# --- the live status wording ---


def test_status_strings_for_scripts() -> None:
    english = status_strings("en-CA")
    assert english["locale"] == "en-CA"
    assert english["status.open"] == "Staffed now · replies within about {duration}"
    assert english["duration.hour"] == "1 hour" and english["duration.hours"] == "{n} hours"
    assert english["duration.hours.one"] == "{n} hour" and english["duration.hours.other"] == "{n} hours"
    french = status_strings("fr-CA")
    assert french["status.closed.your_time"] == "Fermé actuellement · ouvre {when} ({local} chez vous)"
    assert french["duration.minutes.other"] == "{n} minutes"


@pytest.mark.skipif(not has_catalogue("ar"), reason="no Arabic catalogue")
def test_status_strings_have_every_arabic_plural_form() -> None:
    arabic = status_strings("ar")
    assert {k.rsplit(".", 1)[1] for k in arabic if k.startswith("duration.hours.")} == {
        "zero", "one", "two", "few", "many", "other"
    }
    assert len({arabic[f"duration.hours.{c}"] for c in ("one", "two", "few", "many")}) == 4


def test_words_use_cldr_lists_days_and_times() -> None:
    german = Words("de-DE", "Europe/Berlin")
    assert german.join(["A", "B", "C"]) == "A, B und C"
    assert german.join(["A", "B"], "or") == "A oder B"
    assert german.day(0) == "Montag"
    assert german.time(16 * 60 + 30) == "16:30"
