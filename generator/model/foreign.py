"""Text shown in another language than the page around it.

A translated policy keeps the strings that have no translation yet in the
policy's own language. Each one is a ``ForeignText``: an ordinary ``str`` that
also carries its language tag, so the safe-text rendering can wrap it in an
element with its own ``lang`` attribute (screen readers then switch voices,
and browsers hyphenate and spell-check it as the right language).
"""

from __future__ import annotations


class ForeignText(str):
    """A string in the language ``lang`` (a tag such as en-CA), not in the page's language."""

    lang: str

    def __new__(cls, text: str, lang: str) -> ForeignText:
        value = super().__new__(cls, text)
        value.lang = lang
        return value

    def __str__(self) -> str:
        # str(value) keeps the language: templates' finalize calls str() before escaping.
        return self

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return (str.__str__(self), self.lang)

    def __repr__(self) -> str:
        return f"ForeignText({str.__repr__(self)}, {self.lang!r})"


def language_of(text: object) -> str | None:
    """The language tag a string is marked with, or None for text in the page's own language."""
    return text.lang if isinstance(text, ForeignText) else None
