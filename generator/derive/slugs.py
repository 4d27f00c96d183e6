"""Stable, readable anchors from text."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str = "item", max_length: int = 60) -> str:
    """ASCII lowercase words joined by hyphens: ``Do you answer on X?`` -> ``do-you-answer-on-x``."""
    ascii_text = text if text.isascii() else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-")[:max_length].rstrip("-")
    return slug or fallback


def unique_slugs(texts: list[str], fallback: str = "item") -> list[str]:
    """One slug per text, with ``-2``, ``-3`` added where texts would share one."""
    used: set[str] = set()
    out = []
    for text in texts:
        base = slugify(text, fallback)
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        out.append(slug)
    return out
