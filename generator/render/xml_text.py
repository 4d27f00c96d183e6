"""Text and attribute values for XML (the badges' SVG, the Atom feed, link tags), escaped as ``xml.sax.saxutils`` does.

The same two functions without their module, which imports ``urllib.request``
(and with it ``http.client``, ``ssl`` and ``email.parser``) that a build has no
use for.
"""

from __future__ import annotations


def escape(data: str) -> str:
    """``&``, ``<`` and ``>`` as entities (``xml.sax.saxutils.escape``)."""
    return data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(data: str) -> str:
    """An attribute value with its quotes (``xml.sax.saxutils.quoteattr``): double quotes unless it holds only double quotes."""
    data = escape(data).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in data:
        return f'"{data}"'
    if "'" not in data:
        return f"'{data}'"
    return '"{}"'.format(data.replace('"', "&quot;"))
