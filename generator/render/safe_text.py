"""Policy text to HTML that can only mean what its author meant.

Every value a template prints goes through one of these functions (``plain``
is the environment's ``finalize``), so policy text reaches Markdown only as
character references and the few tags listed here.

The safe subset, exactly:

``plain`` (names, handles, topics, good for / not for, review sites, closure
names, owners, canned replies around their placeholders, generated words)
    No markup at all. Line breaks become spaces.

``inline`` (free text shown on one line: ``privacy``, a channel's ``steps``,
an escalation's ``when``)
    Runs of whitespace become one space (no-break spaces are kept), then:

    - ``[label](url)`` is a link when ``url`` is a valid http, https, mailto or
      tel link (see ``generator.model.values.parse_url``: no whitespace, none
      of ``<``, ``>``, ``"`` or a backtick, a host for http and https). The label is at most
      200 characters without ``[``, ``]`` or a line break; the url has no
      parentheses. Anything else (``javascript:``, ``data:``, a relative or
      protocol-relative link, a title after the url) is shown as written.
    - ``**text**`` is strong and ``*text*`` (or ``_text_``, not inside a word)
      is emphasis, outside links and inside link labels; the text must start
      and end with a character that is neither a space nor ``*``, ``_`` or
      ``\\``, and a ``*`` or ``_`` right after a backslash is never a delimiter
      (the backslash stays: ``\\*`` shows as written).
      Strong and emphasis do not span a link (``[**x**](url)`` works,
      ``**[x](url)**`` does not) and do not nest.
    - Nothing else: no HTML, entities, backslash escapes, code spans, images,
      autolinks ``<...>``, reference links or footnotes, and no syntax of any
      Markdown extension (attribute lists ``{: ...}``, snippets ``--8<--``,
      abbreviations ``*[x]:``, emoji ``:name:``, tables, admonitions,
      ``[TOC]``, ...). All of it is shown as written.

``block`` (multi-line free text: ``summary``, FAQ ``answer``, a help topic's
``note``, a channel's ``notes``)
    Blank lines separate paragraphs; a run of lines starting with ``- `` (or
    ``* ``) is a bulleted list, one item per line. Each paragraph and item is
    ``inline`` text; paragraph lines are joined with spaces. There are no
    headings, numbered lists, nested lists, quotes, code blocks or rules.

How it is made safe: every character that HTML, Markdown, Python-Markdown's
extensions or pymdown-extensions act on (``\\`*_{}[]()<>#+!|~^=:$&"'``) is
written as a numeric character reference, so no block, inline, preprocessor
or extension syntax can match policy text, wherever a template places it (a
table cell, a heading, a list item, raw HTML). A leading ``-``, ``?`` or
``1.``/``1)`` is written the same way, so a value at the start of a line
cannot open a list or a details block. Link targets get the same treatment
for ``|\\`*_{}[]()^`` as well as HTML escaping, so a link cannot split a
table row. Text that contains Unicode bidirectional controls (U+202A-U+202E,
U+2066-U+2069) is wrapped in a first-strong isolate (U+2068 ... U+2069), so
an unterminated override cannot reorder the words around it.

Text in another language than the page (a ``ForeignText``: in a translated
site, a string that has no translation yet) is wrapped in an element with its
own ``lang`` attribute: ``<span lang="en-CA">`` for ``plain`` and ``inline``,
``<div lang="en-CA">`` around the paragraphs and lists of ``block``.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from markupsafe import Markup

from generator.model.foreign import language_of
from generator.model.values import ValueProblem, parse_url

# Characters that HTML, Markdown, Python-Markdown extensions or pymdown-extensions act on.
_ACTIVE = set("\\`*_{}[]()<>#+!|~^=:$&\"'")
# Escapes for a link target: HTML's, plus what a Markdown table or inline pattern could act on
# before the raw <a> tag is set aside (the table splits rows on "|" first).
_HREF = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"} | {
    ch: f"&#{ord(ch)};" for ch in "|\\`*_{}[]()^"
}
# At the start of a line these also start a list, a details block (pymdown) or a rule.
_LEADING = re.compile(r"^(\d+)([.)])|^[-?]")
_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\(([^()\s]{1,2000})\)")
_STRONG = re.compile(r"(?<!\\)\*\*(?=[^\s*_])(.+?)(?<=[^\s*_\\])\*\*")
_EM = re.compile(r"(?<![\w*\\])[*_](?=[^\s*_])(.+?)(?<=[^\s*_\\])[*_](?![\w*])")
# Whitespace to collapse in one-line text: every kind except the no-break spaces.
_SPACES = re.compile(r"[^\S\u00a0\u2007\u202f]+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_HREF_ATTR = re.compile(r'<a href="([^"]*)">')


_ESCAPES = str.maketrans({ch: f"&#{ord(ch)};" for ch in _ACTIVE})


def _escape(text: str) -> str:
    out = text.translate(_ESCAPES)
    if _BIDI.search(text):
        out = "\u2068" + out + "\u2069"
    return out


def _guard_start(html_text: str) -> str:
    match = _LEADING.match(html_text)
    if not match:
        return html_text
    if match.group(1) is None:
        return f"&#{ord(html_text[0])};" + html_text[1:]
    return match.group(1) + f"&#{ord(match.group(2))};" + html_text[match.end():]


def _emphasis(text: str) -> str:
    """Escape ``text`` and turn ``**x**`` and ``*x*`` into strong and em."""
    if "*" not in text and "_" not in text:
        return _escape(text)
    out: list[str] = []
    pos = 0
    for match in _STRONG.finditer(text):
        out.append(_em_only(text[pos:match.start()]))
        out.append(f"<strong>{_em_only(match.group(1))}</strong>")
        pos = match.end()
    out.append(_em_only(text[pos:]))
    return "".join(out)


def _em_only(text: str) -> str:
    out: list[str] = []
    pos = 0
    for match in _EM.finditer(text):
        out.append(_escape(text[pos:match.start()]))
        out.append(f"<em>{_escape(match.group(1))}</em>")
        pos = match.end()
    out.append(_escape(text[pos:]))
    return "".join(out)


@lru_cache(maxsize=4096)
def safe_href(url: str) -> str | None:
    """The URL escaped for a double-quoted attribute, or None when it is not an allowed link."""
    try:
        value = parse_url(url)
    except ValueProblem:
        return None
    return "".join(_HREF.get(ch, ch) for ch in value)


def _in_language(text: object, html_text: str, element: str = "span") -> str:
    """``html_text`` inside an element carrying ``text``'s language, when it is marked with one."""
    lang = language_of(text)
    if lang is None:
        return html_text
    return f'<{element} lang="{_escape(lang.replace("_", "-"))}">{html_text}</{element}>'


def plain(text: str) -> Markup:
    """Text with no markup at all, spacing kept (line breaks become spaces)."""
    if type(text) is str:  # not a ForeignText, which carries its language
        return _plain(text)
    return Markup(_in_language(text, _plain_html(str(text))))


def _plain_html(text: str) -> str:
    if "\n" in text or "\r" in text:
        text = _LINE_BREAK.sub(" ", text)
    return _guard_start(_escape(text))


@lru_cache(maxsize=8192)
def _plain(text: str) -> Markup:
    """``plain`` of a string: pages print the same names and words many times."""
    return Markup(_plain_html(text))


def printed(value: object) -> Markup:
    """A value as a template prints it (the environment's ``finalize``): Markup as it is, anything else as ``plain`` text."""
    if isinstance(value, Markup):
        return value
    if value is None:
        raise ValueError("a template printed None; guard optional fields with {% if %}")
    return plain(str(value))


def inline(text: str | None) -> Markup:
    """One line of policy text as safe inline HTML (line breaks become spaces)."""
    if text is None:
        return Markup("")
    if type(text) is str:
        return _inline(text)
    return Markup(_in_language(text, _inline_html(str(text))))


@lru_cache(maxsize=4096)
def _inline(text: str) -> Markup:
    """``inline`` of a string: policies repeat the same notes on many channels."""
    return Markup(_inline_html(text))


def _inline_html(text: str) -> str:
    flat = _SPACES.sub(" ", text).strip(" ")
    out: list[str] = []
    pos = 0
    for match in _LINK.finditer(flat):
        out.append(_emphasis(flat[pos:match.start()]))
        href = safe_href(match.group(2))
        if href is None:
            out.append(_escape(match.group(0)))
        else:
            out.append(f'<a href="{href}">{_emphasis(match.group(1))}</a>')
        pos = match.end()
    out.append(_emphasis(flat[pos:]))
    return _guard_start("".join(out))


def block(text: str | None) -> Markup:
    """Multi-line policy text as HTML paragraphs and lists, ready to stand alone in a page."""
    if text is None:
        return Markup("")
    if type(text) is str:
        return _block(text)
    return Markup(_in_language(text, _block_html(str(text)), "div"))


@lru_cache(maxsize=4096)
def _block(text: str) -> Markup:
    """``block`` of a string: answers and notes are often the same text."""
    return Markup(_block_html(text))


def _block_html(text: str) -> str:
    parts: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            parts.append(f"<p>{inline(' '.join(paragraph))}</p>")
            paragraph.clear()
        if items:
            parts.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for line in _LINE_BREAK.split(text):
        stripped = _SPACES.sub(" ", line).strip(" ")
        if not stripped:
            flush()
        elif stripped[:2] in ("- ", "* "):
            if paragraph:
                flush()
            items.append(stripped[2:])
        else:
            if items:
                flush()
            paragraph.append(stripped)
    flush()
    return "".join(parts)


def link_targets(text: str, kind: str = "inline") -> list[str]:
    """The targets of the links that ``inline`` (or ``block``) makes of ``text``, in order, as written."""
    rendered = str((block if kind == "block" else inline)(str.__str__(text)))
    return [html.unescape(href) for href in _HREF_ATTR.findall(rendered)]


def url(value: str | None) -> Markup:
    """A policy URL for an ``href`` attribute; empty when it is not a safe link."""
    href = safe_href(value) if value else None
    return Markup(href or "")
