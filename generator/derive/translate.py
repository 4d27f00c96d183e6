"""The business's own text in another language: which strings are translatable, and a translated policy.

Translatable, because customers or staff read them as prose: the business's
name (customers may know a translated name; copy it to keep it), the
summary, explicit channel names, good for / not for items, privacy notes,
help topics and their notes, FAQ questions and answers, closure names, and
the staff-only text the staff site shows (owners, notes, steps, escalation
"when" and "who", canned replies). Never translated: ids, handles, links,
hours, durations, languages, and review site names (proper nouns of other
companies' services, written the same in every language). A channel without
a ``name`` gets its type's name from the tool's own wording.

Each string is identified by its text and a context naming its field
(``channels.good_for``), so the same words in two roles can be translated
differently, while the same words in the same role (``Feedback`` on two
channels) are translated once.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import PurePosixPath as Path
from typing import Any

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from generator.frozen import frozen
from generator.model.foreign import ForeignText
from generator.model.placeholders import split_placeholders
from generator.model.records import NAME_MAX_LENGTH, TEXT_MAX_LENGTH, Policy, Record
from generator.model.values import ValueProblem
from generator.problems import quote
from generator.render.safe_text import link_targets

Loc = tuple[str | int, ...]

PLAIN, INLINE, BLOCK, REPLY = "plain", "inline", "block", "reply"
"""How a field's text is shown (see ``generator.render.safe_text``); canned replies are plain text with placeholders."""


MAX_LENGTH = {PLAIN: NAME_MAX_LENGTH, INLINE: TEXT_MAX_LENGTH, BLOCK: TEXT_MAX_LENGTH, REPLY: TEXT_MAX_LENGTH}
"""The same limits as the policy's own text."""

NOTES = {
    PLAIN: "Plain text: shown exactly as written (no Markdown).",
    INLINE: "Safe Markdown: *emphasis*, **strong** and [label](https://...) links; keep every link target.",
    BLOCK: (
        "Safe Markdown: *emphasis*, **strong** and [label](https://...) links; keep every link target. "
        "A blank line starts a paragraph; lines starting with \"- \" are a list."
    ),
    REPLY: "Canned reply: keep every {placeholder} exactly as written; {{ and }} are literal braces.",
}
"""What a translator needs to know about each kind of text, written into the PO file."""

NAME_NOTE = "The business's name: copy it as it is, unless customers know a translated name."


@frozen
class TextField:
    """One place in the policy whose text is translatable."""

    loc: Loc
    """Where it is: ``("channels", 0, "good_for", 1)``."""
    context: str
    """The field it is in, without positions: ``channels.good_for`` (the PO entry's msgctxt)."""
    kind: str
    text: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.text)


def _fields(policy: Policy) -> Iterator[tuple[Loc, str]]:
    """(loc, kind) of every translatable value present in ``policy``, in the model's field order."""
    b = policy.business
    yield ("business", "name"), PLAIN
    if b.summary is not None:
        yield ("business", "summary"), BLOCK
    for i, c in enumerate(policy.closures.dates):
        yield ("closures", "dates", i, "name"), PLAIN
    for i, c in enumerate(policy.channels):
        at: Loc = ("channels", i)
        if c.name is not None:
            yield at + ("name",), PLAIN
        for j in range(len(c.good_for)):
            yield at + ("good_for", j), PLAIN
        for j in range(len(c.not_for)):
            yield at + ("not_for", j), PLAIN
        if c.privacy is not None:
            yield at + ("privacy",), INLINE
        if c.internal is not None:
            if c.internal.owner is not None:
                yield at + ("internal", "owner"), PLAIN
            if c.internal.notes is not None:
                yield at + ("internal", "notes"), BLOCK
            for j in range(len(c.internal.steps)):
                yield at + ("internal", "steps", j), INLINE
    for i, t in enumerate(policy.help_topics):
        yield ("help_topics", i, "topic"), PLAIN
        if t.note is not None:
            yield ("help_topics", i, "note"), BLOCK
    for i in range(len(policy.faq.entries)):
        yield ("faq", "entries", i, "question"), PLAIN
        yield ("faq", "entries", i, "answer"), BLOCK
    for i in range(len(policy.playbook.escalation)):
        yield ("playbook", "escalation", i, "when"), INLINE
        yield ("playbook", "escalation", i, "who"), PLAIN
    for name in policy.playbook.replies:
        yield ("playbook", "replies", name), REPLY


def _get(obj: Any, loc: Loc) -> Any:
    for part in loc:
        obj = getattr(obj, part) if isinstance(obj, Record) else obj[part]
    return obj


def _context(loc: Loc) -> str:
    if loc[:2] == ("playbook", "replies"):
        return ".".join(str(p) for p in loc)  # a reply's name says what it is for
    return ".".join(p for p in loc if isinstance(p, str))


def translatable(policy: Policy) -> list[TextField]:
    """Every translatable string of ``policy``, in the model's field order."""
    return [TextField(loc, _context(loc), kind, _get(policy, loc)) for loc, kind in _fields(policy)]


# --- checking a translation --------------------------------------------------------------------


def translation_errors(field: TextField, translation: str) -> list[str]:
    """Why ``translation`` cannot stand for ``field``'s text (empty when it can)."""
    text = translation.strip()
    errors: list[str] = []
    limit = MAX_LENGTH[field.kind]
    if len(text) > limit:
        errors.append(f"the translation is longer than {limit} characters, the limit of the {field.context} field; shorten it")
    if field.kind in (INLINE, BLOCK):
        source, target = set(link_targets(field.text, field.kind)), set(link_targets(text, field.kind))
        dropped = sorted(source - target)
        invented = sorted(target - source)
        if dropped:
            errors.append(f"the translation drops the link to {', '.join(map(quote, dropped))}; keep every link of the source text")
        if invented:
            errors.append(
                f"the translation links to {', '.join(map(quote, invented))}, which the source text does not; "
                "link only to what the source links to"
            )
    if field.kind == REPLY:
        try:
            names = {n for _, n in split_placeholders(text) if n}
        except ValueProblem as exc:
            return errors + [f"the translation: {exc.message}"]
        source_names = {n for _, n in split_placeholders(field.text) if n}
        dropped = sorted(source_names - names)
        invented = sorted(names - source_names)
        if dropped:
            errors.append(f"the translation drops {', '.join('{' + n + '}' for n in dropped)}; keep every placeholder of the source text")
        if invented:
            errors.append(
                f"the translation adds {', '.join('{' + n + '}' for n in invented)}, which the source text does not use; "
                "use only the source text's placeholders"
            )
    return errors


# --- the translated policy ---------------------------------------------------------------------


def _catalog_strings(catalog: Any) -> dict[tuple[str, str], str]:
    """(context, source text) -> translation for every entry that is translated and not fuzzy."""
    found: dict[tuple[str, str], str] = {}
    for message in catalog:
        if not message.id or message.fuzzy or not isinstance(message.string, str):
            continue
        text = message.string.strip()
        if text:
            found[(message.context or "", message.id)] = text
    return found


def _replace(obj: Any, changes: dict[Any, Any]) -> Any:
    """A copy of ``obj`` (models, lists, dicts) with the values at the keys of the nested ``changes`` replaced."""
    if isinstance(obj, Record):
        return obj.model_copy(update={k: _apply(getattr(obj, k), v) for k, v in changes.items()})
    if isinstance(obj, list):
        copy = list(obj)
    else:
        copy = dict(obj)
    for k, v in changes.items():
        copy[k] = _apply(obj[k], v)
    return copy


def _apply(obj: Any, change: Any) -> Any:
    return _replace(obj, change) if isinstance(change, _Changes) else change


class _Changes(dict):  # type: ignore[type-arg]
    """A node of the nested replacements (a dict subclass, so a replaced value that is a dict is not mistaken for one)."""


def _language_tag(catalog: Any) -> str:
    return str(catalog.locale_identifier).replace("_", "-")


def translated(policy: Policy, catalog: Any, language: str | None = None) -> tuple[Policy, set[str]]:
    """``policy`` with its translatable text replaced by ``catalog``'s translations, and the strings left untranslated.

    ``catalog`` is a Babel ``Catalog`` (a loaded ``policies/<policy>.<tag>.po``);
    an entry counts when its msgctxt and msgid match a field's context and text,
    its msgstr is not empty, and it is not fuzzy. ``business.locale`` becomes
    the translation's language (``language``, default the catalog's). A string
    with no usable translation keeps the policy's text as a ``ForeignText``
    in the policy's own language, so pages mark it with its own ``lang``.
    Pure: the translations are used as they are; ``translation_errors`` says
    which ones a site must refuse.
    """
    source_lang = policy.business.locale
    strings = _catalog_strings(catalog)
    changes = _Changes()
    untranslated: set[str] = set()
    for field in translatable(policy):
        text = strings.get(field.key)
        if text is None:
            untranslated.add(field.text)
            text = ForeignText(field.text, source_lang)
        node = changes
        for part in field.loc[:-1]:
            node = node.setdefault(part, _Changes())
        node[field.loc[-1]] = text
    changes.setdefault("business", _Changes())["locale"] = language or _language_tag(catalog)
    return _replace(policy, changes), untranslated


def unique_keys(fields: Iterable[TextField]) -> dict[tuple[str, str], TextField]:
    """The fields by (context, text), the first of each: one PO entry each."""
    out: dict[tuple[str, str], TextField] = {}
    for field in fields:
        out.setdefault(field.key, field)
    return out


# --- the PO catalogue ----------------------------------------------------------------------------


HEADER_COMMENT = (
    "# {language} translation of {policy}.\n"
    "# Update it with: expectations translate\n"
    "# Translate each msgstr. An empty or fuzzy one is shown in the\n"
    "# policy's own language. Keep link targets and {{placeholders}}."
)


def template_catalog(
    policy: Policy, marks: Any, reference: str, language: str, when: datetime
) -> Catalog:
    """The catalogue every translation of ``policy`` should have: one entry per string, in the order of the file.

    ``marks`` maps a field's loc to its (line, column) in the policy file
    (``Source.mark``); ``reference`` is the policy's path as the entries'
    ``#:`` references name it. The header names ``language`` and the
    creation time ``when``.
    """
    fields = translatable(policy)
    fields.sort(key=lambda f: marks(f.loc))
    locale = Locale.parse(language.replace("-", "_"))
    catalog = Catalog(
        locale=locale,
        header_comment=HEADER_COMMENT.format(language=locale.get_display_name("en"), policy=reference),
        project=Path(reference).stem,
        version="1",
        creation_date=when,
        revision_date=when,
        fuzzy=False,
    )
    for field in fields:
        comments = [NAME_NOTE] if field.context == "business.name" else []
        catalog.add(
            field.text,
            locations=[(reference, marks(field.loc)[0])],
            auto_comments=comments + [NOTES[field.kind]],
            context=field.context,
        )
    return catalog


@frozen
class Merged:
    """What updating a translation file did, and how complete it is."""

    catalog: Catalog
    new: int
    changed: int
    obsolete: int
    restored: int
    translated: int
    total: int
    modified: bool
    created: bool

    def summary(self) -> str:
        """``3 new, 1 changed (fuzzy), 2 obsolete, 41 translated of 46``."""
        if self.created:
            return f"created, {self.total} new, {self.translated} translated of {self.total}"
        if not self.modified:
            return f"up to date, {self.translated} translated of {self.total}"
        restored = f"{self.restored} restored from obsolete, " if self.restored else ""
        return (
            f"{self.new} new, {self.changed} changed (fuzzy), {self.obsolete} obsolete, {restored}"
            f"{self.translated} translated of {self.total}"
        )


def _words(comments: Iterable[str]) -> list[str]:
    """Comments as words: a PO file wraps long comments over several lines."""
    return " ".join(comments).split()


def _state(catalog: Catalog) -> list[tuple[Any, ...]]:
    """Everything about the entries that a rewrite would change (not the header dates)."""
    def entry(m: Any, obsolete: bool) -> tuple[Any, ...]:
        return (obsolete, m.context, m.id, m.string, sorted(m.flags), list(m.locations), _words(m.auto_comments),
                _words(m.user_comments), list(m.previous_id))
    return [entry(m, False) for m in catalog] + [entry(m, True) for m in catalog.obsolete.values()]


def merge(existing: Catalog | None, template: Catalog, when: datetime) -> Merged:
    """``existing`` brought up to date with ``template``: new strings added, changed ones fuzzy, gone ones obsolete.

    Without an existing file the template is the new catalogue. An existing
    file keeps its header (translator, team, revision date); its creation date
    becomes ``when`` only when its entries change, so running again on an
    unchanged policy changes nothing.
    """
    total = len([m for m in template if m.id])
    if existing is None:
        return Merged(template, total, 0, 0, 0, 0, total, True, True)
    before = _state(existing)
    old_keys = {(m.context, m.id) for m in existing if m.id}
    # An obsolete entry whose text is back in the policy comes back with its translation.
    wanted = {(m.context, m.id) for m in template if m.id}
    restored = 0
    for key, message in list(existing.obsolete.items()):
        if message.id and (message.context, message.id) in wanted and (message.context, message.id) not in old_keys:
            del existing.obsolete[key]
            existing[message.id] = message
            old_keys.add((message.context, message.id))
            restored += 1
    obsolete_before = len(existing.obsolete)
    existing.update(template, update_creation_date=False)
    new = changed = translated = 0
    for message in existing:
        if not message.id:
            continue
        if (message.context, message.id) not in old_keys:
            if message.fuzzy and message.previous_id:
                changed += 1
            else:
                new += 1
        if message.string and not message.fuzzy:
            translated += 1
    modified = _state(existing) != before
    if modified:
        existing.creation_date = when
    obsolete = len(existing.obsolete) - obsolete_before
    return Merged(existing, new, changed, obsolete, restored, translated, total, modified, False)


def po_bytes(catalog: Catalog) -> bytes:
    """The catalogue as a PO file: source order, previous msgids of fuzzy entries kept for translators."""
    out = io.BytesIO()
    write_po(out, catalog, width=76, include_previous=True)
    return out.getvalue()
