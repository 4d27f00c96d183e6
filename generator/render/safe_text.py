"""Policy text to HTML that can only mean what its author meant.

Free text in a policy is a small, safe subset of Markdown: ``*emphasis*``,
``**strong**``, links ``[label](url)`` to http, https, mailto and tel only, and
(in block text) lists of lines starting with ``- ``. Everything else is text:
raw HTML is shown as written, and every character that Markdown or one of its
extensions could act on is written as an HTML character reference, so no
extension syntax (attribute lists, snippets, abbreviations, emoji, tables) can
fire from policy text, wherever a template places it.
"""

from __future__ import annotations

import html
import re

from markupsafe import Markup

from generator.model.values import SAFE_SCHEMES, ValueProblem, parse_url

# Characters that Markdown, Python-Markdown extensions or pymdown-extensions act on.
_ACTIVE = set("\\`*_{}[]()<>#+!|~^=:$&\"'")
# At the start of a line these also start a list or a rule; text is escaped as if it were.
_LEADING = re.compile(r"^(\d+)([.)])|^-")
_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\(([^()\s]{1,2000})\)")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EM = re.compile(r"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])")


def _escape(text: str) -> str:
    return "".join(f"&#{ord(ch)};" if ch in _ACTIVE else ch for ch in text)


def _guard_start(html_text: str) -> str:
    match = _LEADING.match(html_text)
    if not match:
        return html_text
    if match.group(0) == "-":
        return "&#45;" + html_text[1:]
    return match.group(1) + f"&#{ord(match.group(2))};" + html_text[match.end():]


def _emphasis(text: str) -> str:
    """Escape ``text`` and turn ``**x**`` and ``*x*`` into strong and em."""
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


def safe_href(url: str) -> str | None:
    """The URL escaped for an attribute, or None when its scheme is not allowed."""
    try:
        value = parse_url(url)
    except ValueProblem:
        return None
    if value.split(":", 1)[0].lower() not in SAFE_SCHEMES:
        return None
    return html.escape(value, quote=True)


def plain(text: str) -> Markup:
    """Text with no markup at all, spacing kept (line breaks become spaces)."""
    return Markup(_guard_start(_escape(str(text).replace("\r", " ").replace("\n", " "))))


def inline(text: str | None) -> Markup:
    """One line of policy text as safe inline HTML (line breaks become spaces)."""
    if text is None:
        return Markup("")
    flat = " ".join(str(text).split())
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
    return Markup(_guard_start("".join(out)))


def block(text: str | None) -> Markup:
    """Multi-line policy text as HTML paragraphs and lists, ready to stand alone in a page."""
    if text is None:
        return Markup("")
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

    for line in str(text).splitlines():
        stripped = line.strip()
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
    return Markup("".join(parts))


def url(value: str | None) -> Markup:
    """A policy URL for an ``href`` attribute; empty when it is not a safe link."""
    href = safe_href(value) if value else None
    return Markup(href or "")
