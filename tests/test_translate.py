"""Translations of the policy's own text: PO files, `expectations translate`, `check`, the translated policy."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.derive.public import public_view
from generator.derive.translate import translatable, translated
from generator.load.translations import load_translation
from generator.model.foreign import ForeignText
from generator.pipeline import LoadedPolicy, build_site
from generator.problems import PolicyError
from generator.render import safe_text
from tests.conftest import BUILT_AT, EXAMPLE, ROOT, policy_from

FIXTURES = Path(__file__).parent / "fixtures" / "translations"
ENV = {"SOURCE_DATE_EPOCH": BUILT_AT, "GITHUB_ACTIONS": ""}


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), env=ENV)


@pytest.fixture
def loja(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Lisbon shop written in Portuguese, translated into English, in a project folder that is the working folder."""
    (tmp_path / "policies").mkdir()
    shutil.copy(FIXTURES / "loja.yaml", tmp_path / "policies" / "loja.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "policies"


def without_babel_version(data: bytes) -> str:
    return "\n".join(line for line in data.decode("utf-8").splitlines() if not line.startswith('"Generated-By:'))


# --- expectations translate -------------------------------------------------------------------------


def test_translate_creates_the_file_with_every_string_in_source_order(loja: Path) -> None:
    result = run("translate")
    assert result.exit_code == 0, result.output
    assert result.stdout == "policies/loja.en.po: created, 7 new, 0 translated of 7\n"
    created = (loja / "loja.en.po").read_bytes()
    assert without_babel_version(created) == without_babel_version((FIXTURES / "created.en.po").read_bytes())


def test_translate_again_on_an_unchanged_policy_leaves_the_file_byte_identical(loja: Path) -> None:
    run("translate")
    first = (loja / "loja.en.po").read_bytes()
    result = CliRunner().invoke(main, ["translate"], env={"SOURCE_DATE_EPOCH": "1900000000"})
    assert result.stdout == "policies/loja.en.po: up to date, 0 translated of 7\n"
    assert (loja / "loja.en.po").read_bytes() == first


def test_translate_merges_new_changed_and_gone_strings(loja: Path) -> None:
    shutil.copy(FIXTURES / "loja.en.po", loja / "loja.en.po")
    policy = loja / "loja.yaml"
    text = policy.read_text(encoding="utf-8")
    text = text.replace("Nunca envie o número do cartão.", "Nunca envie o número completo do cartão.")
    text = text.replace("good_for: [Encomendas, Devoluções]", "good_for: [Devoluções, Trocas]")
    policy.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["translate"], env={"SOURCE_DATE_EPOCH": "1900000000"})
    assert result.exit_code == 0, result.output
    assert result.stdout == "policies/loja.en.po: 1 new, 1 changed (fuzzy), 1 obsolete, 5 translated of 7\n"
    written = (loja / "loja.en.po").read_text(encoding="utf-8")
    assert (
        "#: policies/loja.yaml:23\n"
        "#, fuzzy\n"
        '#| msgid "Nunca envie o número do cartão."\n'
        'msgctxt "channels.privacy"\n'
        'msgid "Nunca envie o número completo do cartão."\n'
        'msgstr "Never send your card number."\n'
    ) in written
    assert 'msgctxt "channels.good_for"\nmsgid "Trocas"\nmsgstr ""\n' in written
    assert written.endswith('#~ msgctxt "channels.good_for"\n#~ msgid "Encomendas"\n#~ msgstr "Orders"\n\n')
    assert '"POT-Creation-Date: 2030-03-17 17:46+0000\\n"' in written  # the template changed
    assert '"PO-Revision-Date: 2026-11-02 10:15+0000\\n"' in written  # the translator's own date is kept
    assert '"Last-Translator: Ana Lima <ana@loja.example>\\n"' in written
    # Back again: the obsolete translation returns, not as a new empty string.
    policy.write_text(text.replace("[Devoluções, Trocas]", "[Encomendas, Devoluções, Trocas]"), encoding="utf-8")
    result = CliRunner().invoke(main, ["translate"], env={"SOURCE_DATE_EPOCH": "1900000000"})
    assert result.stdout == "policies/loja.en.po: 0 new, 0 changed (fuzzy), 0 obsolete, 1 restored from obsolete, 6 translated of 8\n"


def test_translate_only_one_language(loja: Path) -> None:
    policy = loja / "loja.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("translations: [en]", "translations: [en, fr-CA]"), encoding="utf-8")
    result = run("translate", "--language", "fr-CA")
    assert result.stdout == "policies/loja.fr-CA.po: created, 7 new, 0 translated of 7\n"
    assert sorted(p.name for p in loja.iterdir()) == ["loja.fr-CA.po", "loja.yaml"]
    result = run("translate", "--language", "de")
    assert result.exit_code == 2
    assert "no policy lists 'de' in business.translations; add it there first" in result.stderr


def test_translate_refuses_an_invalid_policy_or_translation_and_writes_nothing(loja: Path) -> None:
    policy = loja / "loja.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("translations: [en]", "translations: [en, pt-PT, en]"),
                      encoding="utf-8")
    result = run("translate")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "policies/loja.yaml:6:22: error: business.translations[1]: 'pt-PT' is the policy's own language "
        "(business.locale); list only the further languages",
        "policies/loja.yaml:6:29: error: business.translations[2]: 'en' is listed twice (first at translations[0]); keep one",
    ]
    assert result.stderr == "2 problems in 1 file\n"
    assert not (loja / "loja.en.po").exists()


def test_translate_with_nothing_to_translate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "p.yaml").write_text(EXAMPLE.read_text(encoding="utf-8").replace("  translations: [fr-CA]\n", ""))
    monkeypatch.chdir(tmp_path)
    result = run("translate")
    assert result.exit_code == 0
    assert result.stderr == "No policy lists further languages in business.translations; nothing to do.\n"
    assert sorted(p.name for p in (tmp_path / "policies").iterdir()) == ["p.yaml"]


# --- the example ------------------------------------------------------------------------------------


def test_the_examples_french_translation_is_complete_and_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "policies", tmp_path / "policies")
    monkeypatch.chdir(tmp_path)
    result = run("check", "--strict")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    result = run("translate")
    assert result.stdout == "policies/harbor-view.fr-CA.po: up to date, 57 translated of 57\n"
    assert (tmp_path / "policies" / "harbor-view.fr-CA.po").read_bytes() == (ROOT / "policies" / "harbor-view.fr-CA.po").read_bytes()


def test_the_example_builds_exactly_as_without_translations() -> None:
    """Until each language gets its own site, translations: changes nothing in the built pages."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "  translations: [fr-CA]\n" in text
    from datetime import datetime, timezone

    now = datetime.fromtimestamp(int(BUILT_AT), timezone.utc)
    with_line = build_site([LoadedPolicy("policies/harbor-view.yaml", policy_from(text))], now, "staff")
    without = build_site([LoadedPolicy("policies/harbor-view.yaml", policy_from(text.replace("  translations: [fr-CA]\n", "")))], now, "staff")
    assert [p.markdown for p in with_line.pages] == [p.markdown for p in without.pages]
    assert with_line.files == without.files


# --- check ------------------------------------------------------------------------------------------


def test_check_counts_untranslated_strings_as_warnings_and_strict_makes_them_errors(loja: Path) -> None:
    shutil.copy(FIXTURES / "loja.en.po", loja / "loja.en.po")
    po = loja / "loja.en.po"
    text = po.read_text(encoding="utf-8").replace('msgstr "Orders"', 'msgstr ""')
    po.write_text(text.replace('msgctxt "channels.privacy"', '#, fuzzy\nmsgctxt "channels.privacy"'), encoding="utf-8")
    policy = loja / "loja.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("[Encomendas, Devoluções]", "[Encomendas, Devoluções, Trocas]"),
                      encoding="utf-8")
    result = run("check")
    assert result.exit_code == 0
    warning = ("policies/loja.en.po:1:1: warning: 3 of 8 strings are not translated (2 missing, 1 fuzzy); they will be "
               "shown in Portuguese (run 'expectations translate': 1 is not in the file yet)")
    assert result.stdout == warning + "\n"
    assert result.stderr == "1 policy OK\n"
    result = run("check", "--strict")
    assert result.exit_code == 1
    assert result.stdout == warning.replace(": warning: ", ": error: ") + "\n"
    assert result.stderr == "1 problem in 1 file\n"
    result = run("check", "--format", "github")
    assert result.stdout.startswith("::warning file=policies/loja.en.po,line=1,col=1::3 of 8 strings")


def test_a_declared_language_without_a_file_is_a_warning_at_the_declaration(loja: Path) -> None:
    result = run("check")
    assert result.exit_code == 0
    assert result.stdout == (
        "policies/loja.yaml:6:18: warning: business.translations[0]: loja.en.po does not exist yet, so all 7 strings "
        "will be shown in Portuguese; create it with 'expectations translate'\n"
    )


def test_a_file_for_an_undeclared_language_or_no_policy_is_an_error(loja: Path) -> None:
    shutil.copy(FIXTURES / "loja.en.po", loja / "loja.en.po")
    shutil.copy(FIXTURES / "loja.en.po", loja / "loja.de.po")
    shutil.copy(FIXTURES / "loja.en.po", loja / "outra.en.po")
    (loja / "messages.po").write_text("", encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "policies/loja.de.po:1:1: error: 'de' is not in business.translations of policies/loja.yaml; "
        "declare it there, or delete this file",
        "policies/messages.po:1:1: error: a translation file is named <policy>.<language>.po, e.g. harbor-view.fr-CA.po; rename it",
        "policies/outra.en.po:1:1: error: there is no policy 'outra.yaml' beside this translation; rename or delete it",
    ]
    assert result.stderr == "3 problems in 3 files\n"


def test_translations_keep_links_and_placeholders(loja: Path) -> None:
    shutil.copy(FIXTURES / "loja.en.po", loja / "loja.en.po")
    po = loja / "loja.en.po"
    text = po.read_text(encoding="utf-8")
    text = text.replace("See [the map](https://loja.example/mapa)", "See [the map](https://evil.example/map)")
    text = text.replace('msgstr "Thank you, {customer}. We will reply by {reply_by}."',
                        'msgstr "Thank you, {agent}. We will reply soon. {oops}"')
    text = text.replace('msgstr "Never send your card number."', 'msgstr "' + "Never. " * 300 + '"')
    po.write_text(text, encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "policies/loja.en.po:37:1: error: business.summary: the translation drops the link to "
        "'https://loja.example/mapa'; keep every link of the source text",
        "policies/loja.en.po:37:1: error: business.summary: the translation links to 'https://evil.example/map', "
        "which the source text does not; link only to what the source links to",
        "policies/loja.en.po:65:1: error: channels.privacy: the translation is longer than 2000 characters, "
        "the limit of the channels.privacy field; shorten it",
        "policies/loja.en.po:73:1: error: playbook.replies.obrigado: the translation: unknown placeholder '{oops}'; "
        "did you mean '{hours}'?",
    ]
    po.write_text(text.replace(" {oops}", ""), encoding="utf-8")
    assert run("check").stdout.splitlines()[4] == (
        "policies/loja.en.po:73:1: error: playbook.replies.obrigado: the translation drops {customer}, {reply_by}; "
        "keep every placeholder of the source text"
    )
    assert run("check").stdout.splitlines()[3] == (
        "policies/loja.en.po:73:1: error: playbook.replies.obrigado: the translation adds {agent}, which the source "
        "text does not use; use only the source text's placeholders"
    )


def test_every_location_of_a_site_has_the_same_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = ROOT / "tests" / "fixtures" / "two-locations" / "policies"
    shutil.copytree(source, tmp_path / "policies")
    halifax = tmp_path / "policies" / "halifax.yaml"
    text = halifax.read_text(encoding="utf-8")
    halifax.write_text(text.replace("  timezone: America/Halifax\n", "  timezone: America/Halifax\n  translations: [fr-CA]\n", 1),
                       encoding="utf-8")
    (tmp_path / "policies" / "third.yaml").write_text(halifax.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("check")
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    business_line = next(i for i, line in enumerate((tmp_path / "policies" / "lunenburg.yaml").read_text().splitlines(), 1)
                         if line == "business:")
    assert errors == [
        f"policies/lunenburg.yaml:{business_line + 1}:3: error: business.translations: [] differs from the other "
        "policies' [fr-CA]; every location of one site is published in the same languages",
    ]


# --- reading PO files -------------------------------------------------------------------------------

HEADER = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def load_problems(raw: bytes | str) -> list[str]:
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    with pytest.raises(PolicyError) as caught:
        load_translation(data, "t.en.po", "en")
    return [p.format() for p in caught.value.problems]


@pytest.mark.parametrize(("text", "expected"), [
    (HEADER + 'msgid "a"\nmsgstr "b"\nmsgid "a"\nmsgstr "c"\n',
     ["t.en.po:8:1: error: msgid 'a' appears twice (first on line 6); keep one entry"]),
    (HEADER + 'msgctxt "x"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "x"\nmsgid "a"\nmsgstr "b"\n',
     ["t.en.po:11:1: error: msgid 'a' with msgctxt 'x' appears twice (first on line 7); keep one entry"]),
    (HEADER + 'msgid "a"\nmsgstr "b\n',
     ["t.en.po:7:8: error: expected one string in double quotes, got '\"b'"]),
    (HEADER + 'msgid a\nmsgstr "b"\n',
     ["t.en.po:6:7: error: expected one string in double quotes, got 'a'"]),
    (HEADER + 'msgid "a"\nmsgstr "b" "c"\n',
     ["t.en.po:7:8: error: expected one string in double quotes, got '\"b\" \"c\"'"]),
    (HEADER + 'msgid "a"\nmsgstr "\\x41 \\a"\n',
     ["t.en.po:7:9: error: the escape '\\x' is not allowed; write \\n, \\t, \\\", \\\\ or the character itself",
      "t.en.po:7:14: error: the escape '\\a' is not allowed; write \\n, \\t, \\\", \\\\ or the character itself"]),
    (HEADER + 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\n',
     ["t.en.po:7:1: error: msgid_plural: policy text has no plural forms; use msgid and msgstr only",
      "t.en.po:8:1: error: msgstr[0]: policy text has no plural forms; use msgid and msgstr only"]),
    (HEADER + '<<<<<<< HEAD\nmsgid "a"\nmsgstr "b"\n',
     ["t.en.po:6:1: error: '<<<<<<< HEAD' is not a PO line: expected a # comment, msgctxt, msgid or msgstr with a "
      "quoted string, or a quoted continuation"]),
    ('"stray"\n' + HEADER, ["t.en.po:1:1: error: a quoted line must continue a msgctxt, msgid or msgstr"]),
    (HEADER + 'msgid "a"\n\nmsgid "b"\nmsgstr "c"\n', ["t.en.po:6:1: error: PO syntax: missing msgstr for msgid 'a'"]),
    (HEADER + 'msgid "a"\nmsgstr "\x07"\n', ["t.en.po:7:9: error: the control character U+0007 is not allowed in a "
                                             "translation file; remove it"]),
    (HEADER.replace("Language: en", "Language: de"),
     ["t.en.po:2:1: error: the header says Language: de, but the file name says en; make them agree"]),
    (b'msgid "a"\nmsgstr "caf\xe9"\n', ["t.en.po:2:12: error: the file is not UTF-8 (byte 0xE9 cannot be read); save it as UTF-8"]),
    (b"#" * (4 * 1024 * 1024 + 1),
     ["t.en.po:1:1: error: the file is larger than 4096 KiB; a policy's translation is far smaller"]),
], ids=["duplicate", "duplicate-in-context", "unterminated", "unquoted", "two-strings", "escapes", "plural",
        "conflict-marker", "stray-string", "missing-msgstr", "control-character", "header-language", "not-utf8", "too-big"])
def test_malformed_po_files_are_located_errors(text: bytes | str, expected: list[str]) -> None:
    assert load_problems(text) == expected


def test_po_file_lines_and_obsolete_entries() -> None:
    text = (HEADER + '#. a comment\nmsgctxt "c"\nmsgid ""\n"long "\n"text"\nmsgstr ""\n"translated"\n\n'
            '#~ msgid "old"\n#~ msgstr "vieux"\n')
    translation = load_translation(text.encode("utf-8"), "t.en.po", "en")
    assert translation.lines == {("", ""): 2, ("c", "long text"): 11}
    assert translation.catalog.get("long text", context="c").string == "translated"
    assert [m.id for m in translation.catalog.obsolete.values()] == ["old"]


# --- the translated policy --------------------------------------------------------------------------


def loja_policy():  # type: ignore[no-untyped-def]
    return policy_from((FIXTURES / "loja.yaml").read_text(encoding="utf-8"))


def loja_catalog() -> Catalog:
    return read_po(io.BytesIO((FIXTURES / "loja.en.po").read_bytes()))


def test_translatable_fields_and_their_contexts() -> None:
    fields = translatable(loja_policy())
    assert [(f.context, f.kind, f.text) for f in fields] == [
        ("business.name", "plain", "Loja Azul"),
        ("business.summary", "block",
         "Respondemos a todas as mensagens nos dias úteis.\n\nVeja [o mapa](https://loja.example/mapa) antes de nos visitar."),
        ("channels.name", "plain", "Correio eletrónico"),
        ("channels.good_for", "plain", "Encomendas"),
        ("channels.good_for", "plain", "Devoluções"),
        ("channels.privacy", "inline", "Nunca envie o número do cartão."),
        ("channels.good_for", "plain", "Devoluções"),
        ("playbook.replies.obrigado", "reply", "Obrigado, {customer}. Respondemos até {reply_by}."),
    ]
    assert "Google" not in {f.text for f in fields}  # review sites are proper nouns
    assert "ola@loja.example" not in {f.text for f in fields}  # handles are never translated


def test_translated_policy_replaces_the_text_and_marks_what_stayed_in_portuguese() -> None:
    catalog = loja_catalog()
    catalog.get("Devoluções", context="channels.good_for").flags.add("fuzzy")
    catalog.get("Encomendas", context="channels.good_for").string = ""
    policy = loja_policy()
    result, untranslated = translated(policy, catalog)
    assert untranslated == {"Devoluções", "Encomendas"}
    assert result.business.locale == "en"
    assert result.business.name == "Blue Shop"
    assert result.channels[0].name == "Email"
    assert result.channels[0].good_for == ["Encomendas", "Devoluções"]
    assert [type(t) for t in result.channels[0].good_for] == [ForeignText, ForeignText]
    assert [t.lang for t in result.channels[0].good_for] == ["pt-PT", "pt-PT"]
    assert type(result.channels[0].privacy) is str and result.channels[0].privacy == "Never send your card number."
    assert result.playbook.replies == {"obrigado": "Thank you, {customer}. We will reply by {reply_by}."}
    assert result.channels[0].handle == "ola@loja.example" and result.reviews.sites == ["Google"]
    # Pure: the input policy is unchanged.
    assert policy.business.name == "Loja Azul" and policy.business.locale == "pt-PT"
    assert policy.channels[0].good_for == ["Encomendas", "Devoluções"]


def test_untranslated_strings_carry_their_language_into_the_pages() -> None:
    from datetime import datetime, timezone

    catalog = loja_catalog()
    catalog.get("Devoluções", context="channels.good_for").string = ""
    catalog.get("Respondemos a todas as mensagens nos dias úteis.\n\nVeja [o mapa](https://loja.example/mapa) antes de "
                "nos visitar.", context="business.summary").flags.add("fuzzy")
    policy, _ = translated(loja_policy(), catalog)
    pages = build_site([LoadedPolicy("policies/loja.yaml", policy)], datetime.fromtimestamp(int(BUILT_AT), timezone.utc)).pages
    home = pages[0].markdown
    assert ('<div lang="pt-PT"><p>Respondemos a todas as mensagens nos dias úteis.</p><p>Veja <a href="https:'
            '//loja.example/mapa">o mapa</a> antes de nos visitar.</p></div>') in home
    assert '<li>Orders</li><li><span lang="pt-PT">Devoluções</span></li>' in home
    assert "<dd>Never send your card number.</dd>" in home
    assert public_view(policy).business.name == "Blue Shop"


@pytest.mark.parametrize(("function", "text", "html_out"), [
    (safe_text.plain, ForeignText("Loja <Azul>", "pt-PT"), '<span lang="pt-PT">Loja &#60;Azul&#62;</span>'),
    (safe_text.plain, ForeignText("- item", "en_CA"), '<span lang="en-CA">&#45; item</span>'),
    (safe_text.inline, ForeignText("*Nunca* [mapa](https://a.example/m)", "pt-PT"),
     '<span lang="pt-PT"><em>Nunca</em> <a href="https://a.example/m">mapa</a></span>'),
    (safe_text.block, ForeignText("Um.\n\n- dois\n- três", "pt-PT"),
     '<div lang="pt-PT"><p>Um.</p><ul><li>dois</li><li>três</li></ul></div>'),
    (safe_text.plain, "Loja Azul", "Loja Azul"),
    (safe_text.block, "Um.", "<p>Um.</p>"),
], ids=["plain", "plain-guarded-start", "inline", "block", "plain-unmarked", "block-unmarked"])
def test_safe_text_wraps_foreign_text_in_its_language(function, text: str, html_out: str) -> None:  # type: ignore[no-untyped-def]
    assert str(function(text)) == html_out


def test_the_templates_finalizer_keeps_the_mark() -> None:
    from generator.render.environment import environment

    template = environment("public").from_string("{{ a }} / {{ b }}")
    assert template.render(a=ForeignText("Loja", "pt-PT"), b="Shop") == '<span lang="pt-PT">Loja</span> / Shop'


def test_link_targets_are_the_links_the_renderer_makes() -> None:
    assert safe_text.link_targets("[a](https://x.example/a|b) [b](javascript:x) [c](mailto:c@x.example)") == [
        "https://x.example/a|b", "mailto:c@x.example",
    ]
    assert safe_text.link_targets("- [a](https://x.example/1)\n\n[b](tel:+1)", "block") == ["https://x.example/1", "tel:+1"]


def test_a_one_language_site_skips_the_translation_check_and_check_still_reports_a_stray_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A single policy without translations and no translation file beside it has nothing to check: the build
    neither imports the check nor reads the policy again. A stray file is check's concern, as before."""
    monkeypatch.chdir(tmp_path)
    assert run("init", "--name", "Loja Azul", "--timezone", "Europe/Lisbon", "--locale", "pt-PT").exit_code == 0
    script = (
        "import sys\nfrom pathlib import Path\nfrom generator.adapters.languages import site_languages\n"
        "from generator.pipeline import load_policies\n"
        "print([l.tag for l in site_languages(load_policies([Path('policies')]))],"
        " 'generator.adapters.translation_check' in sys.modules)\n"
    )
    alone = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert alone.stdout == "['pt-PT'] False\n"
    shutil.copy(FIXTURES / "loja.en.po", tmp_path / "policies" / "outra.en.po")
    checked = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert checked.stdout == "['pt-PT'] True\n"  # the same languages, found by the full check
    result = run("check")
    assert result.exit_code == 1
    assert result.stdout == "policies/outra.en.po:1:1: error: there is no policy 'outra.yaml' beside this translation; rename or delete it\n"
