"""Static SVG badges ("Email | replies within 1 day") for READMEs, websites and e-mail signatures.

The renderer is generic: a label and a value, so other figures can reuse it.
Text width is estimated from a per-character table of Verdana at 11 px (the
face the badge asks for, with common sans-serif fallbacks), so no font is
needed at build time; unknown characters count as wide, and text longer than
the badge's limit is shortened with an ellipsis. Each text also carries its
estimated width as ``textLength``, so a viewer whose font is wider or narrower
squeezes or spreads it to fit: nothing overflows. All
text is escaped; right-to-left text is isolated (``unicode-bidi: isolate``) so
it cannot reorder the rest.
"""

from __future__ import annotations

import html
import unicodedata

from generator.derive.public import PublicChannel
from generator.render.words import Words
from generator.render.xml_text import escape, quoteattr

FONT_SIZE = 11
HEIGHT = 20
PADDING = 6
MAX_TEXT = 220.0
"""The widest a label or a value may be, in px; longer text is shortened."""

# Advance widths in px of Verdana at 11 px (from its metrics: units per em 2048).
_WIDTHS: dict[str, float] = {}
for chars, width in (
    ("il|!.,:;'`", 3.4),
    ("fjrtI()[]{}/\\ ", 4.3),
    ('"*-', 5.5),
    ("Jcksvxyz?", 6.0),
    ("abdeghnopquL0123456789$_+<=>#^~", 6.9),
    ("FPSTYZ", 7.3),
    ("ABCEKRVX&", 7.6),
    ("DGHNOQU", 8.4),
    ("w", 8.9),
    ("M", 9.4),
    ("m%", 10.7),
    ("W@", 11.2),
):
    for ch in chars:
        _WIDTHS[ch] = width
WIDE = 11.2
"""Any character not in the table (accented, other scripts, symbols) counts as the widest."""


def text_width(text: str) -> float:
    """An upper estimate of the width of ``text`` at 11 px, without fonts."""
    total = 0.0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
            continue  # combining marks and format controls take no room of their own
        total += _WIDTHS.get(ch, WIDE)
    return round(total, 1)


def fit(text: str, limit: float = MAX_TEXT) -> str:
    """``text``, shortened with an ellipsis when wider than ``limit``."""
    text = " ".join(text.split())
    if text_width(text) <= limit:
        return text
    while text and text_width(text + "…") > limit:
        text = text[:-1]
    return text.rstrip() + "…"


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def badge_svg(label: str, value: str, *, colour: str = "#1b5e20", title: str | None = None) -> str:
    """A two-part badge: ``label`` on grey, ``value`` on ``colour`` (white text, contrast at least 4.5:1).

    ``title`` is the accessible name (the full text, unshortened); by default "label: value".
    """
    shown_label, shown_value = fit(label), fit(value)
    name = title if title is not None else f"{label}: {value}"
    left = text_width(shown_label) + 2 * PADDING
    right = text_width(shown_value) + 2 * PADDING
    width = left + right
    name_attr = quoteattr(" ".join(name.split()))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_num(width)}" height="{HEIGHT}" '
        f'viewBox="0 0 {_num(width)} {HEIGHT}" role="img" aria-label={name_attr}>'
        f"<title>{escape(' '.join(name.split()))}</title>"
        f'<rect width="{_num(left)}" height="{HEIGHT}" fill="#444444"/>'
        f'<rect x="{_num(left)}" width="{_num(right)}" height="{HEIGHT}" fill={quoteattr(colour)}/>'
        f'<g fill="#ffffff" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="{FONT_SIZE}" '
        f'text-anchor="middle" style="unicode-bidi:isolate" aria-hidden="true">'
        f'<text x="{_num(left / 2)}" y="14" textLength="{_num(left - 2 * PADDING)}" lengthAdjust="spacingAndGlyphs">'
        f"{escape(shown_label)}</text>"
        f'<text x="{_num(left + right / 2)}" y="14" textLength="{_num(right - 2 * PADDING)}" lengthAdjust="spacingAndGlyphs">'
        f"{escape(shown_value)}</text>"
        "</g></svg>\n"
    )


def promise_value(words: Words, channel: PublicChannel) -> str:
    """``replies within 1 hour``, ``replies within 2 days``."""
    d = channel.first_response
    assert d is not None
    if d.in_days:
        return words.ngettext("replies within %(n)s day", "replies within %(n)s days", d.days)
    return words("badge.promise.time", duration=words.duration(d))


def channel_badge(words: Words, channel: PublicChannel) -> str:
    """The badge of an answered channel: its name and its reply promise."""
    value = promise_value(words, channel)
    return badge_svg(channel.name, value, title=words("badge.label", label=channel.name, value=value))


BADGES_FOLDER = "badges"


def badge_path(channel_id: str) -> str:
    return f"{BADGES_FOLDER}/{channel_id}.svg"


def snippets(alt: str, url: str) -> tuple[str, str]:
    """The HTML and the Markdown to paste for a badge at ``url`` (as text: a page escapes them once more to show them)."""
    markdown_alt = "".join("\\" + ch if ch in "\\[]" else ch for ch in " ".join(alt.split()))
    return (
        f'<img src="{html.escape(url)}" alt="{html.escape(" ".join(alt.split()))}" height="20">',
        f"![{markdown_alt}]({url.replace(' ', '%20').replace(')', '%29')})",
    )
