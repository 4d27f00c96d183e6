"""Hostile text in translations: it obeys the same safe-Markdown rules as the policy's own text.

The corpus of ``tests/test_hostile.py`` goes into the msgstrs of a PO file for
a policy whose own text is harmless (with the same links and placeholders).
The file must load and check clean, the translated policy must equal the
hostile policy itself, and its pages must be the very pages whose HTML
``test_hostile`` checks. Then the hostile policy is translated with an empty
catalogue, so every string stays in English inside a ``lang`` element: built
with MkDocs and Material, those pages may differ from the unmarked ones only
by ``<span lang="en-CA">`` and ``<div lang="en-CA">`` elements.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from click.testing import CliRunner

from generator.adapters.cli import main
from generator.derive.translate import BLOCK, INLINE, REPLY, po_bytes, translatable, translated, translation_errors
from generator.load.translations import load_translation
from generator.model.placeholders import split_placeholders
from generator.model.policy import Policy
from generator.pipeline import LoadedPolicy, build_site
from generator.render.safe_text import link_targets
from tests.conftest import BUILT_AT, policy_from
from tests.test_hostile import DANGEROUS, HOSTILE, SAFE_SCHEME, content, hostile_policy, norm, parse

NOW = datetime.fromtimestamp(int(BUILT_AT), timezone.utc)


def _benign(n: int, kind: str, text: str) -> str:
    """Harmless source text with the same links (where links work) and placeholders as ``text``."""
    out = f"Text {n}"
    if kind in (INLINE, BLOCK):
        out += "".join(f" [link]({target})" for target in link_targets(text, kind))
    if kind == REPLY:
        out += "".join(f" {{{name}}}" for _, name in split_placeholders(text) if name)
    return out


def _set(data: Any, loc: tuple[str | int, ...], value: str) -> None:
    for part in loc[:-1]:
        data = data[part]
    data[loc[-1]] = value


def _with_locale(policy: Policy, locale: str) -> Policy:
    return policy.model_copy(update={"business": policy.business.model_copy(update={"locale": locale})})


_CACHE: dict[str, Any] = {}


def corpus() -> dict[str, Any]:
    """The hostile policy, a harmless policy, and a French PO file that turns one into the other."""
    if not _CACHE:
        data = hostile_policy()
        data["business"]["translations"] = ["fr-CA"]  # type: ignore[index]
        hostile = policy_from(json.dumps(data))
        benign_data = copy.deepcopy(data)
        sources: dict[tuple[str, str], str] = {}
        for field in translatable(hostile):
            benign = sources.setdefault(field.key, _benign(len(sources), field.kind, field.text))
            _set(benign_data, field.loc, benign)
        catalog = Catalog(locale="fr_CA", fuzzy=False)
        for (context, text), benign in sources.items():
            catalog.add(benign, string=text, context=context)
        _CACHE.update(
            hostile=hostile, benign=policy_from(json.dumps(benign_data)), benign_data=benign_data,
            po=po_bytes(catalog), count=len(sources),
        )
    return _CACHE


def test_the_corpus_reaches_every_kind_of_translatable_field() -> None:
    kinds = Counter(f.context for f in translatable(corpus()["hostile"]))
    assert set(kinds) == {
        "business.name", "business.summary", "closures.dates.name", "channels.name", "channels.good_for",
        "channels.not_for", "channels.privacy", "channels.internal.owner", "channels.internal.notes",
        "channels.internal.steps", "help_topics.topic", "help_topics.note", "faq.entries.question",
        "faq.entries.answer", "playbook.escalation.when", "playbook.escalation.who",
    } | {f"playbook.replies.r{i}" for i in range(len(HOSTILE))}
    assert kinds["channels.good_for"] == len(HOSTILE) + 5


def test_hostile_translations_load_and_check_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    c = corpus()
    translation = load_translation(c["po"], "hostile.fr-CA.po", "fr-CA")
    fields = {f.key: f for f in translatable(c["benign"])}
    assert len(fields) == c["count"]
    for key, field in fields.items():
        message = translation.catalog.get(key[1], context=key[0])
        assert message is not None and message.string, key
        assert translation_errors(field, message.string) == [], key
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "hostile.yaml").write_text(json.dumps(c["benign_data"], indent=1), encoding="utf-8")
    (tmp_path / "policies" / "hostile.fr-CA.po").write_bytes(c["po"])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--strict"], env={"GITHUB_ACTIONS": ""})
    assert (result.exit_code, result.stdout) == (0, "")
    result = CliRunner().invoke(main, ["translate"], env={"SOURCE_DATE_EPOCH": BUILT_AT})
    assert result.stdout == f"policies/hostile.fr-CA.po: 0 new, 0 changed (fuzzy), 0 obsolete, {c['count']} translated of {c['count']}\n"


def test_the_translated_policy_is_the_hostile_policy_and_renders_the_same_pages() -> None:
    c = corpus()
    catalog = load_translation(c["po"], "hostile.fr-CA.po", "fr-CA").catalog
    result, untranslated = translated(c["benign"], catalog)
    expected = _with_locale(c["hostile"], "fr-CA")
    assert untranslated == set()
    assert result == expected
    ours = build_site([LoadedPolicy("policies/hostile.yaml", result)], NOW, "staff")
    theirs = build_site([LoadedPolicy("policies/hostile.yaml", expected)], NOW, "staff")
    assert [(p.path, p.markdown, p.head) for p in ours.pages] == [(p.path, p.markdown, p.head) for p in theirs.pages]
    assert ours.files == theirs.files


def _mkdocs_build(folder: Path, policy: Policy) -> Path:
    """The generated pages of ``policy``, built by MkDocs and Material with the site's Markdown extensions."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    docs = folder / "docs"
    content = build_site([LoadedPolicy("policies/hostile.yaml", policy)], NOW, "staff")
    written = {page.path: page.markdown for page in content.pages} | content.files
    for path, text in written.items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(
        "site_name: Hostile\ndocs_dir: docs\nsite_dir: site\ntheme:\n  name: material\n  font: false\n"
        "markdown_extensions:\n  - attr_list\n  - md_in_html\n  - tables\n  - toc:\n      permalink: true\n",
        encoding="utf-8",
    )
    build(load_config(str(config)))
    return folder / "site"


def _elements(page: Any) -> Counter[tuple[str, tuple[tuple[str, str], ...]]]:
    return Counter((e.tag, tuple(sorted((k, v or "") for k, v in e.attrs.items()))) for e in content(page).iter())


def test_untranslated_hostile_text_is_marked_and_still_inert(tmp_path: Path) -> None:
    hostile = corpus()["hostile"]
    marked, untranslated = translated(hostile, Catalog(locale="fr_CA"))
    assert untranslated == {f.text for f in translatable(hostile)}
    marked_site = _mkdocs_build(tmp_path / "marked", marked)
    plain_site = _mkdocs_build(tmp_path / "plain", _with_locale(hostile, "fr-CA"))
    names = sorted(str(p.relative_to(plain_site)) for p in plain_site.rglob("*.html"))
    assert names == sorted(str(p.relative_to(marked_site)) for p in marked_site.rglob("*.html"))
    lang_elements = 0
    for name in names:
        page, base = parse(marked_site / name), parse(plain_site / name)
        got, wanted = _elements(page), _elements(base)
        extra = got - wanted
        # Inside a markdown <div>, md_in_html wraps a line of several raw paragraphs in one more <p>; inside
        # the lang <div> it does not, so the marked page may have fewer <p> elements, and nothing else fewer.
        assert set(wanted - got) <= {("p", ())}, name
        assert set(extra) <= {("span", (("lang", "en-CA"),)), ("div", (("lang", "en-CA"),))}, (name, extra)
        lang_elements += sum(extra.values())
        # The same text (a raw <div> keeps its paragraphs side by side, so only spacing between them may differ).
        assert norm(content(page).text()).replace(" ", "") == norm(content(base).text()).replace(" ", ""), name
        for element in page.iter():
            assert element.tag not in DANGEROUS - {"svg", "use", "path"} or _elements_equal(element, base), name
            for key, value in element.raw_attrs:
                assert not key.startswith("on"), (name, key)
                if key in ("href", "src") and value and "://" in value:
                    assert SAFE_SCHEME.match(value), (name, value)
    assert lang_elements > 10 * len(HOSTILE)


def _elements_equal(element: Any, base: Any) -> bool:
    """A dangerous-kind element is allowed only where the unmarked page has the very same one (theme scripts)."""
    signature = (element.tag, tuple(sorted(element.attrs.items())))
    return any((e.tag, tuple(sorted(e.attrs.items()))) == signature for e in base.iter())
